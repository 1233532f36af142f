"""Word matchers per language: does a word of a translation inflect a glossary word?

Each matcher is built once per glossary word and answers for a token with a score:
0 (no), 1 (an inflected or variant form), 2 (the very form).

* Russian: pymorphy3 lemmas of both words (ё/е folded); words the dictionary does
  not know (foreign names) by the analyser's guess plus a declension-class fallback
  (stem + ending); names ending in -ы, -и, -у, -о, -е are indeclinable.
* Turkish and Azerbaijani: the word plus a chain of suffixes with vowel harmony,
  buffer consonants (y, n, s), consonant softening and the Turkish apostrophe.
* German: inflection endings, umlaut plurals, adjective endings and compounds.
* French: elision (d', l', qu'), plural -s/-x/-aux, feminine -e, capitals without accents.
* English (source): plural and possessive.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from khojaly_i18n.glossary.text import Token, base_lang, fold, is_acronym, strip_accents

WordMatcher = Callable[[Token], int]

_CACHE_LIMIT = 200_000


class _Cached:
    """Base: memoise the score per folded token."""

    def __init__(self) -> None:
        self._cache: dict[str, int] = {}

    def __call__(self, token: Token) -> int:
        key = token.raw if self.case_sensitive else token.folded
        score = self._cache.get(key)
        if score is None:
            score = self.score(token)
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = score
        return score

    case_sensitive = False

    def score(self, token: Token) -> int:
        raise NotImplementedError


class NumberWord(_Cached):
    """366, 366th, 366e, 366ème: the digits, with any short ordinal ending."""

    def __init__(self, digits: str) -> None:
        super().__init__()
        self.pattern = re.compile(rf"{re.escape(digits)}(?:[^\W\d_]{{1,4}})?")
        self.digits = digits

    def score(self, token: Token) -> int:
        if token.folded == self.digits:
            return 2
        return 1 if self.pattern.fullmatch(token.folded) else 0


class AcronymWord(_Cached):
    """CIS, СНГ, SSCB'nin: exact capitals, with a plural -s or an apostrophe suffix."""

    case_sensitive = True

    def __init__(self, word: str) -> None:
        super().__init__()
        self.word = word

    def score(self, token: Token) -> int:
        raw = token.raw
        if "'" in raw:
            raw = FR_ELISION.sub("", raw, count=1)
        if raw == self.word:
            return 2
        if raw in (self.word + "s", self.word + "'s"):
            return 1
        head, sep, tail = raw.partition("'")
        if sep and head == self.word and tail.isalpha() and tail.islower() and len(tail) <= 6:
            return 1
        return 0


# --------------------------------------------------------------------------- English


class EnglishWord(_Cached):
    """hostage → hostages, Khojaly → Khojaly's, country → countries."""

    def __init__(self, word: str) -> None:
        super().__init__()
        w = fold(word, "en")
        forms = {w, w + "s", w + "es"}
        if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
            forms.add(w[:-1] + "ies")
        self.word = w
        self.forms = forms

    def score(self, token: Token) -> int:
        folded = token.folded
        if folded.endswith("'s"):
            folded = folded[:-2]
        if folded == self.word:
            return 2
        return 1 if folded in self.forms else 0


# --------------------------------------------------------------------------- Russian

_morph: Any = None
_morph_lock = threading.Lock()


def _analyzer() -> Any:
    global _morph
    if _morph is None:
        with _morph_lock:
            if _morph is None:
                import pymorphy3

                _morph = pymorphy3.MorphAnalyzer()
    return _morph


@lru_cache(maxsize=100_000)
def ru_lemmas(word: str) -> tuple[frozenset[str], bool]:
    """The normal forms of a (folded) Russian word, and whether the dictionary knows it."""
    parses = _analyzer().parse(word)
    known = any(p.is_known for p in parses)
    lemmas = frozenset(p.normal_form.replace("ё", "е") for p in parses if p.is_known or not known)
    return lemmas, known


RU_NOUN_HARD = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "и")
RU_NOUN_A = ("а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею", "ам", "ям", "ами", "ями", "ах", "ях")
RU_NOUN_SOFT = ("ь", "я", "ю", "ем", "е", "и", "ей", "ев", "ям", "ями", "ях", "ью", "й")
RU_ADJ = (
    "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
    "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими",
)
RU_INDECLINABLE_END = "ыиуюоеэ"
RU_VOWELS = "аеёиоуыэюя"


def ru_declension(word: str) -> tuple[str, tuple[str, ...]] | None:
    """(stem, endings) of a word by its ending; None for an indeclinable one."""
    if len(word) < 3 or not word.isalpha():
        return None
    if word[-2:] in ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие") and len(word) > 4:
        return word[:-2], RU_ADJ
    last = word[-1]
    if last in "ая":
        return word[:-1], RU_NOUN_A
    if last in "йь":
        return word[:-1], RU_NOUN_SOFT
    if last in RU_INDECLINABLE_END:
        return None
    return word, RU_NOUN_HARD


class RussianWord(_Cached):
    """Ходжалы (indeclinable), Шуши ← Шуша, 366-го мотострелкового полка, беженцами ← беженец."""

    def __init__(self, word: str) -> None:
        super().__init__()
        self.word = fold(word, "ru")
        self.lemmas, self.known = ru_lemmas(self.word)
        self.declension = ru_declension(self.word)
        stem = self.declension[0] if self.declension else self.word
        self.guess_stem = stem[: max(3, len(stem) - 1)]

    def score(self, token: Token) -> int:
        folded = token.folded
        if folded == self.word:
            return 2
        if not folded.isalpha():
            return 0
        if self.declension is not None:
            stem, endings = self.declension
            if folded.startswith(stem) and folded[len(stem):] in endings:
                return 1
        elif not self.known:
            return 0  # an indeclinable foreign name: only its own form
        lemmas, known = ru_lemmas(folded)
        if not (lemmas & self.lemmas):
            return 0
        if self.known and known:
            return 1
        # a guess on either side: only when the words share the stem
        return 1 if folded.startswith(self.guess_stem) else 0


# --------------------------------------------------------------------------- Turkish, Azerbaijani

BACK = frozenset("aıou")
FRONT = frozenset("eəiöü")
ROUND = frozenset("oöuü")
VOWELS = BACK | FRONT
VOICELESS = frozenset("fstkçşhpq")

# (body, buffers after a vowel, initial vowel dropped after a vowel)
# Meta letters: A (a/e, az a/ə), I (ı/i/u/ü), D (d/t), C (c/ç), K (k, az q/k).
_MORPHEMES: tuple[tuple[str, str, bool], ...] = (
    ("lAr", "", False),  # plural
    ("I", "syn", False),  # possessive 3rd person, accusative
    ("Im", "", True),
    ("ImIz", "", True),
    ("In", "n", True),  # genitive (after a vowel -nIn), possessive 2nd person
    ("InIz", "", True),
    ("A", "yn", False),  # dative
    ("DA", "n", False),  # locative
    ("DAn", "n", False),  # ablative
    ("lA", "y", False),  # instrumental
    ("ki", "", False),  # relative (Hocalı'daki)
    ("kI", "", False),
    ("lI", "", False),
    ("lIK", "", False),
    ("sIz", "", False),
    ("CI", "", False),
    ("CA", "", False),
    ("DIr", "", False),
    ("DI", "y", False),
    ("mIş", "y", False),
    ("sA", "y", False),
    ("Iz", "y", False),  # predicative 1st person plural (tr)
    ("IK", "y", False),  # predicative 1st person plural (az -ıq/-ik)
    ("Am", "y", False),  # predicative 1st person singular (az)
    ("sAn", "", False),
    ("sInIz", "", False),
)


def _last_vowel(text: str, default: str | None) -> str | None:
    for ch in reversed(text):
        if ch in VOWELS:
            return ch
    return default


@lru_cache(maxsize=4096)
def _realize(lang: str, body: str, prev: str, vowel: str) -> str:
    """One morpheme's letters after *prev* (last letter) with *vowel* (last vowel) for harmony."""
    out: list[str] = []
    for meta in body:
        back = vowel in BACK
        if meta == "A":
            ch = "a" if back else ("ə" if lang == "az" else "e")
        elif meta == "I":
            if vowel in ROUND:
                ch = "u" if back else "ü"
            else:
                ch = "ı" if back else "i"
        elif meta == "D":
            ch = "t" if (lang == "tr" and prev in VOICELESS) else "d"
        elif meta == "C":
            ch = "ç" if (lang == "tr" and prev in VOICELESS) else "c"
        elif meta == "K":
            ch = "q" if (lang == "az" and back) else "k"
        else:
            ch = meta
        out.append(ch)
        prev = ch
        if ch in VOWELS:
            vowel = ch
    return "".join(out)


@lru_cache(maxsize=50_000)
def turkic_suffixes_ok(lang: str, rest: str, prev: str, vowel: str, depth: int = 0) -> bool:
    """True when *rest* is a chain of at most four suffixes after a word ending in *prev*."""
    if not rest:
        return True
    if depth >= 4:
        return False
    after_vowel = prev in VOWELS
    for body, buffers, drop in _MORPHEMES:
        starts_vowel = body[0] in "AI"
        candidates: list[str] = []
        plain = _realize(lang, body, prev, vowel)
        if not after_vowel or not starts_vowel:
            candidates.append(plain)
        if after_vowel:
            for buffer in buffers:
                candidates.append(buffer + _realize(lang, body, buffer, vowel))
            if drop and starts_vowel:
                candidates.append(_realize(lang, body[1:], prev, vowel))
        for realized in dict.fromkeys(candidates):
            if realized and rest.startswith(realized):
                nxt = rest[len(realized):]
                if turkic_suffixes_ok(lang, nxt, realized[-1], _last_vowel(realized, vowel) or vowel, depth + 1):
                    return True
    return False


_SOFTEN = {
    "tr": {"k": "ğ", "p": "b", "t": "d", "ç": "c"},
    "az": {"k": "y", "q": "ğ"},
}


class TurkicWord(_Cached):
    """Xocalıda, Xocalının, Xocalıya, Hocalı'nın, Bakü'ye, Qarabağa, kitap → kitabı, alayının."""

    def __init__(self, word: str, lang: str, compound_head: bool = False, lenient: bool = False) -> None:
        super().__init__()
        self.lang = base_lang(lang)
        self.word = fold(word, self.lang)
        # a misspelt (deprecated) name keeps the suffixes of the real one: Xocalida, Hocali'da
        self.lenient = lenient
        # the head of a compound carries its marker -(s)I (savaş esiri, Piyade Alayı);
        # the plural goes before it: savaş esirleri, Piyade Alayları
        self.marker_stem: str | None = None
        if compound_head and len(self.word) > 3 and self.word[-1] in "ıiuü":
            stem = self.word[:-2] if self.word[-2] == "s" and self.word[-3] in VOWELS else self.word[:-1]
            if stem and stem[-1] not in VOWELS:
                self.marker_stem = stem
        self.vowel = _last_vowel(self.word, None) or "e"
        self.stems: list[tuple[str, bool]] = [(self.word, False)]
        last = self.word[-1:]
        soft = _SOFTEN.get(self.lang, {}).get(last)
        if soft and len(self.word) > 2:
            if self.lang == "tr" and last == "k" and self.word[-2:-1] == "n":
                soft = "g"  # renk → rengi
            self.stems.append((self.word[:-1] + soft, True))

    def _suffixes(self, rest: str, prev: str) -> bool:
        if turkic_suffixes_ok(self.lang, rest, prev, self.vowel):
            return True
        return self.lenient and any(turkic_suffixes_ok(self.lang, rest, prev, v) for v in "aıouəiöü")

    def score(self, token: Token) -> int:
        folded = token.folded
        if folded == self.word:
            return 2
        head, sep, tail = folded.partition("'")
        if sep:
            # the apostrophe sets a proper name apart from its suffixes: no softening
            if head == self.word and self._suffixes(tail, self.word[-1]):
                return 1
            return 0
        for stem, softened in self.stems:
            if folded.startswith(stem) and len(folded) > len(stem):
                rest = folded[len(stem):]
                if softened and rest[0] not in VOWELS:
                    continue
                if self._suffixes(rest, stem[-1]):
                    return 1
        stem = self.marker_stem
        if stem is not None and folded.startswith(stem) and folded[len(stem):len(stem) + 3] in ("lar", "ler", "lər"):
            if turkic_suffixes_ok(self.lang, folded[len(stem):], stem[-1], _last_vowel(stem, self.vowel) or self.vowel):
                return 1
        return 0


# --------------------------------------------------------------------------- German

DE_SUFFIXES = ("", "e", "en", "er", "es", "em", "n", "s", "ern", "ns", "ses")
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


class GermanWord(_Cached):
    """Karabachs, Aserbaidschans, der Russischen Föderation, Geiseln, Flüchtlinge, Regimenter."""

    def __init__(self, word: str, head: bool) -> None:
        super().__init__()
        w = fold(word, "de")
        self.word = w
        stems = {w}
        if w.endswith("e") and len(w) > 3:
            stems.add(w[:-1])
        forms = {stem + suffix for stem in stems for suffix in DE_SUFFIXES}
        # adjectives and nominalised adjectives (Russische → Russischen, Kriegsgefangener → Kriegsgefangene)
        for ending in ("en", "er", "es", "em"):
            if w.endswith(ending) and len(w) > 5:
                forms.update(w[: -len(ending)] + suffix for suffix in ("e", "en", "er", "es", "em"))
        if head:
            umlauted = _umlaut(w)
            if umlauted:
                forms.update(umlauted + suffix for suffix in ("", "e", "er", "en", "ern"))
        self.forms = frozenset(forms)
        self.stems = tuple(sorted((st for st in stems if len(st) >= 4), key=len))
        self.head = head
        self.compound = len(w) >= 4

    def score(self, token: Token) -> int:
        folded = token.folded
        if folded == self.word:
            return 2
        if folded in self.forms:
            return 1
        if self.compound and folded.isalpha():
            # compounds: Karabachkonflikt (modifier), Motorschützenregiment (head)
            if any(folded.startswith(stem) and len(folded) >= len(stem) + 3 for stem in self.stems):
                return 1
            if len(folded) >= len(self.word) + 3 and any(
                folded.endswith(form) for form in self.forms if len(form) >= len(self.word)
            ):
                return 1
        return 0


def _umlaut(word: str) -> str | None:
    """Umlaut of the last full vowel (Raum → Räum, Stadt → Städt)."""
    for index in range(len(word) - 1, -1, -1):
        ch = word[index]
        if ch in "aou":
            if ch == "u" and index > 0 and word[index - 1] == "a":
                return word[: index - 1] + "äu" + word[index + 1 :]
            return word[:index] + _UMLAUT[ch] + word[index + 1 :]
        if ch in "eiäöü":
            return None
    return None


# --------------------------------------------------------------------------- French

FR_ELISION = re.compile(r"^(?:[dDlLjJmMnNsStTcC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu)'(?=\w)")


def fr_unelide(raw: str) -> str:
    """d'Aghdam → Aghdam, l’Azerbaïdjan → Azerbaïdjan, qu'Aghdam → Aghdam."""
    return FR_ELISION.sub("", raw, count=1)


def _char_class(ch: str) -> str:
    base = strip_accents(ch)
    options = {ch, ch.upper()}
    if base != ch:
        options.add(base.upper())  # French capitals may go without accents: Etats
    if len(options) == 1:
        return re.escape(ch)
    return "[" + "".join(sorted(re.escape(o) for o in options)) + "]"


class FrenchWord(_Cached):
    """d'Aghdam, l'Azerbaïdjan, otages, personnes déplacées internes, internationaux, Etats."""

    case_sensitive = True

    def __init__(self, word: str) -> None:
        super().__init__()
        w = word.lower()
        self.word = w
        stems = {w}
        if w[-1:] in "sx" and len(w) > 3:
            stems.add(w[:-1])
        proper = word[:1].isupper()
        for stem in list(stems):
            # adjectives agree (déplacé → déplacée); names do not (Latchine ≠ Latchin)
            if stem.endswith("e") and len(stem) > 3 and not proper:
                stems.add(stem[:-1])
        suffixes = ("", "s") if proper else ("", "s", "x", "e", "es")
        forms = {stem + suffix for stem in stems for suffix in suffixes}
        for stem in list(stems):
            if stem.endswith("al"):
                forms.add(stem[:-2] + "aux")
            if stem.endswith("eau") or stem.endswith("eu"):
                forms.add(stem + "x")
        alternatives = sorted(forms, key=len, reverse=True)
        pattern = "|".join("".join(_char_class(ch) for ch in form) for form in alternatives)
        self.pattern = re.compile(f"(?:{pattern})")

    def score(self, token: Token) -> int:
        raw = fr_unelide(token.raw)
        if raw.lower() == self.word:
            return 2
        return 1 if self.pattern.fullmatch(raw) else 0


# --------------------------------------------------------------------------- any other language


class PlainWord(_Cached):
    """The word itself, case-folded, with a short ending (a language with no rules here)."""

    def __init__(self, word: str, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.word = fold(word, lang)

    def score(self, token: Token) -> int:
        folded = token.folded
        if folded == self.word:
            return 2
        if folded.startswith(self.word) and len(folded) - len(self.word) <= 2 and len(self.word) >= 4:
            return 1
        return 0


# --------------------------------------------------------------------------- per language

STOPWORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({"в", "во", "на", "из", "и", "о", "об"}),
    "de": frozenset({"der", "die", "das", "des", "dem", "den", "von", "vom", "im", "in", "und"}),
    "fr": frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "en", "et", "à", "au", "aux"}),
}
#: Ordinal endings written after a number and a hyphen (366-й, 366-го, 366-cı).
ORDINAL_SUFFIXES: dict[str, frozenset[str]] = {
    "ru": frozenset("й я е го му м ми х ой ю ом ый ий ая ое ых".split()),
    "az": frozenset("cı ci cu cü ıncı inci uncu üncü ncı nci ncu ncü ıncı".split()),
    "tr": frozenset("cı ci cu cü ıncı inci uncu üncü ncı nci ncu ncü".split()),
}
#: How many words may stand between two words of a multi-word term.
GAPS: dict[str, int] = {"en": 0, "ru": 1, "az": 2, "tr": 2, "de": 2, "fr": 2}


def word_matcher(word: str, lang: str, head: bool = True, single: bool = True, lenient: bool = False) -> WordMatcher:
    """The matcher of one glossary word in *lang* (*head*: the last word of its term;
    *single*: the term has one word; *lenient*: a deprecated variant, whose suffixes may
    follow the harmony of the correct name)."""
    lang = base_lang(lang)
    if word.isdigit() or re.fullmatch(r"\d+[^\W\d_]{1,4}", word):
        return NumberWord(re.match(r"\d+", word).group())  # type: ignore[union-attr]
    if is_acronym(word) and len(word) <= 6:
        return AcronymWord(word)
    if lang == "en":
        return EnglishWord(word)
    if lang == "ru":
        return RussianWord(word)
    if lang in ("tr", "az"):
        return TurkicWord(word, lang, compound_head=head and not single, lenient=lenient)
    if lang == "de":
        return GermanWord(word, head)
    if lang == "fr":
        return FrenchWord(word)
    return PlainWord(word, lang)
