"""Renderers: text, json, github annotations, JUnit XML."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from khojaly_i18n.checks import FINDING_KEYS, CatalogResult, Check, CheckRun, Finding
from khojaly_i18n.report import github_escape_data, github_escape_property, github_line, render


class Figures(Check):
    id = "figures"
    name = "Figures"


class Other(Check):
    id = "other"
    name = "Other"
    severity = "warning"


def _run() -> CheckRun:
    good = CatalogResult("locale/fr/LC_MESSAGES/good.po", "fr", [])
    bad = CatalogResult(
        "locale/fr/LC_MESSAGES/bad.po",
        "fr",
        [
            Finding("figures", "error", "locale/fr/LC_MESSAGES/bad.po", 7, "fr", "ctx", "In 1992", "En 1993", "1992 became 1993"),
            Finding("other", "warning", "locale/fr/LC_MESSAGES/bad.po", 9, "fr", None, "a", "b", "50% off, a: b\nnext"),
        ],
    )
    broken = CatalogResult(
        "locale/fr/LC_MESSAGES/broken.po",
        None,
        [Finding("catalog", "error", "locale/fr/LC_MESSAGES/broken.po", 3, None, None, "", "", "unterminated string")],
    )
    skipped = CatalogResult("locale/az/LC_MESSAGES/x.po", "az", [], skipped=True)
    return CheckRun([good, bad, broken, skipped], [Figures(), Other()], "en")


def test_text() -> None:
    assert render(_run(), "text").splitlines() == [
        "locale/fr/LC_MESSAGES/bad.po:7: error: 1992 became 1993 [figures]",
        "locale/fr/LC_MESSAGES/bad.po:9: warning: 50% off, a: b next [other]",
        "locale/fr/LC_MESSAGES/broken.po:3: error: unterminated string [catalog]",
    ]


def test_json_has_exactly_the_finding_keys() -> None:
    data = json.loads(render(_run(), "json"))
    assert isinstance(data, list) and len(data) == 3
    assert all(list(item) == list(FINDING_KEYS) for item in data)
    assert data[0] == {
        "check": "figures",
        "severity": "error",
        "path": "locale/fr/LC_MESSAGES/bad.po",
        "line": 7,
        "lang": "fr",
        "msgctxt": "ctx",
        "msgid": "In 1992",
        "msgstr": "En 1993",
        "message": "1992 became 1993",
    }
    assert data[2]["check"] == "catalog"


def test_json_of_no_findings_is_an_empty_array() -> None:
    assert json.loads(render(CheckRun([CatalogResult("a.po", "fr")], [Figures()], "en"), "json")) == []


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50%", "50%25", "50%25"),
        ("a\nb\r", "a%0Ab%0D", "a%0Ab%0D"),
        ("a: b, c", "a: b, c", "a%3A b%2C c"),
        ("%0A", "%250A", "%250A"),
    ],
)
def test_github_escaping(raw: str, data: str, prop: str) -> None:
    assert github_escape_data(raw) == data
    assert github_escape_property(raw) == prop


def test_github_annotations() -> None:
    lines = render(_run(), "github").splitlines()
    assert lines == [
        "::error file=locale/fr/LC_MESSAGES/bad.po,line=7,title=khojaly-i18n Figures [figures]::1992 became 1993",
        "::warning file=locale/fr/LC_MESSAGES/bad.po,line=9,title=khojaly-i18n Other [other]::50%25 off, a: b%0Anext",
        "::error file=locale/fr/LC_MESSAGES/broken.po,line=3,title=khojaly-i18n catalog [catalog]::unterminated string",
    ]
    odd = Finding("x", "info", "dir,a:b.po", None, None, None, "", "", "m")
    assert github_line(odd) == "::notice file=dir%2Ca%3Ab.po,title=khojaly-i18n x::m"


def test_junit_one_testcase_per_catalog_and_check() -> None:
    root = ET.fromstring(render(_run(), "junit").encode("utf-8"))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "1", "1")
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert list(suites) == [
        "locale/fr/LC_MESSAGES/good.po",
        "locale/fr/LC_MESSAGES/bad.po",
        "locale/fr/LC_MESSAGES/broken.po",
    ]
    good = suites["locale/fr/LC_MESSAGES/good.po"]
    assert [case.get("name") for case in good.findall("testcase")] == ["figures", "other"]
    assert good.find(".//failure") is None
    bad_cases = {case.get("name"): case for case in suites["locale/fr/LC_MESSAGES/bad.po"].findall("testcase")}
    failure = bad_cases["figures"].find("failure")
    assert failure is not None and failure.text is not None
    assert "locale/fr/LC_MESSAGES/bad.po:7: error: 1992 became 1993 [figures]" in failure.text
    assert bad_cases["figures"].get("classname") == "locale.fr.LC_MESSAGES.bad"
    assert bad_cases["other"].find("failure") is None  # a warning does not fail
    assert "50% off" in (bad_cases["other"].findtext("system-out") or "")
    (broken,) = suites["locale/fr/LC_MESSAGES/broken.po"].findall("testcase")
    error = broken.find("error")
    assert broken.get("name") == "catalog" and error is not None
    assert "broken.po:3: error: unterminated string" in (error.text or "")


def test_junit_drops_characters_xml_cannot_carry() -> None:
    finding = Finding("figures", "error", "a.po", 1, "fr", None, "a", "b", "bad \x01 char")
    run = CheckRun([CatalogResult("a.po", "fr", [finding])], [Figures()], "en")
    root = ET.fromstring(render(run, "junit"))
    assert "bad  char" in (root.findtext(".//failure") or "")


def test_unknown_format() -> None:
    with pytest.raises(ValueError):
        render(_run(), "xml")
