"""Build-time glossary warnings for the Sphinx extension.

On ``doctree-resolved`` every node that Sphinx's ``Locale`` transform translated
(``node['translated']`` is True; Sphinx 7–9 keep the source text in
``node.rawsource`` and replace only the children) is checked against the
glossary, and each issue becomes a warning at the node's location::

    docs/x.rst:12: WARNING: Khojaly (khojaly) should be Ходжалы; ... [khojaly.glossary]

Configuration: ``khojaly_glossary`` — a folder of YAML or a .tbx file, relative to
the configuration directory; default: the project's glossary folder. An empty
string turns the check off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from khojaly_i18n.errors import ConfigError, KhojalyError

logger = logging.getLogger(__name__)

_UNSET = object()


def _glossary(app: Sphinx) -> Any | None:
    """The glossary of this build (loaded once per build, None when there is none)."""
    cached = getattr(app, "_khojaly_glossary", _UNSET)
    if cached is not _UNSET:
        return cached
    from khojaly_i18n.glossary.loader import load_glossary, project_glossary_dir

    setting = app.config.khojaly_glossary
    glossary = None
    try:
        if setting == "":
            glossary = None
        elif setting:
            glossary = load_glossary(Path(app.confdir) / setting, Path(app.confdir))
        else:
            folder = project_glossary_dir(Path(app.confdir))
            if folder is not None and folder.exists():
                glossary = load_glossary(folder, Path(app.confdir))
    except ConfigError as error:
        logger.warning("glossary not loaded: %s", error, type="khojaly", subtype="glossary")
    except KhojalyError as error:
        logger.warning("invalid glossary: %s", error, type="khojaly", subtype="glossary")
    app._khojaly_glossary = glossary  # type: ignore[attr-defined]
    return glossary


def _source_language(app: Sphinx) -> str:
    return getattr(app.config, "khojaly_source_language", None) or "en"


def check_doctree(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Warn, at the node, for every translated paragraph or title that breaks the glossary."""
    language = app.config.language
    source_lang = _source_language(app)
    if not language or language == source_lang:
        return
    glossary = _glossary(app)
    if glossary is None or not len(glossary):
        return
    from khojaly_i18n.glossary.loader import get_matcher

    matcher = get_matcher(glossary, source_lang)
    for node in doctree.findall(nodes.TextElement):
        if not node.get("translated"):
            continue
        source = " ".join((node.rawsource or "").split())
        target = " ".join(node.astext().split())
        if not source or not target or source == target:
            continue
        for issue in matcher.check(source, target, language):
            logger.warning(issue.message, type="khojaly", subtype="glossary", location=node)


def setup_glossary(app: Sphinx) -> None:
    """Add the ``khojaly_glossary`` setting and the check (idempotent)."""
    if "khojaly_glossary" in app.config:
        return
    app.add_config_value("khojaly_glossary", None, "env", types=[str, type(None)])
    app.connect("doctree-resolved", check_doctree)


def setup(app: Sphinx) -> dict[str, Any]:
    """Standalone use: ``extensions = ["khojaly_i18n.glossary.sphinx"]``."""
    from khojaly_i18n import __version__

    setup_glossary(app)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
