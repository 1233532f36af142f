"""Russian figures: 1 275,5; 366-й; 1990-х; XX век; двадцатью тремя; 26 февраля.

Number-word case forms come from pymorphy3 lexemes of the lemmas (built once,
lazily); pymorphy3 analysis is used only to resolve the homograph
"семью" (7 instr. / 'family' acc.).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from . import clock
from .core import ADD, MULT, Atom, LangRules
from .words import MonthMatcher, Tok, babel_month_forms, scan_number_words

_CARD = {
    "ноль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    "восьмеро": 8, "девятеро": 9, "десятеро": 10,
}
_MULT = {"тысяча": 1000, "миллион": 10**6, "миллиард": 10**9}
_ORD = {
    "первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "пятый": 5, "шестой": 6,
    "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11,
    "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15,
    "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18, "девятнадцатый": 19,
    "двадцатый": 20, "тридцатый": 30, "сороковой": 40, "пятидесятый": 50,
    "шестидесятый": 60, "семидесятый": 70, "восьмидесятый": 80, "девяностый": 90,
    "сотый": 100, "двухсотый": 200, "трёхсотый": 300, "четырёхсотый": 400,
    "пятисотый": 500, "шестисотый": 600, "семисотый": 700, "восьмисотый": 800,
    "девятисотый": 900, "тысячный": 1000, "двухтысячный": 2000, "миллионный": 10**6,
}
_HALF = {"полтора": Decimal("1.5"), "полторы": Decimal("1.5"), "полутора": Decimal("1.5"),
         "полтораста": Decimal(150), "полутораста": Decimal(150)}
_MONTHS_ADJ = ["январский", "февральский", "мартовский", "апрельский", "майский", "июньский",
               "июльский", "августовский", "сентябрьский", "октябрьский", "ноябрьский",
               "декабрьский"]
_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
               "сентябрь", "октябрь", "ноябрь", "декабрь"]
_STRONG_BARE_MULT = {"тысяча", "тысячу", "миллион", "миллиард", "дюжина", "дюжину", "дюжиной", "дюжине"}


@lru_cache(maxsize=1)
def _morph():  # type: ignore[no-untyped-def]
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


def _lexeme(lemma: str) -> set[str]:
    forms = {lemma}
    key = lemma.replace("ё", "е")
    for p in _morph().parse(lemma):
        if p.normal_form.replace("ё", "е") != key or "Abbr" in p.tag:
            continue
        if p.tag.POS in ("NUMR", "ADJF", "NOUN"):
            forms.update(x.word for x in p.lexeme if "Supr" not in x.tag)
    return forms | {f.replace("ё", "е") for f in forms}


@lru_cache(maxsize=1)
def number_forms() -> dict[str, Tok]:
    """Every case/gender form of Russian number words -> token."""
    out: dict[str, Tok] = {}
    for lemma, v in _CARD.items():
        for f in _lexeme(lemma):
            kind = ADD
            out.setdefault(f, Tok(v, kind, weak=v <= 1))
    for lemma, v in _MULT.items():
        for f in _lexeme(lemma):
            out.setdefault(f, Tok(v, MULT))
    for lemma, v in _ORD.items():
        kind = MULT if v >= 1000 else ADD
        for f in _lexeme(lemma):
            out.setdefault(f, Tok(v, kind, ordinal=True, weak=v == 1))
    for f, v in _HALF.items():
        out[f] = Tok(int(v), ADD, exact=v)
    # homographs that are not numbers in ordinary prose
    for f in ("стать",):
        out.pop(f, None)
    return out


@lru_cache(maxsize=1)
def month_forms() -> dict[str, int]:
    """Russian month names in every case (CLDR plus pymorphy3 lexemes)."""
    forms = {k.replace("ё", "е"): v for k, v in babel_month_forms("ru").items()}
    for i, lemma in enumerate(_MONTHS_NOM, 1):
        for f in _lexeme(lemma):
            forms.setdefault(f, i)
    for i, lemma in enumerate(_MONTHS_ADJ, 1):
        for f in _lexeme(lemma):
            forms.setdefault(f, i)
    for ab, i in (("янв", 1), ("фев", 2), ("февр", 2), ("мар", 3), ("апр", 4), ("авг", 8),
                  ("сен", 9), ("сент", 9), ("окт", 10), ("ноя", 11), ("нояб", 11), ("дек", 12)):
        forms.setdefault(ab + ".", i)
    return forms


_CYR_TOKEN = re.compile(r"[а-яёА-ЯЁ]+")
_JOINER = re.compile(r"[ \u00a0]+")
_NEXT_WORD = re.compile(r"[ \u00a0]+([а-яёА-ЯЁ]+)")


class RussianRules(LangRules):
    """Russian (CLDR ru: decimal comma, no-break space grouping)."""

    code = "ru"
    multiplier_sums = True
    idioms = (
        'на седьмом небе',
        'семь пятниц',
        'в двух шагах',
        'дважды два',
        'в три погибели',
        'тридевять земель',
        'сто лет не видел[а-яё]*',
        'семь раз отмерь',
        'в два сч[её]та',
        'с пятого на десятое',
        'двух зайцев',
        'тысячу раз (?:спасибо|прав[а-яё]*)',
        '(?:спасибо|благодарю) тысячу раз',
        'шестое чувство',
        'на все сто',
        'два сапога пара',
        'пятое колесо',
        'у семи нянек',
        'в одном глазу',
        'третий лишний',
        '(?:один|одна|одно)-два',
        'с первого взгляда',
        'в первую очередь',
        'из вторых рук',
        'во-первых',
        'во-вторых',
    )
    digit_suffix = (r"[-‑](?P<s>й|го|ого|я|ая|е|ое|ей|ому|му|ом|м|ой|ю|ую|ые|ых|ым|ыми|х|ти|ми"
                    r"|и|ью|а|у)(?![а-яё])")
    #: "20 процентов", "20 проц.", "20-процентный рост"
    percent_after = (r"(?:[ \u00a0\u202f]?(?:%|процент(?:а|ов|ы|ам|ами|ах|е|у|ом)?(?![а-яё])"
                     r"|проц\.)|[-‑]процентн[а-яё]*)")
    year_after = r"[ \u00a0]*(?:год(?:а|у|ом|ы|ов|ам|ах)?(?![а-яё])|гг?\.)"
    decade_after = r"(?!)"
    century_re = (r"(?<![\w])(?P<r>[IVXL]{1,6})[ \u00a0]+(?:век(?:а|е|у|ом|ов|ах|ами|ам)?(?![а-яё])|вв?\.)")
    century_after = r"[ \u00a0]+(?:век(?:а|е|у|ом|ов|ах|ами|ам)?(?![а-яё])|вв?\.)"
    million_after = (r"[ \u00a0](?:(?P<m_1000000>млн\.?|миллион(?:а|ов|ам|ами|ах|е|у|ом)?(?![а-яё]))"
                     r"|(?P<m_1000000000>млрд\.?|миллиард(?:а|ов|ам|ами|ах|е|у|ом)?(?![а-яё]))"
                     r"|(?P<m_1000>тыс\.?(?![а-яё])|тысяч(?:а|и|у|ей|ам|ами|ах)?(?![а-яё])))")
    range_word_pairs = (
        (r"(?<![а-яё])(?:с|со)[ \u00a0]+", r"[ \u00a0]+(?:по|до|на)[ \u00a0]+"),
        (r"(?<![а-яё])от[ \u00a0]+", r"[ \u00a0]+до[ \u00a0]+"),
        (r"(?<![а-яё])между[ \u00a0]+", r"[ \u00a0]+и[ \u00a0]+"),
    )
    day_month_gap = r"[ \u00a0]+"
    month_year_gap = r"\.?[ \u00a0]+"
    triggers = (r"(?<![а-яё])(?:од[ниу]|дюжин|полноч|полуноч|дв[аеуо]|тр[иеёо]|четыр|четв|пят|шест|сем|вос|девя|десят|сорок|"
                r"ст[оа](?![а-яё])|сот|двухсот|тыс|милл|полт|полут|полов|об[аеo]|обо|обе|удво|удваив|утро|утраив|учетв|вдвое|втрое|вчетв|впятер|вдесят|двукр|тр[её]хкр|пятикр|десятикр|полч|полг|полд|полв|полс|полм|перв|втор|нол|нул|январ|феврал|март|"
                r"апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|янв\.|февр?\.|"
                r"авг\.|сент?\.|окт\.|нояб?\.|дек\.)|\b[IVX]{1,5}\b")

    def __init__(self, locale: str = "ru") -> None:
        super().__init__(locale)
        self.months = MonthMatcher(month_forms())

    def suffix_flags(self, atom: Atom, m: re.Match[str]) -> None:
        s = m.group("s")
        v = atom.value
        is_dec_num = v is not None and v % 10 == 0 and len(atom.plain) in (2, 4)
        if s in ("х", "е", "ые", "ых", "ым", "ыми") and is_dec_num and (
                len(atom.plain) == 2 or v >= 1000):
            atom.decade = True
        elif s in ("й", "го", "ого", "я", "ая", "е", "ое", "ей", "ому", "му", "ом", "м", "ой",
                   "ю", "ую", "ые", "ых", "ым", "ыми"):
            atom.ordinal = True

    #: "восьмидесятые годы", "в девяностых"
    decade_words = (r"(?<![а-яё])(?P<w>двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|"
                    r"девяност)(?:ые|ых|ым|ыми)(?![а-яё])(?:[ \u00a0]+год(?:ы|ов|ах|ам|ами)(?![а-яё]))?")
    decade_hint = ("десят", "дцат", "ороков", "евяност", "ДЕСЯТ", "ДЦАТ", "ОРОКОВ", "ЕВЯНОСТ")
    decade_tens = {"двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60,
                   "семидесят": 70, "восьмидесят": 80, "девяност": 90}
    #: "два с половиной часа", "два часа с половиной"
    half_after = r"(?:[ \u00a0]+(?P<noun>[а-яё]+))?[ \u00a0]+с[ \u00a0]+половиной(?![а-яё])"

    period_after = r"[ \u00a0]+(?:час(?:а|ов|ам|у|ом)?[ \u00a0]+)?(?P<p>утра|дня|вечера|ночи)(?![а-яё])"
    period_shift = {"утра": "am", "дня": "pm", "вечера": "pm", "ночи": "night"}
    clock_before = r"(?<![а-яё])(?:в|к|до|после|около)[ \u00a0]+"
    decades_after = r"[ \u00a0]+десятилети(?:е|я|й|ю|ем|ям|ями|ях)(?![а-яё])"
    #: "удвоились", "утроил", "вдвое", "втрое", "трёхкратный"
    multiplicative_words = (r"(?<![а-яё])(?P<w>удво[а-яё]*|удваива[а-яё]*|утроил[а-яё]*|утроен[а-яё]*|утроит[а-яё]*"
                            r"|утраива[а-яё]*|учетвер[а-яё]*|вдвое|втрое|вчетверо|впятеро|вдесятеро|двукратн[а-яё]*"
                            r"|тр[её]хкратн[а-яё]*|четыр[её]хкратн[а-яё]*|пятикратн[а-яё]*|десятикратн[а-яё]*)(?![а-яё])")
    multiplicative_stems = {"удво": 2, "удваива": 2, "утро": 3, "утраива": 3, "учетвер": 4, "вдвое": 2, "втрое": 3,
                            "вчетверо": 4, "впятеро": 5, "вдесятеро": 10, "двукратн": 2, "трехкратн": 3,
                            "трёхкратн": 3, "четырехкратн": 4, "четырёхкратн": 4, "пятикратн": 5,
                            "десятикратн": 10}
    multiplicative_hint = ("удво", "удваива", "утроил", "утроен", "утроит", "утраива", "учетвер", "вдвое", "втрое",
                           "вчетверо", "впятеро", "вдесятеро", "кратн", "Удво", "Утро", "Вдвое", "Втрое")

    #: "треть", "две трети", "четверть", "три четверти"; "половина", "полчаса" (weak)
    fraction_words = (
        r"(?<![а-яё])(?:(?:(?P<num>одна|одну|одной|две|двух|двум|двумя|три|трех|трём|трёх|трем|тремя)[ \u00a0]+)?"
        r"(?P<den>трет(?:ь|и|ью|ей|ям|ями|ях)|четверт(?:ь|и|ью|ей|ям|ями|ях))(?![а-яё])"
        # "десятая часть", "пятую часть": an ordinal with "часть" is a fraction
        r"|(?P<nth>трет|четверт|пят|шест|седьм|восьм|девят|десят|сот)(?:ья|ая|ую|ьей|ой|ою|ью)[ \u00a0]+част(?:ь|и|ью)(?![а-яё])"
        r"|(?<!\bс )(?P<half>половин(?:а|ы|у|ой|е|ою)(?![а-яё])|пол(?=час|года|дня|века|суток|минут)))")
    fraction_hint = ("част", "трет", "четверт", "олов", "полч", "полг", "полд", "полв", "полс", "полм",
                     "Трет", "Четверт", "Пол")
    def fraction_value(self, match: re.Match[str]) -> tuple[Decimal, bool] | None:
        if match.group("nth"):
            denominator = {"трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
                           "десят": 10, "сот": 100}[match.group("nth").lower()]
            return Decimal(1) / denominator, False
        return super().fraction_value(match)

    fraction_numerators = {"одна": 1, "одну": 1, "одной": 1, "две": 2, "двух": 2, "двум": 2, "двумя": 2,
                           "три": 3, "трех": 3, "трёх": 3, "трем": 3, "трём": 3, "тремя": 3}
    fraction_denominators = {"трет": 3, "четверт": 4}

    def _lookup(self, w: str, m: re.Match[str]) -> Tok | None:
        w = w.replace("ё", "е")
        tok = number_forms().get(w)
        if tok is None:
            return _OTHER_WORDS.get(w)
        if w == "семью":
            nxt = _NEXT_WORD.match(m.string, m.end())
            if not nxt or not _instrumental_plural(nxt.group(1).lower()):
                return Tok(7, ADD, weak=True)
        if tok.kind == MULT and w not in _STRONG_BARE_MULT and not tok.ordinal:
            return Tok(tok.value, MULT, weak=True)
        return tok

    def clock_times(self, text: str) -> list[Atom]:
        return clock.russian(text) + clock.noon_and_midnight(text, "ru")

    def words(self, text: str) -> list[Atom]:
        out = scan_number_words(text, self._lookup, _JOINER, token_re=_CYR_TOKEN)
        out.extend(_compounds(text, out))
        # a bare plural multiplier alone ("тысячи людей") is vague: keep weak
        out.extend(self.months.find(text))
        return out


#: multiplicative adverbs ("дважды" = twice) and "десяток" (about ten: weak)
_OTHER_WORDS = {
    "однажды": Tok(1, ADD, weak=True), "дважды": Tok(2), "трижды": Tok(3), "четырежды": Tok(4),
    # "десяток" (about ten) alone is weak; "два десятка" = 20
    "десяток": Tok(10, MULT, weak=True), "десятка": Tok(10, MULT, weak=True),
    "десятков": Tok(10, MULT, weak=True), "десятком": Tok(10, MULT, weak=True), "десятке": Tok(10, MULT, weak=True),
    # "дюжина" (a dozen) states twelve; "две дюжины" = 24; "дюжины"/"дюжин" alone: dozens
    **{w: Tok(12, MULT) for w in ("дюжина", "дюжину", "дюжиной", "дюжине")},
    **{w: Tok(12, MULT, weak=True) for w in ("дюжины", "дюжин", "дюжинами", "дюжинам", "дюжинах")},
    # "both" (the number stated without stating it) and "a decade"
    **{w: Tok(2, ADD, weak=True) for w in ("оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими", "обеими")},
    **{w: Tok(10, ADD, weak=True) for w in ("десятилетие", "десятилетия", "десятилетию", "десятилетием",
                                            "десятилетии")},
}

#: the second part of a compound with a numeral: "пятидневный", "тридцатилетие", "пятиэтажный"
_COMPOUND_TAILS = ("дневн", "часов", "недельн", "минутн", "суточн", "летн", "лети", "месячн", "километров", "этажн",
                   "процентн")
_COMPOUND = re.compile(r"(?<![а-яё])([а-яё]+?)(" + "|".join(_COMPOUND_TAILS) + r")[а-яё]*", re.I)


def _compounds(text: str, taken: list[Atom]) -> list[Atom]:
    """"пятидневное" (5-day), "двадцатилетний" (20-year): a numeral in a compound."""
    out: list[Atom] = []
    if not any(tail in text for tail in _COMPOUND_TAILS):
        return out
    for m in _COMPOUND.finditer(text):
        value = _compound_value(m.group(1).lower().replace("ё", "е"))
        if value is None or any(a.start < m.end() and m.start() < a.end for a in taken):
            continue
        decade = m.group(0).lower().startswith("десятилети")  # "трёх десятилетий": decades, a unit
        out.append(Atom(m.start(), m.end(), value=Decimal(value), word=True,
                        weak=value <= 1 or decade, percent=m.group(2).lower() == "процентн"))
    return out


def _compound_value(stem: str) -> int | None:
    """"пяти" = 5, "сорокачетырех" = 40 + 4, "двадцатипяти" = 25: number forms run together,
    each smaller than the one before."""
    forms = number_forms()
    tok = forms.get(stem)
    if tok is not None:
        return None if tok.ordinal else tok.value
    for cut in range(len(stem) - 2, 2, -1):
        head = forms.get(stem[:cut])
        if head is None or head.ordinal or head.value < 20:
            continue
        rest = _compound_value(stem[cut:])
        if rest is not None and rest < head.value and (head.value >= 100 or rest < 10):
            return head.value + rest
    return None


@lru_cache(maxsize=4096)
def _instrumental_plural(word: str) -> bool:
    for p in _morph().parse(word):
        tag = p.tag
        if "ablt" in tag and ("plur" in tag or "NUMR" in tag):
            return True
    return False
