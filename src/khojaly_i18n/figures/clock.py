"""Clock times said in words on a twelve-hour dial, in each language's own way.

"half past seven" is "halb acht" in German (half of the eighth hour), "в половине
восьмого" in Russian, "səkkizin yarısı" in Azerbaijani; "a quarter past nine" is
"Viertel nach neun", "четверть десятого", "dokuzu çeyrek geçe"; "a quarter to
seven" is "Viertel vor sieben", "без четверти семь", "yediye çeyrek kala",
"sept heures moins le quart". Each reader returns atoms holding a
:class:`TimeValue` with ``dial12`` set: "halb acht" is 7:30 or 19:30.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .core import Atom
from .model import Figure, TimeValue

_S = r"[ \u00a0]+"


def _alternatives(words: Mapping[str, int]) -> str:
    """The words as regex alternatives, longest first; a space between words matches any run of spaces."""
    return "|".join(_S.join(map(re.escape, word.split(" "))) for word in sorted(words, key=len, reverse=True))


def _spaced(words: str) -> str:
    """*words* lower-cased, with one plain space between them (the keys of the tables)."""
    return " ".join(words.lower().split())


#: noon and midnight named after a preposition of time: weak (they may also name a meal or a
#: part of the day), they stand for "12:00" or "00:00" of the other side
_NOON = {
    "de": re.compile(r"(?<![^\W\d_])(?:um|gegen|bis|ab)" + _S + r"(?P<w>Mitternacht|Mittag)(?![^\W\d_])", re.I),
    "fr": re.compile(r"(?<![^\W\d_])(?:à|vers|dès|jusqu['’]à|avant|après)" + _S + r"(?P<w>midi|minuit)(?![^\W\d_])", re.I),
    "ru": re.compile(r"(?<![а-яё])(?:в|к|до|после|около)" + _S + r"(?P<w>полночь|полдень|полуночи|полудня)(?![а-яё])", re.I),
    "tr": re.compile(r"(?<![^\W\d_])(?P<w>gece yarısı|öğle(?:n|yin)?)(?:[^\W\d_]*)(?![^\W\d_])", re.I),
    "az": re.compile(r"(?<![^\W\d_])(?P<w>gecə yarısı|günorta)(?:[^\W\d_]*)(?![^\W\d_])", re.I),
}
_MIDNIGHT = ("mitternacht", "minuit", "полночь", "полуночи", "gece yarısı", "gecə yarısı")


def noon_and_midnight(text: str, lang: str) -> list[Atom]:
    """"à minuit", "um Mitternacht", "в полдень", "gece yarısı": weak clock times."""
    pattern = _NOON.get(lang)
    if pattern is None:
        return []
    out: list[Atom] = []
    for m in pattern.finditer(text):
        word = _spaced(m.group("w"))
        hour = 0 if any(word.startswith(w) for w in _MIDNIGHT) else 12
        s, e = m.start("w"), m.end()
        out.append(Atom(s, e, figure=Figure("time", TimeValue(hour, 0), s, e, text[s:e]), weak=True))
    return out


def _atom(m: re.Match[str], hour: int, minute: int, weak: bool = False) -> Atom:
    """A dial time; *hour* may be 0 or 13 after the arithmetic of "halb eins", "Viertel nach zwölf"."""
    s, e = m.start(), m.end()
    value = TimeValue(hour % 12, minute, dial12=True)
    return Atom(s, e, figure=Figure("time", value, s, e, m.group(0)), weak=weak)


def _hour(word: str, hours: Mapping[str, int]) -> int | None:
    word = _spaced(word)
    if word.isdigit():
        value = int(word)
        return value if 1 <= value <= 12 else None
    return hours.get(word)


def _minute_times(pattern: re.Pattern[str], text: str, hours: Mapping[str, int],
                  minutes: Mapping[str, int]) -> list[Atom]:
    """Times given as minutes to or past an hour: *pattern* has groups h, n or n2 (the minutes)
    and to (set when the minutes are before the hour)."""
    out: list[Atom] = []
    for m in pattern.finditer(text):
        hour = _hour(m.group("h"), hours)
        word = _spaced(m.group("n") or m.group("n2"))
        count = int(word) if word.isdigit() else minutes.get(word)
        if hour is None or count is None or not 0 < count < 60:
            continue
        out.append(_atom(m, hour - 1, 60 - count) if m.group("to") else _atom(m, hour, count))
    return out


# ---------------------------------------------------------------------------- German
_DE_HOURS = {"eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
             "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}
_DE = re.compile(
    r"(?<![^\W\d_])(?:(?P<half>halb)|(?P<past>Viertel" + _S + r"nach)|(?P<to>(?:Viertel" + _S + r"vor|drei"
    r"[ \u00a0]?viertel)))" + _S + r"(?P<h>\d{1,2}|" + _alternatives(_DE_HOURS) + r")(?![^\W\d_]|[.,]\d)", re.I)


def german(text: str) -> list[Atom]:
    """"halb acht" (7:30), "Viertel nach neun" (9:15), "Viertel vor sieben", "dreiviertel sieben" (6:45)."""
    out: list[Atom] = []
    lowered = text.lower()
    if "halb" not in lowered and "viertel" not in lowered:
        return out
    for m in _DE.finditer(text):
        hour = _hour(m.group("h"), _DE_HOURS)
        if hour is None:
            continue
        if m.group("half"):
            out.append(_atom(m, hour - 1, 30))
        elif m.group("past"):
            out.append(_atom(m, hour, 15))
        else:
            out.append(_atom(m, hour - 1, 45))
    return out


# ---------------------------------------------------------------------------- French
_FR_HOURS = {"une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
             "neuf": 9, "dix": 10, "onze": 11, "douze": 12}
_FR = re.compile(
    r"(?<![^\W\d_])(?:(?P<h>\d{1,2}|" + _alternatives(_FR_HOURS) + r")" + _S + r"heures?|(?P<noon>midi|minuit))"
    + _S + r"(?:(?P<half>et" + _S + r"demie?)|(?P<past>et" + _S + r"quart)|(?P<to>moins" + _S
    + r"(?:le" + _S + r")?quart))(?![^\W\d_])", re.I)
_FR_CLOCK_BEFORE = re.compile(r"(?<![^\W\d_])(?:à|dès|vers|jusqu['’]à|avant|après|de|entre)[ \u00a0]+$", re.I)


def french(text: str) -> list[Atom]:
    """"à sept heures et demie" (7:30), "midi et demi" (12:30), "neuf heures et quart", "sept heures
    moins le quart" (6:45). With a number of hours, only after a preposition of time: "deux heures
    et demie de route" is a duration."""
    out: list[Atom] = []
    lowered = text.lower()
    if "demi" not in lowered and "quart" not in lowered:
        return out
    for m in _FR.finditer(text):
        noon = m.group("noon")
        if noon:
            hour: int | None = 12 if noon.lower() == "midi" else 0
        else:
            if _FR_CLOCK_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None:
                continue
            hour = _hour(m.group("h"), _FR_HOURS)
        if hour is None:
            continue
        if m.group("half"):
            out.append(_atom(m, hour, 30))
        elif m.group("past"):
            out.append(_atom(m, hour, 15))
        else:
            out.append(_atom(m, hour - 1, 45))
    return out


# ---------------------------------------------------------------------------- Russian
_RU_ORD_GEN = {"первого": 1, "второго": 2, "третьего": 3, "четвёртого": 4, "четвертого": 4, "пятого": 5,
               "шестого": 6, "седьмого": 7, "восьмого": 8, "девятого": 9, "десятого": 10,
               "одиннадцатого": 11, "двенадцатого": 12}
_RU_CARD = {"час": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
            "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12}
_RU_BEFORE = {"четверти": 15, "пяти": 5, "десяти": 10, "пятнадцати": 15, "двадцати": 20, "двадцати пяти": 25}
_RU = re.compile(
    r"(?<![а-яё])(?:(?:(?:в|к|до|после|около)" + _S + r"(?P<half>половин[еуы]|пол)[ \u00a0]*"
    r"|(?:(?:в|к|до|после|около)" + _S + r")?(?P<past>четверт[ьи])" + _S + r")(?P<hg>" + _alternatives(_RU_ORD_GEN) + r")"
    r"|(?P<half2>полвосьмого|полседьмого|полдевятого|полпервого|полвторого|полтретьего|полпятого|полшестого"
    r"|полдесятого|полодиннадцатого|полдвенадцатого|полчетвёртого|полчетвертого)"
    r"|без" + _S + r"(?P<before>" + _alternatives(_RU_BEFORE) + r")" + _S
    + r"(?P<hc>\d{1,2}|" + _alternatives(_RU_CARD) + r"))(?![а-яё])", re.I)


def russian(text: str) -> list[Atom]:
    """"в половине восьмого" (7:30), "четверть девятого" (8:15), "без четверти семь" (6:45)."""
    out: list[Atom] = []
    lowered = text.lower()
    if "пол" not in lowered and "четверт" not in lowered and "без" not in lowered:
        return out
    for m in _RU.finditer(text):
        if m.group("hg"):
            hour = _RU_ORD_GEN[m.group("hg").lower()]
            out.append(_atom(m, hour - 1, 30 if m.group("half") else 15))
        elif m.group("half2"):
            hour = _RU_ORD_GEN[m.group("half2").lower()[3:]]
            out.append(_atom(m, hour - 1, 30))
        else:
            hc = _hour(m.group("hc"), _RU_CARD)
            if hc is None:
                continue
            minutes = _RU_BEFORE[_spaced(m.group("before"))]
            out.append(_atom(m, hc - 1, 60 - minutes))
    return out


# ---------------------------------------------------------------------------- Turkish
_TR_HOURS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "dörd": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
             "dokuz": 9, "on": 10, "on bir": 11, "on iki": 12}
_TR_H = r"(?P<h>\d{1,2}|" + _alternatives(_TR_HOURS) + r")"
_TR_MINUTES = {"beş": 5, "on": 10, "on beş": 15, "yirmi": 20, "yirmi beş": 25}
_TR_MIN = r"\d{1,2}|" + _alternatives(_TR_MINUTES)
#: "sekize on var" (7:50), "dokuzu yirmi geçe" (9:20), with or without "dakika"
_TR_MINUTE = re.compile(
    r"(?<![^\W\d_])" + _TR_H + r"(?:['’]?y?[ae]" + _S + r"(?P<n>" + _TR_MIN + r")(?:" + _S + r"dakika)?" + _S
    + r"(?P<to>var|kala)|['’]?y?[ıiuü]" + _S + r"(?P<n2>" + _TR_MIN + r")(?:" + _S + r"dakika)?" + _S
    + r"(?P<past>geçe|geçiyor))(?![^\W\d_])", re.I)
_TR = re.compile(
    r"(?<![^\W\d_])" + _TR_H + r"(?:(?P<half>" + _S + r"buçuk[a-zçğıöşü]*)"
    r"|['’]?y?[ıiuü]" + _S + r"(?P<past>çeyrek" + _S + r"geçe)"
    r"|['’]?y?[ae]" + _S + r"(?P<to>çeyrek" + _S + r"kala))(?![^\W\d_])", re.I)


_TR_AT = re.compile(r"buçuk(?:t|d)[ae]$", re.I)
_TR_SAAT = re.compile(r"(?<![^\W\d_])saat[ \u00a0]+$", re.I)


def turkish(text: str) -> list[Atom]:
    """"dokuz buçukta" (9:30, also 9.5: a weak second reading), "sekizi çeyrek geçe" (8:15),
    "yediye çeyrek kala" (6:45)."""
    out: list[Atom] = []
    lowered = text.lower()
    if "buçuk" not in lowered and "çeyrek" not in lowered and " var" not in lowered and "geç" not in lowered \
            and "kala" not in lowered:
        return out
    out.extend(_minute_times(_TR_MINUTE, text, _TR_HOURS, _TR_MINUTES))
    for m in _TR.finditer(text):
        hour = _hour(m.group("h"), _TR_HOURS)
        if hour is None:
            continue
        if m.group("half"):
            # "dokuz buçukta" (at half past nine), "saat dokuz buçuk"; "iki buçuk saat" is a
            # duration: without the locative or "saat", only a weak second reading
            at = _TR_AT.search(m.group("half")) or _TR_SAAT.search(text, max(0, m.start() - 6), m.start())
            out.append(_atom(m, hour, 30, weak=at is None))
        elif m.group("past"):
            out.append(_atom(m, hour, 15))
        else:
            out.append(_atom(m, hour - 1, 45))
    return out


# ---------------------------------------------------------------------------- Azerbaijani
_AZ_GEN = {"birin": 1, "ikinin": 2, "üçün": 3, "dördün": 4, "beşin": 5, "altının": 6, "yeddinin": 7,
           "səkkizin": 8, "doqquzun": 9, "onun": 10, "on birin": 11, "on ikinin": 12}
_AZ_HOURS = {"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8, "doqquz": 9,
             "on": 10, "on bir": 11, "on iki": 12}
_AZ_MINUTES = {"beş": 5, "on": 10, "on beş": 15, "iyirmi": 20, "iyirmi beş": 25}
#: "səkkizə on beş dəqiqə qalmış" (7:45), "doqquzu on dəqiqə keçmiş" (9:10)
_AZ_MINUTE = re.compile(
    r"(?<![^\W\d_])(?P<h>\d{1,2}|" + _alternatives(_AZ_HOURS) + r")"
    r"(?:-?y?[aə]" + _S + r"(?P<n>\d{1,2}|" + _alternatives(_AZ_MINUTES) + r")" + _S
    + r"dəqiqə" + _S + r"(?P<to>qalmış|qalır)"
    r"|-?n?[ıiuü]" + _S + r"(?P<n2>\d{1,2}|" + _alternatives(_AZ_MINUTES) + r")" + _S
    + r"dəqiqə" + _S + r"(?P<past>keçmiş|keçir))(?![^\W\d_])", re.I)
_AZ = re.compile(
    r"(?<![^\W\d_])(?P<saat>saat" + _S + r")?(?P<hg>" + _alternatives(_AZ_GEN) + r")" + _S
    + r"yarısı(?P<loc>nda|na)?(?![^\W\d_])", re.I)


def azerbaijani(text: str) -> list[Atom]:
    """"saat səkkizin yarısı", "doqquzun yarısında" (half of the ninth hour: 8:30)."""
    out: list[Atom] = []
    lowered = text.lower()
    if "dəqiqə" in lowered:
        out.extend(_minute_times(_AZ_MINUTE, text, _AZ_HOURS, _AZ_MINUTES))
    if "yarısı" not in lowered:
        return out
    for m in _AZ.finditer(text):
        if not (m.group("saat") or m.group("loc")):
            continue  # "ikinin yarısı" may be half of two
        hour = _AZ_GEN[_spaced(m.group("hg"))]
        out.append(_atom(m, hour - 1, 30))
    return out
