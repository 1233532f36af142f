"""Extraction tables: text -> expected figure values, per language and category."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from khojaly_i18n.figures import DateValue, TimeValue, extract_figures

DV = DateValue
TV = TimeValue


def values(text: str, lang: str) -> list[object]:
    return [f.value for f in extract_figures(text, lang)]


def kinds(text: str, lang: str) -> list[str]:
    return [f.kind for f in extract_figures(text, lang)]


CASES = [
    # --- en
    ("en", "cardinal", "613 people were killed", [D(613)]),
    ("en", "cardinal", "A total of 1,275 civilians", [D(1275)]),
    ("en", "cardinal", "some 1275 civilians", [D(1275)]),
    ("en", "decimal", "12.5 km", [D("12.5")]),
    ("en", "decimal", "1.5 million dollars", [D(1500000)]),
    ("en", "percent", "20 percent", [D(20)]),
    ("en", "percent", "20 per cent", [D(20)]),
    ("en", "percent", "20%", [D(20)]),
    ("en", "percent", "twenty percent", [D(20)]),
    ("en", "ordinal", "the 366th regiment", [D(366)]),
    ("en", "ordinal", "1st, 2nd, 23rd", [D(1), D(2), D(23)]),
    ("en", "ordinal", "the third attack", [D(3)]),
    ("en", "ordinal", "the twenty-fifth day", [D(25)]),
    ("en", "date", "February 26, 1992", [DV(26, 2, 1992)]),
    ("en", "date", "26 February 1992", [DV(26, 2, 1992)]),
    ("en", "date", "the 26th of February", [DV(26, 2, None)]),
    ("en", "date", "on 02/26/1992", [DV(26, 2, 1992)]),
    ("en", "date", "on 1992-02-26", [DV(26, 2, 1992)]),
    ("en", "date", "in February 1992", [DV(None, 2, 1992)]),
    ("en", "date", "Feb. 26, 1992", [DV(26, 2, 1992)]),
    ("en", "range", "February 25–26, 1992", [(DV(25, 2, 1992), DV(26, 2, 1992))]),
    ("en", "range", "25–26 February 1992", [(DV(25, 2, 1992), DV(26, 2, 1992))]),
    ("en", "range", "1992–1994", [(D(1992), D(1994))]),
    ("en", "range", "1992-94", [(D(1992), D(1994))]),
    ("en", "range", "between 1992 and 1994", [(D(1992), D(1994))]),
    ("en", "range", "from 1992 to 1994", [(D(1992), D(1994))]),
    ("en", "decade", "the early 1990s", [D(1990)]),
    ("en", "decade", "the 1990's", [D(1990)]),
    ("en", "century", "the 20th century", [D(20)]),
    ("en", "century", "the twentieth century", [D(20)]),
    ("en", "words", "twenty-five children", [D(25)]),
    ("en", "words", "one hundred and six women", [D(106)]),
    ("en", "words", "a thousand people", [D(1000)]),
    ("en", "words", "two million", [D(2000000)]),
    ("en", "words", "Eight families", [D(8)]),
    ("en", "year", "in 1992", [D(1992)]),
    ("en", "vague", "hundreds of people, thousands fled, dozens of houses", []),
    ("en", "not-a-figure", "one of them", []),
    ("en", "not-a-figure", "Photo credit: 1905.az and caspiannews.com", []),
    ("en", "not-a-figure", "see :ref:`part-2` and ``x = 3`` and |year1992|", []),
    ("en", "not-a-figure", "%(count)d items, %s and {0} and {name}", []),
    ("en", "not-a-figure", "visit https://example.com/1992/02/26", []),
    ("en", "not-a-figure", "You may go.", []),
    # --- ru
    ("ru", "cardinal", "1 275 мирных жителей", [D(1275)]),
    ("ru", "cardinal", "1\u00a0275 мирных жителей", [D(1275)]),
    ("ru", "decimal", "12,5 км", [D("12.5")]),
    ("ru", "decimal", "1,5 млн долларов", [D(1500000)]),
    ("ru", "percent", "20 процентов", [D(20)]),
    ("ru", "percent", "21 процент", [D(21)]),
    ("ru", "percent", "22 процента", [D(22)]),
    ("ru", "percent", "20 %", [D(20)]),
    ("ru", "ordinal", "366-й полк", [D(366)]),
    ("ru", "ordinal", "366-го полка", [D(366)]),
    ("ru", "ordinal", "23-я дивизия", [D(23)]),
    ("ru", "ordinal", "23-ей дивизии", [D(23)]),
    ("ru", "ordinal", "третьего батальона", [D(3)]),
    ("ru", "date", "26 февраля 1992 года", [DV(26, 2, 1992)]),
    ("ru", "date", "26-го февраля", [DV(26, 2, None)]),
    ("ru", "date", "в феврале 1992 года", [DV(None, 2, 1992)]),
    ("ru", "date", "февралём", [DV(None, 2, None)]),
    ("ru", "range", "в ночь с 25 на 26 февраля 1992 года", [(DV(25, 2, 1992), DV(26, 2, 1992))]),
    ("ru", "range", "с 1992 по 1994 год", [(D(1992), D(1994))]),
    ("ru", "range", "от 25 до 26", [(D(25), D(26))]),
    ("ru", "decade", "в начале 1990-х", [D(1990)]),
    ("ru", "decade", "1990-е годы", [D(1990)]),
    ("ru", "century", "XX век", [D(20)]),
    ("ru", "century", "в XX веке", [D(20)]),
    ("ru", "words", "восемь семей", [D(8)]),
    ("ru", "words", "восьми семей", [D(8)]),
    ("ru", "words", "восемью семьями", [D(8)]),
    ("ru", "words", "с семью детьми", [D(7)]),
    ("ru", "words", "двадцать пять детей", [D(25)]),
    ("ru", "words", "двадцатью тремя офицерами", [D(23)]),
    ("ru", "words", "ста шести женщин", [D(106)]),
    ("ru", "words", "полторы тысячи", [D(1500)]),
    ("ru", "words", "тысяча двести семьдесят пять", [D(1275)]),
    ("ru", "words", "два миллиона", [D(2000000)]),
    ("ru", "suffixes", "в 1990-х годах, 25-го числа", [D(1990), D(25)]),
    ("ru", "vague", "сотни людей, тысячи беженцев, десятки домов", []),
    ("ru", "not-a-figure", "всю семью", []),
    ("ru", "not-a-figure", "один из выживших", []),
    # --- az
    ("az", "cardinal", "1.275 dinc sakin", [D(1275)]),
    ("az", "decimal", "12,5 km", [D("12.5")]),
    ("az", "decimal", "1,5 milyon", [D(1500000)]),
    ("az", "percent", "20 faiz", [D(20)]),
    ("az", "percent", "20 faizi", [D(20)]),
    ("az", "percent", "20%", [D(20)]),
    ("az", "ordinal", "366-cı alay", [D(366)]),
    ("az", "ordinal", "23-cü diviziya", [D(23)]),
    ("az", "ordinal", "1-ci, 2-ci, 6-cı, 40-cı", [D(1), D(2), D(6), D(40)]),
    ("az", "ordinal", "366-ıncı alay", [D(366)]),
    ("az", "ordinal", "üçüncü hücum", [D(3)]),
    ("az", "ordinal", "dördüncü", [D(4)]),
    ("az", "date", "1992-ci il fevralın 26-da", [DV(26, 2, 1992)]),
    ("az", "date", "26 fevral 1992-ci il", [DV(26, 2, 1992)]),
    ("az", "date", "fevralda", [DV(None, 2, None)]),
    ("az", "date", "fevraldan", [DV(None, 2, None)]),
    ("az", "date", "fevrala", [DV(None, 2, None)]),
    ("az", "range", "fevralın 25-dən 26-na", [(DV(25, 2, None), DV(26, 2, None))]),
    ("az", "range", "25-dən 26-na", [(D(25), D(26))]),
    ("az", "decade", "1990-cı illərdə", [D(1990)]),
    ("az", "year", "1992-ci ildə", [D(1992)]),
    ("az", "century", "XX əsr", [D(20)]),
    ("az", "century", "20-ci əsrdə", [D(20)]),
    ("az", "words", "səkkiz ailə", [D(8)]),
    ("az", "words", "iyirmi beşi", [D(25)]),
    ("az", "words", "yüz altı", [D(106)]),
    ("az", "words", "min iki yüz yetmiş beş", [D(1275)]),
    ("az", "suffixes", "63-ü, 25-dən çox", [D(63), D(25)]),
    ("az", "vague", "yüzlərlə insan, minlərlə qaçqın, onlarla ev", []),
    ("az", "not-a-figure", "onun evi, onu, ona, ondan, altında", []),
    ("az", "not-a-figure", "hər iki valideyn", []),
    # --- tr
    ("tr", "cardinal", "1.275 sivil", [D(1275)]),
    ("tr", "decimal", "12,5 km", [D("12.5")]),
    ("tr", "decimal", "1,5 milyon", [D(1500000)]),
    ("tr", "percent", "%20", [D(20)]),
    ("tr", "percent", "% 20", [D(20)]),
    ("tr", "percent", "yüzde 20", [D(20)]),
    ("tr", "percent", "yüzde yirmi", [D(20)]),
    ("tr", "percent", "%20'si", [D(20)]),
    ("tr", "ordinal", "366. alay", [D(366)]),
    ("tr", "ordinal", "23'üncü tümen", [D(23)]),
    ("tr", "ordinal", "23üncü tümen", [D(23)]),
    ("tr", "ordinal", "üçüncü saldırı", [D(3)]),
    ("tr", "date", "26 Şubat 1992", [DV(26, 2, 1992)]),
    ("tr", "date", "26 Şubat 1992'de", [DV(26, 2, 1992)]),
    ("tr", "date", "Şubat'ta", [DV(None, 2, None)]),
    ("tr", "date", "Şubat ayında", [DV(None, 2, None)]),
    ("tr", "range", "25-26 Şubat", [(DV(25, 2, None), DV(26, 2, None))]),
    ("tr", "range", "1992-1994 yılları arasında", [(D(1992), D(1994))]),
    ("tr", "range", "25'ten 26'ya", [(D(25), D(26))]),
    ("tr", "decade", "1990'lar", [D(1990)]),
    ("tr", "decade", "1990'larda", [D(1990)]),
    ("tr", "year", "1992'de", [D(1992)]),
    ("tr", "year", "1992 yılında", [D(1992)]),
    ("tr", "century", "20. yüzyıl", [D(20)]),
    ("tr", "words", "yirmi beş", [D(25)]),
    ("tr", "words", "yüz altı", [D(106)]),
    ("tr", "words", "bin iki yüz yetmiş beş", [D(1275)]),
    ("tr", "words", "sekiz aile", [D(8)]),
    ("tr", "words", "yirmi beşi", [D(25)]),
    ("tr", "suffixes", "63'ü, 25'ten", [D(63), D(25)]),
    ("tr", "vague", "yüzlerce kişi, binlerce insan, onlarca ev", []),
    ("tr", "not-a-figure", "onun, altında, aralık vermek", []),
    # --- de
    ("de", "cardinal", "1.275 Zivilisten", [D(1275)]),
    ("de", "cardinal", "1,275 Zivilisten", [D("1.275")]),
    ("de_CH", "cardinal", "1'275 Zivilisten", [D(1275)]),
    ("de_CH", "cardinal", "1’275 Zivilisten", [D(1275)]),
    ("de", "decimal", "12,5 km", [D("12.5")]),
    ("de", "decimal", "1,5 Mio. Euro", [D(1500000)]),
    ("de", "percent", "20 Prozent", [D(20)]),
    ("de", "percent", "20 %", [D(20)]),
    ("de", "ordinal", "das 366. Regiment", [D(366)]),
    ("de", "ordinal", "der dritte Angriff", [D(3)]),
    ("de", "ordinal", "am zwanzigsten Tag", [D(20)]),
    ("de", "date", "am 26. Februar 1992", [DV(26, 2, 1992)]),
    ("de", "date", "am 26.02.1992", [DV(26, 2, 1992)]),
    ("de", "date", "am 26. Feb. 1992", [DV(26, 2, 1992)]),
    ("de_AT", "date", "am 26. Jänner 1992", [DV(26, 1, 1992)]),
    ("de", "range", "vom 25. auf den 26. Februar", [(DV(25, 2, None), DV(26, 2, None))]),
    ("de", "range", "zwischen 1992 und 1994", [(D(1992), D(1994))]),
    ("de", "range", "von 1992 bis 1994", [(D(1992), D(1994))]),
    ("de", "decade", "die 1990er", [D(1990)]),
    ("de", "decade", "die 1990er-Jahre", [D(1990)]),
    ("de", "decade", "in den 1990er Jahren", [D(1990)]),
    ("de", "century", "das 20. Jahrhundert", [D(20)]),
    ("de", "words", "fünfundzwanzig Kinder", [D(25)]),
    ("de", "words", "einhundertsechs Frauen", [D(106)]),
    ("de", "words", "zweitausend Menschen", [D(2000)]),
    ("de", "words", "mit zweien", [D(2)]),
    ("de", "words", "zwei Millionen", [D(2000000)]),
    ("de", "vague", "Hunderte Menschen, Tausende Flüchtlinge, Dutzende Häuser", []),
    ("de", "not-a-figure", "einer der Überlebenden, ein Haus", []),
    # --- fr
    ("fr", "cardinal", "1 275 civils", [D(1275)]),
    ("fr", "cardinal", "1\u202f275 civils", [D(1275)]),
    ("fr", "decimal", "12,5 km", [D("12.5")]),
    ("fr", "decimal", "1,5 million", [D(1500000)]),
    ("fr", "percent", "20 %", [D(20)]),
    ("fr", "percent", "20 pour cent", [D(20)]),
    ("fr", "ordinal", "le 366e régiment", [D(366)]),
    ("fr", "ordinal", "le 366ᵉ régiment", [D(366)]),
    ("fr", "ordinal", "la troisième attaque", [D(3)]),
    ("fr", "date", "le 26 février 1992", [DV(26, 2, 1992)]),
    ("fr", "date", "le 1er mars", [DV(1, 3, None)]),
    ("fr", "range", "du 25 au 26 février 1992", [(DV(25, 2, 1992), DV(26, 2, 1992))]),
    ("fr", "range", "de 1992 à 1994", [(D(1992), D(1994))]),
    ("fr", "decade", "les années 1990", [D(1990)]),
    ("fr", "century", "le XXe siècle", [D(20)]),
    ("fr", "century", "le IIe siècle", [D(2)]),
    ("fr", "words", "vingt-cinq enfants", [D(25)]),
    ("fr", "words", "vingt et un", [D(21)]),
    ("fr", "words", "soixante-dix", [D(70)]),
    ("fr", "words", "soixante et onze", [D(71)]),
    ("fr", "words", "quatre-vingts", [D(80)]),
    ("fr", "words", "quatre-vingt-dix-neuf", [D(99)]),
    ("fr", "words", "deux cent six", [D(206)]),
    ("fr", "words", "deux-cent-six", [D(206)]),
    ("fr", "words", "mille", [D(1000)]),
    ("fr", "words", "deux mille", [D(2000)]),
    ("fr", "vague", "des centaines de civils, des milliers de personnes, des dizaines", []),
    ("fr", "not-a-figure", "l'un des survivants, un homme", []),
    # --- other Babel locales: digits only
    ("pt_BR", "cardinal", "1.275 civis", [D(1275)]),
    ("pt_BR", "decimal", "12,5 km", [D("12.5")]),
    ("hi", "cardinal", "12,34,567", [D(1234567)]),
    ("es", "date", "26 de febrero de 1992", [D(26), DV(None, 2, None), D(1992)]),
]


@pytest.mark.parametrize("lang,category,text,expected", CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_extract_values(lang: str, category: str, text: str, expected: list[object]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "613", "cardinal"), ("en", "1992", "year"), ("en", "12.5", "decimal"),
    ("en", "20%", "percent"), ("en", "366th", "ordinal"), ("en", "1990s", "decade"),
    ("en", "20th century", "century"), ("en", "26 February", "date"),
    ("en", "1992–1994", "range"), ("ru", "366-й", "ordinal"), ("az", "1990-cı illər", "decade"),
    ("tr", "1990'lar", "decade"), ("de", "1990er", "decade"), ("fr", "XXe siècle", "century"),
])
def test_kinds(lang: str, text: str, kind: str) -> None:
    assert kinds(text, lang) == [kind]


def test_offsets_and_text() -> None:
    text = "On 26 February 1992, 613 people"
    figs = extract_figures(text, "en")
    for f in figs:
        assert text[f.start:f.end] == f.text
    assert [f.text for f in figs] == ["26 February 1992", "613"]


def test_empty_and_plain() -> None:
    assert extract_figures("", "en") == []
    assert extract_figures("No figures at all here.", "ru") == []


# --- round 2: formats and words found by the evaluation set and real catalogs
ROUND2 = [
    ("en", "11 p.m.", [TV(23, 0)]),
    ("en", "at 7:30 a.m.", [TV(7, 30)]),
    ("de", "um 23 Uhr", [TV(23, 0)]),
    ("de", "Dienstag, 10.30 Uhr", [TV(10, 30)]),
    ("fr", "à 14 h 05", [TV(14, 5)]),
    ("tr", "saat 10.30'da", [TV(10, 30)]),
    ("tr", "09.00-18.00 saatleri", [TV(9, 0), TV(18, 0)]),
    ("en", "Python 3.10", ["3.10"]),  # a version (compared as written), not a clock time
    ("de", "1991/92", [(D(1991), D(1992))]),
    ("tr", "beşer kişilik", [D(5)]),
    ("tr", "SIFIR hata", []),  # zero words are weak
    ("fr", "sept districts", [D(7)]),
    ("fr", "le 7 sept. 1992", [DV(7, 9, 1992)]),
    ("de", "Augenzeugenberichte", []),
    ("de", "Februarnacht", []),  # a month in a compound is weak: it matches a month, never raises one
    ("de", "die zwanziger Jahre", [D(1920)]),
    ("de", "die fünftägige Offensive", [D(5)]),
    ("ru", "пятидневное наступление", [D(5)]),
    ("en", "one and a half million", [D(1500000)]),
    ("en", "is .66 rather", [D("0.66")]),
    ("en", "range [0,4294967295]", [D(0), D(4294967295)]),
    ("fr", "32.000 fichiers", [D(32000)]),
    ("en", "€4.5M", [D(4500000)]),
    ("en", "20 m tall", [D(20)]),
    ("az", "uşaqlar üçün", []),
    ("tr", "1990'larda binlerce aile", [D(1990)]),
]


@pytest.mark.parametrize("lang,text,expected", ROUND2)
def test_round2_values(lang: str, text: str, expected: list[object]) -> None:
    assert values(text, lang) == expected


def test_turkish_capital_i_does_not_crash() -> None:
    # "SIFIR" lower-cases to "sifir" in Python; the Turkic rules use I -> ı
    from khojaly_i18n.figures import extract_figures_all
    assert [f.figure.value for f in extract_figures_all("SIFIR", "tr")] == [D(0)]
    assert [f.figure.value for f in extract_figures_all("SİFİR DIŞINDA", "tr")] == []
