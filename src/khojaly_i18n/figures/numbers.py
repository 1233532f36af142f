"""Locale digit formats (CLDR via Babel) and digit-token reading."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

SPACE_GROUPS = frozenset(" \u00a0\u202f\u2009\u2007")
"""Space-like characters a locale may group thousands with."""
UNIVERSAL_GROUPS = frozenset("\u00a0\u202f\u2009\u2007'\u2019")
"""Grouping characters accepted in every language (unambiguous)."""

#: One run of digits joined by possible separators (interpreted later).
DIGIT_RUN = re.compile(
    r"(?<![\w\u066b\u066c])\d+(?:[.,'\u2019\u00a0\u202f\u2009\u2007 \u066b\u066c\u060c]\d+)*"
)


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """How one locale writes numbers."""

    decimal: str
    group: str
    secondary_two: bool  # Indian-style 12,34,567 grouping

    @property
    def groups(self) -> frozenset[str]:
        extra = SPACE_GROUPS if self.group in SPACE_GROUPS else frozenset()
        if self.decimal == "," and self.group in SPACE_GROUPS:
            extra = extra | {"."}  # "32.000" is also written in fr/ru prose
        elif self.decimal == ",":
            extra = SPACE_GROUPS  # "12 000" is also written in az, tr and de prose
        return frozenset({self.group}) | UNIVERSAL_GROUPS | extra


def _normalise_locale(lang: str) -> str:
    return lang.replace("-", "_")


@lru_cache(maxsize=512)
def number_format(lang: str) -> NumberFormat:
    """CLDR decimal/group symbols of ``lang``, falling back to its language."""
    code = _normalise_locale(lang)
    candidates = [code]
    if "_" in code:
        candidates.append(code.split("_", 1)[0])
    for cand in candidates:
        try:
            loc = Locale.parse(cand)
            dec = get_decimal_symbol(loc)
            grp = get_group_symbol(loc)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        two = False
        try:
            pattern = loc.decimal_formats.get(None)
            if pattern is not None and tuple(pattern.grouping)[1:2] == (2,):
                two = True
        except Exception:  # pragma: no cover - defensive against odd CLDR data
            two = False
        return NumberFormat(dec, grp, two)
    return NumberFormat(".", ",", False)


@dataclass(frozen=True, slots=True)
class DigitNumber:
    """A number read from a digit run."""

    start: int
    end: int
    value: Decimal
    plain: str  # the digits if written without any separator, else ""
    grouped: bool
    decimal: bool


def _dec(s: str) -> Decimal:
    try:
        return Decimal(s)
    except InvalidOperation:  # pragma: no cover - regex guarantees digits
        return Decimal(0)


def read_digit_run(run: str, offset: int, fmt: NumberFormat) -> list[DigitNumber]:
    """Split a digit run into the numbers it states for a locale."""
    parts = re.split(r"(\D)", run)
    groups = parts[0::2]
    seps = parts[1::2]
    out: list[DigitNumber] = []
    pos = 0
    i = 0
    n = len(groups)
    group_syms = fmt.groups
    while i < n:
        start_pos = pos
        int_digits = groups[i]
        frac = ""
        grouped = False
        gsym: str | None = None
        j = i
        pos += len(groups[i])
        # grouping
        while j + 1 < n:
            sep = seps[j]
            nxt = groups[j + 1]
            if len(groups[i]) > 3 or (groups[i][0] == "0"):
                break  # 0,255 is a list, not a grouped number
            ok_sep = sep in group_syms and (gsym is None or sep == gsym)
            if not ok_sep or sep == fmt.decimal:
                break
            if len(nxt) == 3 or (fmt.secondary_two and len(nxt) == 2 and j + 2 < n
                                 and seps[j + 1] == sep):
                # a 2-digit group must be followed by more groups
                if len(nxt) == 2 and not fmt.secondary_two:
                    break
                int_digits += nxt
                gsym = sep
                grouped = True
                pos += 1 + len(nxt)
                j += 1
                continue
            break
        if grouped and len(groups[j]) != 3:
            # Indian grouping must end in 3 digits; undo to safe split
            pass
        # decimal part
        if j + 1 < n:
            sep = seps[j]
            nxt = groups[j + 1]
            is_dec = sep == fmt.decimal or sep == "\u066b"
            fallback = (
                not grouped and sep in ".," and sep != fmt.decimal
                and (j + 2 >= n) and not (sep == fmt.group and len(nxt) == 3)
                and (i == 0 or seps[i - 1] != sep) and (sep == "." or len(nxt) <= 3)
            )
            if len(int_digits) > 1 and int_digits[0] == "0":
                is_dec = fallback = False  # 001,366: a list of codes
            if (is_dec or fallback) and gsym != sep:
                frac = nxt
                pos += 1 + len(nxt)
                j += 1
        text = int_digits + ("." + frac if frac else "")
        out.append(DigitNumber(
            offset + start_pos, offset + pos, _dec(text),
            groups[i] if (j == i and not frac) else "", grouped, bool(frac),
        ))
        # skip the separator after this number
        if j + 1 < n:
            pos += len(seps[j])
        i = j + 1
    return out
