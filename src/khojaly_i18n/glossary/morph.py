"""Word matchers per language: does a word of a translation inflect a glossary word?

Each matcher is built once per glossary word and answers for a token with a score:
0 (no), 1 (an inflected or variant form), 2 (the very form).

* Russian: pymorphy3 lemmas of both words (ё/е folded); words the dictionary does
  not know (foreign names) by the analyser's guess plus a declension-class fallback
  (stem + ending, within Russian spelling rules: no Шушы, Гянджю); names ending in
  -ы, -и, -у, -о, -е are indeclinable. Adjectives made from names count only when listed.
* Turkish and Azerbaijani: the word plus a chain of suffixes with vowel harmony (both
  harmonies after loanwords that break it: saati, hali, rolü), buffer consonants
  (y, n, s), consonant softening, the dropped vowel of a closed class of nouns
  (şehir → şehri), the Turkish apostrophe, and the plural of a possessive compound
  head (ateşkes antlaşması → antlaşmaları, Alayı → Alaylarının, Birliyi → birlikləri).
* German: the head noun's endings (genitive -s/-es, plural, dative plural -n, umlaut
  plurals), attributive adjectives in every declension (Rotes Kreuz → des Roten
  Kreuzes, 366. Motorisierte(n/s)), compounds that start with the term (with a linking
  -s-/-n-, not a derivational suffix: Kreuzung ≠ Kreuz) or end with its head noun.
* French: elision (d', l', qu'), plural -s/-x/-aux, feminine -e, capitals without
  accents, œ/æ written out (coeur).
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


#: Letter pairs Russian spelling rules out in native endings: ы, я, ю after г, к, х, ж, ч, ш, щ
#: (and я, ю after ц) — Шушы, Карабахскый, Гянджю are misspellings, not forms.
RU_MISSPELT = re.compile(r"[гкхжчшщ][ыяю]|ц[яю]")


class RussianWord(_Cached):
    """Ходжалы (indeclinable), Шуши ← Шуша, 366-го мотострелкового полка, беженцами ← беженец."""

    def __init__(self, word: str) -> None:
        super().__init__()
        self.word = fold(word, "ru")
        self.lemmas, self.known = ru_lemmas(self.word)
        self.declension = ru_declension(self.word)
        stem = self.declension[0] if self.declension else self.word
        self.guess_stem = stem[: max(3, len(stem) - 1)]
        self.spelling = {m.group() for m in RU_MISSPELT.finditer(self.word)}

    def score(self, token: Token) -> int:
        folded = token.folded
        if folded == self.word:
            return 2
        if not folded.isalpha():
            return 0
        if {m.group() for m in RU_MISSPELT.finditer(folded)} - self.spelling:
            return 0  # a pair the word itself does not have (Нахчыван keeps its чы)
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
#: Softened consonant → hard one, to undo the softening of a possessive head (Birliyi → birlik-).
_UNSOFTEN = {
    "tr": {"ğ": "k", "b": "p", "d": "t", "c": "ç"},
    "az": {"y": "k", "ğ": "q"},
}
_FRONT_OF = {"a": "e", "ı": "i", "o": "ö", "u": "ü"}
_PLURAL = ("lar", "ler", "lər")


def turkic_harmony_vowels(word: str, lang: str) -> tuple[str, ...]:
    """The vowels suffixes may harmonise with after *word*: its last vowel, and the front
    counterpart where loanwords break vowel harmony (saat → saati, hal → hali, rol → rolü,
    dikkat → dikkati, Kemal → Kemal'e): a back last vowel before a final -l, a long -aa-,
    or a word that mixes front and back vowels."""
    last = _last_vowel(word, None) or "e"
    vowels = [last]
    if last in BACK:
        mixed = any(ch in FRONT for ch in word) and any(ch in BACK for ch in word)
        if word.endswith("l") or "aa" in word or mixed:
            front = _FRONT_OF[last]
            if lang == "az" and front == "e":
                front = "ə"
            vowels.append(front)
    return tuple(vowels)


#: Nouns whose last high vowel drops before a vowel-initial suffix (a lexical class).
TURKIC_ELIDING: dict[str, frozenset[str]] = {
    "tr": frozenset(
        "ağız alın beyin boyun burun göğüs gönül isim karın oğul omuz resim şehir nehir "
        "fikir akıl kısım vakit ömür sabır hüküm zulüm şekil asıl nakil hapis emir metin "
        "keşif bahis cisim seyir kahır zehir ilim kabir nesil".split()
    ),
    "az": frozenset(
        "ağız oğul burun alın boyun qarın isim şəkil fikir ətir səbir ömür nəsil əsil qəbir "
        "sinif ağıl meyil zülüm".split()
    ),
}


def _elided_stem(word: str, lang: str) -> str | None:
    """şehir → şehr, sınıf → sınf (also at the end of a compound: başşehir → başşehr)."""
    for noun in TURKIC_ELIDING.get(lang, ()):
        if word == noun or (word.endswith(noun) and len(noun) >= 4):
            return word[:-2] + word[-1]
    return None


class TurkicWord(_Cached):
    """Xocalıda, Xocalının, Xocalıya, Hocalı'nın, Bakü'ye, Qarabağa, kitap → kitabı, alayının,
    ateşkes antlaşması → antlaşmaları, antlaşmalarına; Birliyi → birlikləri."""

    def __init__(self, word: str, lang: str, compound_head: bool = False, lenient: bool = False) -> None:
        super().__init__()
        self.lang = base_lang(lang)
        self.word = fold(word, self.lang)
        # a misspelt (deprecated) name keeps the suffixes of the real one: Xocalida, Hocali'da
        self.lenient = lenient
        # the head of a compound carries its possessive marker -(s)I (savaş esiri, Piyade
        # Alayı, ateşkes antlaşması); the plural replaces it: savaş esirleri, Piyade Alayları,
        # ateşkes antlaşmaları (az müqaviləsi → müqavilələri, Birliyi → birlikləri)
        self.marker_stems: tuple[str, ...] = ()
        w = self.word
        if compound_head and len(w) > 3 and w[-1] in "ıiuü":
            stem: str | None = None
            if w[-2] == "s" and w[-3] in VOWELS:
                stem = w[:-2]  # antlaşma-sı, Şura-sı
            elif w[-2] not in VOWELS:
                stem = w[:-1]  # Alay-ı, esir-i, Birliy-i
            if stem and len(stem) >= 2:
                stems = [stem]
                hard = _UNSOFTEN.get(self.lang, {}).get(stem[-1])
                if hard and len(stem) > 2:
                    stems.append(stem[:-1] + hard)
                self.marker_stems = tuple(stems)
        self.vowels = turkic_harmony_vowels(self.word, self.lang)
        self.vowel = self.vowels[0]
        self.stems: list[tuple[str, bool]] = [(self.word, False)]
        elided = _elided_stem(self.word, self.lang) if word[:1].islower() else None
        self.elides = elided is not None
        if elided:
            # a noun that drops its last high vowel before a vowel (şehir → şehri, nehir →
            # nehrinde, ağız → ağzı, oğul → oğlu); a closed class, so that a misspelling
            # (mayın → maynı) is not taken for one
            self.stems.append((elided, True))
        last = self.word[-1:]
        soft = _SOFTEN.get(self.lang, {}).get(last)
        if soft and len(self.word) > 2:
            if self.lang == "tr" and last == "k" and self.word[-2:-1] == "n":
                soft = "g"  # renk → rengi
            self.stems.append((self.word[:-1] + soft, True))

    def _suffixes(self, rest: str, prev: str) -> bool:
        if any(turkic_suffixes_ok(self.lang, rest, prev, vowel) for vowel in self.vowels):
            return True
        return self.lenient and any(turkic_suffixes_ok(self.lang, rest, prev, v) for v in "aıouəiöü")

    def _marker_plural(self, folded: str) -> bool:
        """antlaşmaları, antlaşmalarının, Alaylarının: a possessive head in the plural."""
        for stem in self.marker_stems:
            if folded.startswith(stem) and folded[len(stem) : len(stem) + 3] in _PLURAL:
                vowel = _last_vowel(stem, self.vowel) or self.vowel
                if turkic_suffixes_ok(self.lang, folded[len(stem) :], stem[-1], vowel):
                    return True
        return False

    def score(self, token: Token) -> int:
        folded = token.folded
        if folded == self.word:
            return 2
        head, sep, tail = folded.partition("'")
        if sep:
            # the apostrophe sets a proper name apart from its suffixes: no softening
            if head == self.word and self._suffixes(tail, self.word[-1]):
                return 1
            if self._marker_plural(head) and tail and turkic_suffixes_ok(
                self.lang, tail, head[-1], _last_vowel(head, self.vowel) or self.vowel
            ):
                return 1  # Piyade Alayları'nın
            return 0
        for stem, softened in self.stems:
            if folded.startswith(stem) and len(folded) > len(stem):
                rest = folded[len(stem):]
                if softened and rest[0] not in VOWELS:
                    continue
                if self.elides and not softened and rest[0] in VOWELS:
                    continue  # şehir + e → şehre, not şehire
                if self._suffixes(rest, stem[-1]):
                    return 1
        return 1 if self._marker_plural(folded) else 0


# --------------------------------------------------------------------------- German

DE_SUFFIXES = ("", "e", "en", "er", "es", "em", "n", "s", "ern", "ns", "ses")
#: Endings of an attributive adjective (strong, weak and mixed declension).
DE_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
#: Linking elements between the parts of a compound (Kriegsgefangene, Schützenregiment).
DE_LINKS = ("", "s", "es", "n", "en")
#: A remainder that is a derivational suffix, not a second word (Kreuzung, aserbaidschanisch).
DE_DERIVATION = re.compile(
    r"(?:isch|ung|lich|ig|heit|keit|chen|lein|erin|erinnen|ismus|ist|istin|ler|ner|er|tum|ei|in|innen)"
    r"(?:e|en|er|es|em|s|n|nen)?"
)
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def de_adjective_stem(word: str) -> str | None:
    """The stem of a declined adjective (Rotes → rot, Motorisierte → motorisiert), else None."""
    for ending in ("en", "er", "es", "em", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return None


class GermanWord(_Cached):
    """Karabachs, Aserbaidschans, der Russischen Föderation, des Roten Kreuzes, Geiseln,
    Flüchtlinge, Regimenter, Karabachkonflikt.

    *attributive*: a word before the head of a multi-word term whose ending is an
    adjective's (Rotes Kreuz, 366. Motorisiertes Schützenregiment, Russische Föderation):
    it takes every strong, weak and mixed ending and is never part of a compound.
    The head noun takes genitive -s/-es, dative plural -n, plural -e/-er/-en and
    umlaut plurals; a noun may start a compound (with a linking -s-/-n-) or end one.
    """

    def __init__(self, word: str, head: bool, attributive: bool = False) -> None:
        super().__init__()
        w = fold(word, "de")
        self.word = w
        self.head = head
        adjective = de_adjective_stem(w) if attributive else None
        self.adjective = adjective is not None
        if adjective is not None:
            # a noun taken for an adjective keeps its own endings too
            forms = {w} | {adjective + ending for ending in DE_ADJ_ENDINGS} | {w + s for s in DE_SUFFIXES}
            self.forms = frozenset(forms)
            self.stems: tuple[str, ...] = ()
            self.compound = False
            return
        stems = {w}
        if w.endswith("e") and len(w) > 3:
            stems.add(w[:-1])
        if w[-1:] in "aiouyäöü":
            # a word ending in a full vowel takes -s (Schuschas, Bakus, Chodschalis), and a
            # place name -er like every other (Bakuer, as Minsker, Karabacher)
            forms = {w, w + "s", w + "er"}
        else:
            forms = {stem + suffix for stem in stems for suffix in DE_SUFFIXES}
        # nominalised adjectives (Kriegsgefangener → Kriegsgefangene, Binnenvertriebenen)
        for ending in ("en", "er", "es", "em"):
            if w.endswith(ending) and len(w) > 5:
                forms.update(w[: -len(ending)] + suffix for suffix in DE_ADJ_ENDINGS)
        if head:
            umlauted = _umlaut(w)
            if umlauted:
                forms.update(umlauted + suffix for suffix in ("", "e", "er", "en", "ern"))
        self.forms = frozenset(forms)
        self.stems = tuple(sorted((st for st in stems if len(st) >= 4), key=len))
        self.compound = len(w) >= 4 and word[:1].isupper()
        self._ends = tuple(form for form in self.forms if len(form) >= len(self.word))

    def score(self, token: Token) -> int:
        folded = token.folded
        if folded == self.word:
            return 2
        if folded in self.forms:
            return 1
        if self.compound and folded.isalpha():
            # the term starts a compound, with a linking -s-/-n- (Karabachkonflikt, Geiselnahme)
            for stem in self.stems:
                if folded.startswith(stem) and _compound_rest(folded[len(stem):]):
                    return 1
            # the head noun ends one (Motorschützenregiment, Karabachkonflikt → Konflikt)
            if self.head:
                for form in self._ends:
                    if folded.endswith(form) and len(folded) - len(form) >= 3:
                        return 1
        return 0


def _compound_rest(rest: str) -> bool:
    """True when *rest* is a linking element and a word of its own (not a derivational suffix)."""
    for link in DE_LINKS:
        if rest.startswith(link):
            word = rest[len(link):]
            if len(word) >= 4 and not DE_DERIVATION.fullmatch(word) and not DE_DERIVATION.fullmatch(rest):
                return True
    return False


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


def fr_ligatures(text: str) -> str:
    """œ → oe, æ → ae (cœur = coeur, Œuvre = OEuvre = Oeuvre), capitals kept capital."""
    if not any(ch in text for ch in "œŒæÆ"):
        return text
    upper = text.upper() == text
    return (
        text.replace("œ", "oe").replace("æ", "ae")
        .replace("Œ", "OE" if upper else "Oe").replace("Æ", "AE" if upper else "Ae")
    )


def _char_class(ch: str) -> str:
    base = strip_accents(ch)
    options = {ch, ch.upper()}
    if base != ch:
        options.add(base.upper())  # French capitals may go without accents: Etats
    if len(options) == 1:
        return re.escape(ch)
    return "[" + "".join(sorted(re.escape(o) for o in options)) + "]"


class FrenchWord(_Cached):
    """d'Aghdam, l'Azerbaïdjan, otages, personnes déplacées internes, internationaux, Etats,
    cœur = coeur (ligatures written out)."""

    case_sensitive = True

    def __init__(self, word: str) -> None:
        super().__init__()
        word = fr_ligatures(word)
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
        raw = fr_ligatures(fr_unelide(token.raw))
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


def word_matcher(
    word: str,
    lang: str,
    head: bool = True,
    single: bool = True,
    lenient: bool = False,
    attributive: bool = False,
) -> WordMatcher:
    """The matcher of one glossary word in *lang* (*head*: the last word of its term;
    *single*: the term has one word; *lenient*: a deprecated variant, whose suffixes may
    follow the harmony of the correct name; *attributive*: the word stands before the
    next content word of its term, as an adjective does)."""
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
        return GermanWord(word, head, attributive=attributive)
    if lang == "fr":
        return FrenchWord(word)
    return PlainWord(word, lang)
