"""Shared extraction machinery: masking, atoms, composition into figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from typing import Callable, ClassVar, Iterable, Iterator, Sequence

from .model import DateValue, Figure, TimeValue
from .numbers import DIGIT_RUN, NumberFormat, number_format, read_digit_run

D = Decimal
FILL = "\x00"

# --------------------------------------------------------------------- masking
_TLD = (r"(?:com|org|net|info|gov|edu|int|mil|biz|news|io|az|ru|tr|de|fr|uk|eu|am|ge|ua|kz|uz|"
        r"by|us|ch|at|it|es|nl|pl|ir|be|tv|me)")
#: (substrings of which one must occur, pattern): a part is tried only when
#: the text holds one of its substrings (None: a regex hint)
_MASK_TABLE: list[tuple[tuple[str, ...] | re.Pattern[str], str]] = [
    (("://",), r"(?:https?|ftp)://[^\s<>`\"]+"),
    (("www.",), r"\bwww\.[^\s<>`\"]+"),
    (("@",), r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # bare domain names such as 1905.az or caspiannews.com (lower-case TLD)
    (re.compile(r"\." + _TLD + r"(?!\w)"),
     r"(?<![\w.])[\w-]+(?:\.[\w-]+)*\." + _TLD + r"(?![\w])(?:/[^\s<>`\"]*)?"),
    ((":`",), r":[\w.+-]+(?::[\w.+-]+)*:`[^`]*`"),  # reST/Sphinx roles
    (("``",), r"``[^`]+``"),  # inline literals
    (("`_",), r"`[^`]+`_{1,2}"),  # hyperlink references
    (("]_",), r"\[(?:\d+|#[\w-]*|\*)\]_"),  # footnote references
    (("..",), r"(?m:^)[ \t]*\.\.[ \t]+(?:_[^:\n]+:|\[[^\]\n]+\]|\|[^|\n]+\||[\w:-]+::)[^\n]*"),
    (("|",), r"(?<![\w|])\|[^|\s][^|\n]*\|(?![\w|])"),  # substitutions
    # printf placeholders; a percent sign right after a number is a percentage ("90%-i": az, of 90 %)
    (("%",), r"(?<!\d)(?<!\d[ \u00a0\u202f])%\d+\$[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]"),
    (("%",), r"(?<!\d)(?<!\d[ \u00a0\u202f])%\([^)\s]*\)[-+ #0]*(?:\d+|\*)?(?:\.\d+)?[diouxXeEfFgGcrsa]"),
    (("%",), r"(?<!\d)(?<!\d[ \u00a0\u202f])%[-+#0]*(?:\d+|\*)?(?:\.\d+)?[diouxXeEfFgGcrsa](?![^\W\d_])"),
    (("{",), r"\{[\w.\[\]]*(?:![rsa])?(?::[^{}\s]*)?\}"),  # str.format fields
    (("${",), r"\$\{\w+\}"),
    (("<",), r"</?[A-Za-z][^<>]*>"),  # markup tags
    (("&",), r"&#?\w+;"),
    (("U+", "0x", "0X", "0o", "0O", "0b", "0B"),
     r"\bU\+[0-9A-Fa-f]{4,6}\b|\b0[xX][0-9A-Fa-f_]+\b|\b0[oObB][0-7_]+\b"),  # code points, hex
]
MASK_RE = re.compile("|".join(p for _, p in _MASK_TABLE))
#: (index, hint) of _MASK_TABLE, a lone substring unpacked
_MASK_HINTS = [(i, hint[0] if isinstance(hint, tuple) and len(hint) == 1 else hint)
               for i, (hint, _) in enumerate(_MASK_TABLE)]
_NUMERIC_DATE_GUARD = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}$|\d{1,3}(?:\.\d{3})+$")
_NUMERIC_LITERAL = re.compile(r"``-?\d+(?:[.,]\d+)?``$")


@lru_cache(maxsize=512)
def _mask_re(parts: tuple[int, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_MASK_TABLE[i][1] for i in parts))


#: a role or a hyperlink reference with an explicit title: ":ref:`chapter 3 <ch3>`", "`page 5 <url>`_"
_TITLED = re.compile(r"(?P<head>(?::[\w.+-]+)+:)?`(?P<title>[^`<]*[^\s`<])\s*<[^`>]*>`_{0,2}$")


def _mask_repl(m: re.Match[str]) -> str:
    s = m.group(0)
    if _NUMERIC_DATE_GUARD.match(s):
        return s
    if _NUMERIC_LITERAL.match(s):
        return FILL * 2 + s[2:-2] + FILL * 2  # ``0`` states the number 0
    titled = _TITLED.match(s)
    if titled is not None:
        # the title is what the reader sees: its figures count, the target does not
        start, end = titled.span("title")
        return FILL * start + s[start:end] + FILL * (len(s) - end)
    return FILL * len(s)


def mask(text: str) -> str:
    """Blank out URLs, domains, markup and placeholders (offsets kept)."""
    parts: list[int] = []
    for i, hint in _MASK_HINTS:
        if hint.__class__ is str:
            if hint in text:
                parts.append(i)
        elif hint.__class__ is tuple:
            for h in hint:
                if h in text:
                    parts.append(i)
                    break
        elif hint.search(text) is not None:
            parts.append(i)
    if not parts:
        return text
    return _mask_re(tuple(parts)).sub(_mask_repl, text)


# ---------------------------------------------------------------------- atoms
@dataclass(slots=True)
class Atom:
    """A number, month name or pre-built figure found in a text."""

    start: int
    end: int
    value: Decimal | None = None
    month: int | None = None
    word: bool = False
    ordinal: bool = False
    weak: bool = False
    plain: str = ""  # digits written without separators
    decimal: bool = False
    suffix: str = ""
    yearword: bool = False
    percent: bool = False
    decade: bool = False
    figure: Figure | None = None  # a pre-built figure (numeric date...)

    @property
    def is_num(self) -> bool:
        return self.value is not None and self.figure is None

    @property
    def is_month(self) -> bool:
        return self.month is not None and self.value is None and self.figure is None

    def day_ok(self) -> bool:
        v = self.value
        return (self.is_num and v is not None and not self.decimal and not self.percent
                and v == v.to_integral_value() and 1 <= v <= 31
                and (self.word or len(self.plain) <= 2) and not self.decade)

    def year_ok(self) -> bool:
        v = self.value
        return (self.is_num and v is not None and not self.word and not self.decimal
                and not self.percent and not self.decade
                and (len(self.plain) == 4 or (self.yearword and 2 <= len(self.plain) <= 4)))


@dataclass(slots=True)
class Fig:
    """An extracted figure plus the extraction flags the comparison uses.

    ``unit`` is the unit of measure right after a number ("km", "day",
    "hour"...), "" when there is none, None when not known.
    """

    figure: Figure
    weak: bool = False
    unit: str | None = None


#: units of measure written right after a number, in en, ru, az, tr, de, fr
_UNIT_PARTS = {
    "km": r"km|км|kilomet(?:er|re|res|ers|ern|r)[^\W\d_]*|kilomètres?|километр[а-яё]*",
    "kg": r"kg|кг|kq|kilos?|кило|kilogram[^\W\d_]*|килограмм[а-яё]*",
    "hour": (r"hours?|hrs?|час(?:а|ов|ы|ам|ами|ах|у)?(?![а-яё])|часов[а-яё]+|saat[^\W\d_]*|stunden?"
             r"|std\.|stündig[^\W\d_]*|heures?|h(?![^\W\d_])"),
    "day": (r"days?|дн(?:я|ей|ю|ям|ями|ях)(?![а-яё])|день|дневн[а-яё]*|суточн[а-яё]*"
            r"|сут(?:ки|ок|кам|ками)(?![а-яё])|tägig[^\W\d_]*"
            r"|gün(?:ü|ün|e|ə|de|də|den|dən|dür|lük|lüğ[^\W\d_]*|ler[^\W\d_]*|lər[^\W\d_]*)?"
            r"|tag(?:e|en|es)?|jours?|journées?"),
    "minute": (r"minutes?|mins?|минут[а-яё]*|dəqiqə[^\W\d_]*|dakika[^\W\d_]*|minuten?"
               r"|minütig[^\W\d_]*"),
    "week": (r"weeks?|недел[ьиеяю][а-яё]*|həftə[^\W\d_]*|hafta[^\W\d_]*|wochen?|wöchig[^\W\d_]*"
             r"|semaines?"),
    "second": r"seconds?|secs?|секунд[а-яё]*|saniy[əe][^\W\d_]*|sekunden?|secondes?",
    "m": (r"m|м|metres?|meters?|mètres?|metern?|метр[а-яё]{0,3}|metr(?:[eəi][^\W\d_]{0,5})?"
          r"|metr(?:dir|dən|də|lik|lük|in|ə)"),
}
_UNIT_RE = re.compile(
    r"(?P<gap>[ \u00a0\u202f]?[-‑]?(?:[^\W\d_]{2,}[ \u00a0])?)(?:" + "|".join(
        f"(?P<{k}>{v})" for k, v in _UNIT_PARTS.items()) + r")(?![^\W\d_])", re.I)
_UNIT_KINDS = frozenset({"cardinal", "decimal", "range", "date"})


_UNIT_IN_WORD = re.compile(
    r"[^\W\d_](?:(?P<day>tägig|дневн|суточн)|(?P<hour>stündig|часов[а-яё])|(?P<week>wöchig|недельн)"
    r"|(?P<minute>minütig|минутн))", re.I)


def unit_after(text: str, f: Figure, english: bool = False) -> str:
    """The unit of measure right after a number figure ("" if none)."""
    if f.kind == "date":
        return ""
    inner = _UNIT_IN_WORD.search(f.text)  # "fünftägige", "пятидневное"
    if inner is not None:
        return next(k for k, v in inner.groupdict().items() if v)
    m = _UNIT_RE.match(text, f.end)
    if m is None:
        return ""
    unit = next(k for k, v in m.groupdict().items() if v and k != "gap")
    word = m.group(unit)
    gap_word = m.group("gap").strip(" \u00a0\u202f-‑")
    if (english and _EN_SINGULAR.match(word) and "-" not in m.group("gap") and f.value != 1) \
            or _NOT_ADJ.match(gap_word):
        return ""  # "seven day numbers": attributive, not a unit; "5 of the days"
    if gap_word.lower() in _ARTICLES:
        return ""  # "63-ü bir həftə ərzində": the unit of the next number ("a week"), not of this one
    if _OTHER_MEASURE.match(gap_word) or _AREA_AFTER.match(text, m.end()) or _AREA_IN_WORD.search(word):
        return ""  # "4.3 terawatt hours", "12 light years", "936 square kilometres": not the unit itself
    return unit


#: English singular unit words: after a number other than one they are
#: attributive ("seven day numbers"), not the unit of that number
_EN_SINGULAR = re.compile(r"(?:day|hour|minute|week|second|kilomet(?:er|re))$", re.I)
_ARTICLES = frozenset({"a", "an", "one", "bir", "ein", "eine", "einen", "einem", "einer", "un", "une", "один", "одна",
                       "одну", "одно", "одного", "одной"})
#: a word that makes the time unit after it part of another measure ("terawatt hours", "light years")
_OTHER_MEASURE = re.compile(r"(?:(?:kilo|mega|giga|tera)?watts?|light|man|person|square|sq|cubic|kvadrat|kub"
                            r"|квадратн[а-яё]*|кубическ[а-яё]*)$", re.I)
_AREA_IN_WORD = re.compile(r"kare|kvadrat|quadrat", re.I)  # "kilometrekare"
#: after the unit: "kilomètres carrés", "km²": an area or a volume
_AREA_AFTER = re.compile(r"[²³]|[ \u00a0]+(?:carrés?|cubes?)(?![^\W\d_])", re.I)
#: words that may not stand between a number and its unit
_NOT_ADJ = re.compile(r"(?:or|and|to|of|и|или|до|из|və|ya|veya|ile|oder|und|bis|von|ou|et|à|de)$",
                      re.I)
_UNIT_JOIN = re.compile(r"[ \u00a0\u202f]*(?:[-‐‑‒–—−/,]|or|and|to|или|и|до|və|ya|veya|ila|ile|"
                        r"oder|und|bis|ou|et|à)[ \u00a0\u202f]*$", re.I)


# ------------------------------------------------------------ word-number maths
#: token kinds for :func:`combine_number_words`
ADD, HUNDRED, MULT = "a", "h", "m"


def _mag(v: int) -> int:
    m = 1
    while m * 10 <= v:
        m *= 10
    return m


def combine_number_words(
    tokens: Sequence[tuple[int, str]],
    special: Callable[[int, int], int | None] | None = None,
) -> list[tuple[int, int, int]]:
    """Group number-word tokens into numbers.

    ``tokens`` are ``(value, kind)`` with kind ADD (units, teens, tens,
    hundreds like 200), HUNDRED (the word hundred) or MULT (thousand, million).
    Returns ``(first_index, last_index, value)`` per number; two adjacent
    tokens that cannot form one number ("five six") are split.
    ``special(current, v)`` may return a new ``current`` for idioms such as
    French quatre-vingt.
    """
    out: list[tuple[int, int, int]] = []
    total = 0
    cur = 0
    start = -1
    last_mult = 10 ** 18

    def flush(end: int) -> None:
        nonlocal total, cur, start, last_mult
        if start >= 0:
            out.append((start, end, total + cur))
        total = cur = 0
        start = -1
        last_mult = 10 ** 18

    for idx, (v, kind) in enumerate(tokens):
        if start < 0:
            start = idx
            if kind == MULT:
                total, cur, last_mult = v, 0, v
            elif kind == HUNDRED:
                cur = v
            else:
                cur = v
            continue
        if kind == ADD:
            if special is not None:
                sp = special(cur, v)
                if sp is not None:
                    cur = sp
                    continue
            if cur == 0 or cur % (_mag(v) * 10) == 0:
                if cur == 0 and total and total % (_mag(v) * 10) != 0:
                    flush(idx - 1)
                    start, cur = idx, v
                    continue
                cur += v
                continue
            flush(idx - 1)
            start, cur = idx, v
        elif kind == HUNDRED:
            if 0 < cur < 100 and cur % 1 == 0:
                cur *= v
            elif cur == 0 and total == 0:
                cur = v
            else:
                flush(idx - 1)
                start, cur = idx, v
        else:  # MULT
            if v >= last_mult:
                flush(idx - 1)
                start, total, cur, last_mult = idx, v, 0, v
                continue
            total += (cur or 1) * v
            cur = 0
            last_mult = v
    flush(len(tokens) - 1)
    return out


# --------------------------------------------------------------- language base
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VAL = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(s: str) -> int | None:
    """Value of an upper-case Roman numeral, or None."""
    if not s or not _ROMAN_RE.match(s):
        return None
    total = 0
    prev = 0
    for ch in reversed(s):
        v = _ROMAN_VAL[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


DASH = r"[-‐‑‒–—−]"


class LangRules:
    """Per-language rules; subclasses override the class attributes/hooks.

    The base class reads digits the way the locale's CLDR data says and knows
    the universal formats (ISO dates, %, dashes); it has no number words.
    """

    code: ClassVar[str] = ""
    #: suffix right after a digit run (named groups: ord, dec, yr, pct, abl, sfx)
    digit_suffix: ClassVar[str] = r""
    percent_after: ClassVar[str] = r"[ \u00a0\u202f\u2009]?[%٪]"
    percent_before: ClassVar[str] = r"(?<![\w%])[%٪][ \u00a0\u202f]?$"
    year_after: ClassVar[str] = r"(?!)"
    year_before: ClassVar[str] = r"(?!)"
    decade_after: ClassVar[str] = r"(?!)"
    decade_before: ClassVar[str] = r"(?!)"
    century_after: ClassVar[str] = r"(?!)"  # after an ordinal (digits or word)
    century_re: ClassVar[str] = r"(?!)"  # full pattern with group 'n' (digits) or 'r' (roman)
    #: substrings of which every match of century_re holds one (empty: no such hint, always scan)
    century_hint: ClassVar[tuple[str, ...]] = ()
    million_after: ClassVar[str] = r"(?!)"  # groups: named m_<value>
    #: digits after a multiplier word add lower orders ("4 bin 500" = 4,500)
    multiplier_sums: ClassVar[bool] = False
    #: a decade in words ("the eighties", "восьмидесятые годы"); group 'w' is the tens word
    decade_words: ClassVar[str] = r"(?!)"
    #: lower-case tens words of decade_words -> their value (20 ... 90)
    decade_tens: ClassVar[dict[str, int]] = {}
    #: substrings of which every match of decade_words holds one
    decade_hint: ClassVar[tuple[str, ...]] = ()
    #: a fraction in words ("a third of", "zwei Drittel", "üçte biri", "половина"): groups
    #: 'num' (optional numerator word), 'den' (denominator word) or 'half' (one half, weak)
    fraction_words: ClassVar[str] = r"(?!)"
    #: words that state a factor ("tripled", "verdoppelt", "вдвое", "doublé"): group 'w'; they are
    #: weak figures of kind "multiple", and two different factors are a change
    multiplicative_words: ClassVar[str] = r"(?!)"
    #: lower-case stems of multiplicative_words (longest first wins) -> factor
    multiplicative_stems: ClassVar[dict[str, int]] = {}
    #: substrings of which every match of multiplicative_words holds one
    multiplicative_hint: ClassVar[tuple[str, ...]] = ()
    #: after a weak number, makes it a factor ("üç katına çıktı", "iki dəfə artdı")
    times_after: ClassVar[str] = r"(?!)"
    #: a part of the day after an hour ("11 часов утра", "5 heures du soir", "11 Uhr abends"): group 'p'
    period_after: ClassVar[str] = r"(?!)"
    #: a part of the day before an hour ("sabah 6.15", "axşam saat 11", "abends um 11"): group 'p'
    period_before: ClassVar[str] = r"(?!)"
    #: lower-case words of period_after/period_before -> "am", "pm" or "night" (11 ночи = 23:00, 2 ночи = 02:00)
    period_shift: ClassVar[dict[str, str]] = {}
    #: before an hour of the clock ("à cinq heures", "um fünf Uhr", "в пять часов"): the hour is a clock time
    clock_before: ClassVar[str] = r"(?!)"
    #: "three decades", "drei Jahrzehnte": the number counts tens of years
    decades_after: ClassVar[str] = r"(?!)"
    #: fixed expressions whose number words state no figure ("on cloud nine", "merci mille fois",
    #: "на седьмом небе", "dört gözle"): their numbers are weak
    idioms: ClassVar[tuple[str, ...]] = ()
    #: substrings of which every match of fraction_words holds one
    fraction_hint: ClassVar[tuple[str, ...]] = ()
    #: numerator words (lower case) -> value; a fraction without one has numerator 1
    fraction_numerators: ClassVar[dict[str, int]] = {}
    #: denominator stems (lower case, longest first wins) -> value
    fraction_denominators: ClassVar[dict[str, int]] = {}
    #: number words after "in"/"sur" in a rate (group 'denin' of fraction_words)
    rate_words: ClassVar[dict[str, int]] = {}
    #: denominator stems whose fractions are weak (tr "çeyrek" is also a quarter-final)
    fraction_weak: ClassVar[frozenset[str]] = frozenset()
    #: "and a half" right after a number, or after the noun that follows it
    #: ("two hours and a half", "deux heures et demie", "два с половиной", "üç buçuk")
    half_after: ClassVar[str] = r"(?!)"
    range_mid: ClassVar[str] = r"\s?" + DASH + r"\s?"
    range_word_pairs: ClassVar[tuple[tuple[str, str], ...]] = ()
    day_month_gap: ClassVar[str] = r"[ \u00a0\u202f]+"
    month_day_gap: ClassVar[str] = r"(?!)"
    month_year_gap: ClassVar[str] = r"[ \u00a0\u202f]+"
    year_date_gap: ClassVar[str] = r"(?!)"
    month_first_numeric: ClassVar[bool] = False
    triggers: ClassVar[str] = r"(?!)"  # fast pre-check for number/month words
    #: local clock-time formats (groups: h, optional mi, optional ap = a/p)
    time_patterns: ClassVar[tuple[str, ...]] = ()
    #: whether H.MM (dot) is a clock time in a clock context (saat 10.30, 10.30 Uhr)
    dot_times: ClassVar[bool] = True

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.fmt: NumberFormat = number_format(locale)
        f = re.compile
        self.re_suffix = f(self.digit_suffix) if self.digit_suffix else None
        self.re_pct_after = f(self.percent_after, re.I)
        self.re_pct_before = f(r"(?:" + self.percent_before + r")", re.I)
        self.re_year_after = f(self.year_after, re.I)
        self.re_year_before = f(r"(?:" + self.year_before + r")$", re.I)
        self.re_decade_after = f(self.decade_after, re.I)
        self.re_decade_before = f(r"(?:" + self.decade_before + r")$", re.I)
        self.re_century = f(self.century_re)
        self.re_century_after = f(self.century_after, re.I)
        self.re_million = f(self.million_after, re.I)
        self.re_decade_words = f(self.decade_words, re.I) if self.decade_tens else None
        self.re_half_after = f(self.half_after, re.I) if self.half_after != r"(?!)" else None
        self.re_fraction = f(self.fraction_words, re.I) if self.fraction_hint else None
        _ws = r"[ \u00a0]+"
        self.re_idioms = (
            f(r"(?<![^\W\d_])(?:" + "|".join(i.replace(" ", _ws) for i in self.idioms) + r")(?![^\W\d_])", re.I)
            if self.idioms else None
        )
        self._idiom_keys: tuple[str, ...] | None = None
        self._denominators = sorted(self.fraction_denominators.items(), key=lambda kv: -len(kv[0]))
        self.re_multiplicative = f(self.multiplicative_words, re.I) if self.multiplicative_hint else None
        self._factors = sorted(self.multiplicative_stems.items(), key=lambda kv: -len(kv[0]))
        self.re_times_after = f(self.times_after, re.I) if self.times_after != r"(?!)" else None
        self.re_period_after = f(self.period_after, re.I) if self.period_shift else None
        self.re_period_before = f(r"(?:" + self.period_before + r")$", re.I) if self.period_shift else None
        self.re_clock_before = f(r"(?:" + self.clock_before + r")$", re.I) if self.clock_before != r"(?!)" else None
        self.re_decades_after = f(self.decades_after, re.I) if self.decades_after != r"(?!)" else None
        self.re_range_mid = f(self.range_mid + r"$", re.I)
        # the middle part is matched in the whole text (it may look ahead: "5 ilə 8 dərəcə arasında")
        self.re_range_pairs = [
            (f(r"(?:" + pre + r")$", re.I) if pre else None, f(r"(?:" + mid + r")", re.I))
            for pre, mid in self.range_word_pairs
        ]
        self.re_dm_gap = f(r"(?:" + self.day_month_gap + r")$", re.I)
        self.re_md_gap = f(r"(?:" + self.month_day_gap + r")$", re.I)
        self.re_my_gap = f(r"(?:" + self.month_year_gap + r")$", re.I)
        self.re_yd_gap = f(r"(?:" + self.year_date_gap + r")$", re.I)
        self.re_triggers = f(self.triggers, re.I)
        #: the common case (no digit, no number or month word) in one search
        self.re_candidates = f(r"\d|" + self.triggers, re.I)
        self.re_times = [f(p, re.I) for p in self.time_patterns]

    @property
    def idiom_keys(self) -> tuple[str, ...]:
        """One literal word of every idiom: no idiom can match a text without one of them."""
        if self._idiom_keys is None:
            self._idiom_keys = tuple({self._idiom_key(i) for i in self.idioms})
        return self._idiom_keys

    def _idiom_key(self, idiom: str) -> str:
        """One literal word of *idiom*, a rare one if it has one (not a number word): no text
        without it can hold the idiom."""
        words = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", re.sub(r"\(\?[^)]*\)|\[[^\]]*\]", " ", idiom))]
        rare = [w for w in words if self.re_triggers.match(w) is None
                and (self.word_set is None or w not in self.word_set)]
        return max(rare or words or [idiom.lower()], key=len)

    # ------------------------------------------------------------ hooks
    def suffix_flags(self, atom: Atom, m: re.Match[str]) -> None:
        """Set the atom's flags from a matched digit suffix (named groups)."""
        gd = m.groupdict()
        if gd.get("ord"):
            atom.ordinal = True
        if gd.get("dec"):
            atom.decade = True
        if gd.get("yr"):
            atom.yearword = True
        if gd.get("pct"):
            atom.percent = True

    def fraction_value(self, match: re.Match[str]) -> tuple[Decimal, bool] | None:
        """(value, weak) of a match of fraction_words, None when it is no fraction."""
        groups = match.groupdict()
        if groups.get("half"):
            return D("0.5"), True
        if groups.get("denin"):
            # a rate ("one in ten", "une victime sur cinq"): weak, with its second reading N, since
            # a translation may count instead ("hər on binadan biri"), and "sur" is also "about"
            word = groups["denin"].lower()
            n = int(word) if word.isdigit() else self.rate_words.get(word, 0)
            return (D(1) / n, True) if n >= 2 else None
        den_word = (groups.get("den") or "").lower()
        stem = next((stem for stem, _ in self._denominators if den_word.startswith(stem)), None)
        if stem is None:
            return None
        numerator = 1
        if groups.get("num"):
            found = self.fraction_numerators.get(groups["num"].lower())
            if found is None:
                return None
            numerator = found
        return D(numerator) / D(self.fraction_denominators[stem]), stem in self.fraction_weak

    def decade_word_ok(self, text: str, match: re.Match[str]) -> bool:
        """Whether a match of decade_words names a decade (not an age: "in her sixties")."""
        return True

    def month_day_ok(self, month: Atom) -> bool:
        """May a day number follow this month name ("February 26")?"""
        return True

    def range_by_suffix(self, a: Atom, b: Atom, gap: str) -> bool:
        """Ranges written with case suffixes (az "25-dən 26-na")."""
        return False

    def words(self, text: str) -> list[Atom]:
        """Number words and month names in ``text`` (already masked)."""
        return []

    def clock_times(self, text: str) -> list[Atom]:
        """Clock times said in words ("halb acht"; see clock.py); weak ones are second readings."""
        return []

    def is_vague(self, text: str, atom: Atom) -> bool:  # pragma: no cover - hook
        return False

    # ------------------------------------------------------------ helpers
    def has_candidates(self, text: str) -> bool:
        """Cheap test: can ``text`` contain a figure at all?"""
        if self.word_set is None:
            return self.re_candidates.search(text) is not None
        if _DIGIT.search(text) is not None:
            return True
        return not self.word_set.isdisjoint(self.low_tokens(text))

    #: every number/month word (lower case) when the language has a closed
    #: list; lets :meth:`has_candidates` test whole words instead of prefixes
    word_set: frozenset[str] | None = None
    #: the words of ``word_set`` that can state a figure that is not weak
    strong_set: frozenset[str] | None = None

    def may_have_strong(self, text: str) -> bool:
        """Cheap test: can ``text`` state a figure that is not weak?"""
        if self.strong_set is None:
            return self.has_candidates(text)
        if _DIGIT.search(text) is not None:
            return True
        return not self.strong_set.isdisjoint(self.low_tokens(text))

    _recent_tokens: dict[int, tuple[str, list[str]]] | None = None

    def low_tokens(self, text: str) -> list[str]:
        """The lower-case words of *text*. Those of the last few texts are remembered: a
        text and its masked form are tested by may_have_strong, then has_candidates,
        then read by words()."""
        recent = self._recent_tokens
        if recent is None:
            recent = self._recent_tokens = {}
        known = recent.get(id(text))
        if known is not None and known[0] is text:
            return known[1]
        tokens = _LOW_TOKEN.findall(text.lower())
        if len(recent) >= 8:
            recent.clear()
        recent[id(text)] = (text, tokens)  # the text is kept, so its id is not reused meanwhile
        return tokens


_DIGIT = re.compile(r"\d")
_LOW_TOKEN = re.compile(r"[^\W\d_]+")


# ------------------------------------------------------------- numeric dates
_NUM_DATE = re.compile(
    r"(?<![\w.,/-])(?:(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<s>[./])(?P<b>\d{1,2})(?P=s)(?P<y2>\d{4}|\d{2})"
    r"|(?P<a3>\d{1,2})-(?P<b3>\d{1,2})-(?P<y3>\d{4}))(?![\w/]|[.,]\d)"
)
_TIME = re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])[:](?P<mi>[0-5]\d)(?![\w:]|[.,]\d)")
#: H.MM with a dot: a time only in a clock context (a version such as 3.10 is not)
_DOT_TIME = re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?![\w]|[.,:]\d)")
_DOT_TIME_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:saat|saatı|saatle|saatiyle|saatla|um|gegen|в|к|на|около|à|vers|sabah|akşam|gece|səhər|axşam|gecə)"
    r"[ \u00a0]+|(?:GMT|UTC|MSK)[ \u00a0]*|(?:[01]?\d|2[0-3])\.[0-5]\d[ \u00a0]?(?:[-‐‑‒–—−]|bis|à|до|ile|ilə|ve|və)[ \u00a0]?)$", re.I)
_DOT_TIME_AFTER = re.compile(
    r"[ \u00a0]?(?:Uhr|h|GMT|UTC|MSK)(?![^\W\d_])"
    r"|[ \u00a0]?(?:[-‐‑‒–—−]|bis|à|до|ile|ilə|ve|və)[ \u00a0]?(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)"
    # Turkish and Azerbaijani: a case ending makes H.MM a time ("17.30'da", "9.00-dan"); their
    # decimals take a comma
    r"|['’-](?:[dt][aeə]n?|[yn]?[aeə]|[dt][aeə]k|[dt]ək)(?![^\W\d_])")


#: what every match of _NUM_DATE, _TIME, _DOT_TIME holds: cheap to search (begins with a class)
_NUM_DATE_HINT = re.compile(r"\d[-./]\d")
_TIME_HINT = re.compile(r"\d:\d")
_DOT_TIME_HINT = re.compile(r"\d\.\d")


def _numeric_dates(text: str, rules: LangRules) -> list[Atom]:
    out: list[Atom] = []
    dotted = _NUM_DATE_HINT.search(text) is not None
    for m in (_NUM_DATE.finditer(text) if dotted else ()):
        if m.group("y1"):
            y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        else:
            a = int(m.group("a") or m.group("a3"))
            b = int(m.group("b") or m.group("b3"))
            ys = m.group("y2") or m.group("y3")
            y = int(ys)
            if len(ys) == 2:
                y += 1900 if y >= 30 else 2000
            sep = m.group("s") or "-"
            if rules.month_first_numeric and sep == "/" and a <= 12:
                mo, d = a, b
            else:
                d, mo = a, b
            if mo > 12 and d <= 12 and (rules.month_first_numeric or sep == "/"):
                d, mo = mo, d  # 2/26/1992 in English; a dotted 02.26.2023 in a day-first language is an error
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        fig = Figure("date", DateValue(d, mo, y), m.start(), m.end(), text[m.start():m.end()])
        out.append(Atom(m.start(), m.end(), figure=fig))
    spans: list[tuple[int, int]] = []

    def add_time(s: int, e: int, h: int, mi: int) -> None:
        if h > 24 or mi > 59 or _overlaps(spans, s, e):
            return
        spans.append((s, e))
        fig = Figure("time", TimeValue(h % 24, mi), s, e, text[s:e])
        out.append(Atom(s, e, figure=fig))

    for rx in rules.re_times:
        for m in rx.finditer(text):
            h = int(m.group("h"))
            mi = int(m.groupdict().get("mi") or 0)
            ap = (m.groupdict().get("ap") or "").lower()
            if ap:
                if not 1 <= h <= 12:
                    continue
                h = h % 12 + (12 if ap == "p" else 0)
            add_time(m.start(), m.end(), h, mi)
    if rules.dot_times and dotted and _DOT_TIME_HINT.search(text) is not None:
        for m in _DOT_TIME.finditer(text):
            lo = max(0, m.start() - 14)
            if _DOT_TIME_BEFORE.search(text, lo, m.start()) or _DOT_TIME_AFTER.match(text, m.end()):
                add_time(m.start(), m.end(), int(m.group("h")), int(m.group("mi")))
    for m in (_TIME.finditer(text) if _TIME_HINT.search(text) is not None else ()):
        add_time(m.start(), m.end(), int(m.group("h")), int(m.group("mi")))
    return out


#: an amount in a currency and its hundredth: "1 manat 50 qəpik", "3 рубля 20 копеек", "2 lira 50 kuruş"
_MONEY_WITH_CENTS = re.compile(
    r"(?<![\w.,])(?P<whole>\d{1,9})[ \u00a0]+(?:manat|AZN|рубл[а-яё]*|руб\.|lira|TL|euros?|евро|dollars?|доллар[а-яё]*"
    r"|долл\.|pounds?)[ \u00a0]+(?P<cents>\d{1,2})[ \u00a0]+(?:qəpik[^\W\d_]*|копе[а-яё]*|коп\.|kuruş[^\W\d_]*"
    r"|cents?|centimes?|pence|sent[^\W\d_]*)(?![^\W\d_])", re.I)


def _money_with_cents(masked: str, text: str) -> list[Atom]:
    """"1 manat 50 qəpik" = 1.50 (manat): one amount."""
    if _MONEY_CENTS_HINT.search(masked) is None:
        return []
    out: list[Atom] = []
    for m in _MONEY_WITH_CENTS.finditer(masked):
        value = D(m.group("whole")) + D(m.group("cents")) / 100
        out.append(Atom(m.start(), m.end(), figure=Figure("decimal", value, m.start(), m.end(), text[m.start():m.end()])))
    return out


_MONEY_CENTS_HINT = re.compile(r"qəpik|копе|коп\.|kuruş|cent|pence|sent", re.I)
#: a sports time in seconds and hundredths: 9"58 (French), 9″58
_SPORT_TIME = re.compile(r"(?<![\w.,\"″])(?P<s>\d{1,2})[\"″](?P<h>\d{2})(?![\d\"″])")


def _sport_times(masked: str, text: str) -> list[Atom]:
    """"9\"58" = 9.58 seconds."""
    if '"' not in masked and "″" not in masked:
        return []
    return [Atom(m.start(), m.end(), figure=Figure("decimal", D(m.group("s") + "." + m.group("h")), m.start(), m.end(),
                                                  text[m.start():m.end()]))
            for m in _SPORT_TIME.finditer(masked)]


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    for a, b in spans:
        if s < b and a < e:
            return True
    return False


# ---------------------------------------------------------------- extraction
def _digit_atoms(text: str, rules: LangRules, taken: list[tuple[int, int]]) -> list[Atom]:
    out: list[Atom] = []
    for m in DIGIT_RUN.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        s = m.start()
        if s >= 2 and text[s - 1] in ".," and text[s - 2].isdigit():
            continue  # the decimals of "SSL3.0" (glued to a name): see _glued_numbers
        if s >= 1 and text[s - 1] == "." and rules.fmt.decimal == "." \
                and (s == 1 or text[s - 2] in " (\t\n\u00a0") and "." not in m.group(0) \
                and "," not in m.group(0):
            # ".66" = 0.66
            out.append(Atom(s - 1, m.end(), value=D("0." + m.group(0)), decimal=True))
            continue
        for dn in read_digit_run(m.group(0), m.start(), rules.fmt):
            out.append(Atom(dn.start, dn.end, value=dn.value, plain=dn.plain,
                            decimal=dn.decimal))
    return out


#: versions and other dotted identifiers of three or more parts ("5.0.3", "192.168.0.1")
_DOTTED = re.compile(r"(?<![\w.,])v?(?P<v>\d+(?:\.\d+){2,})(?![\w]|[.,]\d)")
#: a two-part version after a word that names one ("version 3.10", "версии 3.1", "Python 3.11")
_VERSION = re.compile(
    r"(?<![^\W\d_])(?:versions?|release|python|firmware|sürüm[^\W\d_]*|versiyon[^\W\d_]*|versiya[^\W\d_]*"
    r"|верси[а-яё]*|прошивк[а-яё]*)[ \u00a0]+v?(?P<v>\d+\.\d+)(?![\w]|[.,]\d)", re.I)
#: the same with the word after the number ("2.1 sürümü", "2.1 versiyası")
_VERSION_AFTER = re.compile(
    r"(?<![\w.,])v?(?P<v>\d+\.\d+)[ \u00a0]+(?:sürüm[^\W\d_]*|versiyon[^\W\d_]*|versiya[^\W\d_]*)", re.I)
#: telephone numbers: "+994 12 493 55 20", "0800 123 456"
_PHONE = re.compile(
    r"(?<![\w+])\+\d{1,3}(?:[ \u00a0.\-]?\(?\d{1,4}\)?){2,6}(?![\w]|[.,]\d)"
    r"|(?<![\w.,])0\d{2,4}(?:[ \u00a0\-]\d{2,4}){2,4}(?![\w]|[.,]\d)")
_LITERAL_HINT = re.compile(r"\d\.\d|\+\d|0(?<!\d0)\d")  # "0(?<!\d0)": a 0 that no digit precedes


def _literals(masked: str, text: str) -> list[Atom]:
    """Versions and telephone numbers: figures compared as written, digit for digit."""
    if _LITERAL_HINT.search(masked) is None:
        return []
    out: list[Atom] = []
    for m in _PHONE.finditer(masked):
        digits = re.sub(r"\D", "", m.group(0))
        out.append(Atom(m.start(), m.end(), figure=Figure("phone", digits, m.start(), m.end(), text[m.start():m.end()])))
    for m in _DOTTED.finditer(masked):
        if _NUMERIC_DATE_GUARD.match(m.group("v")):
            continue  # 26.02.1992, 1.275.000: a date or a number grouped with dots
        s, e = m.span("v")
        if not _overlaps([(a.start, a.end) for a in out], s, e):
            out.append(Atom(s, e, figure=Figure("version", m.group("v"), s, e, text[s:e])))
    for m in _VERSION_AFTER.finditer(masked):
        s, e = m.span("v")
        if not _overlaps([(a.start, a.end) for a in out], s, e):
            out.append(Atom(s, e, figure=Figure("version", m.group("v"), s, e, text[s:e])))
    for m in _VERSION.finditer(masked):
        s, e = m.span("v")
        if not _overlaps([(a.start, a.end) for a in out], s, e):
            out.append(Atom(s, e, figure=Figure("version", m.group("v"), s, e, text[s:e])))
    return out


#: a minus written before a number: the sign (U+2212), or a hyphen/dash standing alone before digits
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.,\-−–—‒/])[−‒–-]|\b(?:minus|минус|eksi|mənfi|sıfırdan aşağı|sıfırın altında)[ \u00a0]+"
                          r"|\bмороз[а-яё]{0,2}[ \u00a0]+(?:(?:около|до|в|почти|свыше|более|под)[ \u00a0]+)?"
                          r"|(?<!\bau )(?<!\bdu )(?<!\bde )(?<!\ble )(?<!\bla )(?<!\bpas )(?<!\bou )\bmoins[ \u00a0]+)$", re.I)
_DEGREES_AFTER = re.compile(r"[ \u00a0\u202f]*(?:°|degr|градус|grad|derece|dərəcə)", re.I)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
#: words after which "minus" is a sign, not a subtraction ("fell to minus 10", "было минус 12")
_SIGN_PRECEDERS = frozenset({
    "to", "at", "of", "was", "is", "were", "be", "by", "from", "and", "or", "reached", "between",
    "до", "на", "с", "от", "было", "был", "была", "около", "и", "или",
    "auf", "bei", "von", "bis", "zu", "und", "oder", "war", "ist", "etwa", "zwischen",
    "à", "de", "et", "ou", "était", "est", "environ", "entre",
    "qədər", "və", "idi", "isə", "kimi", "ilə", "ve", "ile", "kadar", "idi", "olarak",
})


#: the word right before a number that may make it negative (see _SIGN_BEFORE)
_SIGN_WORDS = frozenset({"minus", "минус", "eksi", "mənfi", "moins", "aşağı", "altında",
                         "мороз", "около", "почти", "свыше", "более", "под"})  # "мороз около 10 градусов"
#: a sign that covers a whole range after it ("sıfırdan aşağı 5 ilə 8 dərəcə")
_SIGN_PHRASE = re.compile(r"(?:sıfırdan aşağı|sıfırın altında)[ \u00a0]+", re.I)
#: "15 degrees below zero", "15 градусов ниже нуля", "15 Grad unter null", "15 degrés sous zéro"
_SIGN_AFTER = re.compile(
    r"[ \u00a0\u202f]*(?:°[ \u00a0]?[CF]?|degrees?|градус[а-яё]*|Grad|degrés?|derece[^\W\d_]*|dərəcə[^\W\d_]*)"
    r"[ \u00a0]+(?:(?:Celsius|Цельсия)[ \u00a0]+)?(?:below zero|ниже нуля|мороза|unter null|sous zéro|au-dessous de zéro"
    r"|en dessous de zéro|şaxta[^\W\d_]*)(?![^\W\d_])", re.I)  # az "12 dərəcə şaxta": 12 degrees of frost


def _apply_short_year(text: str, atom: Atom) -> None:
    """"in '92": the year 1992 ('30 to '99 are the 1900s, '00 to '29 the 2000s)."""
    if len(atom.plain) != 2 or atom.start == 0 or text[atom.start - 1] not in "'’" or atom.decade \
            or (atom.start >= 2 and not text[atom.start - 2] in " \u00a0(\n\t"):
        return
    value = int(atom.plain)
    atom.value = D(value + (1900 if value >= 30 else 2000))
    atom.plain = str(int(atom.value))
    atom.yearword = True
    atom.weak = True  # with its second reading (92, see _other_readings): "En 92", "В 92-м"
    atom.start -= 1


def _apply_sign(text: str, atom: Atom) -> None:
    """−18 °C, minus 22 Grad, минус 12, 15 градусов ниже нуля: a negative number."""
    if atom.value is None or atom.ordinal:
        return
    if atom.value > 0 and _SIGN_AFTER.match(text, atom.end):
        atom.value = -atom.value
        return
    if atom.start == 0:
        return
    before = text[atom.start - 1]
    if before not in "−‒–-":
        if before not in " \u00a0":
            return
        space = max(text.rfind(" ", 0, atom.start - 1), text.rfind("\u00a0", 0, atom.start - 1))
        if text[space + 1:atom.start - 1].lower() not in _SIGN_WORDS:
            return  # the common case, without a search
    m = _SIGN_BEFORE.search(text, max(0, atom.start - 20), atom.start)
    if m is None:
        return
    word = m.group(0).strip(" \u00a0").lower()
    if word.startswith("мороз") and not _DEGREES_AFTER.match(text, atom.end):
        return  # "мороз 5 дней": five days of frost
    if word[:1].isalpha() and " " not in word and not _DEGREES_AFTER.match(text, atom.end):
        if word == "moins":
            return  # "au moins 8": at least
        before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before is not None and before.group(1).lower() not in _SIGN_PRECEDERS:
            return  # "the count minus 1": a subtraction
    atom.value = -atom.value
    atom.start = m.start()


_GLUED = re.compile(r"(?<=[^\W\d_])\d+(?:\.\d+)?(?![\w.]\w)")
#: a digit right after a letter: the hint of _GLUED and of glued names ("A7", "PS752")
GLUED_HINT = re.compile(r"\d(?<=[^\W\d_]\d)")


def _glued_numbers(text: str) -> list[Fig]:
    """Numbers glued to a name ("SSL3.0", "utf8", "Python3"): weak figures.

    They belong to the name, but a translation may write "SSL 3.0".
    """
    out: list[Fig] = []
    if GLUED_HINT.search(text) is None:
        return out
    for m in _GLUED.finditer(text):
        s = m.group(0)
        if _QUARTER_NAME.fullmatch(text, max(0, m.start() - 2), m.end()):
            # "Q3", "H1": the third quarter, the first half, as translations say it
            out.append(Fig(Figure("ordinal", D(s), m.start() - 1, m.end(), text[m.start() - 1:m.end()]), False))
            continue
        out.append(Fig(Figure("decimal" if "." in s else "cardinal", D(s), m.start(), m.end(), s),
                       True))
    return out


#: a quarter or a half of the year with the character before it (or at the start of the text)
_QUARTER_NAME = re.compile(r"(?:[^\w]|(?<![\w\W]))?(?:Q[1-4]|H[12])")


_ROUND = frozenset(D(10) ** k for k in range(2, 10))
_PLURAL_S = re.compile(r"['’]?s(?![^\W\d_])")
_GLUED_UNIT = re.compile(
    r"(?:km|kg|cm|mm|m|g|t|ha|l|s|h|min|sec|mph|км|кг|м|см|мм|т|г|ч|мин|с)(?![^\W\d_])", re.I)


def _apply_digit_suffix(text: str, atom: Atom, rules: LangRules) -> None:
    end0 = atom.end
    _apply_digit_suffix_inner(text, atom, rules)
    if atom.end == end0 and end0 < len(text) and text[end0].isalpha() \
            and not _GLUED_UNIT.match(text, end0):
        atom.weak = True  # "3D", "2to3", "64bit": part of a name, not a figure
    elif atom.end == end0 and atom.value in _ROUND and _PLURAL_S.match(text, end0):
        atom.weak = True  # "1,000s rally": thousands, a vague quantity


def _factor(m: re.Match[str]) -> Decimal:
    """The multiplier a match of ``re_million`` names (its group ``m_<value>``)."""
    return next(D(int(k[2:].rstrip("x"))) for k, v in m.groupdict().items() if v and k.startswith("m_"))


_LOWER_ORDER = re.compile(r"[ \u00a0](\d{1,3})(?!\d|[.,]\d)")


def _add_lower_orders(text: str, atom: Atom, rules: LangRules, factor: Decimal) -> None:
    """"4 bin 500" = 4,500, "2 milyon 300 bin" = 2,300,000: digits after a multiplier word
    add the lower orders of the same number (Turkish, Azerbaijani and Russian news style)."""
    while factor >= 1000:
        m = _LOWER_ORDER.match(text, atom.end)
        if m is None:
            return
        value, end = D(m.group(1)), m.end()
        smaller = rules.re_million.match(text, end)
        step = _factor(smaller) if smaller is not None else D(1)
        if value * step >= factor or (smaller is None and atom.value % factor):
            return
        atom.value += value * step
        atom.end = smaller.end() if smaller is not None else end
        factor = step
        if smaller is None:
            return


def _apply_digit_suffix_inner(text: str, atom: Atom, rules: LangRules) -> None:
    pos = atom.end
    if rules.re_suffix is not None:
        m = rules.re_suffix.match(text, pos)
        if m and m.end() > pos:
            atom.suffix = m.group(0).lower()
            atom.end = m.end()
            rules.suffix_flags(atom, m)
            pos = atom.end
    m = None if atom.suffix else rules.re_million.match(text, pos)
    if m and atom.value is not None:
        factor = _factor(m)
        atom.value = atom.value * factor
        atom.end = m.end()
        atom.plain = ""
        atom.decimal = atom.value != atom.value.to_integral_value()
        if rules.multiplier_sums:
            _add_lower_orders(text, atom, rules, factor)
        pos = atom.end
    if not atom.percent:
        m = rules.re_pct_after.match(text, pos)
        if m:
            atom.percent = True
            atom.end = m.end()
            pos = atom.end
    if not atom.percent:
        lo = max(0, atom.start - 12)
        m = rules.re_pct_before.search(text, lo, atom.start)
        if m:
            atom.percent = True
            atom.start = m.start()
    if atom.percent:
        return
    if not atom.decade:
        m = rules.re_decade_after.match(text, pos)
        if m and atom.plain and (len(atom.plain) == 4 or len(atom.plain) == 2):
            atom.decade = True
            atom.end = m.end()
            pos = atom.end
    if not atom.decade and atom.plain and len(atom.plain) in (2, 4):
        lo = max(0, atom.start - 30)
        m = rules.re_decade_before.search(text, lo, atom.start)
        if m and (atom.value is not None and atom.value % 10 == 0):
            atom.decade = True
    if atom.decade:
        return
    m = rules.re_year_after.match(text, pos)
    if m:
        atom.yearword = True
        atom.end = m.end()
    else:
        lo = max(0, atom.start - 30)
        if rules.re_year_before.search(text, lo, atom.start):
            atom.yearword = True


def _apply_word_suffix(text: str, atom: Atom, rules: LangRules) -> None:
    m = rules.re_pct_after.match(text, atom.end)
    if m:
        atom.percent = True
        atom.weak = False
        atom.end = m.end()
        return
    lo = max(0, atom.start - 12)
    m = rules.re_pct_before.search(text, lo, atom.start)
    if m:
        atom.percent = True
        atom.weak = False
        atom.start = m.start()
        return
    m = rules.re_year_after.match(text, atom.end)
    if m and atom.ordinal:
        atom.yearword = True
        atom.end = m.end()


def _num_kind(a: Atom) -> str:
    if a.percent:
        return "percent"
    if a.decade:
        return "decade"
    if a.year_ok() and a.value is not None and (a.yearword or 1000 <= a.value <= 2100):
        return "year"
    if a.ordinal:
        return "ordinal"
    if a.decimal:
        return "decimal"
    return "cardinal"


def _decade_value(a: Atom) -> Decimal:
    v = a.value if a.value is not None else D(0)
    if v < 100:
        v = v + (1900 if v >= 30 else 2000)
    return v


def _single(text: str, a: Atom) -> Fig:
    if a.figure is not None:
        return Fig(a.figure, a.weak)
    if a.is_month:
        return Fig(Figure("date", DateValue(None, a.month, None), a.start, a.end,
                          text[a.start:a.end]), a.weak)
    kind = _num_kind(a)
    value = _decade_value(a) if kind == "decade" else a.value
    return Fig(Figure(kind, value, a.start, a.end, text[a.start:a.end]), a.weak)  # type: ignore[arg-type]


def _gap(text: str, a: Atom, b: Atom) -> str:
    return text[a.end:b.start]


def _year_int(a: Atom) -> int:
    return int(a.value) if a.value is not None else 0


def _slash_years(a: Atom, b: Atom) -> Decimal | None:
    """The end year of "1991/92" or "1991/1992" (a span of at most ten years)."""
    if not (a.plain and b.plain and len(a.plain) == 4 and len(b.plain) in (2, 4)) \
            or a.suffix or a.value is None or b.value is None or a.decimal or b.decimal:
        return None
    hi = D(a.plain[:2] + b.plain) if len(b.plain) == 2 else b.value
    if not 1000 <= a.value <= 2100 or not 0 < hi - a.value <= 10:
        return None
    return hi


class _Composer:
    def __init__(self, text: str, rules: LangRules, atoms: list[Atom]) -> None:
        self.t = text
        self.r = rules
        self.a = atoms

    def gap_ok(self, i: int, rx: re.Pattern[str]) -> bool:
        a, b = self.a[i], self.a[i + 1]
        g = self.t[a.end:b.start]
        if FILL in g or "\n\n" in g:
            return False
        return rx.match(g) is not None

    def at(self, i: int) -> Atom | None:
        return self.a[i] if 0 <= i < len(self.a) else None

    def try_date(self, i: int) -> tuple[Fig, int] | None:
        a = self.a
        x = a[i]
        r = self.r
        nxt = self.at(i + 1)
        if x.day_ok() and nxt is not None and nxt.is_month and self.gap_ok(i, r.re_dm_gap):
            day, mon = int(x.value), nxt.month  # type: ignore[arg-type]
            end_i = i + 1
            year = None
            y = self.at(i + 2)
            if y is not None and y.year_ok() and self.gap_ok(i + 1, r.re_my_gap) \
                    and not _ENDS_DATE.search(nxt.suffix or x.suffix):
                year = _year_int(y)
                end_i = i + 2
            return self._mk_date(i, end_i, DateValue(day, mon, year), x.weak and nxt.weak), end_i + 1
        if x.is_month and nxt is not None:
            if nxt.year_ok() and self.gap_ok(i, r.re_my_gap) and not _ENDS_DATE.search(x.suffix):
                return self._mk_date(i, i + 1, DateValue(None, x.month, _year_int(nxt)), False), i + 2
            if nxt.day_ok() and not nxt.word and self.gap_ok(i, r.re_md_gap) \
                    and r.month_day_ok(x):
                # month-day[-day] [, year]
                y = self.at(i + 2)
                if y is not None and y.day_ok() and self.range_gap(i + 1) \
                        and y.value > nxt.value:  # type: ignore[operator]
                    year = None
                    end_i = i + 2
                    z = self.at(i + 3)
                    if z is not None and z.year_ok() and self.gap_ok(i + 2, re.compile(r",?\s+$")):
                        year = _year_int(z)
                        end_i = i + 3
                    lo = DateValue(int(nxt.value), x.month, year)  # type: ignore[arg-type]
                    hi = DateValue(int(y.value), x.month, year)  # type: ignore[arg-type]
                    return self._mk(i, end_i, "range", (lo, hi), False), end_i + 1
                year = None
                end_i = i + 1
                if y is not None and y.year_ok() and self.gap_ok(i + 1, re.compile(r",?\s+$")) \
                        and not _ENDS_DATE.search(nxt.suffix):
                    year = _year_int(y)
                    end_i = i + 2
                return self._mk_date(i, end_i, DateValue(int(nxt.value), x.month, year), False), end_i + 1  # type: ignore[arg-type]
        return None

    def _mk(self, i: int, j: int, kind: str, value: object, weak: bool) -> Fig:
        s, e = self.a[i].start, self.a[j].end
        return Fig(Figure(kind, value, s, e, self.t[s:e]), weak)  # type: ignore[arg-type]

    def _mk_date(self, i: int, j: int, dv: DateValue, weak: bool) -> Fig:
        return self._mk(i, j, "date", dv, weak)

    def range_gap(self, i: int) -> bool:
        a, b = self.a[i], self.a[i + 1]
        g = self.t[a.end:b.start]
        if FILL in g:
            return False
        if self.r.re_range_mid.match(g) and not a.word and not b.word:
            return True
        if g == "/" and _slash_years(a, b) is not None:
            return True
        if self.r.range_by_suffix(a, b, g):
            return True
        lo = max(0, a.start - 30)
        for pre, mid in self.r.re_range_pairs:
            m = mid.match(self.t, a.end)
            if m is not None and m.end() == b.start and (pre is None or pre.search(self.t, lo, a.start)):
                return True
        return False

    def try_range(self, i: int) -> tuple[Fig, int] | None:
        x = self.a[i]
        y = self.at(i + 1)
        if y is None or not (x.is_num and y.is_num) or not self.range_gap(i):
            return None
        if x.percent and not y.percent:
            return None
        lo_v, hi_v = x.value, y.value
        assert lo_v is not None and hi_v is not None
        gap = self.t[x.end:y.start]
        dashed = self.r.re_range_mid.match(gap) is not None
        if gap == "/":
            hi_v = _slash_years(x, y)  # 1991/92: a season or fiscal year
            assert hi_v is not None
        if dashed and hi_v < lo_v and x.plain and y.plain and len(y.plain) < len(x.plain):
            # 1992–94
            hi_v = D(x.plain[: len(x.plain) - len(y.plain)] + y.plain)
        if not x.word and not y.word and (x.plain or x.decimal) and not x.percent:
            shared = self.r.re_million.search(self.t, y.start, y.end)
            if shared is not None and self.r.re_million.search(self.t, x.start, x.end) is None:
                factor = int(_factor(shared))
                if lo_v * factor <= hi_v * 10:
                    # "3 ila 4 bin", "3 to 4 million": the multiplier counts for both; also for a fall
                    # ("from 57 to 30 billion"), not for "from 500 to 2 million"
                    lo_v = lo_v * factor
        # "from 5 to 8 degrees below zero", "sıfırdan aşağı 5 ilə 8 dərəcə": the sign is the whole range's
        if lo_v > 0 > hi_v and _SIGN_AFTER.match(self.t, y.end):
            lo_v = -lo_v
        elif lo_v < 0 < hi_v and not dashed and _SIGN_PHRASE.match(self.t, x.start):
            hi_v = -hi_v
        if dashed and hi_v <= lo_v:
            return None
        # date range: 25–26 February [1992]
        m = self.at(i + 2)
        if x.day_ok() and y.day_ok() and m is not None and m.is_month and self.gap_ok(i + 1, self.r.re_dm_gap):
            year = None
            end_i = i + 2
            z = self.at(i + 3)
            if z is not None and z.year_ok() and self.gap_ok(i + 2, self.r.re_my_gap):
                year = _year_int(z)
                end_i = i + 3
            lo = DateValue(int(lo_v), m.month, year)
            hi = DateValue(int(hi_v), m.month, year)
            return self._mk(i, end_i, "range", (lo, hi), False), end_i + 1
        if x.decade or y.decade:
            lo_v, hi_v = _decade_value(x), _decade_value(y)
        return self._mk(i, i + 1, "range", (lo_v, hi_v), x.weak and y.weak), i + 2

    def run(self) -> list[Fig]:
        out: list[Fig] = []
        i = 0
        n = len(self.a)
        while i < n:
            x = self.a[i]
            res = None
            if x.figure is None:
                res = self.try_range(i) if x.is_num else None
                if res is None:
                    res = self.try_date(i)
            if res is None:
                out.append(_single(self.t, x))
                i += 1
            else:
                out.append(res[0])
                i = res[1]
        return self._merge_year_dates(out)

    def _merge_year_dates(self, figs: list[Fig]) -> list[Fig]:
        if len(figs) < 2:
            return figs
        out: list[Fig] = []
        i = 0
        while i < len(figs):
            f = figs[i]
            if i + 1 < len(figs) and f.figure.kind == "year":
                g = figs[i + 1].figure
                if g.kind == "date" and isinstance(g.value, DateValue) and g.value.year is None \
                        and g.value.month is not None:
                    gap = self.t[f.figure.end:g.start]
                    if FILL not in gap and self.r.re_yd_gap.match(gap):
                        dv = DateValue(g.value.day, g.value.month, int(f.figure.value))  # type: ignore[arg-type]
                        s, e = f.figure.start, g.end
                        out.append(Fig(Figure("date", dv, s, e, self.t[s:e])))
                        i += 2
                        continue
            out.append(f)
            i += 1
        return out


def _century_atoms(t: str, text: str, rules: LangRules) -> Iterator[list[Atom]]:
    """"XX век", "20th century", "XXe siècle"."""
    hint = rules.century_hint
    if hint and not any(h in t for h in hint):
        return
    for m in rules.re_century.finditer(t):
        val = int(m.group("n")) if m.groupdict().get("n") else roman_value(m.groupdict().get("r") or "")
        if val:
            fig = Figure("century", D(val), m.start(), m.end(), text[m.start():m.end()])
            yield [Atom(m.start(), m.end(), figure=fig)]


def _decade_word_atoms(t: str, text: str, rules: LangRules) -> Iterator[list[Atom]]:
    """"the eighties", "восьмидесятые годы": a decade named by its tens is one of the 20th century."""
    if rules.re_decade_words is None or not any(h in t for h in rules.decade_hint):
        return
    for m in rules.re_decade_words.finditer(t):
        tens = rules.decade_tens.get(m.group("w").lower())
        if tens is not None and rules.decade_word_ok(t, m):
            fig = Figure("decade", D(1900 + tens), m.start(), m.end(), text[m.start():m.end()])
            yield [Atom(m.start(), m.end(), figure=fig)]


def _fraction_atoms(t: str, text: str, rules: LangRules) -> Iterator[list[Atom]]:
    """Fractions and rates; a part of a unit also as the smaller unit ("half an hour" = 30 minutes)."""
    if rules.re_fraction is None or not any(h in t for h in rules.fraction_hint):
        return
    for m in rules.re_fraction.finditer(t):
        found = rules.fraction_value(m)
        if found is None:
            continue
        s, e, shown = m.start(), m.end(), text[m.start():m.end()]
        kind = "rate" if m.groupdict().get("denin") else "decimal"  # "one in five": a weak rate
        group = [Atom(s, e, figure=Figure(kind, found[0], s, e, shown), weak=found[1], word=True)]
        other = _part_of_unit(t, s, e, found[0]) if found[0] in _UNIT_PARTS_OF else None
        if other is not None:
            group.append(Atom(s, e, figure=Figure("cardinal", other, s, e, shown), weak=True, word=True))
        yield group


def _multiplicative_atoms(t: str, text: str, rules: LangRules) -> Iterator[list[Atom]]:
    """"tripled", "verdoppelt", "вдвое": weak factors."""
    if rules.re_multiplicative is None or not any(h in t for h in rules.multiplicative_hint):
        return
    for m in rules.re_multiplicative.finditer(t):
        word = m.group("w").lower()
        factor = next((value for stem, value in rules._factors if word.startswith(stem)), None)
        if factor is not None:
            fig = Figure("multiple", D(factor), m.start(), m.end(), text[m.start():m.end()])
            yield [Atom(m.start(), m.end(), figure=fig, weak=True, word=True)]


def extract_internal(text: str, rules: LangRules, masked: str | None = None) -> list[Fig]:
    """All figures of ``text`` with the weak flag (see :mod:`.compare`); *masked* is
    ``mask(text)`` when the caller has it already."""
    if not text or not rules.has_candidates(text):
        return []
    t = mask(text) if masked is None else masked
    atoms: list[Atom] = []
    taken: list[tuple[int, int]] = []

    def take(groups: Iterable[list[Atom]]) -> None:
        """Keep each group of atoms (a figure and its second readings, on one span) whose
        span no earlier figure holds."""
        for group in groups:
            first = group[0]
            if not _overlaps(taken, first.start, first.end):
                atoms.extend(group)
                taken.append((first.start, first.end))

    # figures written with words come first: their digits and number words are theirs
    clock_times = rules.clock_times(t)
    take([a] for a in clock_times if not a.weak)
    take(_century_atoms(t, text, rules))
    take(_decade_word_atoms(t, text, rules))
    take(_fraction_atoms(t, text, rules))
    take(_multiplicative_atoms(t, text, rules))
    if _ROMAN_HINT.search(t) is not None:
        take([a] for a in _regnal_numbers(t, text))
    has_digit = _DIGIT.search(t) is not None
    if has_digit:
        take([a] for a in _money_with_cents(t, text))
        take([a] for a in _sport_times(t, text))
        take([a] for a in _literals(t, text))  # "Python 3.10'da" is a version, not ten past three
        take([a] for a in _numeric_dates(t, rules))
        for a in _digit_atoms(t, rules, taken):
            if _overlaps(taken, a.start, a.end):
                continue  # inside the suffix of the previous number ("15 p. 100": a percent)
            _apply_digit_suffix(t, a, rules)
            _apply_sign(t, a)
            _apply_short_year(t, a)
            atoms.append(a)
            taken.append((a.start, a.end))
    for a in rules.words(t):
        if not _overlaps(taken, a.start, a.end):
            if a.is_num:
                _apply_word_suffix(t, a, rules)
                _apply_sign(t, a)
            atoms.append(a)
    atoms.extend(a for a in clock_times if a.weak)  # "dokuz buçuk": 9.5, or half past nine
    if rules.re_half_after is not None:
        atoms = _add_halves(t, atoms, rules)
    if rules.re_decades_after is not None:
        for a in atoms:
            if a.is_num and a.value is not None and not a.ordinal and not a.percent and not a.decade \
                    and rules.re_decades_after.match(t, a.end):
                a.value *= 10  # "drei Jahrzehnte" = 30 years
                a.weak = False
    if rules.re_times_after is not None:
        for k, a in enumerate(atoms):
            if a.is_num and a.weak and not a.ordinal and rules.re_times_after.match(t, a.end):
                fig = Figure("multiple", a.value, a.start, a.end, text[a.start:a.end])  # type: ignore[arg-type]
                atoms[k] = Atom(a.start, a.end, figure=fig, weak=True, word=a.word)
    if rules.re_idioms is not None:
        lowered = t.lower()
        if any(key in lowered for key in rules.idiom_keys):
            _weaken_idioms(t, atoms, rules.re_idioms)
    for k, a in enumerate(atoms):
        if a.is_num and (a.ordinal or a.word or a.plain) and not a.percent and not a.decade:
            m = rules.re_century_after.match(t, a.end)
            if m and a.value is not None and 1 <= a.value <= 40:
                fig = Figure("century", a.value, a.start, m.end(), text[a.start:m.end()])
                atoms[k] = Atom(a.start, m.end(), figure=fig, weak=False)
    atoms.sort(key=lambda a: a.start)
    figs = _Composer(t, rules, atoms).run()
    # re-point texts at the original string
    out: list[Fig] = []
    for f in figs:
        fg = f.figure
        if fg.text != text[fg.start:fg.end]:
            fg = Figure(fg.kind, fg.value, fg.start, fg.end, text[fg.start:fg.end])
        unit = unit_after(t, fg, rules.code == "en") if fg.kind in _UNIT_KINDS and '"' not in fg.text else None
        if unit == "" and fg.kind == "decimal" and rules.re_half_after is not None:
            half = rules.re_half_after.match(t, fg.end)  # "два с половиной часа": the unit after the half
            if half is not None:  # "an hour and a half": a singular noun is its unit here
                unit = unit_after(t, fg) or unit_after(
                    t, Figure(fg.kind, fg.value, fg.start, half.end(), fg.text), rules.code == "en")
        out.append(Fig(fg, f.weak, unit))
    if any(f.figure.kind == "century" for f in out):
        out = _century_ranges(text, t, out)
    if t is not text and t != text:
        out.extend(_code_numbers(text, t))
    if has_digit:
        out.extend(_glued_numbers(t))
    # "five or six hours", "3, 4 or 5 days": the unit of the last one counts for all
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.unit == "" and a.figure.kind != "date" and (b.unit or b.figure.kind == "time") \
                and _UNIT_JOIN.match(t[a.figure.end:b.figure.start]):
            # "between 8 and 10 a.m.": the 8 is a clock hour too, whatever the other side calls it
            a.unit = b.unit if b.figure.kind != "time" else None
    if len(out) > 1:
        out = _durations(t, text, out)
        out = _shared_months(t, out)
        out = _quarters_of_months(t, text, out)
    if rules.re_period_after is not None:
        out = _day_periods(t, text, out, rules)
    if out:
        out = _other_readings(t, text, out)
    return out


#: "every fifth", "jedes fünfte", "каждый пятый", "chaque cinquième", "her beşinci": also one in N
_EVERY_BEFORE = re.compile(r"(?<![^\W\d_])(?:every|each|jede[rsnm]?|каждый|каждая|каждое|каждого|каждому|каждую|"
                           r"каждым|каждой|chaque|her|hər)[ \u00a0]+$", re.I)
#: "in der Nacht zum 26. Februar", "в ночь на 26 февраля": the night that ends on that day
_NIGHT_TO = re.compile(r"(?<![^\W\d_])(?:Nacht[ \u00a0]+(?:zum|auf[ \u00a0]+den)|ночь[ \u00a0]+на|ночи[ \u00a0]+на)"
                       r"[ \u00a0]+$", re.I)


#: the text of a figure written with the newsroom's "m" for million ("5m", "€750m")
GLUED_MILLION = re.compile(r"\d(?-i:m)$")


def _other_readings(t: str, text: str, figs: list[Fig]) -> list[Fig]:
    """Second readings that let one figure meet another written differently.

    A fraction one in N ("beşdə biri", "one in five") may stand for N ("every fifth")
    and the other way round; the night "zum 26. Februar" is also the night of 25 to 26.
    """
    out = list(figs)
    for fig in figs:
        f = fig.figure
        if f.kind in ("decimal", "rate") and isinstance(f.value, Decimal) and 0 < f.value < Decimal("0.5"):
            n = (1 / f.value).quantize(Decimal(1)) if f.value else None
            if n is not None and 2 <= n <= 1000 and abs(1 / n - f.value) < Decimal("1e-9"):
                out.append(Fig(Figure("cardinal", n, f.start, f.end, f.text), True))
        elif f.kind == "ordinal" and isinstance(f.value, Decimal) and f.value >= 2 \
                and _EVERY_BEFORE.search(t, max(0, f.start - 12), f.start):
            out.append(Fig(Figure("decimal", 1 / f.value, f.start, f.end, f.text), True))
        elif f.kind in ("cardinal", "decimal") and not fig.weak and GLUED_MILLION.search(f.text) \
                and isinstance(f.value, Decimal):
            # "5m" is five million in the news, five metres elsewhere
            out.append(Fig(Figure("decimal", f.value / 1000000, f.start, f.end, f.text), True))
        elif f.kind == "year" and fig.weak and f.text[:1] in "'’" and isinstance(f.value, Decimal):
            out.append(Fig(Figure("cardinal", f.value % 100, f.start, f.end, f.text), True))
        elif f.kind == "date" and isinstance(f.value, DateValue) and f.value.day and f.value.day > 1 \
                and _NIGHT_TO.search(t, max(0, f.start - 16), f.start):
            # the night of the 25th to the 26th: the 25th is stated too (weakly: "the night of 26 February"
            # names the same night by its date)
            out.append(Fig(Figure("cardinal", D(f.value.day - 1), f.start, f.end, f.text), True))
    return out


def _day_periods(t: str, text: str, figs: list[Fig], rules: LangRules) -> list[Fig]:
    """An hour with a part of the day is a clock time on the 24-hour dial ("11 часов вечера" = 23:00)."""
    assert rules.re_period_after is not None and rules.re_period_before is not None
    out: list[Fig] = []
    for fig in figs:
        f = fig.figure
        hour = minute = None
        if f.kind == "cardinal" and not fig.weak and isinstance(f.value, Decimal) \
                and f.value == f.value.to_integral_value() and 1 <= f.value <= 12:
            hour, minute = int(f.value), 0
        elif f.kind == "time" and isinstance(f.value, TimeValue) and f.value.hour <= 12:
            hour, minute = f.value.hour, f.value.minute
        if hour is None:
            out.append(fig)
            continue
        m = rules.re_period_after.match(t, f.end) or rules.re_period_before.search(t, max(0, f.start - 30), f.start)
        shift = rules.period_shift.get(m.group("p").lower()) if m is not None else None
        if shift is None:
            if f.kind == "cardinal" and fig.unit == "hour" and rules.re_clock_before is not None \
                    and rules.re_clock_before.search(t, max(0, f.start - 16), f.start):
                # "à cinq heures" = "at five": an hour of the clock, not five hours
                out.append(Fig(Figure("time", TimeValue(hour, 0), f.start, f.end, f.text), False, None))
            else:
                out.append(fig)
            continue
        if shift == "am":
            hour %= 12
        elif shift == "pm" or (shift == "night" and hour >= 6):
            hour = hour % 12 + 12
        elif hour == 12:
            hour = 0  # "12 ночи": midnight
        out.append(Fig(Figure("time", TimeValue(hour, minute), f.start, f.end, f.text), False, None))
    return out


#: between the hours and the minutes of a duration ("2 hours 15 minutes", "2 часа и 15 минут")
_DURATION_GAP = re.compile(r"[ \u00a0]*[^\W\d_]+\.?[ \u00a0,]*(?:(?:and|und|et|и|və|ve|y)[ \u00a0]+)?$", re.I)


def _durations(t: str, text: str, figs: list[Fig]) -> list[Fig]:
    """Hours followed by minutes make one duration, read like a clock time ("2 h 15" = 2:15)."""
    out: list[Fig] = []
    k = 0
    while k < len(figs):
        a = figs[k]
        b = figs[k + 1] if k + 1 < len(figs) else None
        if b is not None and a.unit == "hour" and b.unit == "minute" and not a.weak and not b.weak \
                and a.figure.kind == "cardinal" and b.figure.kind == "cardinal" \
                and 0 <= a.figure.value <= 23 and 0 <= b.figure.value <= 59 \
                and _DURATION_GAP.match(t, a.figure.end, b.figure.start):
            start, end = a.figure.start, b.figure.end
            value = TimeValue(int(a.figure.value), int(b.figure.value))  # type: ignore[arg-type]
            out.append(Fig(Figure("time", value, start, end, text[start:end]), False, None))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


#: between the days of one month: "25 and 26 December", "3, 4 or 5 May", "dekabrın 25-də və 26-da"
_DAY_LIST_GAP = re.compile(r"[ \u00a0]*(?:,|&|and|or|и|или|et|ou|und|oder|y|o|ve|veya|ya|və)[ \u00a0]*$", re.I)
_NO_NOUN_AFTER = re.compile(r"(?![ \u00a0]*[^\W\d_])")


def _day_of(fig: Fig) -> int | None:
    f = fig.figure
    if fig.weak or f.kind not in ("cardinal", "ordinal") or not isinstance(f.value, Decimal):
        return None
    if f.value != f.value.to_integral_value() or not 1 <= f.value <= 31:
        return None
    return int(f.value)


def _shared_months(t: str, figs: list[Fig]) -> list[Fig]:
    """Days listed with one month name are dates of that month: "25 and 26 December" (the month
    after the last day), "dekabrın 25-də və 26-da", "December 25 and 26" (the month before the first)."""
    out = list(figs)
    for k in range(len(out) - 2, -1, -1):  # right to left: "3, 4 and 5 May"
        dated = _dated(out[k], out[k + 1], t)
        if dated is not None:
            out[k] = dated
    for k in range(len(out) - 1):
        if _NO_NOUN_AFTER.match(t, out[k + 1].figure.end):
            dated = _dated(out[k + 1], out[k], t)
            if dated is not None:
                out[k + 1] = dated
    return out


def _dated(day_fig: Fig, date_fig: Fig, t: str) -> Fig | None:
    """*day_fig* as a date of the month of *date_fig* when the two are listed together, else None."""
    day, date = _day_of(day_fig), date_fig.figure.value
    if day is None or date_fig.figure.kind != "date" or not isinstance(date, DateValue) \
            or not date.day or not date.month:
        return None
    first, second = sorted((day_fig.figure, date_fig.figure), key=lambda f: f.start)
    if not _DAY_LIST_GAP.match(t[first.end:second.start]):
        return None
    f = day_fig.figure
    return Fig(Figure("date", DateValue(day, date.month, date.year), f.start, f.end, f.text), False, None)


#: month ranges that are a quarter or a half of the year, and its number
_PERIODS = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4, (1, 6): 1, (7, 12): 2}
_MONTH_RANGE_GAP = re.compile(r"[ \u00a0]*(?:[-‐‑‒–—]|to|through|till|until|bis|à|au|по|до)[ \u00a0]*$", re.I)


def _quarters_of_months(t: str, text: str, figs: list[Fig]) -> list[Fig]:
    """"January-June", "April-June" are the first half and the second quarter, as translations
    often say: the months become weak, with the number of the period as a weak second reading."""
    out = list(figs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        va, vb = a.figure.value, b.figure.value
        if not (a.figure.kind == b.figure.kind == "date" and isinstance(va, DateValue) and isinstance(vb, DateValue)):
            continue
        if va.day or vb.day or va.year or vb.year or not va.month or not vb.month:
            continue
        number = _PERIODS.get((va.month, vb.month))
        if number is None or not _MONTH_RANGE_GAP.match(t[a.figure.end:b.figure.start]):
            continue
        a.weak = b.weak = True
        start, end = a.figure.start, b.figure.end
        out.append(Fig(Figure("ordinal", D(number), start, end, text[start:end]), True))
    return out


def _add_halves(t: str, atoms: list[Atom], rules: LangRules) -> list[Atom]:
    """Numbers followed by "and a half" in the language's words gain one half.

    "deux heures et demie" = 2.5, "un million et demi" = 1,500,000 (half of the
    multiplier when no noun stands between), "два с половиной миллиона" =
    2,500,000 (a multiplier after the half multiplies the whole).
    """
    assert rules.re_half_after is not None
    dropped: list[tuple[int, int]] = []
    for a in atoms:
        if not (a.is_num and a.value is not None and (a.word or a.plain) and not a.ordinal
                and not a.percent and not a.decade and not a.decimal
                and a.value == a.value.to_integral_value()):
            continue
        half = rules.re_half_after.match(t, a.end)
        if half is None:
            continue
        direct = not half.groupdict().get("noun")
        step = D(1)
        while direct and a.value >= step * 1000 and a.value % (step * 1000) == 0:
            step *= 1000
        a.value += step / 2  # the unit after the number stays where unit_after() reads it
        a.decimal = a.value != a.value.to_integral_value()
        a.weak = False
        mult = rules.re_million.match(t, half.end()) if direct and step == 1 else None
        if mult is not None:
            factor = int(_factor(mult))
            a.value *= factor
            a.decimal = False
            dropped.append((half.end(), mult.end()))
    if dropped:
        atoms = [a for a in atoms if not any(s <= a.start and a.end <= e for s, e in dropped)]
    return atoms


#: a case ending that closes a date: "avqustun 13-dən" (from), "noyabrın 9-dək" (until); a year after it
#: begins the next date
_ENDS_DATE = re.compile(r"(?:[dt][aeə]n|d[aeə]k|[yn]?[aeə][ \u00a0]+(?:qədər|kadar))$")


#: a letter class first, the look-behind after it: the regex engine then skips in C to the next I, V or X
_ROMAN_HINT = re.compile(r"[IVX](?:(?<![^\W\d_][IVX])[IVX]*(?![^\W\d_])|(?:er|ᵉʳ|e|ᵉ)(?![^\W\d_]))")
_UPPER = "A-ZÀ-ÖØ-ÝА-ЯЁÇĞİÖŞÜƏ"
#: a regnal number after a name ("Nicholas II", "Alexander II.", "Nicolas Ier") or before it
#: ("II. Selim", "II Nikolay"); a lone "I" only with a dot or "er" (English "I" is a pronoun)
_REGNAL = re.compile(
    r"(?<![^\W\d_])[" + _UPPER + r"][^\W\d_]{2,}[ \u00a0](?P<r>[IVX]{2,5}|[VX]|I(?=er|ᵉʳ|\.)|I(?<=War I))(?P<sfx>er|ᵉʳ|\.)?"
    r"(?![^\W\d_])"
    r"|(?<![\w.])(?P<r2>[IVX]{2,5}|[VX]|I(?=\.|er))(?P<sfx2>\.|e|ᵉ|er|ᵉʳ)?[ \u00a0](?=[" + _UPPER + r"][^\W\d_]{2,})"
    # any other standalone numeral of two letters or more: "Annex II", "chapitre VII", "приложении II"
    r"|(?<![\w.\-])(?P<r3>[IVX]{2,5})(?![\w\-])")


def _regnal_numbers(masked: str, text: str) -> list[Atom]:
    """Roman numbers of rulers, wars and the like: ordinals ("Nicholas II" = "Николай II" = "II Nikolay")."""
    out: list[Atom] = []
    for m in _REGNAL.finditer(masked):
        group = "r" if m.group("r") else "r2" if m.group("r2") else "r3"
        value = roman_value(m.group(group))
        if not value:
            continue
        start = m.start(group)
        suffix = {"r": "sfx", "r2": "sfx2"}.get(group)
        end = m.end(suffix) if suffix and m.group(suffix) else m.end(group)
        fig = Figure("ordinal", D(value), start, end, text[start:end])
        # the first is weak: English "Selim I" is not read (its "I" is also the pronoun)
        out.append(Atom(start, end, figure=fig, weak=value == 1))
    return out


#: the noun after a part: "half an hour", "une demi-heure", "eine halbe Stunde", "полчаса", "yarım saat",
#: "a quarter of a century", "un quart de siècle", "a quarter-century"
_PART_NOUN = re.compile(r"[ \u00a0-]*(?:(?:of|de|d['’])[ \u00a0]*)?(?:(?:an?|une?|eine?[nmrs]?)[ \u00a0]+)?([^\W\d_]+)",
                        re.I)
#: (noun pattern, the whole unit in the next smaller one)
_WHOLE_UNITS = (
    (re.compile(r"(?:hours?|heures?|stunden?|час[а-яё]*|saat[^\W\d_]*)$", re.I), 60),
    (re.compile(r"(?:years?|ans?|années?|jahr(?:e|es|en)?|год[а-яё]*|yıl[^\W\d_]*|il|ilin|ildə|ili)$", re.I), 12),
    (re.compile(r"(?:century|centuries|siècles?|jahrhunderts?|век[а-яё]*|yüzyıl[^\W\d_]*|asr[^\W\d_]*"
                r"|əsr[^\W\d_]*)$", re.I), 100),
    (re.compile(r"(?:days?|jours?|journées?|tag(?:e|es|en)?|дн[а-яё]*|суток|gün[^\W\d_]*)$", re.I), 24),
)
_UNIT_PARTS_OF = frozenset({D("0.5"), D("0.25"), D("0.75")})
#: a German compound ending in its unit: "Vierteljahrhundert", "Viertelstunde"
_COMPOUND_UNIT = re.compile(r"(stunde|jahrhundert)$", re.I)


def _part_of_unit(text: str, start: int, end: int, part: Decimal) -> Decimal | None:
    """*part* of the unit named at *end* (or ending the compound), in the next smaller unit, or None."""
    compound = _COMPOUND_UNIT.search(text, start, end)
    m = _PART_NOUN.match(text, end)
    word = compound.group(1) if compound is not None else (m.group(1) if m is not None else "")
    for pattern, whole in _WHOLE_UNITS:
        if pattern.match(word):
            value = part * whole
            return value if value == value.to_integral_value() else None
    return None


#: the first century of a range written before the second one ("14th–7th centuries", "XIV–VII əsrlər")
_CENTURY_FROM = re.compile(
    r"(?P<head>(?:(?<![\w])(?P<r>[IVXL]{1,6})|(?<![\w.,])(?P<n>\d{1,2}))(?:[-‑]?[^\W\d_]{1,5}|\.)?)"
    r"[ \u00a0]?(?:[–—‐‑-]|to|and|or|bis|und|oder|à|au|et|ou|до|по|и|или|ilə|ile|və|ve|veya|ya)[ \u00a0]?$")


def _century_ranges(text: str, masked: str, figs: list[Fig]) -> list[Fig]:
    """Read the first of two centuries joined by a dash as a century too."""
    out = list(figs)
    for fig in figs:
        century = fig.figure
        if century.kind != "century":
            continue
        m = _CENTURY_FROM.search(masked, max(0, century.start - 16), century.start)
        if m is None or m.end() != century.start:
            continue
        value = D(m.group("n")) if m.group("n") else D(roman_value(m.group("r")) or 0)
        if not 1 <= value <= 40:
            continue
        start, end = m.span("head")
        out = [f for f in out if not (start <= f.figure.start and f.figure.end <= m.end())]
        out.append(Fig(Figure("century", value, start, end, text[start:end])))
    out.sort(key=lambda f: f.figure.start)
    return out


#: how far from a number word an idiom holding it may begin or end
_IDIOM_REACH = 48


def _weaken_idioms(text: str, atoms: list[Atom], idioms: re.Pattern[str]) -> None:
    """Make the number words of fixed expressions ("on cloud nine") weak.

    Only the text around number words is searched (an idiom holds one).
    """
    windows: list[list[int]] = []
    for a in sorted((a for a in atoms if a.word), key=lambda a: a.start):
        lo, hi = max(0, a.start - _IDIOM_REACH), a.end + _IDIOM_REACH
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    spans = [(m.start(), m.end()) for lo, hi in windows for m in idioms.finditer(text, lo, hi)]
    if spans:
        for a in atoms:
            if any(start < a.end and a.start < end for start, end in spans):
                a.weak = True


_CODE_NUMBER = re.compile(r"(?<![\w.])(?:[-−–](?=\d))?\d+(?:\.\d+)?(?![\w.]\w)")


def _code_numbers(text: str, masked: str) -> list[Fig]:
    """Numbers inside masked code, roles and URLs: weak figures.

    They are not figures of the prose, but a translation may move a number
    into or out of code (``n = 4`` for "set n to 4"), so they may stand for
    a figure of the other side; they never raise an issue themselves.
    """
    out: list[Fig] = []
    for region in _FILL_RUN.finditer(masked):
        end = region.end()
        for m in _CODE_NUMBER.finditer(text, region.start()):
            if m.start() >= end:
                break
            out.append(_code_number(m))
    return out


_FILL_RUN = re.compile(FILL + "+")


def _code_number(m: re.Match[str]) -> Fig:
    """The weak figure of one number read by _CODE_NUMBER."""
    s = m.group(0)
    kind = "decimal" if "." in s else "cardinal"
    value = -D(s[1:]) if s[0] in "-−–" else D(s)
    return Fig(Figure(kind, value, m.start(), m.end(), s), True)


def iter_words(text: str) -> Iterable[re.Match[str]]:
    """Word tokens (letters, with an internal apostrophe)."""
    return _WORD_RE.finditer(text)


def harmony_ok(stem: str, suffix: str) -> bool:
    """Turkic vowel harmony (front/back) between a stem and its suffix."""
    front = set("eiöüə")
    back = set("aıou")
    last = next((c for c in reversed(stem.lower()) if c in front or c in back), None)
    first = next((c for c in suffix.lower() if c in front or c in back), None)
    if last is None or first is None:
        return True
    return (last in front) == (first in front)
