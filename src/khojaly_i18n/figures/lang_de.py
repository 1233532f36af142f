"""German figures: 1.275,5; 366.; 26. Februar; 1990er-Jahre; 20. Jahrhundert; fünfundzwanzig."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from . import clock
from .core import ADD, MULT, Atom, LangRules
from .words import MonthMatcher, Tok, babel_month_forms, scan_number_words

_UNITS = {"ein": 1, "eins": 1, "eine": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4,
          "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_SMALL = dict(_UNITS)
_SMALL.update({
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90, "null": 0,
})
_TENS = {k: v for k, v in _SMALL.items() if v >= 20 and v % 10 == 0}
_ORD_FIX = (("dritt", "drei"), ("erst", "eins"), ("siebt", "sieben"), ("acht", "acht"))
_WEAK_ONE = {"ein", "eins", "eine", "einer", "einem", "einen", "eines"}
#: words that imply a number without stating it: weak ("meine beiden Schwestern", "ein Jahrzehnt")
_IMPLIED_DE = {"beide": 2, "beiden": 2, "beider": 2, "beides": 2, "jahrzehnt": 10, "jahrzehnts": 10}


def _p100(s: str) -> int | None:
    if s in _SMALL:
        return _SMALL[s]
    if "und" in s:
        u, _, t = s.partition("und")
        if u in _UNITS and u not in ("eins", "eine") and t in _TENS:
            return _UNITS[u] + _TENS[t]
    return None


def _p1000(s: str) -> int | None:
    if "hundert" in s:
        a, _, b = s.partition("hundert")
        b = b[3:] if b.startswith("und") else b  # "hundertundeins", "hundertunderste"
        mult = 1 if a in ("", "ein") else _p100(a)
        rest = _p100(b) if b else 0
        if mult is None or rest is None or not 0 < mult < 100:
            return None
        return mult * 100 + rest
    return _p100(s)


@lru_cache(maxsize=8192)
def parse_cardinal(s: str) -> int | None:
    """Value of a German cardinal written as one word (fünfundzwanzig)."""
    if "tausend" in s:
        a, _, b = s.partition("tausend")
        b = b[3:] if b.startswith("und") else b  # "zweitausendundzwei"
        mult = 1 if a in ("", "ein") else _p1000(a)
        rest = _p1000(b) if b else 0
        if mult is None or rest is None or mult == 0:
            return None
        return mult * 1000 + rest
    return _p1000(s)


@lru_cache(maxsize=8192)
def parse_word(w: str) -> tuple[int, bool] | None:
    """(value, is_ordinal) of a German number word with its endings."""
    v = parse_cardinal(w)
    if v is not None:
        return v, False
    if w in ("zweien", "dreien", "zweier", "dreier"):
        return (2 if w.startswith("zwei") else 3), False
    m = re.fullmatch(r"(.+?t)(?:e|er|en|em|es)", w)
    if not m:
        return None
    stem = m.group(1)
    for end, rep in _ORD_FIX:
        if stem.endswith(end):
            v = parse_cardinal(stem[: -len(end)] + rep)
            if v is not None:
                return v, True
    for cut in (2, 1):
        if (cut == 2 and stem.endswith("st")) or cut == 1:
            v = parse_cardinal(stem[:-cut])
            if v is not None and (cut == 1) == (v < 20 or v % 100 < 20 and v % 100 != 0):
                return v, True
            if v is not None:
                return v, True
    return None


_JOINER = re.compile(r"[ \u00a0]+")
#: ordinal stems: "zu dritt" (the three of them), "drittgrößte" (third-largest)
_ORDINAL_STEMS = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8,
                  "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12}
#: an ordinal fused with a superlative: "drittgrößte", "zweitälteste", "viertwichtigsten" (not "acht":
#: "achtsamste" is no rank)
_RANKED = re.compile(r"(?<![^\W\d_])(" + "|".join(k for k in _ORDINAL_STEMS if k != "acht")
                     + r")[a-zäöüß]{2,}?(?:e?st|ßt)(?:e|en|er|es|em)?(?![^\W\d_])", re.I)
#: "zu zweit", "zu dritt": so many together
_IN_A_GROUP = re.compile(r"(?<![^\W\d_])zu[ \u00a0]+(" + "|".join(_ORDINAL_STEMS) + r")(?![^\W\d_])", re.I)
_DECADE_WORD = re.compile(
    r"\b(zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)er"
    r"(?:[ \u00a0-]*Jahre[ns]?|n(?![^\W\d_])|(?<=(?:die|Die|den|der) [^\W\d_]{6})(?![^\W\d_])"
    r"|(?<=(?:die|Die|den|der) [^\W\d_]{7})(?![^\W\d_])|(?<=(?:die|Die|den|der) [^\W\d_]{8})(?![^\W\d_])"
    r"|(?<=(?:die|Die|den|der) [^\W\d_]{9})(?![^\W\d_]))", re.I)  # "die Neunziger"
#: number + adjective suffix: "fünftägige" (5-day), "dreifach", "zweimalig"
_COMPOUND_ADJ = re.compile(
    r"(.+?)(?:tägig|stündig|wöchig|monatig|jährig|minütig|köpfig|stöckig|teilig|fach|malig|mal)"
    r"(?:e|er|en|em|es)?")
_PERCENT_ADJ = re.compile(r"(.+?)prozentig(?:e|er|en|em|es)?")
#: what stands before an ordinal adjective ("am achten Tag", "der achte")
_DETERMINER = re.compile(
    r"(?:\b(?:der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ein|eine|einer|einem|einen|eines|"
    r"sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|jeder|jede|jedes|jedem|jeden)"
    r"|\d\.?)[ \u00a0]+$", re.I)
#: second elements of month compounds that name a time (Februarnacht, Märzhälfte)
_MONTH_COMPOUND_TAILS = (
    "nacht", "nächte", "tag", "tage", "tagen", "tages", "morgen", "abend", "woche", "wochen",
    "anfang", "anfangs", "mitte", "ende", "endes", "hälfte", "ereignisse", "ereignissen",
    "revolution", "offensive", "wahl", "wahlen", "putsch", "kämpfe", "kämpfen", "tragödie",
    "massaker",
)


def get_month_names_wide(locale: str) -> list[str]:
    """Full (wide) month names of ``locale``, lower-cased."""
    from babel.dates import get_month_names
    return [n.lower() for n in get_month_names("wide", "format", locale).values()]
_MILL = {"million": 10**6, "millionen": 10**6, "milliarde": 10**9, "milliarden": 10**9,
         "mio": 10**6, "mrd": 10**9, "dutzend": 12}


class GermanRules(LangRules):
    """German (CLDR de; de_CH apostrophe grouping; de_AT Jänner)."""

    code = "de"
    idioms = (
        '(?:im|in den) siebten Himmel',
        'Buch mit sieben Siegeln',
        'auf allen vieren',
        'unter vier Augen',
        '(?:seine|ihre|meine|deine|unsere|eure) sieben Sachen',
        'fünfe? gerade sein lassen',
        '(?:in|zu) tausend Stücke',
        'um (?:drei|sieben) Ecken',
        'fünfte(?:n|s)? Rad am Wagen',
        'zwei Fliegen mit einer Klappe',
        'null Komma nichts',
        'sechsten Sinn',
        'tausend Dank',
        'die zweite Geige',
        'nicht bis drei zählen',
        'wie sieben Tage Regenwetter',
        'auf zwei Hochzeiten',
        'zwei linke Hände',
        '(?:eigenen )?vier Wänden?',
        '(?:ein|zwei) oder (?:zwei|drei)',
        'auf den ersten Blick',
        'zum ersten Mal',
        'in erster Linie',
        'aus zweiter Hand',
    )
    digit_suffix = (r"(?P<dec>er(?:[-‑ \u00a0]?Jahren?|[-‑ \u00a0]?jahren?)?)(?![^\W\d_])"
                    r"|(?P<ord>\.)(?=[ \u00a0]*[^\W\d_])")
    #: "20 Prozent", "20 v. H.", "ein 20-prozentiger Anstieg"
    percent_after = r"(?:[ \u00a0\u202f]?(?:%|Prozent(?![^\W\d_])|v\.[ \u00a0]?H\.)|[-‑]prozentig(?:e[mnrs]?)?(?![^\W\d_]))"
    year_before = r"\bJahr(?:e|es)?[ \u00a0]+$"
    decade_before = r"(?!)"
    century_re = (r"(?<![\w])(?P<r>[IVX]{1,5})\.?[ \u00a0]+(?:Jahrhunderts?|Jh\.)"
                  r"|(?<![\w])(?P<n>\d{1,2})\.[ \u00a0]*(?:Jahrhunderts?|Jh\.)")
    century_after = r"[ \u00a0]+(?:Jahrhunderts?|Jh\.)"
    million_after = (r"[ \u00a0](?:(?P<m_1000000>Mio\.?|Millionen|Million)(?![^\W\d_])"
                     r"|(?P<m_1000000000>Mrd\.?|Milliarden?)(?![^\W\d_])"
                     r"|(?P<m_1000>Tsd\.?|Tausend)(?![^\W\d_]))")
    range_word_pairs = (
        (r"\bzwischen[ \u00a0]+(?:dem[ \u00a0]+)?", r"[ \u00a0]+und[ \u00a0]+(?:dem[ \u00a0]+)?"),
        (r"\bvo[nm][ \u00a0]+", r"[ \u00a0]+(?:auf(?:[ \u00a0]+den)?|bis(?:[ \u00a0]+(?:zum|zur|in[ \u00a0]+die))?|zum)[ \u00a0]+"),
        (None, r"[ \u00a0]+bis[ \u00a0]+(?:zum[ \u00a0]+)?"),
    )
    period_after = (r"(?:[ \u00a0]*Uhr)?[ \u00a0]+(?P<p>morgens|früh|vormittags|nachmittags|abends|nachts)"
                    r"(?![^\W\d_])")
    period_before = r"(?<![^\W\d_])(?P<p>morgens|vormittags|nachmittags|abends|nachts)[ \u00a0]+(?:um|gegen)[ \u00a0]+"
    period_shift = {"morgens": "am", "früh": "am", "vormittags": "am", "nachmittags": "pm", "abends": "pm",
                    "nachts": "night"}
    clock_before = r"(?<![^\W\d_])(?:um|gegen|bis|ab)[ \u00a0]+"
    decades_after = r"[ \u00a0]+Jahrzehnten?(?![^\W\d_])"
    #: "verdoppelt", "verdreifachte", "Verzehnfachung"
    multiplicative_words = (r"(?<![^\W\d_])(?P<w>verdopp[^\W\d_]*|verdreifach[^\W\d_]*|vervierfach[^\W\d_]*"
                            r"|verfünffach[^\W\d_]*|verzehnfach[^\W\d_]*)")
    multiplicative_stems = {"verdopp": 2, "verdreifach": 3, "vervierfach": 4, "verfünffach": 5, "verzehnfach": 10}
    multiplicative_hint = ("erdopp", "erdreifach", "ervierfach", "erfünffach", "erzehnfach")
    #: "ein Drittel", "zwei Drittel", "drei Viertel", "eine Viertelstunde"; "die Hälfte", "halb" (weak)
    fraction_words = (
        r"(?<![^\W\d_])(?:(?:(?P<num>ein|eine|einem|einen|einer|eines|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)"
        r"[ \u00a0]+)?(?P<den>drittel|fünftel|sechstel|siebtel|achtel|neuntel|zehntel|hundertstel)n?(?![^\W\d_])"
        r"|(?P<num2>ein|eine|einem|einen|einer|eines|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)?[ \u00a0]*"
        r"(?P<den2>viertel)(?:n|stunde|jahrhundert)?(?![^\W\d_])"
        r"|(?P<half>hälfte|halb|halbe|halben|halber|halbes|halbem)(?![^\W\d_])"
        r"|(?P<num3>ein|zwei|drei|vier|fünf)(?P<den3>drittel|viertel|fünftel|zehntel)(?=[^\W\d_]{3,}))")  # Zweidrittelmehrheit
    fraction_hint = ("rittel", "iertel", "ünftel", "echstel", "iebtel", "chtel", "euntel", "ehntel", "ertstel",
                     "älfte", "alb", "ÄLFTE", "ALB")
    fraction_numerators = {"ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2,
                           "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
                           "zehn": 10}
    fraction_denominators = {"drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "siebtel": 7,
                             "achtel": 8, "neuntel": 9, "zehntel": 10, "hundertstel": 100}

    def fraction_value(self, match: re.Match[str]) -> tuple[Decimal, bool] | None:
        if match.group("den3"):
            denominator = self.fraction_denominators[match.group("den3").lower()]
            return Decimal(self.fraction_numerators[match.group("num3").lower()]) / denominator, False
        if match.group("den2"):  # "Viertel" alone is a quarter of a town: only with a number
            num = match.group("num2")
            if not num and not match.group(0).lower().startswith(("dreiviertel", "viertelstunde")):
                return None
            numerator = self.fraction_numerators.get((num or "ein").lower())
            if match.group(0).lower().startswith("dreiviertel"):
                numerator = 3
            return (Decimal(numerator) / 4, False) if numerator else None
        return super().fraction_value(match)

    day_month_gap = r"[ \u00a0]*"
    time_patterns = (
        r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?[ \u00a0]?Uhr(?![^\W\d_])",
    )
    month_year_gap = r"\.?[ \u00a0]+"
    triggers = (r"(?:ein|zwei|zwo|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|"
                r"ßig|ssig|hundert|tausend|million|milliard|erst|dritt|prozentig|tägig|stündig|fach|anderthalb|hälft|halb|dopp|beid|jahrzehnt|dutzend|jan|jän|feb|mär|apr|mai|"
                r"jun|jul|aug|sep|okt|nov|dez|jahrh)|\b[IVX]{1,5}\b")

    def __init__(self, locale: str = "de") -> None:
        super().__init__(locale)
        forms = dict(babel_month_forms("de"))
        forms.update(babel_month_forms("de_AT"))
        forms.update({"jänner": 1, "jän.": 1, "feber": 2, "märz": 3, "maerz": 3, "sept.": 9})
        full = set(get_month_names_wide("de")) | {"jänner", "feber"}
        self.months = MonthMatcher(
            forms, capitalised=True,
            weak_alone=("mai", "jan", "jun", "jul", "mär", "apr", "okt", "dez", "sep", "nov"),
            compounds=_MONTH_COMPOUND_TAILS, compound_heads=full)

    def _lookup(self, w: str, m: re.Match[str]) -> Tok | None:
        implied = _IMPLIED_DE.get(w)
        if implied is not None:
            return Tok(implied, ADD, weak=True)
        mult = _MILL.get(w)
        if mult is not None:
            return Tok(mult, MULT)
        if w in _WEAK_ONE:
            nxt = m.string[m.end():m.end() + 12].lower()
            if re.match(r"[ \u00a0](?:million|milliarde)", nxt):
                return Tok(1)
            return Tok(1, weak=True) if w in ("eins",) else None
        if w.startswith("anderthalb"):
            return Tok(1, ADD, exact=Decimal("1.5"))
        if w.endswith("einhalb") and len(w) > 7:  # zweieinhalb, eineinhalb
            base = parse_cardinal(w[:-7])
            if base:
                return Tok(base, ADD, exact=base + Decimal("0.5"))
        r = parse_word(w)
        if r is None:
            pm = _PERCENT_ADJ.fullmatch(w) or _COMPOUND_ADJ.fullmatch(w)
            r = parse_word(pm.group(1)) if pm else None  # hundertprozentig, fünftägig
            if r is None or r[1]:
                return None
            return Tok(r[0], ADD, weak=r[0] <= 1)  # "einfach" = simple
        v, ordinal = r
        if ordinal and w.startswith("acht") and not _DETERMINER.search(
                m.string, max(0, m.start() - 12), m.start()):
            return Tok(v, ADD, ordinal=True, weak=True)  # "Achten Sie auf": the verb achten
        return Tok(v, ADD, ordinal=ordinal, weak=v <= 1)

    def clock_times(self, text: str) -> list[Atom]:
        return clock.german(text) + clock.noon_and_midnight(text, "de")

    def words(self, text: str) -> list[Atom]:
        out = scan_number_words(text, self._lookup, _JOINER)
        for a in out:
            if "prozentig" in text[a.start:a.end].lower():
                a.percent = True
        for m in _DECADE_WORD.finditer(text):  # "die zwanziger Jahre" = the 1920s
            out = [a for a in out if not (a.start < m.end() and m.start() < a.end)]
            val = _TENS[m.group(1).lower().replace("ss", "ß")]
            out.append(Atom(m.start(), m.end(), value=Decimal(1900 + val), decade=True))
        if "st" in text:
            for m in _RANKED.finditer(text):  # "die fünftgrößte Stadt" = the fifth-largest
                if not any(a.start < m.end() and m.start() < a.end for a in out):
                    out.append(Atom(m.start(), m.end(), value=Decimal(_ORDINAL_STEMS[m.group(1).lower()]), word=True,
                                    ordinal=True))
        if "zu " in text:
            for m in _IN_A_GROUP.finditer(text):  # "zu dritt" = the three of them
                out = [a for a in out if not (a.start < m.end() and m.start() < a.end)]
                size = _ORDINAL_STEMS[m.group(1).lower()]
                out.append(Atom(m.start(), m.end(), value=Decimal(size), word=True, weak=size == 2))  # "zu zweit": as a pair
        out.extend(self.months.find(text))
        return out
