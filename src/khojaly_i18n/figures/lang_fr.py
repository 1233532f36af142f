"""French figures: 1 275,5; 366e, 1er; XXe siècle; années 1990; vingt-cinq, quatre-vingt-dix-neuf."""

from __future__ import annotations

import re

from decimal import Decimal

from . import clock
from .core import ADD, HUNDRED, MULT, Atom, LangRules
from babel.dates import get_month_names

from .words import MonthMatcher, Tok, babel_month_forms, scan_number_words

_CARD = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
    "octante": 80, "nonante": 90,
}
_ORD = {
    "premier": 1, "première": 1, "premiers": 1, "premières": 1, "second": 2, "seconde": 2,
    "unième": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
    "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11,
    "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16,
    "vingtième": 20, "trentième": 30, "quarantième": 40, "cinquantième": 50,
    "soixantième": 60,
}
WORDS: dict[str, Tok] = {}
for _w, _v in _CARD.items():
    WORDS[_w] = Tok(_v, ADD, weak=_v <= 1)
for _w, _v in _ORD.items():
    WORDS[_w] = Tok(_v, ADD, ordinal=True, weak=_v <= 2 and _w != "unième")
    if _w.endswith("ième"):
        WORDS[_w + "s"] = WORDS[_w]
WORDS.update({
    "cent": Tok(100, HUNDRED), "cents": Tok(100, HUNDRED), "centième": Tok(100, HUNDRED, ordinal=True),
    "mille": Tok(1000, MULT), "mil": Tok(1000, MULT), "millième": Tok(1000, MULT, ordinal=True),
    "million": Tok(10**6, MULT), "millions": Tok(10**6, MULT),
    "milliard": Tok(10**9, MULT), "milliards": Tok(10**9, MULT),
})
# words that imply a number without stating it (weak: they only let the
# translation say what the source says with digits, "2-tuple" = "paire")
for _w, _v in (("paire", 2), ("paires", 2), ("couple", 2), ("couples", 2), ("double", 2),
               ("doublet", 2), ("triplet", 3), ("triplets", 3), ("triple", 3),
               ("quadruplet", 4), ("quadruplets", 4), ("quintuplet", 5), ("quintuplets", 5),
               ("sextuplet", 6), ("dizaine", 10), ("quinzaine", 15), ("vingtaine", 20),
               ("trentaine", 30), ("quarantaine", 40), ("cinquantaine", 50), ("soixantaine", 60),
               ("centaine", 100),
               ("centaines", 100), ("millier", 1000), ("milliers", 1000), ("décennie", 10)):
    WORDS[_w] = Tok(_v, ADD, weak=True)
# "deux douzaines" = 24; "une douzaine" alone is weak (about twelve)
WORDS["douzaine"] = WORDS["douzaines"] = Tok(12, MULT, weak=True)
_MONTH_AFTER = re.compile(r"[ \u00a0]+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
                          r"octobre|novembre|décembre|decembre)(?![^\W\d_])", re.I)
_RATE_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
               "vingt": 20, "cent": 100, "mille": 1000}
_IMPLIED = frozenset(w for w, t in WORDS.items() if t.weak and t.value > 1 and not t.ordinal)
#: every word FrenchRules._lookup may read as a number
_VOCABULARY = frozenset(WORDS)
_CONNECTORS = frozenset({"et"})
_HYPHEN_WORD = re.compile(r"-([^\W\d_]+)")
#: "couper en deux" (in half), "entre deux racines" (between roots)
_EN_DEUX = re.compile(r"(?<![^\W\d_])en[ \u00a0]+$", re.I)
_ENTRE_DEUX = re.compile(r"(?<![^\W\d_])entre[ \u00a0]+$", re.I)
_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?!(?:le|la|les|l|ou|et|à|de|du|des|pour|par|puis|sans|sur|dans|avec|"
    r"verticalement|horizontalement|parties?)\b)[^\W\d_]{2,}", re.I)
_WEEK_IDIOM = {"quinze": 2, "huit": 1}
_JOURS = re.compile(r"[ \u00a0]+jours\b", re.I)
_DEUX_POINTS = re.compile(r"[ \u00a0]+points?[ \u00a0]*(?:\(|«|``|:|\))", re.I)
_NUM_BEFORE = re.compile(r"(\d|[^\W\d_]+)[ \u00a0\u202f-]+$")
_JOINER = re.compile(r"(?:[ \u00a0]+|-|[ \u00a0-]et[ \u00a0-])")
_NUMBER_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingt|trente|quarante|cinquante|soixante|cent|mille|\d+)[ \u00a0]+$", re.I)
_TOKEN = re.compile(r"[^\W\d_]+")
_BOTH = re.compile(r"(?<![^\W\d_])(?:les|des|leurs|ses|nos|vos|mes|tes|ces|tous)[ \u00a0]+$", re.I)
_NEUF_NUM = re.compile(
    r"[ \u00a0-]+(?!(?:a|ont|est|sont|et|ou|de|du|des|qui|que|en|au|à|était|étaient)\b)[^\W\d_]")


def _special(cur: int, v: int) -> int | None:
    if v == 20 and cur % 100 == 4:
        return cur - 4 + 80
    if 10 <= v <= 19 and cur % 100 in (60, 80):
        return cur + v
    return None


#: Roman numbers as words (regnal numbers: "Nicholas II")
_ROMAN_TOKENS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
                           "xviii", "xix", "xx", "ier"}) | frozenset(  # "la Ve République", "le XXe siècle"
    r + "e" for r in ("ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
                      "xvii", "xviii", "xix", "xx", "xxi"))


class FrenchRules(LangRules):
    """French (CLDR fr: decimal comma, narrow no-break space grouping)."""

    code = "fr"
    #: "deux fois", "une fois": a number of times (weak, stands for "twice", "once")
    times_after = (r"[ \u00a0]+fois(?![^\W\d_])(?![ \u00a0]+(?:que|qu['’]|[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us"
                   r"|ues|it|ite|its|ites)(?![^\W\d_])))")  # not "une fois évaluée", "une fois que": once (when)
    idioms = (
        'septième ciel',
        'merci mille fois',
        'mille mercis',
        'mille fois (?:merci|pardon|oui|non|raison)',
        'en deux temps,? trois mouvements',
        '(?:mett[a-zéèê]*|mis|mise|mises) en quatre',
        'midi à quatorze heures',
        '(?:les|des) quatre cents coups',
        'tirée?s? à quatre épingles',
        'couper les cheveux en quatre',
        'trente-six (?:chandelles|du mois|façons|fois)',
        'un de ces quatre',
        'entre quatre yeux',
        'haute?s? comme trois pommes',
        '(?:à|aux) quatre pattes',
        "d['’]une pierre deux coups",
        'ni une ni deux',
        'jamais deux sans trois',
        'à deux pas',
        'sixième sens',
        'les cent pas',
        '(?:en|de) mille morceaux',
        'à (?:cent|mille) lieues',
        '(?:les )?bottes de sept lieues',
        'le donne en mille',
        'deux poids,? deux mesures',
        'au quart de tour',
        'sur son trente[- ]et[- ]un',
        '(?:un|une) ou deux',
        'à la une',
        '(?:de|au) premier abord',
        'en premier lieu',
        'en second lieu',
    )
    digit_suffix = r"(?P<ord>ᵉʳ|ᵉ|ʳᵉ|ème|eme|e|er|re|ère|nde?|d)(?![^\W\d_])"
    percent_after = r"[ \u00a0\u202f]?(?:%|pour[ \u00a0-]cent(?![^\W\d_])|p\.[ \u00a0]?100)"
    decade_before = r"\bann[ée]es[ \u00a0]+$"
    #: "les années quatre-vingt", "années soixante-dix"
    decade_words = (r"(?<![^\W\d_])ann[ée]es[ \u00a0]+(?P<w>quatre-vingt-dix|quatre-vingts?|soixante-dix|soixante|"
                    r"cinquante|quarante|trente|vingt)(?![^\W\d_-])")
    decade_hint = ("nnées", "nnees", "NNÉES")
    decade_tens = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
                   "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90}
    period_after = (r"(?:[ \u00a0]*(?:h|heures?))?[ \u00a0]+(?P<p>du matin|du soir|de l['’]après-midi|de la nuit)"
                    r"(?![^\W\d_])")
    period_shift = {"du matin": "am", "du soir": "pm", "de l'après-midi": "pm", "de l’après-midi": "pm",
                    "de la nuit": "night"}
    clock_before = r"(?<![^\W\d_])(?:à|dès|vers|jusqu['’]à|avant|après)[ \u00a0]+"
    decades_after = r"[ \u00a0]+décennies?(?![^\W\d_])"
    #: "ont doublé", "a triplé", "décuplé"
    multiplicative_words = (r"(?<![^\W\d_])(?P<w>(?:re)?doubl(?:é|ée|és|ées|er|e|ent|ait|aient|era|eront|ant|ement)"
                            r"|tripl(?:é|ée|és|ées|er|ent|ait|aient|era|eront|ant)"
                            r"|quadrupl(?:é|ée|és|ées|er|ent|ait|aient|era|eront|ant)"
                            r"|décupl(?:é|ée|és|ées|er|ent|ait|aient|era|eront|ant))(?![^\W\d_])")
    multiplicative_stems = {"doubl": 2, "redoubl": 2, "tripl": 3, "quadrupl": 4, "décupl": 10}
    multiplicative_hint = ("doubl", "tripl", "quadrupl", "décupl", "Doubl", "Tripl")

    #: "un tiers", "deux tiers", "le quart des", "trois quarts", "un cinquième des"; "la moitié", "demi" (weak)
    fraction_words = (
        r"(?<![^\W\d_])(?:(?:(?P<num>un|une|deux|trois|quatre|cinq|le|au|du|les)[ \u00a0]+)"
        r"(?:(?P<den>tiers|quarts?)(?![^\W\d_])"
        r"|(?P<den1>cinquièmes?|sixièmes?|huitièmes?|dixièmes?|centièmes?)(?=[ \u00a0]+(?:de|des|du|d['’])(?![^\W\d_]))"
        # "ont chuté d'un cinquième", "augmenté d'un dixième": a change by a fraction
        r"|(?:(?<=d'un )|(?<=d’un ))(?P<den1b>cinquième|sixième|huitième|dixième|centième)(?![^\W\d_]))"
        r"|(?<!\bet )(?<!\bet\u00a0)(?P<half>moitié|demie?)(?![^\W\d_])"
        # "une victime sur cinq", "un sur dix": a rate
        r"|(?P<numin>un|une|1)[ \u00a0]+(?:[^\W\d_]{3,}[ \u00a0]+)?sur[ \u00a0]+(?P<denin>\d{1,4}|deux|trois|quatre|cinq|six|"
        r"sept|huit|neuf|dix|vingt|cent|mille)(?![^\W\d_]|[.,]\d))")
    fraction_hint = (" sur ", "tiers", "quart", "cinquième", "sixième", "huitième", "dixième", "centième", "moitié", "demi",
                     "Moitié", "Demi", "TIERS", "QUART")
    fraction_numerators = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "le": 1, "au": 1,
                           "du": 1, "les": 1}
    fraction_denominators = {"tiers": 3, "quart": 4, "cinquième": 5, "sixième": 6, "huitième": 8,
                             "dixième": 10, "centième": 100}

    rate_words = _RATE_WORDS

    def fraction_value(self, match: re.Match[str]) -> tuple[Decimal, bool] | None:
        if match.group("den1b"):
            return Decimal(1) / Decimal(self.fraction_denominators[match.group("den1b").lower()]), False
        den1 = match.group("den1")
        if den1:
            num = match.group("num").lower()
            if num in ("le", "au", "du", "les"):
                return None  # "le cinquième des candidats": the fifth (a rank)
            stem = den1.lower().rstrip("s")
            return Decimal(self.fraction_numerators[num]) / Decimal(self.fraction_denominators[stem]), False
        return super().fraction_value(match)

    #: "deux heures et demie", "un an et demi"
    half_after = r"(?:[ \u00a0]+(?P<noun>[^\W\d_]+))?[ \u00a0]+et[ \u00a0]+demie?(?![^\W\d_])"
    year_before = r"\ben[ \u00a0]+l['’]an[ \u00a0]+$"
    #: every match of century_re holds one of these
    century_hint = ("siècle", "siecle")
    century_re = (r"(?<![\w])(?P<r>[IVXL]{1,6})(?:e|ᵉ|ème|er|ᵉʳ)[ \u00a0]+si[èe]cles?(?![^\W\d_])"
                  r"|(?<![\w])(?P<n>\d{1,2})(?:e|ᵉ|ème|er)[ \u00a0]+si[èe]cles?(?![^\W\d_])")
    century_after = r"[ \u00a0]+si[èe]cles?(?![^\W\d_])"
    million_after = (r"[ \u00a0\u202f](?:(?P<m_1000000>millions?|(?-i:M)(?:\b|€))"
                     r"|(?P<m_1000000000>milliards?|Md(?:s|\b))|(?P<m_1000>mille\b))")
    range_word_pairs = (
        (r"\bdu[ \u00a0]+", r"[ \u00a0]+au[ \u00a0]+"),
        (r"\b(?:de|d['’])[ \u00a0]*", r"[ \u00a0]+(?:à|a)[ \u00a0]+"),
        (r"\bentre[ \u00a0]+(?:le[ \u00a0]+)?", r"[ \u00a0]+et[ \u00a0]+(?:le[ \u00a0]+)?"),
        (r"\bdans[ \u00a0]+la[ \u00a0]+nuit[ \u00a0]+du[ \u00a0]+", r"[ \u00a0]+au[ \u00a0]+"),
    )
    day_month_gap = r"[ \u00a0]+"
    time_patterns = (
        r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])[ \u00a0\u202f]?h(?:[ \u00a0\u202f]?(?P<mi>[0-5]\d))?(?![^\W\d_])",
    )
    month_year_gap = r"\.?[ \u00a0]+"
    triggers = (r"(?<![^\W\d_])(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
                r"quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|"
                r"octante|nonante|cent|mil|premi|second|janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|"
                r"sept|oct|nov|d[ée]c|si[èe]cle)|\b[IVXL]{1,6}(?:e|ᵉ|er)\b")

    def __init__(self, locale: str = "fr") -> None:
        super().__init__(locale)
        forms = dict(babel_month_forms("fr"))
        forms.update({"fevrier": 2, "aout": 8, "decembre": 12})
        # an abbreviation counts only with its dot: "sept districts" is seven
        wide = {n.lower() for n in get_month_names("wide", "format", "fr").values()}
        forms = {k: v for k, v in forms.items() if k in wide or k.endswith(".")
                 or k in ("fevrier", "aout", "decembre")}
        self.months = MonthMatcher(forms, weak_alone=("mars", "mai"), abbr_needs_digit=True)
        self.month_set = frozenset(k.rstrip(".") for k in forms)
        self.word_set = frozenset(WORDS) | self.month_set | {"siècle", "siècles", "siecle", "demi", "demie", "moitié", "tiers", "quart", "quarts"}
        self.word_set |= _ROMAN_TOKENS
        self.word_set |= {"midi", "minuit"}  # "midi et demi": a clock time (see clock.py)
        self.strong_set = self.word_set - {"un", "une", "zéro", "mars", "mai"} - _IMPLIED

    def _lookup(self, w: str, m: re.Match[str]) -> Tok | None:
        tok = WORDS.get(w)
        if tok is None:
            return None
        if w in ("premier", "première") and _MONTH_AFTER.match(m.string, m.end()):
            return Tok(1, ADD, ordinal=True)  # "le premier mars": the day of a date
        if w in ("premier", "premiers", "première", "premières") and _NUMBER_WORD_BEFORE.search(
                m.string, max(0, m.start() - 16), m.start()):
            return None  # "les dix premiers": the first ten (compound ordinals say "unième")
        if w in _IMPLIED:
            return tok
        if w == "sept" and m.string[m.end():m.end() + 1] == "." \
                and re.search(r"\d(?:er)?[ \u00a0]+$", m.string[max(0, m.start() - 6):m.start()]):
            return None  # "le 7 sept.": the month
        if w == "deux" and _DEUX_POINTS.match(m.string, m.end()):
            return Tok(2, ADD, weak=True)  # "deux points" (:) the colon
        hy = _HYPHEN_WORD.match(m.string, m.end())
        if hy is not None and hy.group(1).lower() not in WORDS and hy.group(1).lower() != "et":
            # "deux-points" (colon), "mille-pattes": a compound noun, not a figure
            return Tok(tok.value, tok.kind, ordinal=tok.ordinal, weak=True)
        prev = _NUM_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) \
            if w in ("millions", "milliards") else None
        if w in ("millions", "milliards") and (
                prev is None or not (prev.group(1).isdigit() or prev.group(1).lower() in WORDS)):
            return Tok(tok.value, tok.kind, weak=True)  # "des millions d'utilisateurs"
        if w in ("cent", "cents") and re.search(r"pour[ \u00a0-]$", m.string[max(0, m.start() - 5):m.start()]):
            return None
        if w in ("un", "une"):
            nxt = m.string[m.end():m.end() + 12].lower()
            if re.match(r"[ \u00a0](?:millions?|milliards?)\b", nxt):
                return Tok(1)
        if w == "deux" and (_BOTH.search(m.string, max(0, m.start() - 12), m.start())
                            or _ENTRE_DEUX.search(m.string, max(0, m.start() - 8), m.start())
                            or (_EN_DEUX.search(m.string, max(0, m.start() - 8), m.start())
                                and not _NOUN_AFTER.match(m.string, m.end()))):
            return Tok(2, weak=True)  # "leurs deux parents" = both parents
        if w in ("neuf", "neufs") and not _NEUF_NUM.match(m.string, m.end()):
            return Tok(9, weak=True)  # "tout neuf" = brand new
        if w == "mil" and not re.search(r"[ \u00a0-]$", m.string[max(0, m.start() - 1):m.start()]):
            return None
        return tok

    def clock_times(self, text: str) -> list[Atom]:
        return clock.french(text) + clock.noon_and_midnight(text, "fr")

    def words(self, text: str) -> list[Atom]:
        toks = set(self.low_tokens(text))
        out: list[Atom] = []
        if not toks.isdisjoint(WORDS):
            out = scan_number_words(text, self._lookup, _JOINER, special=_special,
                                    token_re=_TOKEN, connectors=_CONNECTORS, vocabulary=_VOCABULARY)
            # "quinze jours" = two weeks, "huit jours" = a week: both readings, weak
            for a in list(out):
                wk = _WEEK_IDIOM.get(text[a.start:a.end].lower())
                if wk is not None and _JOURS.match(text, a.end):
                    a.weak = True
                    out.append(Atom(a.start, a.end, value=Decimal(wk), word=True, weak=True))
        if not toks.isdisjoint(self.month_set):
            out.extend(self.months.find(text))
        return out
