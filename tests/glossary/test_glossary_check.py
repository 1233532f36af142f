"""The ``glossary`` check in the check framework, and the shipped editions."""

from __future__ import annotations

from pathlib import Path

import pytest

from khojaly_i18n.checks import check_catalog, check_ids, check_paths, get_checks
from khojaly_i18n.checks.glossary import GlossaryCheck
from khojaly_i18n.glossary import load_glossary, set_glossary_path

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: {lang}\\n"\n\n'


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHOJALY_I18N_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("KHOJALY_I18N_GLOSSARY", raising=False)


def write_po(path: Path, lang: str, pairs: list[tuple[str, str]], flags: str = "") -> Path:
    body = "".join(f'{flags}msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(lang=lang) + body, encoding="utf-8")
    return path


def test_registered() -> None:
    assert "glossary" in check_ids()
    (check,) = get_checks(["glossary"])
    assert isinstance(check, GlossaryCheck) and check.severity == "error"


def test_findings_through_the_runner(repo_root: Path, tmp_path: Path) -> None:
    po = write_po(
        tmp_path / "ru.po",
        "ru",
        [("Refugees from Khojaly", "Беженцы из Ходжали"), ("The 366th regiment", "366-й полк"), ("Baku", "Москва")],
    )
    check = GlossaryCheck(load_glossary(None, repo_root))
    result = check_catalog(po, [check], "en")
    messages = [(f.line, f.message) for f in result.findings]
    assert messages == [
        (6, "deprecated 'Ходжали' for Khojaly; use Ходжалы"),
        (12, "Baku (baku) should be Баку; the translation has none of Баку"),
    ]
    assert all(f.check == "glossary" and f.severity == "error" for f in result.findings)


def test_ignore_flag(repo_root: Path, tmp_path: Path) -> None:
    po = write_po(tmp_path / "de.po", "de", [("Baku", "Moskau")], flags="#, ignore-glossary\n")
    assert check_catalog(po, [GlossaryCheck(load_glossary(None, repo_root))], "en").findings == []


def test_glossary_path_set_for_the_run(repo_root: Path, tmp_path: Path) -> None:
    tbx = repo_root / "tests" / "data" / "glossary" / "eval_terms.tbx"
    po = write_po(tmp_path / "fr.po", "fr", [("in Lachin", "à Berdzor")])
    set_glossary_path(tbx)
    try:
        check = GlossaryCheck()
        assert check.fingerprint().startswith(f"{check.version}+")
        result = check_catalog(po, [check], "en")
    finally:
        set_glossary_path(None)
    assert [f.message for f in result.findings] == ["deprecated 'Berdzor' for Lachin; use Latchine"]


def test_catalog_outside_a_project_without_glossary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    po = write_po(tmp_path / "fr.po", "fr", [("Baku", "Moscou")])
    assert check_catalog(po, [GlossaryCheck()], "en").findings == []


def test_fingerprint_follows_the_glossary(tmp_path: Path) -> None:
    from khojaly_i18n.checks.cache import config_key

    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "a.yaml").write_text("- id: a\n  category: place\n  en: {term: A}\n", encoding="utf-8")
    check = GlossaryCheck(glossary_path=folder)
    first, first_key = check.fingerprint(), config_key([check], "en", None)
    assert GlossaryCheck.version == check.version  # a plain class attribute again
    (folder / "a.yaml").write_text("- id: a\n  category: place\n  en: {term: B}\n", encoding="utf-8")
    check = GlossaryCheck(glossary_path=folder)
    assert check.fingerprint() != first
    assert config_key([check], "en", None) != first_key


def test_shipped_editions_pass(repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo_root)
    run = check_paths(["locale"], checks=["glossary"], cache=False, jobs=1)
    assert len(run.checked) >= 35
    assert [f"{f.location()}: {f.message}" for f in run.findings] == []


def test_many_entries_are_fast(repo_root: Path) -> None:
    import time

    from khojaly_i18n.glossary import get_matcher

    matcher = get_matcher(load_glossary(None, repo_root))
    start = time.perf_counter()
    for index in range(20000):
        if index % 10:
            matcher.check(f"The town had {index} inhabitants.", f"В городе было {index} жителей.", "ru")
        else:
            matcher.check(f"Refugees from Khojaly ({index})", f"Беженцы из Ходжалы ({index})", "ru")
    assert time.perf_counter() - start < 10
