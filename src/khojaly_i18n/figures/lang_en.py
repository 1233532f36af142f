"""English figures: 1,275.5, 366th, twenty-five, February 26, 1992, 1990s."""

from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal

from .core import ADD, HUNDRED, MULT, Atom, LangRules
from .model import Figure, TimeValue
from .words import MonthMatcher, Tok, babel_month_forms, scan_number_words

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90}

WORDS: dict[str, Tok] = {}
for _i, _w in enumerate(_UNITS):
    WORDS[_w] = Tok(_i, ADD, weak=_i <= 1)
for _w, _v in _TENS.items():
    WORDS[_w] = Tok(_v)
for _w, _v in _ORD.items():
    WORDS[_w] = Tok(_v, ADD, ordinal=True, weak=_v <= 2)
WORDS.update({
    "hundred": Tok(100, HUNDRED), "thousand": Tok(1000, MULT), "million": Tok(10**6, MULT),
    "billion": Tok(10**9, MULT), "hundredth": Tok(100, HUNDRED, ordinal=True),
    "thousandth": Tok(1000, MULT, ordinal=True), "millionth": Tok(10**6, MULT, ordinal=True),
    "dozen": Tok(12, MULT),  # "two dozen" = 24; alone ("a dozen") weak, as every bare multiplier
    "decade": Tok(10, ADD, weak=True),  # "within a decade" = "on il ərzində"
    # words that imply a number without stating it: weak, they only let the
    # translation say it ("both parents" = "leurs deux parents")
    "both": Tok(2, ADD, weak=True), "either": Tok(2, ADD, weak=True),
    "pair": Tok(2, ADD, weak=True), "couple": Tok(2, ADD, weak=True),
    "twice": Tok(2, ADD, weak=True), "double": Tok(2, ADD, weak=True), "once": Tok(1, ADD, weak=True),
    "doubled": Tok(2, ADD, weak=True), "twin": Tok(2, ADD, weak=True),
    "dual": Tok(2, ADD, weak=True), "triple": Tok(3, ADD, weak=True),
    "tripled": Tok(3, ADD, weak=True), "thrice": Tok(3, ADD, weak=True),
    "quadrupled": Tok(4, ADD, weak=True), "single": Tok(1, ADD, weak=True),
    # periods named by their length: "the biennium" = "iki yıllık dönem", "двухлетний период"
    "biennium": Tok(2, ADD, weak=True), "biennial": Tok(2, ADD, weak=True),
    "triennium": Tok(3, ADD, weak=True), "triennial": Tok(3, ADD, weak=True),
    "quadrennial": Tok(4, ADD, weak=True), "quinquennial": Tok(5, ADD, weak=True),
    "fortnightly": Tok(2, ADD, weak=True),
})
_IMPLIED = frozenset({"both", "either", "pair", "couple", "twice", "once", "double", "doubled", "twin",
                      "dual", "triple", "tripled", "thrice", "quadrupled", "single", "biennium", "biennial",
                      "triennium", "triennial", "quadrennial", "quinquennial", "fortnightly"})
#: "third-party", "five-tuple", "two-dimensional": a number word hyphenated to
#: a non-number word forms an adjective translators often render in one word
_HYPHEN_COMPOUND = re.compile(r"-(?!(?:and|or)\b)[^\W\d_]")

_JOINER = re.compile(r"(?:[ \u00a0]|-|[ \u00a0]and[ \u00a0])", re.I)

_MONTH_EXTRA = {"sept": 9, "sept.": 9}
#: lexicalised ordinal phrases: "third party", "first person", "second hand"
_IDIOM_AFTER = re.compile(r"[ \u00a0-](?:part(?:y|ies)|person|hand(?:ed)?|nature|thoughts?|fiddle)\b", re.I)
_NOT_ADJECTIVE = re.compile(
    r"[ \u00a0]*(?:[,.;:)!?\"”]|$)|[ \u00a0]+(?:and|or|if|of|to|the|a|an|by|in|on|at|is|are|was|"
    r"were|be|time|place|that|when|then|with|from|for)\b", re.I)
_NUMBER_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$", re.I)
_WORD_AFTER = re.compile(r"-([^\W\d_]+)")
#: "eighty-year-old", "five-day", "ten-kilometre": a measure, the number is a figure
_RATE_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "twenty": 20, "hundred": 100, "thousand": 1000}
_HYPHEN_UNIT = re.compile(
    r"-(?:years?|days?|hours?|weeks?|months?|minutes?|seconds?|kilomet(?:er|re)s?|km|miles?|storey|story|"
    r"percent|per-cent"
    # a rank: "the third-largest city", "the fifth-most populous"
    r"|[^\W\d_]{2,}est|most|best|worst)(?![^\W\d_])", re.I)
#: "an hour and a half", "a year and a half": the article stands for one
_ARTICLE_HALF = re.compile(
    r"(?<![^\W\d_])an?(?=[ \u00a0]+(?!(?:hundred|thousand|million|billion|dozen)(?![^\W\d_]))[^\W\d_]+"
    r"[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half(?![^\W\d_]))", re.I)
#: "in her (early) sixties": an age, not a decade
_AGE_OWNER = re.compile(r"\b(?:his|her|their|my|your|our|its)[ \u00a0]+(?:(?:early|late|mid)[ \u00a0-]+)?$", re.I)
_DECADE_TENS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}


#: Roman numbers as words (regnal numbers: "Nicholas II")
_ROMAN_TOKENS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
                           "xviii", "xix", "xx", "ier"})


class EnglishRules(LangRules):
    """English (CLDR en, US numeric dates)."""

    code = "en"
    idioms = (
        'cloud nine',
        'in two minds',
        'at sixes and sevens',
        '(?:a|one) in a million',
        'second to none',
        'kill(?:s|ed|ing)? two birds with one stone',
        'put(?:s|ting)? two and two together',
        '(?:a|one) thousand (?:thanks|times)',
        'thanks a (?:million|thousand)',
        'thank you a (?:million|thousand)',
        'on all fours',
        'two-faced',
        'at the eleventh hour',
        'sixth sense',
        'seventh heaven',
        '(?:in|into) a thousand pieces',
        'dressed to the nines',
        'the whole nine yards',
        'forty winks',
        'six feet under',
        'a million miles (?:away|from)',
        'high-five',
        'at first sight',
        'first of all',
        'on second thought',
        '(?:a|one) or two',
        'third wheel',
    )
    digit_suffix = r"(?P<ord>st|nd|rd|th|d)(?![^\W\d_])"
    percent_after = r"[ \u00a0\u202f]?(?:%|per[ \u00a0]?cent(?![\w])|pct\b)"
    decade_after = r"['’]?s(?![\w])"
    decade_before = r"\b(?:the|early|mid|late|mid-)[ \u00a0-]?['’]$"
    #: every match of century_re holds one of these
    century_hint = ("centur",)
    century_re = (r"(?P<n>\d{1,2})(?:st|nd|rd|th)[ \u00a0-](?:centur(?:y|ies))\b"
                  r"|\b(?P<r>[IVX]{1,5})(?:st|nd|rd|th)?[ \u00a0]centur(?:y|ies)\b")
    #: also the newsroom's "5m", "$1.2bn", "3tn" (an "m" glued to the number; "5 m" and "the 100m" are metres)
    million_after = (r"[ \u00a0]?(?:(?P<m_1000000>million\b|mln\b|mn\b|(?-i:M)\b)|(?P<m_1000000000>billion\b|bn\b|bln\b)"
                     r"|(?P<m_1000000000000>trillion\b|tn\b|trn\b)|(?P<m_1000>thousand\b))"
                     r"|(?P<m_1000000x>(?-i:m)(?![^\W\d_]|[\d²³(]|[-–]\w|[ \u00a0]*(?:(?:tall|high|long|wide|deep|away"
                     r"|above|below|sprint|race|hurdles|freestyle|dash|relay|run|swim|mark|final|record|title|gold|silver"
                     r"|bronze|in[ \u00a0]+(?:height|length|depth|diameter|width))\b)))")
    range_mid = r"[ \u00a0]?(?:--|[-‐‑‒–—−])[ \u00a0]?"
    range_word_pairs = (
        (r"\bbetween[ \u00a0]+", r"[ \u00a0]+and[ \u00a0]+"),
        (r"\bfrom[ \u00a0]+(?:the[ \u00a0]+)?", r"[ \u00a0]+(?:to|through|until|till|and)[ \u00a0]+(?:the[ \u00a0]+)?"),
        (None, r"[ \u00a0]+(?:to|through)[ \u00a0]+"),
    )
    day_month_gap = r"[ \u00a0]+(?:of[ \u00a0]+)?"
    month_day_gap = r"\.?[ \u00a0]+(?:the[ \u00a0]+)?"
    month_year_gap = r"\.?,?[ \u00a0]+(?:of[ \u00a0]+)?"
    month_first_numeric = True
    time_patterns = (
        r"(?<![\w.,:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?[ \u00a0]?(?P<ap>[ap])\.?m\.?(?![\w])",
        r"(?<![\w.,:])(?P<h>1[0-2]|0?[1-9])[ \u00a0]o['’]clock(?![\w])",
    )
    dot_times = False
    #: "the eighties", "the early nineties"
    decade_words = r"(?<![^\W\d_])(?P<w>" + "|".join(_DECADE_TENS) + r")(?![^\W\d_])"
    decade_hint = ("ties", "TIES")
    decade_tens = _DECADE_TENS
    period_after = (r"(?:[ \u00a0]+o['’]clock)?[ \u00a0]+(?P<p>in the morning|in the afternoon|in the evening|at night)"
                    r"(?![^\W\d_])")
    period_shift = {"in the morning": "am", "in the afternoon": "pm", "in the evening": "pm", "at night": "night"}
    decades_after = r"[ \u00a0]+decades?(?![^\W\d_])"
    #: "twice", "tripled", "fourfold"
    multiplicative_words = (r"(?<![^\W\d_])(?P<w>once|twice|thrice|doubl(?:ed|ing)|tripl(?:ed|ing)|quadrupl(?:ed|ing)"
                            r"|(?:two|three|four|five|six|ten)fold)(?![^\W\d_])")
    multiplicative_stems = {"once": 1, "twice": 2, "thrice": 3, "doubl": 2, "tripl": 3, "quadrupl": 4, "twofold": 2,
                            "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "tenfold": 10}
    multiplicative_hint = ("once", "Once", "twice", "thrice", "doubl", "tripl", "quadrupl", "fold", "Twice", "Doubl",
                           "Tripl")
    #: "a third of", "two thirds", "three quarters", "one fifth."; "half" (weak: "half the time")
    fraction_words = (
        r"(?<![^\W\d_])(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0-]+"
        r"(?:(?P<den>thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths)(?![^\W\d_])"
        r"|(?P<den1>third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|hundredth)"
        r"(?=[ \u00a0]+of(?![^\W\d_])|[ \u00a0]*(?:[,.;:!?)]|$))"
        # "rose by a quarter", "cut by one third": a change by a fraction
        r"|(?:(?<=\bby a )|(?<=\bby one ))(?P<den1b>third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)"
        r"(?=[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:since|from|in|on|over|compared|last|this|year|to|and|or|between"
        r"|during|after|before|while|as|but|when|at|against|within)(?![^\W\d_])))"
        r"|(?<!\band a )(?<!\band\u00a0a\u00a0)(?P<half>half)(?![^\W\d_])(?![ \u00a0]+past)"
        # "a quarter-century", "a half-hour"
        r"|(?:a|one)[ \u00a0-]+(?P<den1q>quarter)(?=-(?:century|hour)(?![^\W\d_]))"
        # "one in five", "1 in 10", "one out of four": a rate
        r"|(?P<numin>one|a|1)[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?P<denin>\d{1,4}|two|three|four|five|six|seven|"
        r"eight|nine|ten|twenty|hundred|thousand)(?![^\W\d_]|[.,]\d))")
    fraction_hint = (" in ", " out of ", "half", "Half", "HALF", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth",
                     "tenth", "hundredth")
    fraction_numerators = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
    fraction_denominators = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                             "ninth": 9, "tenth": 10, "hundredth": 100}

    rate_words = _RATE_WORDS

    def fraction_value(self, match: re.Match[str]) -> tuple[Decimal, bool] | None:
        if match.group("den1q"):
            return Decimal("0.25"), False
        den1 = match.group("den1") or match.group("den1b")
        if den1:  # singular denominators need "a"/"one": "a third of"
            if match.group("num").lower() not in ("a", "an", "one"):
                return None
            return Decimal(1) / Decimal(self.fraction_denominators[den1.lower()]), False
        return super().fraction_value(match)
    half_after = r"(?:[ \u00a0]+(?P<noun>[^\W\d_]+))?[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half(?![^\W\d_])"
    triggers = (r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                r"twent|thirt|fort[yi]|fift|sixt|sevent|eight|ninet|hundred|thousand|million|billion|"
                r"first|second|third|fourth|fifth|sixth|ninth|tenth|twelfth|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                r"dozen|centur|both|either|pair|couple|twice|double|twin|dual|tripl|thrice|quadrupl|single)")

    def __init__(self, locale: str = "en") -> None:
        super().__init__(locale)
        self.month_first_numeric = not (locale.startswith("en_") and locale not in ("en_US", "en_PH"))
        forms = dict(babel_month_forms("en"))
        forms.update(_MONTH_EXTRA)
        forms.pop("may.", None)
        self.months = MonthMatcher(forms, capitalised=True, weak_alone=("may", "march", "mar", "jan", "dec"))
        self.month_set = frozenset(k.rstrip(".") for k in forms)
        self.word_set = frozenset(WORDS) | self.month_set | {"century", "centuries", "half", "quarter", "quarters", "thirds", "fifths", "tenths"} | set(_DECADE_TENS)
        self.word_set |= _ROMAN_TOKENS | _SPECIAL_WORDS
        self.strong_set = self.word_set - _IMPLIED - {
            "one", "zero", "may", "march", "mar", "jan", "dec"}

    def decade_word_ok(self, text: str, match: re.Match[str]) -> bool:
        return _AGE_OWNER.search(text, max(0, match.start() - 16), match.start()) is None

    def _lookup(self, w: str, m: re.Match[str]) -> Tok | None:
        tok = WORDS.get(w)
        if tok is not None:
            if w in _IMPLIED:
                return tok
            if tok.ordinal and tok.weak and _NOT_ADJECTIVE.match(m.string, m.end()):
                # "closing the latter first", "finished second", "the first to": an adverb or a
                # placing; weak, so it stands for a rank of the translation or is changed into one
                return Tok(tok.value, tok.kind, ordinal=True, weak=True)
            if tok.ordinal and _IDIOM_AFTER.match(m.string, m.end()):
                return Tok(tok.value, tok.kind, ordinal=True, weak=True)  # "third party"
            if m.start() > 1 and m.string[m.start() - 1] == "-" and m.string[m.start() - 2].isalpha() \
                    and not _NUMBER_WORD_BEFORE.search(m.string, 0, m.start() - 1):
                # "base-two logarithm", "one-third": the second part of a compound
                return Tok(tok.value, tok.kind, ordinal=tok.ordinal, weak=True)
            if _HYPHEN_COMPOUND.match(m.string, m.end()) and not _HYPHEN_UNIT.match(m.string, m.end()):
                nxt = _WORD_AFTER.match(m.string, m.end())
                if nxt is None or nxt.group(1).lower() not in WORDS or nxt.group(1).lower() in _IMPLIED:
                    return Tok(tok.value, tok.kind, ordinal=tok.ordinal, weak=True)
            return tok
        if w in ("a", "an", "one"):
            nxt = m.string[m.end():m.end() + 12].lower()
            if re.match(r"[ \u00a0](?:hundred|thousand|million|billion|dozen)\b", nxt):
                return Tok(1)  # "a dozen" states twelve ("dozens" does not)
        return None

    def words(self, text: str) -> list[Atom]:
        toks = set(self.low_tokens(text))
        out: list[Atom] = []
        if not toks.isdisjoint(WORDS):
            atoms = scan_number_words(text, self._lookup, _JOINER, bare_mult_weak=True,
                                       connectors=_CONNECTORS, vocabulary=_vocabulary())
            out = [a for a in atoms if not _is_vague_en(text, a)]
            if "half" in toks:
                out = _and_a_half(text, out)
        if "half" in toks:
            out.extend(Atom(m.start(), m.end(), value=Decimal(1), word=True, weak=True)
                       for m in _ARTICLE_HALF.finditer(text))
        if not toks.isdisjoint(self.month_set):
            out.extend(self.months.find(text))
        if not toks.isdisjoint(_SPECIAL_WORDS) or "past" in toks or "to" in toks:  # "ten to eight"
            special = _special_figures(text)
            out = [a for a in out if not any(b.start < a.end and a.start < b.end for b in special)] + special
        return out


_CONNECTORS = frozenset({"and"})
#: words of _special_figures (lower case)
_SPECIAL_WORDS = frozenset({"noon", "midday", "midnight", "half", "quarter", "score", "fortnight"})
_HOURS = {w: i for i, w in enumerate(_UNITS) if 1 <= i <= 12}
_CLOCK = re.compile(
    r"(?<![^\W\d_])(?:(?P<noon>noon|midday)|(?P<midnight>midnight)"
    r"|(?P<part>half|(?:a[ \u00a0]+)?quarter|five|ten|twenty(?:[- \u00a0]five)?)(?:[ \u00a0]+minutes)?[ \u00a0]+"
    r"(?P<rel>past|to)[ \u00a0]+(?P<h>\d{1,2}|" + "|".join(_HOURS) + r")"
    r"|(?P<score>a[ \u00a0]+score)(?=[ \u00a0]+of)|(?P<fortnight>(?:a[ \u00a0]+)?fortnight))(?![^\W\d_])", re.I)


_CLOCK_MINUTES = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twenty five": 25}


def _special_figures(text: str) -> list[Atom]:
    """Clock words ("noon", "half past ten", "a quarter to three"), "a score of" (20), "a fortnight" (14 days, 2 weeks)."""
    out: list[Atom] = []
    for m in _CLOCK.finditer(text):
        s, e, shown = m.start(), m.end(), m.group(0)
        if m.group("noon") or m.group("midnight"):
            value = TimeValue(12 if m.group("noon") else 0, 0)
            out.append(Atom(s, e, figure=Figure("time", value, s, e, shown), weak=True))
        elif m.group("rel"):
            h = m.group("h").lower()
            hour = int(h) if h.isdigit() else _HOURS[h]
            part = " ".join(m.group("part").lower().replace("-", " ").split())
            minutes = _CLOCK_MINUTES["quarter" if part.endswith("quarter") else part]
            if m.group("rel").lower() == "to":
                hour, minutes = (hour - 1) % 12 or 12, 60 - minutes
            if 1 <= hour <= 12:
                out.append(Atom(s, e, figure=Figure("time", TimeValue(hour, minutes, dial12=True), s, e, shown)))
        elif m.group("score"):
            out.append(Atom(s, e, figure=Figure("cardinal", Decimal(20), s, e, shown), weak=True))
        else:
            for value in (14, 2):  # days, weeks
                out.append(Atom(s, e, figure=Figure("cardinal", Decimal(value), s, e, shown), weak=True))
    return out


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word EnglishRules._lookup may read as a number (the WORDS and "a", "an", "one")."""
    return frozenset(WORDS) | {"a", "an", "one"}


_HALF = re.compile(r"[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half(?:[ \u00a0]+(million|billion|thousand)\b)?",
                   re.I)
_MULT_VALUE = {"million": 10**6, "billion": 10**9, "thousand": 1000}


def _and_a_half(text: str, atoms: list[Atom]) -> list[Atom]:
    """"one and a half million" = 1,500,000; "two and a half" = 2.5."""
    out: list[Atom] = []
    skip_until = -1
    for a in atoms:
        if a.start < skip_until:
            continue
        m = _HALF.match(text, a.end) if a.value is not None and not a.ordinal else None
        if m is None:
            out.append(a)
            continue
        step = Decimal(1)  # "a million and a half": half of the multiplier
        while a.value >= step * 1000 and a.value % (step * 1000) == 0:
            step *= 1000
        val = a.value + step / 2
        if m.group(1):
            val *= _MULT_VALUE[m.group(1).lower()]
        out.append(Atom(a.start, m.end(), value=val, word=True,
                        decimal=val != val.to_integral_value()))
        skip_until = m.end()
    return out


_VAGUE_AFTER = re.compile(r"[ \u00a0]+of\b", re.I)


def _is_vague_en(text: str, a: Atom) -> bool:
    word = text[a.start:a.end].lower()
    # "a third of", "one of the"
    if word in ("third", "fourth", "fifth", "tenth") and _VAGUE_AFTER.match(text, a.end):
        before = text[max(0, a.start - 4):a.start].lower()
        if before.endswith(("a ", "one ", "two ")):
            return True
    return False
