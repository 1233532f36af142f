"""Text normalisation shared by the matchers: tokens, case folding per language, skeletons."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Callable
from typing import NamedTuple

#: A word: letters and digits, with apostrophes inside (Hocalı'da, d'Aghdam, Khojaly's).
TOKEN_RE = re.compile(r"\w+(?:['’ʼ`´]\w+)*")
#: apostrophes written as "'" before matching (Hocalı’da = Hocalı'da)
_APOSTROPHE_CHARS = ("’", "ʼ", "`", "´")
TURKIC = ("tr", "az")


class Token(NamedTuple):
    """One word of a text: as written (apostrophes unified) and folded for its language."""

    raw: str
    folded: str
    start: int
    end: int


def base_lang(code: str) -> str:
    """``tr_TR`` → ``tr``; ``sr@latin`` → ``sr``."""
    return code.replace("-", "_").split("_")[0].split("@")[0].lower()


def turkic_lower(text: str) -> str:
    """Lower case with Turkish/Azerbaijani dotted and dotless i (İ→i, I→ı); Cyrillic ә → ə."""
    return text.replace("İ", "i").replace("I", "ı").lower().replace("i̇", "i").replace("ә", "ə")


def fold(text: str, lang: str) -> str:
    """Case-fold *text* the way *lang* writes it (comparison form, not a skeleton)."""
    lang = base_lang(lang)
    if lang in TURKIC:
        return turkic_lower(text)
    folded = text.lower()
    if lang == "ru" or lang == "uk" or lang == "be":
        folded = folded.replace("ё", "е")
    elif lang == "de":
        folded = folded.replace("ß", "ss")
    return folded


def normalize(text: str) -> str:
    """NFKC (366ᵉ → 366e, ligatures) with one kind of apostrophe."""
    if text.isascii():
        return text.replace("`", "'") if "`" in text else text
    return _unify_apostrophes(unicodedata.normalize("NFKC", text))


def _unify_apostrophes(text: str) -> str:
    """Every apostrophe of _APOSTROPHE_CHARS as "'" (replace() per character: most texts have none)."""
    for char in _APOSTROPHE_CHARS:
        if char in text:
            text = text.replace(char, "'")
    return text


def _folder(lang: str) -> Callable[[str], str]:
    """The case-folding function of one (base) language."""
    if lang in TURKIC:
        return turkic_lower
    if lang in ("ru", "uk", "be"):
        return lambda word: word.lower().replace("ё", "е")
    if lang == "de":
        return lambda word: word.lower().replace("ß", "ss")
    return str.lower


def tokenize(text: str, lang: str) -> list[Token]:
    """The words of *text*, each with its folded form for *lang*."""
    text = normalize(text)
    folded = _folder(base_lang(lang))
    new = tuple.__new__  # Token(...) without the keyword handling of its __new__
    return [new(Token, (word, folded(word), m.start(), m.end())) for m in TOKEN_RE.finditer(text) for word in (m.group(),)]


@lru_cache(maxsize=4096)
def _skeleton_cached(text: str) -> str:
    return _skeleton(text)


# Combining marks of the Latin, Greek and Cyrillic letters NFKD decomposes.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


#: letters NFKD leaves alone, folded for the skeleton (no replacement holds a letter replaced)
_SKELETON_PAIRS = (
    ("ı", "i"), ("ə", "e"), ("ә", "e"), ("ß", "ss"), ("ğ", "g"), ("ş", "s"), ("ç", "c"), ("ё", "е"), ("œ", "oe"),
    ("æ", "ae"),
)


def _skeleton(text: str) -> str:
    if text.isascii():
        return (text.replace("`", "'") if "`" in text else text).lower()
    decomposed = unicodedata.normalize("NFKD", _unify_apostrophes(text))
    if not decomposed.isascii():
        decomposed = _COMBINING.sub("", decomposed)
    result = decomposed.lower()
    if not result.isascii():
        for char, replacement in _SKELETON_PAIRS:
            if char in result:
                result = result.replace(char, replacement)
    return result


def skeleton(text: str) -> str:
    """A lossy form for fast prefiltering: no accents, no case, ı=i, ə=e, ё=е (a superset match)."""
    if len(text) < 64:
        return _skeleton_cached(text)
    return _skeleton(text)


def is_acronym(word: str) -> bool:
    """CIS, СНГ, SSRİ: two or more letters, all capitals."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def strip_accents(text: str) -> str:
    """é → e (for French capitals written without accents)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
