"""The figure check: a table of good and bad translations, run through a real catalog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from khojaly_i18n.checks import check_catalog, get_check_class, get_checks
from khojaly_i18n.checks.figures import FigureCheck

GOOD = [
    ("fr", "In 1992 there were 613 victims.", "En 1992, il y eut 613 victimes."),
    ("fr", "It cost 1,000 dollars.", "Cela a coûté 1 000 dollars."),
    ("fr", "About 2.5 percent.", "Environ 2,5 pour cent."),
    ("de", "About 2.5%.", "Etwa 2,5 %."),
    ("az", "613 people died.", "613 nəfər həlak oldu."),
    ("ru", "On 26 February 1992.", "26 февраля 1992 года."),
    ("fr", "Use %d files", "Utilisez %d fichiers"),
    ("fr", "x = 1,000", "x = 1,000"),  # identical to the source: not compared
]

BAD = [
    ("fr", "In 1992 there were 613 victims.", "En 1993, il y eut 613 victimes.", "1992", "1993"),
    ("fr", "It cost 1,000 dollars.", "Cela a coûté 1 000 000 dollars.", "1,000", "1 000 000"),
    ("de", "About 2.5%.", "Etwa 3,5 %.", "2.5%", "3,5"),
    ("az", "613 people died.", "Bir çox insan həlak oldu.", "613", "missing"),
    ("ru", "On 26 February 1992.", "25 февраля 1992 года.", "26 February 1992", "25"),
    ("fr", "Hello", "Bonjour 5", "adds 5", ""),
]


def test_metadata() -> None:
    assert get_check_class("figures") is FigureCheck
    check = FigureCheck()
    assert (check.id, check.severity, check.ignore_flag) == ("figures", "error", "ignore-figures")
    assert check.name and check.description


@pytest.mark.parametrize(("lang", "source", "target"), GOOD)
def test_good(write_po: Callable[..., Path], lang: str, source: str, target: str) -> None:
    path = write_po("a.po", f'msgid "{source}"\nmsgstr "{target}"\n', language=lang)
    result = check_catalog(path, get_checks(["figures"]))
    assert result.findings == []


@pytest.mark.parametrize(("lang", "source", "target", "said", "also"), BAD)
def test_bad(write_po: Callable[..., Path], lang: str, source: str, target: str, said: str, also: str) -> None:
    path = write_po("a.po", f'msgid "{source}"\nmsgstr "{target}"\n', language=lang)
    result = check_catalog(path, get_checks(["figures"]))
    assert len(result.findings) >= 1
    finding = result.findings[0]
    assert (finding.check, finding.severity, finding.lang, finding.line) == ("figures", "error", lang, 7)
    assert (finding.msgid, finding.msgstr) == (source, target)
    assert said in finding.message and also in finding.message


def test_ignore_flag_and_plurals(write_po: Callable[..., Path]) -> None:
    body = (
        '#, ignore-figures\nmsgid "In 1992."\nmsgstr "En 1993."\n\n'
        'msgid "%d victim in 1992"\nmsgid_plural "%d victims in 1992"\n'
        'msgstr[0] "%d victime en 1992"\nmsgstr[1] "%d victimes en 1993"\n'
    )
    findings = check_catalog(write_po("a.po", body), get_checks(["figures"])).findings
    assert [(f.msgstr, f.message.startswith("msgstr[1]: ")) for f in findings] == [("%d victimes en 1993", True)]
