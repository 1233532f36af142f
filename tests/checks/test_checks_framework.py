"""The check framework: Finding, registry, entry handling, languages, cache and parallel runs."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from khojaly_i18n.checks import (
    FINDING_KEYS,
    Check,
    CheckContext,
    Finding,
    check_catalog,
    check_ids,
    check_paths,
    get_check_class,
    get_checks,
    register,
    registry,
    unregister,
)
from khojaly_i18n.checks.runner import lang_from_path, lang_matches, normalize_lang
from khojaly_i18n.errors import ConfigError

BODY = """\
#: a.rst:1
msgid "In 1992, 613 people"
msgstr "En 1993, 613 personnes"

msgid "Fine 42"
msgstr "Bien 42"

#, ignore-digits
msgid "Silenced 1"
msgstr "Muet 2"

#, ignore-figures
msgid "Other check silenced 1"
msgstr "Autre 2"

#, fuzzy
msgid "Fuzzy 5"
msgstr "Flou 6"

msgid "Empty 7"
msgstr ""

msgctxt "ctx"
msgid "one file 1"
msgid_plural "%d files 2"
msgstr[0] "un fichier 1"
msgstr[1] "%d fichiers 3"

msgid "plural 1"
msgid_plural "plurals 2"
msgstr[0] ""
msgstr[1] ""

#~ msgid "old 1"
#~ msgstr "vieux 2"
"""


def test_finding_has_exactly_the_keys() -> None:
    finding = Finding("figures", "error", "a.po", 3, "fr", None, "1", "2", "changed")
    assert tuple(finding.to_dict()) == FINDING_KEYS
    assert FINDING_KEYS == ("check", "severity", "path", "line", "lang", "msgctxt", "msgid", "msgstr", "message")
    assert Finding.from_dict(finding.to_dict()) == finding
    assert finding.location() == "a.po:3"


def test_entries_flags_plurals_fuzzy_obsolete(digits: type[Check], write_po: Callable[..., Path]) -> None:
    path = write_po("a.po", BODY)
    result = check_catalog(path, get_checks(["digits"]), "en")
    assert result.lang == "fr"
    got = [(f.line, f.msgid, f.msgstr, f.msgctxt, f.message) for f in result.findings]
    assert got == [
        (8, "In 1992, 613 people", "En 1993, 613 personnes", None, "digits 1992 613 became 1993 613"),
        (19, "Other check silenced 1", "Autre 2", None, "digits 1 became 2"),  # ignore-figures: not this check
        (23, "Fuzzy 5", "Flou 6", None, "digits 5 became 6"),  # fuzzy entries are checked
        (30, "one file 1", "%d fichiers 3", "ctx", "msgstr[1]: digits 2 became 3"),  # [1] vs msgid_plural
    ]
    assert {f.check for f in result.findings} == {"digits"}
    assert {f.severity for f in result.findings} == {"error"}


def test_plural_form_zero_is_checked_against_msgid(digits: type[Check], write_po: Callable[..., Path]) -> None:
    body = 'msgid "1 file"\nmsgid_plural "2 files"\nmsgstr[0] "2 fichier"\nmsgstr[1] "2 fichiers"\n'
    findings = check_catalog(write_po("p.po", body), get_checks(["digits"])).findings
    assert [f.message for f in findings] == ["msgstr[0]: digits 1 became 2"]


def test_registry_builtin_unknown_and_register(digits: type[Check]) -> None:
    assert "figures" in check_ids() and "digits" in check_ids()
    assert get_check_class("digits") is digits
    with pytest.raises(ConfigError, match="unknown check id 'nope'"):
        get_check_class("nope")
    with pytest.raises(ConfigError):
        registry.parse_check_ids(["digits,nope"])
    assert registry.parse_check_ids(["digits,figures", "digits"]) == ["digits", "figures"]
    assert registry.parse_check_ids([]) is None


def test_register_rejects_bad_classes() -> None:
    class NoId(Check):
        id = ""

    class Reserved(Check):
        id = "catalog"

    class BadSeverity(Check):
        id = "bad-severity"
        severity = "fatal"  # type: ignore[assignment]

    for cls in (NoId, Reserved, BadSeverity):
        with pytest.raises(ConfigError):
            register(cls)
    with pytest.raises(ConfigError):
        register(object)  # type: ignore[type-var]


class PluginCheck(Check):
    """A check another package would declare as an entry point."""

    id = "from-plugin"
    name = "From a plugin"
    description = "Flags every translation."
    severity = "warning"

    def check_pair(self, source: str, target: str, context: CheckContext) -> Iterator[str]:
        yield f"{context.target_lang} says {target}"


def test_checks_register_through_entry_points(monkeypatch: pytest.MonkeyPatch, write_po: Callable[..., Path]) -> None:
    point = EntryPoint("from-plugin", f"{__name__}:PluginCheck", registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr("importlib.metadata.entry_points", lambda group: [point] if group == point.group else [])
    monkeypatch.setattr(registry, "_entry_points_loaded", False)
    try:
        assert "from-plugin" in check_ids()
        assert get_check_class("from-plugin") is PluginCheck
        findings = check_catalog(write_po("a.po", 'msgid "a"\nmsgstr "b"\n'), get_checks(["from-plugin"])).findings
        assert [(f.check, f.severity, f.message) for f in findings] == [("from-plugin", "warning", "fr says b")]
    finally:
        unregister("from-plugin")


def test_malformed_catalog_is_a_catalog_finding(digits: type[Check], write_po: Callable[..., Path]) -> None:
    path = write_po("bad.po", 'msgid "x"\nmsgstr "y"\nmsgid "broken\n', raw=True)
    result = check_catalog(path, get_checks(["digits"]), display_path="bad.po")
    assert result.error is not None
    assert (result.error.check, result.error.path, result.error.line) == ("catalog", "bad.po", 3)


@pytest.mark.parametrize(
    ("relative", "language", "forced", "expected"),
    [
        ("locale/de/LC_MESSAGES/a.po", "fr", None, "fr"),  # the header wins
        ("locale/de/LC_MESSAGES/a.po", None, None, "de"),  # else the folder
        ("locale/pt_BR/LC_MESSAGES/x/y.po", None, None, "pt_BR"),
        ("a.po", "fr", "az", "az"),  # --lang overrides
        ("a.po", None, "az", "az"),
    ],
)
def test_language_detection(
    digits: type[Check],
    write_po: Callable[..., Path],
    relative: str,
    language: str | None,
    forced: str | None,
    expected: str,
) -> None:
    path = write_po(relative, 'msgid "1"\nmsgstr "2"\n', language=language)
    result = check_catalog(path, get_checks(["digits"]), lang=forced)
    assert result.lang == expected
    assert [f.lang for f in result.findings] == [expected]


def test_unknown_language_is_reported_clearly(digits: type[Check], write_po: Callable[..., Path]) -> None:
    result = check_catalog(write_po("a.po", 'msgid "1"\nmsgstr "2"\n', language=None), get_checks(["digits"]))
    assert result.error is not None and "unknown language" in result.error.message and "--lang" in result.error.message
    garbage = check_catalog(write_po("b.po", 'msgid "1"\nmsgstr "2"\n', language="not a lang!"), get_checks(["digits"]))
    assert garbage.error is not None and "unknown language 'not a lang!'" in garbage.error.message
    unknown = check_catalog(write_po("c.po", 'msgid "1"\nmsgstr "2"\n', language="xx"), get_checks(["digits"]))
    assert unknown.error is not None and unknown.error.message.startswith("unknown language 'xx'")
    assert unknown.error.line == 1


def test_lang_helpers() -> None:
    assert lang_from_path("locale/fr/LC_MESSAGES/sub/a.po") == "fr"
    assert lang_from_path("a/b.po") is None
    assert normalize_lang("pt-BR") == "pt_BR"
    with pytest.raises(ConfigError, match="unknown language code"):
        normalize_lang("français")
    assert lang_matches("fr", "fr_CA") and lang_matches("fr", "fr") and not lang_matches("fr", "fy")


def test_lang_filters_folders(digits: type[Check], write_po: Callable[..., Path], tmp_path: Path) -> None:
    write_po("locale/fr/LC_MESSAGES/a.po", 'msgid "1"\nmsgstr "2"\n')
    write_po("locale/az/LC_MESSAGES/a.po", 'msgid "1"\nmsgstr "2"\n', language="az")
    run = check_paths(["locale"], checks=["digits"], lang="az", cwd=tmp_path, cache=False)
    assert [(c.path, c.skipped) for c in run.catalogs] == [
        ("locale/az/LC_MESSAGES/a.po", False),
        ("locale/fr/LC_MESSAGES/a.po", True),
    ]
    assert [f.lang for f in run.findings] == ["az"]
    assert len(run.checked) == 1


def test_check_paths_errors(digits: type[Check], tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        check_paths(["missing"], checks=["digits"], cwd=tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match="no .po catalogs"):
        check_paths(["empty"], checks=["digits"], cwd=tmp_path)
    with pytest.raises(ConfigError, match="no PATH given"):
        check_paths([], checks=["digits"], cwd=tmp_path)
    with pytest.raises(ConfigError, match="unknown check id"):
        check_paths(["empty"], checks=["nope"], cwd=tmp_path)


def test_runner_does_not_print(
    digits: type[Check], write_po: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_po("a.po", BODY)
    check_paths(["a.po"], checks=["digits"], cwd=tmp_path)
    assert capsys.readouterr() == ("", "")


def _many_catalogs(write_po: Callable[..., Path], count: int = 12) -> None:
    for number in range(count):
        entries = "".join(f'msgid "n {number} {i}"\nmsgstr "n {number} {i + i % 3}"\n\n' for i in range(60))
        write_po(f"locale/fr/LC_MESSAGES/f{number:02d}.po", entries)
    write_po("locale/fr/LC_MESSAGES/zz-bad.po", 'msgid "x"\nmsgstr "y"\nmsgid "broken\n', raw=True)


def test_cache_hit_returns_the_same_findings(
    digits: type[Check], write_po: Callable[..., Path], tmp_path: Path
) -> None:
    _many_catalogs(write_po)
    cache_dir = tmp_path / "cache"
    cold = check_paths(["locale"], checks=["digits"], cwd=tmp_path, cache_dir=cache_dir)
    assert not any(result.cached for result in cold.catalogs)
    assert len(list(cache_dir.glob("checks-*.json"))) == 1
    warm = check_paths(["locale"], checks=["digits"], cwd=tmp_path, cache_dir=cache_dir)
    assert all(result.cached for result in warm.catalogs)
    assert warm.findings == cold.findings and warm.exit_code == cold.exit_code == 2
    # The same files named another way: same results, paths as named now.
    again = check_paths([str(tmp_path / "locale")], checks=["digits"], cwd=tmp_path / "locale", cache_dir=cache_dir)
    assert [f.path for f in again.findings][:1] == [str(tmp_path / "locale/fr/LC_MESSAGES/f00.po")]
    # An edited file is checked again, the others come from the cache.
    edited = tmp_path / "locale/fr/LC_MESSAGES/f03.po"
    edited.write_text(edited.read_text(encoding="utf-8").replace('"n 3 2"\nmsgstr "n 3 4"', '"n 3 2"\nmsgstr "n 3 2"'), encoding="utf-8")
    after = check_paths(["locale"], checks=["digits"], cwd=tmp_path, cache_dir=cache_dir)
    assert [r.path for r in after.catalogs if not r.cached] == ["locale/fr/LC_MESSAGES/f03.po"]
    assert len(after.findings) == len(cold.findings) - 1
    # Another configuration (source language) does not reuse these results.
    other = check_paths(["locale"], checks=["digits"], source_lang="de", cwd=tmp_path, cache_dir=cache_dir)
    assert not any(result.cached for result in other.catalogs)


def test_parallel_run_equals_serial_run(digits: type[Check], write_po: Callable[..., Path], tmp_path: Path) -> None:
    _many_catalogs(write_po)
    serial = check_paths(["locale"], checks=["digits"], cwd=tmp_path, cache=False, jobs=1)
    parallel = check_paths(["locale"], checks=["digits"], cwd=tmp_path, cache=False, jobs=2)
    assert parallel.findings == serial.findings
    assert [c.path for c in parallel.catalogs] == [c.path for c in serial.catalogs]


def test_concurrent_runs_share_one_cache(digits: type[Check], write_po: Callable[..., Path], tmp_path: Path) -> None:
    _many_catalogs(write_po)
    cache_dir = tmp_path / "cache"
    expected = check_paths(["locale"], checks=["digits"], cwd=tmp_path, cache=False).findings
    outcomes: list[list[Finding]] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            outcomes.append(check_paths(["locale"], checks=["digits"], cwd=tmp_path, cache_dir=cache_dir, jobs=1).findings)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(outcomes) == 4
    assert all(findings == expected for findings in outcomes)
    (cache_file,) = cache_dir.glob("checks-*.json")
    assert len(json.loads(cache_file.read_text(encoding="utf-8"))["entries"]) == 13
    assert not [name for name in os.listdir(cache_dir) if name.endswith(".tmp")]
    warm = check_paths(["locale"], checks=["digits"], cwd=tmp_path, cache_dir=cache_dir)
    assert all(result.cached for result in warm.catalogs) and warm.findings == expected


class Crashing(Check):
    """A check with a bug on one kind of entry."""

    id = "crashing"
    name = "Crashing"

    def check_pair(self, source: str, target: str, context: CheckContext) -> Iterator[str]:
        if "boom" in source:
            raise KeyError("sifir")
        yield "always"


def test_a_crashing_check_reports_the_entry_and_goes_on(write_po: Callable[..., Path]) -> None:
    register(Crashing)
    try:
        body = 'msgid "a"\nmsgstr "b"\n\nmsgid "boom"\nmsgstr "bam"\n\nmsgid "c"\nmsgstr "d"\n'
        findings = check_catalog(write_po("a.po", body), get_checks(["crashing"])).findings
    finally:
        unregister("crashing")
    assert [(f.check, f.msgid, f.severity) for f in findings] == [
        ("crashing", "a", "error"),
        ("crashing", "boom", "error"),
        ("crashing", "c", "error"),
    ]
    assert findings[1].message == "could not check this entry (internal error: KeyError: 'sifir')"
    assert findings[1].msgstr == "bam"


def test_cache_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from khojaly_i18n.checks.cache import default_cache_dir

    monkeypatch.delenv("KHOJALY_I18N_CACHE_DIR", raising=False)
    assert default_cache_dir(tmp_path) == tmp_path / ".khojaly-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir(None) == tmp_path / "xdg" / "khojaly-i18n"
    monkeypatch.setenv("KHOJALY_I18N_CACHE_DIR", str(tmp_path / "explicit"))
    assert default_cache_dir(tmp_path) == tmp_path / "explicit"


def test_project_cache_is_used_without_override(
    digits: type[Check], write_po: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KHOJALY_I18N_CACHE_DIR", raising=False)
    (tmp_path / "pyproject.toml").write_text("[tool.khojaly-i18n]\n", encoding="utf-8")
    write_po("locale/fr/LC_MESSAGES/a.po", 'msgid "1"\nmsgstr "2"\n')
    first = check_paths([], checks=["digits"], cwd=tmp_path)
    assert [f.path for f in first.findings] == ["locale/fr/LC_MESSAGES/a.po"]
    assert list((tmp_path / ".khojaly-cache").glob("checks-*.json"))
    assert all(result.cached for result in check_paths([], checks=["digits"], cwd=tmp_path).catalogs)
