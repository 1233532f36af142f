"""Shared helpers for number words and month names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable, Mapping

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names

from .core import ADD, Atom, combine_number_words

TOKEN_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Tok:
    """A number word: value, combination kind, ordinal and weak-alone flags."""

    value: int
    kind: str = ADD
    ordinal: bool = False
    weak: bool = False
    #: Decimal value when not an integer (полтора = 1.5)
    exact: Decimal | None = None
    #: carries a case suffix, so no further number word can follow
    final: bool = False


Lookup = Callable[[str, str, int], "Tok | None"]
"""(lower-cased word, text, word start) -> Tok or None."""


def scan_number_words(
    text: str,
    lookup: Callable[[str, re.Match[str]], Tok | None],
    joiner: re.Pattern[str],
    special: Callable[[int, int], int | None] | None = None,
    token_re: re.Pattern[str] = TOKEN_RE,
    bare_mult_weak: bool = False,
    connectors: frozenset[str] = frozenset(),
    vocabulary: frozenset[str] | None = None,
) -> list[Atom]:
    """Find spelled-out numbers; adjacent words joined by ``joiner`` combine.

    *vocabulary*, when given, holds every word for which *lookup* may return a Tok:
    the others are skipped without calling it.
    """
    runs: list[list[tuple[re.Match[str], Tok]]] = []
    prev_end = -1
    for m in token_re.finditer(text):
        low = m.group(0).lower()
        if vocabulary is not None and low not in vocabulary:
            if low not in connectors:
                prev_end = -1
            continue
        tok = lookup(low, m)
        if tok is None:
            if low not in connectors:
                prev_end = -1
            continue
        if runs and prev_end >= 0 and joiner.fullmatch(text, prev_end, m.start()) \
                and not runs[-1][-1][1].ordinal and not runs[-1][-1][1].final:
            runs[-1].append((m, tok))
        else:
            runs.append([(m, tok)])
        prev_end = m.end()
    out: list[Atom] = []
    for run in runs:
        toks = [(t.value, t.kind) for _, t in run]
        for i, j, value in combine_number_words(toks, special):
            first, last = run[i], run[j]
            tk = last[1]
            val: Decimal = Decimal(value)
            head = first[1]
            if i == j and tk.exact is not None:
                val = tk.exact
            elif tk.exact is not None and i < j:
                val = Decimal(value)
            elif i + 1 == j and head.exact is not None and tk.kind != ADD and not tk.ordinal:
                val = head.exact * tk.value  # "anderthalb Millionen", "zweieinhalb Tausend"
            weak = i == j and (tk.weak or (bare_mult_weak and tk.kind != ADD))
            out.append(Atom(first[0].start(), last[0].end(), value=val, word=True,
                            ordinal=tk.ordinal, weak=weak,
                            decimal=val != val.to_integral_value()))
    return out


@lru_cache(maxsize=64)
def _wide_month_names(locale: str) -> frozenset[str]:
    """Full month names of *locale* (CLDR, format and stand-alone), lower-cased."""
    try:
        loc = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    return frozenset(name.lower() for ctx in ("format", "stand-alone")
                     for name in get_month_names("wide", ctx, loc).values())


@lru_cache(maxsize=256)
def babel_month_forms(locale: str) -> dict[str, int]:
    """Month names CLDR gives for ``locale`` (all widths/contexts), lower-cased."""
    out: dict[str, int] = {}
    code = locale.replace("-", "_")
    for cand in (code, code.split("_", 1)[0]):
        try:
            loc = Locale.parse(cand)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                try:
                    names = get_month_names(width, ctx, loc)
                except Exception:  # pragma: no cover - odd CLDR data
                    continue
                for num, name in names.items():
                    if not name or any(ch.isdigit() for ch in name):
                        continue
                    key = name.lower()
                    out.setdefault(key, num)
                    if key.endswith("."):
                        out.setdefault(key[:-1], num)
        break
    return out


#: a capitalised noun that makes a month the name of an event: "the October Manifesto", "the July Crisis"
_EVENT_AFTER = re.compile(
    r"[ \u00a0]+(?:Manifesto|Revolution|Crisis|Putsch|Coup|Uprising|Insurrection|Offensive|Pogrom|Decree|"
    r"Constitution|Treaty|Agreement|Accords?|Theses|Days|Movement|Massacre|Events)(?![^\W\d_])")
_NEXT_DIGIT = re.compile(r"[ \u00a0\u202f]*\d")
_PREV_DIGIT = re.compile(r"\d(?:er|e)?[ \u00a0\u202f]*$")


class MonthMatcher:
    """Finds month names (with optional inflection suffix) in a text."""

    def __init__(
        self,
        forms: Mapping[str, int],
        suffix: str = "",
        capitalised: bool = False,
        weak_alone: Iterable[str] = (),
        min_len: int = 3,
        compounds: Iterable[str] = (),
        compound_heads: Iterable[str] = (),
        abbr_needs_digit: bool = False,
        lower_weak: bool = False,
        locale_of_forms: str = "",
    ) -> None:
        keys = sorted((k for k in forms if len(k.rstrip(".")) >= min_len), key=len, reverse=True)
        alts = "|".join(re.escape(k) for k in keys)
        sfx = f"(?P<sfx>{suffix})?" if suffix else ""
        self.forms = {k: v for k, v in forms.items() if len(k.rstrip(".")) >= min_len}
        self.fast = not suffix
        #: a dotted abbreviation ("sept.") is a month only next to a day or year
        self.abbr_needs_digit = abbr_needs_digit
        tails = sorted(compounds, key=len, reverse=True)
        heads = sorted((h for h in compound_heads if h in forms), key=len, reverse=True)
        #: compounds whose first element is a full month name ("Februarnacht")
        self.re_compound = re.compile(
            "(" + "|".join(map(re.escape, heads)) + ")(?:" + "|".join(map(re.escape, tails)) + ")"
        ) if tails and heads else None
        self.re_token = re.compile(r"[^\W\d_]+\.?")
        self.capitalised = capitalised
        #: short forms that are not a full month name (az "may" is one, tr "ara" is not)
        self.abbreviations = frozenset(
            k.rstrip(".") for k in self.forms if len(k.rstrip(".")) <= 3
        ) - _wide_month_names(locale_of_forms) if locale_of_forms else frozenset()
        #: a month in lower case is weak (Turkish "bir şubat gecesi": no date stated)
        self.lower_weak = lower_weak
        self.weak_alone = frozenset(weak_alone)
        self.re = re.compile(
            r"(?<![^\W\d_])(?P<m>" + alts + r")" + sfx + r"(?![^\W\d_])",
            re.IGNORECASE,
        ) if keys else re.compile(r"(?!)")

    def find(self, text: str) -> list[Atom]:
        if self.fast:
            return self._find_tokens(text)
        out: list[Atom] = []
        for m in self.re.finditer(text):
            word = m.group("m")
            if self.capitalised and not word[:1].isupper():
                continue
            key = word.lower()
            num = self.forms.get(key)
            if num is None:
                continue
            sfx = m.groupdict().get("sfx") or ""
            if sfx and key.rstrip(".") in self.abbreviations and sfx[:1] not in "'’ \u00a0":
                continue  # an abbreviation takes no bare ending ("Aradan" is not "Ara." + "dan")
            weak = key.rstrip(".") in self.weak_alone or (self.lower_weak and not word[:1].isupper())
            out.append(Atom(m.start(), m.end(), month=num, weak=weak,
                            suffix=(m.groupdict().get("sfx") or "").lower()))
        return out

    def _find_tokens(self, text: str) -> list[Atom]:
        out: list[Atom] = []
        forms = self.forms
        for m in self.re_token.finditer(text):
            word = m.group(0)
            key = word.lower()
            end = m.end()
            num = forms.get(key)
            compound = False
            if num is None and key.endswith("."):
                key = key[:-1]
                end -= 1
                num = forms.get(key)
                if num is None and self.re_compound is not None:
                    cm = self.re_compound.fullmatch(key)
                    num = forms[cm.group(1)] if cm else None
                    compound = cm is not None
            elif num is None and self.re_compound is not None:
                cm = self.re_compound.fullmatch(key)
                num = forms[cm.group(1)] if cm else None
                compound = cm is not None
            if num is None:
                continue
            if self.capitalised and not word[:1].isupper():
                continue
            if self.abbr_needs_digit and word.endswith(".") and end == m.end() \
                    and not _NEXT_DIGIT.match(text, end) \
                    and not _PREV_DIGIT.search(text, max(0, m.start() - 4), m.start()):
                continue
            # a month inside a compound ("Februarnacht", "Oktoberrevolution") or naming an event
            # ("October Manifesto", "July Crisis") may stand for a month of the other side, never raises one
            weak = key.rstrip(".") in self.weak_alone or compound or _EVENT_AFTER.match(text, end) is not None
            out.append(Atom(m.start(), end, month=num, weak=weak))
        return out
