"""Shared rules of Turkish and Azerbaijani: suffixed numerals and harmony."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Mapping

from .core import ADD, HUNDRED, MULT, Atom, LangRules, harmony_ok
from .words import Tok, scan_number_words

LETTERS = "a-zçğıöşüəâîû"
#: ordinal suffix of a number word (birinci, altıncı, dördüncü)
ORD_SFX = r"(?:[ıiuü]?nc[ıiuü])"
#: case/possessive suffix chain (one level deep is enough for numerals)
CASE_SFX = (r"(?:ş?[aeə]r|(?:[sy]?[ıiuü])(?:n(?:[ıiuü]n|[ıiuü]|d[aeə]n?|[aeə]))?"
            r"|n?d[aeə]n?|t[aeə]n?|[yn]?[ıiuü]n|[yn]?[aeə]|l[aeə]|yl[aeə]|d[ıiuü]r|t[ıiuü]r"
            r"|d[aeə]k|c[aeə]"
            r"|[ıiuü]m(?:[ıiuü]z)?(?:d[aeə]n?|[ıiuü]n|[aeə]|d[ıiuü]r)?)")  # "on beşimde": at my fifteen
_ABL = re.compile(r"(?:n?d|t)[aeə]n$")
_DAT = re.compile(r"(?:[yn]?[aeə]|d[aeə]k|[yn]?[aeə][ \u00a0]+(?:kadar|qədər))$")
_BOTH = re.compile(r"(?<![^\W\d_])h[əe]r[ \u00a0]+$", re.I)
_WORD_RE = re.compile(r"[^\W\d_]+")
#: "üçdə biri" / "üçte biri" (a third): a locative denominator, then the numerator
_LOC = re.compile(r"(?:d|t)[aeə]$")
#: "iki kat(ı)", "üç qat", "iki dəfə artdı": multiplicatives, English says "doubled"
_POSS = re.compile(r"(?:s[ıi]|m[ıi]z|n[ıi]z)")
_TIMES = r"[ \u00a0]+(?:kat(?:la[a-zçğıöşüə]*)?|qat|dəfə|defa|kez|kere|nokta|nöqtə)(?:[ıiuüaeə][a-zçğıöşüə]*)?(?![a-zçğıöşüə])"
_TIMES_AFTER = re.compile(_TIMES, re.I)


#: a unit of time or distance right after a number word
_MEASURE_AFTER = re.compile(
    r"[ \u00a0]+(?:saniy[əe]|dakika|dəqiqə|saat|gün|hafta|həftə|ay|ayda|il|yıl|km|kilometr[eə]?|metr[eə]?)"
    r"(?:[" + LETTERS + r"]*)(?![^\W\d_])", re.I)
_VAGUE_MULTIPLE_AFTER = re.compile(
    r"[ \u00a0]+(?:yüz|min|bin|milyon|milyard|milyar)l[aeə]r(?:l[aeə]|c[aeə])(?![^\W\d_])", re.I)
_NUMBER_BEFORE = re.compile(r"[^\W_]+[ \u00a0]+$")
_SPAN_HINT = re.compile(r"(?:illi[kyğ]|yıllı[kğ]|günlü[kğ]|aylı[kqğ]|saatlı[kqğ]|həftəli[kyğ]|haftalı[kğ])", re.I)


@lru_cache(maxsize=8)
def _span_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![^\W\d_])(?P<stem>" + "|".join(map(re.escape, stems)) + r")[ \u00a0-]?"
        r"(?:illi[kyğ]|yıllı[kğ]|günlü[kğ]|aylı[kqğ]|saatlı[kqğ]|həftəli[kyğ]|haftalı[kğ])[^\W\d_]*", re.I)


def turkic_lower(word: str) -> str:
    """Lower-case with the Turkic dotted/dotless i (I -> ı, İ -> i)."""
    return word.replace("I", "ı").replace("İ", "i").lower().replace("i\u0307", "i")


class TurkicRules(LangRules):
    """Base for tr and az: stems with ordinal and case suffixes."""

    #: "iki katına çıktı", "üç dəfə artdı", "iki kez": a factor (not "nokta"/"nöqtə": a point)
    times_after = r"[ \u00a0]+(?:kat(?:la[a-zçğıöşüə]*)?|qat|dəfə|defa|kez|kere)(?:[ıiuüaeə][a-zçğıöşüə]*)?(?![a-zçğıöşüə])"

    stems: Mapping[str, Tok] = {}
    #: stems that are also common words when suffixed or alone
    ambiguous_suffixed: frozenset[str] = frozenset()
    ambiguous_alone: frozenset[str] = frozenset()
    not_numbers: frozenset[str] = frozenset({"yüzde", "yüzdə"})

    def __init__(self, locale: str) -> None:
        super().__init__(locale)
        alts = "|".join(sorted((re.escape(k) for k in self.stems), key=len, reverse=True))
        self.re_word = re.compile(
            r"(?P<stem>" + alts + r")(?P<ord>" + ORD_SFX + r")?(?P<case>" + CASE_SFX + r")?$")

    #: suffixed forms that are mostly another word: weak (az/tr "üçün" = 'for')
    weak_forms: frozenset[str] = frozenset()

    def _lookup(self, w: str, m: re.Match[str]) -> Tok | None:
        w = turkic_lower(m.group(0))
        if w in self.not_numbers:
            return None
        mm = self.re_word.match(w)
        if not mm:
            return None
        stem = mm.group("stem")
        base = self.stems.get(stem)
        if base is None:
            return None
        ordinal = bool(mm.group("ord")) or base.ordinal  # "ilk" (first) is an ordinal stem
        case = mm.group("case") or ""
        if mm.group("ord") and not harmony_ok(stem, mm.group("ord")):
            return None
        if case and not harmony_ok(stem + (mm.group("ord") or ""), case):
            return None
        if stem.endswith(("d", "rd")) and not (ordinal or case[:1] in "ıiuüaeə"):
            return None  # softened stem (dörd-) only before a vowel in tr
        weak = base.weak or (ordinal and base.value <= 2)  # "ikinci": also 'the latter'
        if base.value == 2 and not ordinal and _POSS.match(case):
            weak = True  # "ikisi de", "ikimiz" = both
        if (case or ordinal) and stem in self.ambiguous_suffixed and not ordinal:
            weak = True
        if not case and not ordinal and stem in self.ambiguous_alone \
                and not _MEASURE_AFTER.match(m.string, m.end()):
            weak = True  # "on" alone may be English; "on dakika", "on gün", "on km" count
        if base.value == 2 and not ordinal and _BOTH.search(m.string, 0, m.start()):
            weak = True  # "hər iki" / "her iki" = both
        if w in self.weak_forms:
            weak = True
        if not ordinal and _TIMES_AFTER.match(m.string, m.end()):
            weak = True  # "iki katına çıktı" = doubled
        return Tok(base.value, base.kind, ordinal=ordinal, weak=weak,
                   final=bool(case) or ordinal)

    def scan_numbers(self, text: str) -> list[Atom]:
        atoms = scan_number_words(text, self._lookup, re.compile(r"[ \u00a0]+"),
                                  token_re=_WORD_RE)
        # "on minlərlə", "yüz binlerce": tens, hundreds of thousands, a vague quantity
        for a in atoms:
            if _VAGUE_MULTIPLE_AFTER.match(text, a.end):
                a.weak = True
        # fractions: "üçdə biri", "dörtte üçü" (denominator in the locative)
        for a, b in zip(atoms, atoms[1:]):
            if _LOC.search(text[a.start:a.end]) and not text[a.end:b.start].strip(" \u00a0") \
                    and b.start > a.end:
                a.weak = b.weak = True
        if _SPAN_HINT.search(text):
            atoms.extend(self._span_compounds(text, atoms))
        return atoms

    def _span_compounds(self, text: str, taken: list[Atom]) -> list[Atom]:
        """"Otuzillik müharibə", "beşgünlük", "yüzyıllık": a number fused with a span of time."""
        pattern = _span_pattern(tuple(sorted(self.stems, key=len, reverse=True)))
        out: list[Atom] = []
        for m in pattern.finditer(text):
            if any(a.start < m.end() and m.start() < a.end for a in taken):
                continue
            stem = turkic_lower(m.group("stem"))
            base = self.stems.get(stem)
            if base is None or base.kind != ADD:
                continue
            # "onillik" is a decade: weak alone, a unit after a number ("üç onillik")
            decade = stem == "on" and turkic_lower(m.group(0)[2:3]) == "i"
            if decade and _NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            out.append(Atom(m.start(), m.end(), value=Decimal(base.value), word=True,
                            weak=base.value <= 1 or decade))
        return out

    def fraction_value(self, match: re.Match[str]) -> tuple[Decimal, bool] | None:
        """Also tenths with the possessive: "onda biri" (one tenth), "onda üçü"."""
        if match.groupdict().get("den10"):
            return Decimal(self.fraction_numerators[match.group("num10").lower()]) / 10, False
        return super().fraction_value(match)

    def range_by_suffix(self, a: Atom, b: Atom, gap: str) -> bool:
        if gap.strip(" \u00a0"):
            return False
        sa = a.suffix.lstrip("-‑'’")
        sb = b.suffix.lstrip("-‑'’")
        return bool(_ABL.search(sa)) and bool(_DAT.search(sb) or not sb)


def turkic_stems(units: dict[str, int], extra: dict[str, Tok] | None = None) -> dict[str, Tok]:
    """Token table from plain stems (hundred/thousand/million kinds inferred)."""
    out: dict[str, Tok] = {}
    for k, v in units.items():
        if v == 100:
            out[k] = Tok(v, HUNDRED)
        elif v >= 1000:
            out[k] = Tok(v, MULT)
        else:
            out[k] = Tok(v, ADD, weak=v <= 1)
    if extra:
        out.update(extra)
    return out
