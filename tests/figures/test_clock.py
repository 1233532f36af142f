"""Clock times said in words: each language's own ways, read on a twelve-hour dial."""

from __future__ import annotations

import pytest

from khojaly_i18n.figures import clock
from khojaly_i18n.figures.model import TimeValue

CASES = [
    ("de", "um halb acht", (7, 30)),
    ("de", "um halb eins", (0, 30)),
    ("de", "um Viertel nach neun", (9, 15)),
    ("de", "um Viertel vor sieben", (6, 45)),
    ("de", "gegen dreiviertel acht", (7, 45)),
    ("fr", "à sept heures et demie", (7, 30)),
    ("fr", "vers neuf heures et quart", (9, 15)),
    ("fr", "à sept heures moins le quart", (6, 45)),
    ("fr", "à midi et demi", (0, 30)),
    ("ru", "в половине восьмого", (7, 30)),
    ("ru", "около четверти девятого", (8, 15)),
    ("ru", "без четверти семь", (6, 45)),
    ("ru", "без десяти пять", (4, 50)),
    ("ru", "полвосьмого", (7, 30)),
    ("tr", "dokuz buçukta", (9, 30)),
    ("tr", "sekizi çeyrek geçe", (8, 15)),
    ("tr", "8'i çeyrek geçe", (8, 15)),
    ("tr", "yediye çeyrek kala", (6, 45)),
    ("tr", "dörde çeyrek kala", (3, 45)),
    ("az", "saat səkkizin yarısı", (7, 30)),
    ("az", "doqquzun yarısında", (8, 30)),
    # minutes to and past the hour, hours of two words
    ("tr", "sekize on var", (7, 50)),
    ("tr", "dokuzu yirmi geçe", (9, 20)),
    ("tr", "sekize on beş dakika kala", (7, 45)),
    ("tr", "on bir buçukta", (11, 30)),
    ("az", "səkkizə on beş dəqiqə qalmış", (7, 45)),
    ("az", "doqquzu on dəqiqə keçmiş", (9, 10)),
    ("az", "saat on ikinin yarısında", (11, 30)),
    ("ru", "без двадцати пяти семь", (6, 35)),
]

READERS = {"de": clock.german, "fr": clock.french, "ru": clock.russian, "tr": clock.turkish,
           "az": clock.azerbaijani}

NOT_CLOCK = [
    ("fr", "deux heures et demie de route"),  # a duration: no preposition of time
    ("de", "die Hälfte der Stimmen, halb so viel"),
    ("az", "ikinin yarısı birdir"),  # half of two
    ("ru", "половина второго этажа"),  # half of the second floor
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_reads_the_time(lang: str, text: str, expected: tuple[int, int]) -> None:
    atoms = READERS[lang](text)
    assert len(atoms) == 1
    value = atoms[0].figure.value  # type: ignore[union-attr]
    assert isinstance(value, TimeValue) and value.dial12
    assert (value.hour, value.minute) == (expected[0] % 12, expected[1])


@pytest.mark.parametrize(("lang", "text"), NOT_CLOCK)
def test_not_a_time(lang: str, text: str) -> None:
    assert [a for a in READERS[lang](text) if not a.weak] == []


def test_a_dial_time_meets_the_time_twelve_hours_later() -> None:
    assert TimeValue(7, 30, dial12=True) != TimeValue(19, 30)
    from khojaly_i18n.figures import compare_figures

    assert compare_figures("Dinner is at 7:30 p.m.", "en", "Das Essen gibt es um halb acht.", "de") == []
    assert compare_figures("Dinner is at 7:30 p.m.", "en", "Das Essen gibt es um halb neun.", "de") != []


def test_a_sentence_with_var_is_no_time() -> None:
    assert clock.turkish("Burada bir sorun var.") == []
