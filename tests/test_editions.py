"""The whole pipeline on the mini project tests/roots/test-basic: extract, update, build."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from khojaly_i18n.catalog import read_catalog
from khojaly_i18n.editions import build, extract
from khojaly_i18n.errors import BuildError, ConfigError
from khojaly_i18n.project import load_project
from khojaly_i18n.update import update_catalogs


@pytest.fixture(scope="module")
def built_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini project after extract, update and an html + epub build of every edition."""
    import shutil

    root = tmp_path_factory.mktemp("pipeline") / "basic"
    shutil.copytree(Path(__file__).parent / "roots" / "test-basic", root)
    project = load_project(root)
    extract(project)
    update_catalogs(project)
    build(project, formats=("html", "epub"))
    return root


def test_extract_writes_one_template_per_document(built_root: Path) -> None:
    templates = sorted(p.relative_to(built_root / "build/gettext").as_posix() for p in (built_root / "build/gettext").rglob("*.pot"))
    assert templates == ["chapter/page.pot", "index.pot", "sphinx.pot"]  # sphinx.pot: template strings


def test_update_keeps_translations_and_marks_changed_msgids_fuzzy(built_root: Path) -> None:
    page = read_catalog(built_root / "locale/de/LC_MESSAGES/chapter/page.po")
    by_msgid = {message.msgid: message for message in page.messages if not message.obsolete}
    assert by_msgid["The river"].msgstr == "Der Fluss"
    assert not by_msgid["The river"].fuzzy
    changed = by_msgid["The river flows past the town."]
    assert changed.fuzzy
    assert changed.msgstr == "Der Fluss fließt an der Stadt vorbei."
    assert changed.previous_msgid == "The river flows past the city."
    text = (built_root / "locale/de/LC_MESSAGES/chapter/page.po").read_text(encoding="utf-8")
    assert '#| msgid "The river flows past the city."' in text


def test_update_creates_catalogs_for_a_new_language(built_root: Path) -> None:
    created = read_catalog(built_root / "locale/az/LC_MESSAGES/index.po")
    assert created.language == "az"
    assert [m.msgid for m in created.messages] == ["A small town", "The town had 613 inhabitants in 1992."]
    assert all(not m.msgstr for m in created.messages)


def test_update_without_source_change_changes_no_byte(built_root: Path) -> None:
    project = load_project(built_root)
    before = {p: p.read_bytes() for p in (built_root / "locale").rglob("*.po")}
    extract(project)  # a fresh extraction stamps a new POT-Creation-Date
    results = update_catalogs(project)
    assert all(not result.changed and not result.created for result in results)
    assert {p: p.read_bytes() for p in (built_root / "locale").rglob("*.po")} == before


@pytest.mark.parametrize(("lang", "title"), [("en", "A small town"), ("de", "Eine kleine Stadt"), ("az", "A small town")])
def test_every_edition_has_lang_and_its_title(built_root: Path, lang: str, title: str) -> None:
    html = (built_root / "build/html" / lang / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    assert f"<title>{title}" in html


def test_switcher_links_the_same_page_in_every_other_edition(built_root: Path) -> None:
    html = (built_root / "build/html/de/chapter/page.html").read_text(encoding="utf-8")
    nav = re.search(r'<nav class="khojaly-languages".*?</nav>', html, re.S)
    assert nav is not None
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', nav.group(0)))
    assert links == {"../../en/chapter/page.html": "en", "../../az/chapter/page.html": "az"}
    for href in links:
        assert (built_root / "build/html/de/chapter" / href).resolve().is_file()
    assert 'aria-current="page">Deutsch<' in nav.group(0)
    assert 'hreflang="az" href="../../az/chapter/page.html"' in html


def test_translated_paragraph_is_in_the_edition(built_root: Path) -> None:
    html = (built_root / "build/html/de/index.html").read_text(encoding="utf-8")
    assert "Die Stadt hatte 1992 613 Einwohner." in html


def test_az_edition_uses_the_azerbaijani_stemmer_and_interface(built_root: Path) -> None:
    searchindex = (built_root / "build/html/az/searchindex.js").read_text(encoding="utf-8")
    assert "Azerbaijani" in (built_root / "build/html/az/_static/language_data.js").read_text(encoding="utf-8")
    assert searchindex.startswith("Search.setIndex(")
    translations = (built_root / "build/html/az/_static/translations.js").read_text(encoding="utf-8")
    payload = json.loads(translations[translations.index("(") + 1 : translations.rindex(")")])
    assert payload["locale"] == "az"
    assert payload["messages"]["Search"] == "Axtarış"


def test_epub_per_language(built_root: Path) -> None:
    for lang in ("en", "de", "az"):
        assert list((built_root / "build/epub" / lang).glob("*.epub")), lang


def test_epub_has_no_switcher(built_root: Path) -> None:
    import zipfile

    epub = next((built_root / "build/epub/de").glob("*.epub"))
    with zipfile.ZipFile(epub) as archive:
        index = archive.read("index.xhtml").decode("utf-8")
    assert "khojaly-languages" not in index
    assert "Eine kleine Stadt" in index


def test_unknown_language_and_format_are_config_errors(built_root: Path) -> None:
    project = load_project(built_root)
    with pytest.raises(ConfigError, match="unknown language"):
        build(project, languages=["xx"])
    with pytest.raises(ConfigError, match="unknown format"):
        build(project, formats=["docx"])


def test_pdf_without_xelatex_says_what_is_missing(built_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import khojaly_i18n.editions as editions

    monkeypatch.setattr(editions, "xelatex_available", lambda: False)
    with pytest.raises(BuildError, match="needs xelatex"):
        build(load_project(built_root), formats=["pdf"])
