"""Merge the extracted templates into every language's catalogs (``khojaly-i18n update``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from khojaly_i18n.errors import ConfigError
from khojaly_i18n.project import Project

if TYPE_CHECKING:
    from khojaly_i18n.catalog import Catalog, MergeReport
    from khojaly_i18n.tm import TranslationMemory, Unit

SPHINX_DOMAIN = "sphinx"
_POT_DATE = re.compile(r'^"POT-Creation-Date: [^"]*"\n', re.MULTILINE)


@dataclass
class LanguageUpdate:
    """What an update did to one language's catalogs."""

    language: str
    created: list[Path] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept: int = 0
    new: int = 0
    fuzzy: int = 0
    obsolete: int = 0
    prefilled: int = 0


def _same_but_for_pot_date(old: str, new: str) -> bool:
    """A fresh extraction stamps a new POT-Creation-Date; alone it is no change."""
    return _POT_DATE.sub("", old) == _POT_DATE.sub("", new)


def update_catalogs(
    project: Project,
    languages: Iterable[str] | None = None,
    *,
    memory: "TranslationMemory | None" = None,
    threshold: float = 75.0,
) -> list[LanguageUpdate]:
    """Merge every ``.pot`` of ``project.gettext_dir`` into ``locale/<lang>/LC_MESSAGES``.

    Finished translations are kept, changed msgids become fuzzy with the previous
    msgid recorded, vanished entries become obsolete.  A catalog whose merge
    changes nothing but the template date is not written, so an update with no
    source change leaves every file byte for byte as it was.

    With a translation *memory*, entries that are new or whose msgid changed
    (untranslated or fuzzy-matched after the merge) are pre-filled from the
    best match scoring at least *threshold*, as fuzzy with a ``tm: N% from
    ORIGIN`` comment; finished translations are never touched.  Afterwards the
    finished entries of the updated catalogs are added to the memory.
    """
    from khojaly_i18n.catalog import format_catalog, merge_catalog, po_path, pot_files, read_catalog
    from khojaly_i18n.fsutil import atomic_write_text

    chosen = list(languages) if languages else list(project.languages)
    unknown = [code for code in chosen if code not in project.languages]
    if unknown:
        raise ConfigError(
            f"unknown language(s) {', '.join(unknown)}; the project translates into {', '.join(project.languages)}"
        )
    # Sphinx writes the strings of the HTML templates into sphinx.pot; they belong to
    # Sphinx's own "sphinx" domain, whose translation (locale/az/LC_MESSAGES/sphinx.po)
    # is a full catalog of Sphinx's interface and must not be cut down to the template subset.
    templates = {name: path for name, path in pot_files(project.gettext_dir).items() if name != SPHINX_DOMAIN}
    if not templates:
        raise ConfigError(f"no .pot templates in {project.gettext_dir}: run 'khojaly-i18n extract' first")
    parsed_templates = {docname: read_catalog(path) for docname, path in templates.items()}
    results = []
    finished: list["Unit"] = []
    origin_times: dict[str, dict[str, int]] = {}
    for language in chosen:
        result = LanguageUpdate(language)
        for docname, template in parsed_templates.items():
            target = po_path(project.locale_dir, language, docname)
            existing = read_catalog(target) if target.exists() else None
            merged, report = merge_catalog(existing, template, language=language)
            if memory is not None:
                result.prefilled += _prefill(memory, merged, existing, report, project, language, threshold)
                if language not in origin_times:
                    origin_times[language] = memory.store.origin_times(language)
                known = origin_times[language]
                finished.extend(_finished_units(merged, target, project, language, known))
            result.kept += report.kept
            result.new += report.new
            result.fuzzy += report.fuzzy
            result.obsolete += report.obsoleted
            new_text = format_catalog(merged)
            if existing is not None:
                old_text = target.read_text(encoding="utf-8")
                if new_text == old_text or _same_but_for_pot_date(old_text, new_text):
                    result.unchanged.append(target)
                    continue
                result.changed.append(target)
            else:
                result.created.append(target)
            atomic_write_text(target, new_text)
        results.append(result)
    if memory is not None and finished:
        memory.add(finished)
    return results


def _prefill(memory: "TranslationMemory", merged: "Catalog", existing: "Catalog | None", report: "MergeReport",
             project: Project, language: str, threshold: float) -> int:
    """Pre-fill the entries this merge added or fuzzy-matched (see :func:`prefill_catalog`)."""
    from khojaly_i18n.tm import prefill_catalog

    before = {m.key for m in existing.messages if not m.obsolete} if existing is not None else set()
    keys = {m.key for m in merged.messages if not m.obsolete and m.key not in before}
    keys.update(report.fuzzy_keys)
    if not keys:
        return 0
    return prefill_catalog(merged, memory, target_lang=language, source_lang=project.source_language,
                           keys=keys, threshold=threshold)


def _finished_units(merged: "Catalog", path: Path, project: Project, language: str,
                    known: dict[str, int]) -> list["Unit"]:
    """The finished entries of a merged catalog, as memory units.

    Nothing when the memory already holds units of this catalog at least as
    new as its PO-Revision-Date (they were added by an earlier update or import).
    """
    from khojaly_i18n.tm.po import origin_of, revision_time, units_from_catalog

    origin = origin_of(path, project.root)
    if origin in known and known[origin] >= revision_time(merged, path):
        return []
    return units_from_catalog(merged, path, project.source_language, language, origin)
