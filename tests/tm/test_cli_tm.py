"""The ``tm`` command group and ``update --tm/--no-tm/--threshold``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from khojaly_i18n.cli import main
from khojaly_i18n.tm import Unit, open_memory


@pytest.fixture()
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "m.sqlite"
    with open_memory(path) as memory:
        memory.add([
            Unit("en", "ru", "There were 1,200 hostages.", "Было 1 200 заложников.", "", "a.po", 1),
            Unit("en", "ru", "The town was small.", "Город был маленьким.", "", "b.po", 2),
            Unit("en", "de", "The town was small.", "Die Stadt war klein.", "", "b.po", 2),
        ])
    return path


def test_lookup_writes_json_lines(filled: Path) -> None:
    queries = "The town was small.\nThe town was very small.\nThere were 1,275 hostages.\nzzz\n"
    result = CliRunner().invoke(
        main, ["tm", "lookup", "--tm", str(filled), "--lang", "ru", "--format", "json", "--limit", "2"], input=queries
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["query"] for line in lines] == queries.splitlines()
    assert lines[0]["matches"][0] == {"score": 101, "source": "The town was small.", "target": "Город был маленьким.",
                                      "origin": "b.po", "context": "", "kind": "exact"}
    assert 75 <= lines[1]["matches"][0]["score"] < 100
    assert lines[2]["matches"][0]["target"] == "Было 1\u00a0275 заложников."
    assert lines[2]["matches"][0]["score"] == 99
    assert lines[3]["matches"] == []


def test_import_stats_export(tmp_path: Path, tm_data: Path) -> None:
    po = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "a.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "Hello"\nmsgstr "Bonjour"\n', encoding="utf-8")
    tm = str(tmp_path / "m.sqlite")
    runner = CliRunner()
    result = runner.invoke(main, ["tm", "import", "--tm", tm, "--source-lang", "en", str(tmp_path / "locale")])
    assert result.exit_code == 0, result.output
    assert "1 files, 1 units read, 1 new; 1 units in the memory" in result.output
    result = runner.invoke(main, ["tm", "stats", "--tm", tm, "--format", "json"])
    data = json.loads(result.output)
    assert data["units"] == 1 and data["pairs"][0]["target_lang"] == "fr"
    result = runner.invoke(main, ["tm", "stats", "--tm", tm])
    assert "en -> fr: 1 units" in result.output
    out = tmp_path / "out.tmx"
    result = runner.invoke(main, ["tm", "export", "--tm", tm, "-o", str(out), "--lang", "fr"])
    assert result.exit_code == 0 and "1 units written" in result.output
    assert etree.DTD(str(tm_data / "tmx14.dtd")).validate(etree.parse(str(out)))
    result = runner.invoke(main, ["tm", "export", "--tm", tm])
    assert "<seg>Bonjour</seg>" in result.output


def test_outside_a_project_tm_is_required(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["tm", "stats"])
    assert result.exit_code == 2
    assert "--tm PATH" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(main, ["tm", "lookup", "--tm", str(tmp_path / "none.sqlite"), "--lang", "ru"], input="x\n")
    assert result.exit_code == 2 and "no translation memory here" in result.output


def test_import_reports_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "x"\nmsgstr "unterminated\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["tm", "import", "--tm", str(tmp_path / "m.sqlite"), "--lang", "de", str(bad)])
    assert result.exit_code == 1
    assert "bad.po:" in result.output


def test_update_uses_the_project_memory(make_root, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("_prefill_tests", Path(__file__).with_name("test_update_prefill.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    edited_templates = module.edited_templates

    root = make_root("basic")
    edited_templates(root)
    with open_memory(root / ".khojaly-tm.sqlite") as memory:
        memory.add([Unit("en", "de", "The old bridge collapsed in 1910.", "Die alte Brücke stürzte 1910 ein.")])
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["update", "-l", "de", "--threshold", "90"])
    assert result.exit_code == 0, result.output
    assert "1 pre-filled from the memory" in result.output
    result = CliRunner().invoke(main, ["update", "-l", "de", "--no-tm"])
    assert result.exit_code == 0 and "pre-filled" not in result.output
