"""Sphinx extension of the editions: language switcher, localized titles, Azerbaijani search.

Enable it with ``extensions = ["khojaly_i18n.sphinx_ext"]``.  Configuration:

``khojaly_languages``
    Every edition's language code, source first.  Default: the source language
    and ``languages`` of ``[tool.khojaly-i18n]`` in the project's pyproject.toml.
``khojaly_translate_config``
    Configuration values whose text is translated through the edition's own
    catalogs (the title of the publication is the first heading of index.rst,
    so its translation already sits in index.po).
"""

from __future__ import annotations

import json
import os
import posixpath
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

from khojaly_i18n import __version__

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).parent
SWITCHER_LABELS = {
    "en": "Languages",
    "az": "Dillər",
    "ru": "Языки",
    "tr": "Diller",
    "de": "Sprachen",
    "fr": "Langues",
}
TRANSLATED_CONFIG = ("project", "html_title", "html_short_title", "epub_title", "epub_description")
HTML_BUILDERS = {"html"}


def language_name(code: str) -> str:
    """A language's name in that language, capitalised as a menu entry (CLDR)."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(code.replace("-", "_")) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]


def _project_languages(confdir: Path) -> list[str]:
    from khojaly_i18n.errors import ConfigError
    from khojaly_i18n.project import load_project

    try:
        project = load_project(confdir)
    except ConfigError:
        return []
    return list(project.all_languages)


def _catalog_translations(config: Config, confdir: Path) -> dict[str, str]:
    """msgid → msgstr of every finished entry of the edition's document catalogs."""
    from khojaly_i18n.catalog import read_catalog

    table: dict[str, str] = {}
    for locale_dir in config.locale_dirs:
        folder = (confdir / locale_dir / config.language / "LC_MESSAGES").resolve()
        if not folder.is_dir():
            continue
        for po_path in sorted(folder.rglob("*.po")):
            if po_path.name == "sphinx.po":
                continue
            for message in read_catalog(po_path).messages:
                if message.msgid and message.msgstr and not message.fuzzy and not message.obsolete:
                    table.setdefault(message.msgid, message.msgstr)
    return table


def translate_config(app: Sphinx, config: Config) -> None:
    """Give the edition its own title: translate configured values through its catalogs."""
    if not config.language or config.language == config.khojaly_source_language:
        return
    names = [name for name in config.khojaly_translate_config if isinstance(getattr(config, name, None), str)]
    if not names:
        return
    table = _catalog_translations(config, Path(app.confdir))
    for name in names:
        value = getattr(config, name)
        if value in table:
            setattr(config, name, table[value])


def configure(app: Sphinx, config: Config) -> None:
    """Fill defaults that depend on the project and add the package's templates and CSS."""
    if not config.khojaly_languages:
        config.khojaly_languages = _project_languages(Path(app.confdir))
    # Sphinx's HTML builder looks for sphinx.js relative to the working directory,
    # the rest of Sphinx relative to the source: absolute paths serve both.
    config.locale_dirs = [str((Path(app.confdir) / folder).resolve()) for folder in config.locale_dirs]
    templates = str(PACKAGE_DIR / "templates")
    if templates not in config.templates_path:
        config.templates_path = [templates, *config.templates_path]
    static = str(PACKAGE_DIR / "static")
    if static not in config.html_static_path:
        config.html_static_path = [*config.html_static_path, static]
    language = config.language or config.khojaly_source_language
    if config.epub_identifier and config.epub_identifier != "unknown" and not config.epub_identifier.endswith(f"-{language}"):
        config.epub_identifier = f"{config.epub_identifier}-{language}"
    write_translations_js(app, config)
    translate_config(app, config)


def write_translations_js(app: Sphinx, config: Config) -> None:
    """Compile ``sphinx.po`` into the ``sphinx.js`` that Sphinx's search page reads.

    Sphinx ships ``sphinx.js`` only for the languages it translates itself; a
    project that supplies its own ``sphinx.po`` (Azerbaijani here) needs one too.
    """
    if not config.language:
        return
    from khojaly_i18n.catalog import read_catalog

    for locale_dir in config.locale_dirs:
        folder = Path(app.confdir) / locale_dir / config.language / "LC_MESSAGES"
        po_path = folder / "sphinx.po"
        js_path = folder / "sphinx.js"
        if not po_path.is_file():
            continue
        if js_path.is_file() and js_path.stat().st_mtime_ns >= po_path.stat().st_mtime_ns:
            continue
        catalog = read_catalog(po_path)
        messages: dict[str, Any] = {}
        for message in catalog.messages:
            if message.obsolete or message.fuzzy or not message.msgid:
                continue
            if message.msgid_plural:
                forms = [message.msgstr_plural.get(index, "") for index in sorted(message.msgstr_plural)]
                if all(forms):
                    messages[message.msgid] = forms
            elif message.msgstr:
                messages[message.msgid] = message.msgstr
        plural_expr = "(n != 1)"
        plural_forms = catalog.headers.get("Plural-Forms", "")
        if "plural=" in plural_forms:
            plural_expr = plural_forms.split("plural=", 1)[1].strip().rstrip(";")
        payload = json.dumps(
            {"locale": config.language, "messages": messages, "plural_expr": plural_expr},
            ensure_ascii=False,
            indent=4,
            sort_keys=True,
        )
        from khojaly_i18n.fsutil import atomic_write_text

        atomic_write_text(js_path, f"Documentation.addTranslations({payload});\n")


def edition_links(app: Sphinx, pagename: str) -> list[dict[str, Any]]:
    """The same page in every edition, as links relative to the current page."""
    current = app.config.language or app.config.khojaly_source_language
    page_dir = posixpath.dirname(pagename)
    editions = []
    for code in app.config.khojaly_languages:
        target = posixpath.join("..", code, f"{pagename}.html")
        href = posixpath.relpath(target, page_dir or ".") if page_dir else target
        editions.append(
            {
                "code": code,
                "lang_attr": code.replace("_", "-"),
                "name": language_name(code),
                "href": href,
                "current": code == current,
            }
        )
    return editions


def add_switcher(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """Put the other editions of this page into the template context (HTML builders only)."""
    if app.builder.name not in HTML_BUILDERS or len(app.config.khojaly_languages) < 2:
        context["khojaly_editions"] = []
        return
    context["khojaly_editions"] = edition_links(app, pagename)
    language = app.config.language or app.config.khojaly_source_language
    context["khojaly_switcher_label"] = SWITCHER_LABELS.get(language.split("_")[0], "Languages")


def add_stylesheet(app: Sphinx) -> None:
    if app.builder.format == "html":
        app.add_css_file("khojaly.css")


def setup(app: Sphinx) -> dict[str, Any]:
    from khojaly_i18n.glossary.sphinx import setup_glossary
    from khojaly_i18n.search_az import SearchAzerbaijani

    app.add_config_value("khojaly_languages", [], "html", types=[list])
    app.add_config_value("khojaly_source_language", "en", "env", types=[str])
    app.add_config_value("khojaly_translate_config", list(TRANSLATED_CONFIG), "env", types=[list])
    app.add_search_language(SearchAzerbaijani)
    app.connect("config-inited", configure, priority=900)
    app.connect("builder-inited", add_stylesheet)
    app.connect("html-page-context", add_switcher)
    setup_glossary(app)
    os.environ.setdefault("KHOJALY_I18N_VERSION", __version__)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
