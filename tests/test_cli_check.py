"""``khojaly-i18n check``: exit codes, formats, project discovery, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from khojaly_i18n.checks import FINDING_KEYS, Check, CheckContext, register, unregister
from khojaly_i18n.cli import main

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n{lang}\n'
GOOD = 'msgid "In 1992 there were 613 victims."\nmsgstr "En 1992, il y eut 613 victimes."\n'
BAD = 'msgid "In 1992 there were 613 victims."\nmsgstr "En 1993, il y eut 613 victimes."\n'
MALFORMED = 'msgid "x"\nmsgstr "y"\n\nmsgid "broken\nmsgstr ""\n'


class EqualDigits(Check):
    """Test check (independent of the figures module): equal digit runs."""

    id = "test-digits"
    name = "Test digits"
    description = "Same digits."

    def check_pair(self, source: str, target: str, context: CheckContext) -> Iterator[str]:
        import re

        if sorted(re.findall(r"\d+", source)) != sorted(re.findall(r"\d+", target)):
            yield f"the figures of the source differ (a: b, 100%)\nsee {context.target_lang}"


@pytest.fixture(autouse=True)
def _setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KHOJALY_I18N_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    register(EqualDigits)
    yield
    unregister("test-digits")


def write(relative: str, body: str, lang: str | None = "fr", raw: bool = False) -> Path:
    path = Path(relative)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = HEADER.format(lang=f'"Language: {lang}\\n"\n' if lang else "")
    path.write_text(body if raw else header + body, encoding="utf-8")
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["check", "--check", "test-digits", *args])


def test_exit_0_when_clean() -> None:
    write("locale/fr/LC_MESSAGES/a.po", GOOD)
    result = run("locale")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "0 error(s)" in result.stderr


def test_exit_1_and_text_lines() -> None:
    write("locale/fr/LC_MESSAGES/a.po", GOOD)
    write("locale/fr/LC_MESSAGES/b.po", BAD)
    result = run("locale")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "locale/fr/LC_MESSAGES/b.po:6: error: the figures of the source differ (a: b, 100%) see fr [test-digits]"
    ]


def test_json_format() -> None:
    write("locale/fr/LC_MESSAGES/b.po", BAD)
    result = run("--format", "json", "locale")
    assert result.exit_code == 1
    (item,) = json.loads(result.stdout)
    assert list(item) == list(FINDING_KEYS)
    assert item["path"] == os.path.join("locale", "fr", "LC_MESSAGES", "b.po")
    assert (item["line"], item["lang"], item["check"], item["severity"]) == (6, "fr", "test-digits", "error")
    assert item["msgstr"] == "En 1993, il y eut 613 victimes."


def test_github_format_escapes() -> None:
    write("locale/fr/LC_MESSAGES/b.po", BAD)
    result = run("--format", "github", "locale")
    assert result.exit_code == 1
    assert result.stdout == (
        "::error file=locale/fr/LC_MESSAGES/b.po,line=6,title=khojaly-i18n Test digits [test-digits]"
        "::the figures of the source differ (a: b, 100%25)%0Asee fr\n"
    )


def test_junit_format_parses() -> None:
    write("locale/fr/LC_MESSAGES/a.po", GOOD)
    write("locale/fr/LC_MESSAGES/b.po", BAD)
    write("locale/fr/LC_MESSAGES/c.po", MALFORMED, raw=True)
    result = run("--format", "junit", "locale")
    assert result.exit_code == 2
    root = ET.fromstring(result.stdout)
    cases = [(case.get("classname"), case.get("name")) for case in root.iter("testcase")]
    assert cases == [
        ("locale.fr.LC_MESSAGES.a", "test-digits"),
        ("locale.fr.LC_MESSAGES.b", "test-digits"),
        ("locale.fr.LC_MESSAGES.c", "catalog"),
    ]
    assert len(root.findall(".//failure")) == 1 and len(root.findall(".//error")) == 1


def test_malformed_catalog_is_reported_and_the_others_checked() -> None:
    write("locale/fr/LC_MESSAGES/a-bad.po", BAD)
    write("locale/fr/LC_MESSAGES/b-malformed.po", MALFORMED, raw=True)
    write("locale/fr/LC_MESSAGES/c-bad.po", BAD)
    result = run("locale")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[0].startswith("locale/fr/LC_MESSAGES/a-bad.po:6: error:")
    assert lines[1].startswith("locale/fr/LC_MESSAGES/b-malformed.po:4: error:") and lines[1].endswith("[catalog]")
    assert lines[2].startswith("locale/fr/LC_MESSAGES/c-bad.po:6: error:")
    assert len(lines) == 3
    data = json.loads(run("--format", "json", "locale").stdout)
    assert [(d["check"], d["line"]) for d in data] == [("test-digits", 6), ("catalog", 4), ("test-digits", 6)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-folder"], "no such file or folder"),
        (["empty"], "no .po catalogs"),
        (["--check", "nope", "locale"], "unknown check id 'nope'"),
        (["--lang", "not a language", "locale"], "unknown language code"),
        (["--source-lang", "??", "locale"], "unknown language code"),
        (["--lang", "xx", "locale"], "unknown language 'xx' given to --lang"),
        (["--source-lang", "qq", "locale"], "unknown language 'qq' given to --source-lang"),
        (["notes.txt"], "not a .po catalog"),
    ],
)
def test_exit_2_for_unusable_input(args: list[str], message: str) -> None:
    write("locale/fr/LC_MESSAGES/a.po", GOOD)
    Path("empty").mkdir()
    Path("notes.txt").write_text("x", encoding="utf-8")
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_exit_2_for_usage_errors() -> None:
    write("locale/fr/LC_MESSAGES/a.po", GOOD)
    assert run("--format", "xml", "locale").exit_code == 2
    assert run("--jobs", "0", "locale").exit_code == 2


def test_no_path_uses_the_projects_locale_from_a_subfolder() -> None:
    Path("pyproject.toml").write_text('[tool.khojaly-i18n]\nlocale = "translations"\n', encoding="utf-8")
    write("translations/fr/LC_MESSAGES/b.po", BAD)
    Path("docs/deep").mkdir(parents=True)
    os.chdir("docs/deep")
    result = run("--format", "json")
    assert result.exit_code == 1
    expected = Path.cwd().parent.parent.resolve() / "translations" / "fr" / "LC_MESSAGES" / "b.po"
    assert [d["path"] for d in json.loads(result.stdout)] == [str(expected)]


def test_no_path_and_no_project_is_exit_2() -> None:
    result = run()
    assert result.exit_code == 2
    assert "no PATH given" in result.stderr


def test_any_po_anywhere_without_project() -> None:
    write("loose/file.po", BAD)
    result = run("loose/file.po")
    assert result.exit_code == 1
    assert result.stdout.startswith("loose/file.po:6: error:")


def test_language_from_path_and_lang_option() -> None:
    write("locale/de/LC_MESSAGES/a.po", BAD, lang=None)
    write("locale/fr/LC_MESSAGES/a.po", BAD, lang=None)
    write("nolang.po", BAD, lang=None)
    data = json.loads(run("--format", "json", "locale").stdout)
    assert [d["lang"] for d in data] == ["de", "fr"]
    data = json.loads(run("--format", "json", "--lang", "fr", "locale").stdout)
    assert [(d["lang"], d["path"]) for d in data] == [("fr", os.path.join("locale", "fr", "LC_MESSAGES", "a.po"))]
    result = run("nolang.po")
    assert result.exit_code == 2
    assert "nolang.po:1: error: unknown language" in result.stdout
    assert "--lang" in result.stdout
    data = json.loads(run("--format", "json", "--lang", "az", "nolang.po").stdout)
    assert [d["lang"] for d in data] == ["az"]


def test_ignore_flag_silences_one_check() -> None:
    write("locale/fr/LC_MESSAGES/a.po", "#, ignore-test-digits\n" + BAD + "\n#, ignore-figures\n" + BAD.replace("victims", "dead"))
    data = json.loads(run("--format", "json", "locale").stdout)
    assert [d["msgid"] for d in data] == ["In 1992 there were 613 dead."]


def test_warm_run_gives_the_same_output() -> None:
    for number in range(5):
        write(f"locale/fr/LC_MESSAGES/f{number}.po", BAD if number % 2 else GOOD)
    cold = run("--format", "json", "locale")
    assert list(Path(os.environ["KHOJALY_I18N_CACHE_DIR"]).glob("checks-*.json"))
    warm = run("--format", "json", "locale")
    assert cold.stdout == warm.stdout and cold.exit_code == warm.exit_code == 1
    assert run("--format", "json", "--no-cache", "locale").stdout == cold.stdout


def test_the_installed_command_runs_figures_without_traceback(tmp_path: Path) -> None:
    write("locale/fr/LC_MESSAGES/b.po", BAD)
    write("locale/fr/LC_MESSAGES/c.po", MALFORMED, raw=True)
    process = subprocess.run(
        [sys.executable, "-m", "khojaly_i18n", "check", "--format", "json", "locale"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert process.returncode == 2, process.stderr
    assert "Traceback" not in process.stderr
    data = json.loads(process.stdout)
    assert {d["check"] for d in data} == {"figures", "catalog"}
    assert any(d["check"] == "figures" and d["line"] == 6 and d["severity"] == "error" for d in data)
