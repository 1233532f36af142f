"""The command line: thin commands, errors as ``path:line: message`` with exit status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from khojaly_i18n.cli import main


@pytest.fixture()
def in_folder(monkeypatch: pytest.MonkeyPatch):
    def enter(folder: Path) -> Path:
        monkeypatch.chdir(folder)
        return folder

    return enter


def test_version_and_module_entry_point() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "khojaly_i18n", "--version"], capture_output=True, text=True, check=True
    )
    assert completed.stdout.startswith("khojaly-i18n, version ")


def test_outside_a_project_is_a_clear_error(tmp_path: Path, in_folder) -> None:
    in_folder(tmp_path)
    result = CliRunner().invoke(main, ["update"])
    assert result.exit_code == 2
    assert "no pyproject.toml with a [tool.khojaly-i18n] table" in result.output
    assert "Traceback" not in result.output


def test_update_before_extract_says_what_to_run(make_root, in_folder) -> None:
    in_folder(make_root("basic"))
    result = CliRunner().invoke(main, ["update"])
    assert result.exit_code == 2
    assert "run 'khojaly-i18n extract' first" in result.output


def test_malformed_catalog_is_reported_with_file_and_line(make_root, in_folder) -> None:
    root = in_folder(make_root("basic"))
    bad = root / "locale/de/LC_MESSAGES/index.po"
    bad.write_text(bad.read_text(encoding="utf-8").replace('msgstr "Eine kleine Stadt"', 'msgstr "Eine kleine Stadt'), encoding="utf-8")
    result = CliRunner().invoke(main, ["stats"])
    assert result.exit_code == 2
    assert f"{bad}:" in result.output
    assert "Traceback" not in result.output


def test_unknown_language_is_rejected(make_root, in_folder) -> None:
    in_folder(make_root("basic"))
    result = CliRunner().invoke(main, ["stats", "-l", "xx"])
    assert result.exit_code == 2
    assert "unknown language(s) xx" in result.output


def test_extract_update_stats_end_to_end(make_root, in_folder) -> None:
    root = in_folder(make_root("basic"))
    runner = CliRunner()
    assert runner.invoke(main, ["extract"]).exit_code == 0
    result = runner.invoke(main, ["update", "-l", "de"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("de: 0 created, 1 updated, 1 unchanged; 4 kept, 0 new, 1 fuzzy, 0 obsolete")
    result = runner.invoke(main, ["stats", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {row["language"]: row for row in json.loads(result.output)}
    assert rows["de"]["translated"] == 4
    assert rows["de"]["fuzzy"] == 1
    assert rows["de"]["untranslated"] == 0
    assert rows["az"]["catalogs"] == 0
    text = runner.invoke(main, ["stats"]).output
    assert text.splitlines()[0].split()[:3] == ["lang", "translated", "fuzzy"]
    assert (root / "locale/de/LC_MESSAGES/index.po").is_file()
