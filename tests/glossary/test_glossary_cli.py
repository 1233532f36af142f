"""``khojaly-i18n glossary list|check|import|export``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khojaly_i18n.cli import main
from khojaly_i18n.glossary import load_glossary, read_tbx


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_list_text_and_json(runner: CliRunner, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo_root)
    result = runner.invoke(main, ["glossary", "list", "--lang", "ru", "--category", "place"])
    assert result.exit_code == 0, result.output
    assert "khojaly (place)\n  ru: Ходжалы; deprecated: Ходжали, Хоцалы, Иванян\n" in result.output
    assert "regiment-366" not in result.output
    result = runner.invoke(main, ["glossary", "list", "--format", "json", "-l", "de,fr", "--category", "unit"])
    rows = json.loads(result.output)
    assert {row["category"] for row in rows} == {"unit"}
    assert set(rows[0]) == {"id", "category", "de", "fr"}
    result = runner.invoke(main, ["glossary", "list", "--category", "river"])
    assert result.exit_code == 2 and "unknown category" in result.output


def test_check_ok_and_errors(runner: CliRunner, repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo_root)
    result = runner.invoke(main, ["glossary", "check"])
    assert result.exit_code == 0 and "no errors" in result.output
    bad = tmp_path / "g"
    bad.mkdir()
    (bad / "places.yaml").write_text("- id: a\n  category: place\n  en: {term: A, admitted: [B], deprecated: [b]}\n", encoding="utf-8")
    result = runner.invoke(main, ["glossary", "check", str(bad)])
    assert result.exit_code == 2
    assert f"{bad / 'places.yaml'}:3: a/en: 'b' is both admitted and deprecated" in result.output
    result = runner.invoke(main, ["glossary", "check", str(tmp_path / "missing")])
    assert result.exit_code == 2


def test_export_import_round_trip(runner: CliRunner, repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo_root)
    result = runner.invoke(main, ["glossary", "export"])
    assert result.exit_code == 0 and result.output.startswith("<?xml")
    tbx = tmp_path / "g.tbx"
    tbx.write_text(result.output, encoding="utf-8")
    assert len(read_tbx(tbx)) == len(load_glossary(None, repo_root))
    out = tmp_path / "imported"
    result = runner.invoke(main, ["glossary", "import", str(tbx), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["organisations.yaml", "places.yaml", "terms.yaml", "units.yaml"]
    imported = load_glossary(out, None)
    original = load_glossary(None, repo_root)
    assert {c.id: c.to_dict() for c in imported} == {c.id: c.to_dict() for c in original}
    again = runner.invoke(main, ["glossary", "import", str(tbx), "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.output
    assert runner.invoke(main, ["glossary", "import", str(tbx), "-o", str(out), "--force"]).exit_code == 0
    (out / "extra.yaml").write_text("[]\n", encoding="utf-8")
    stale = runner.invoke(main, ["glossary", "import", str(tbx), "-o", str(out), "--force"])
    assert stale.exit_code == 2 and "extra.yaml" in stale.output
    to_file = tmp_path / "x.tbx"
    result = runner.invoke(main, ["glossary", "export", "--glossary", str(out), "-o", str(to_file)])
    assert result.exit_code == 0 and to_file.read_bytes() == tbx.read_bytes()


def test_import_rejects_bomb(runner: CliRunner, tmp_path: Path) -> None:
    bomb = tmp_path / "b.tbx"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<martif/>\n', encoding="utf-8")
    result = runner.invoke(main, ["glossary", "import", str(bomb), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and f"{bomb}:2: DOCTYPE with entity declarations" in result.output
    assert not (tmp_path / "o").exists()
