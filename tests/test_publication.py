"""The shipped publication: six editions, complete catalogs in sync with the source."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from khojaly_i18n.catalog import read_catalog
from khojaly_i18n.editions import extract
from khojaly_i18n.project import Project, load_project

LANGUAGES = ("az", "ru", "tr", "de", "fr")


@pytest.fixture(scope="module")
def project(repo_root: Path) -> Project:
    return load_project(repo_root)


@pytest.fixture(scope="module")
def fresh_templates(project: Project, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The templates extracted from docs/ now, into a temporary folder."""
    from dataclasses import replace

    scratch = tmp_path_factory.mktemp("extract")
    templates = extract(replace(project, gettext_dir=scratch / "gettext", build_dir=scratch))
    documents = {path.relative_to(scratch / "gettext").with_suffix("").as_posix(): path for path in templates}
    documents.pop("sphinx", None)  # Sphinx's template strings: its own domain, see update.SPHINX_DOMAIN
    return documents


def shipped_catalogs(project: Project) -> list[Path]:
    return sorted(
        path
        for language in LANGUAGES
        for path in (project.locale_dir / language / "LC_MESSAGES").rglob("*.po")
    )


def test_project_translates_into_five_languages(project: Project) -> None:
    assert project.languages == LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogs_are_complete_and_match_the_source(
    project: Project, fresh_templates: dict[str, Path], language: str
) -> None:
    for docname, template_path in fresh_templates.items():
        po_path = project.locale_dir / language / "LC_MESSAGES" / f"{docname}.po"
        assert po_path.is_file(), f"missing catalog {po_path}"
        catalog = read_catalog(po_path)
        assert catalog.language == language
        template_ids = [m.msgid for m in read_catalog(template_path).messages]
        live = [m for m in catalog.messages if not m.obsolete]
        assert [m.msgid for m in live] == template_ids, f"{po_path} is out of date: run khojaly-i18n update"
        for message in live:
            assert message.msgstr.strip(), f"{po_path}:{message.line}: untranslated"
            assert not message.fuzzy, f"{po_path}:{message.line}: fuzzy"
        assert not [m for m in catalog.messages if m.obsolete], f"{po_path} keeps obsolete entries"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
def test_gnu_msgfmt_accepts_every_shipped_catalog(project: Project) -> None:
    catalogs = shipped_catalogs(project)
    assert len(catalogs) >= len(LANGUAGES) * 7
    for path in catalogs:
        completed = subprocess.run(
            ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(path)],
            capture_output=True, text=True, check=False,
        )
        assert completed.returncode == 0, f"{path}: {completed.stderr}"
        if path.name != "sphinx.po":
            assert "untranslated" not in completed.stderr and "fuzzy" not in completed.stderr, completed.stderr


def test_az_interface_catalog_translates_what_readers_see(project: Project) -> None:
    catalog = read_catalog(project.locale_dir / "az/LC_MESSAGES/sphinx.po")
    translated = {m.msgid: m.msgstr for m in catalog.messages if m.msgstr and not m.fuzzy}
    for msgid in ("Search", "Navigation", "Quick search", "Go", "Next topic", "Previous topic", "Search Results"):
        assert translated.get(msgid), f"sphinx.po leaves {msgid!r} untranslated"
