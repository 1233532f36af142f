"""Merge the extracted templates into every language's catalogs (``khojaly-i18n update``)."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from khojaly_i18n.errors import CatalogError, ConfigError
from khojaly_i18n.fsutil import file_size
from khojaly_i18n.parallel import fork_map, worker_count
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
    jobs: int | None = None,
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

    Catalogs are merged in forked worker processes (*jobs*, default every core
    once there are megabytes of catalogs); each worker writes the files it merged.
    """
    from khojaly_i18n.catalog import po_path, pot_files, read_catalog

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
    parsed_templates = [(docname, read_catalog(path)) for docname, path in templates.items()]
    run = _UpdateRun(project, parsed_templates, chosen, memory, threshold)
    documents = run.documents
    sizes = [file_size(po_path(project.locale_dir, language, docname)) for language, docname, _ in documents]
    workers = _workers(sizes, jobs, memory)
    if workers > 1 and memory is not None:
        for language in chosen:  # built here, the fuzzy indexes are shared with the workers
            for source_lang, target_lang in memory.pairs(project.source_language, language):
                memory.index(source_lang, target_lang)
    order = sorted(range(len(documents)), key=lambda i: -sizes[i])  # largest first: all finish together
    outcomes = fork_map(run.document, len(documents), workers, order=order,
                        child_setup=run.reopen_memory if memory is not None else None)
    results = {language: LanguageUpdate(language) for language in chosen}
    finished: list["Unit"] = []
    for outcome in outcomes:
        assert outcome is not None
        result = results[outcome.language]
        result.prefilled += outcome.prefilled
        result.kept += outcome.kept
        result.new += outcome.new
        result.fuzzy += outcome.fuzzy
        result.obsolete += outcome.obsolete
        getattr(result, outcome.status).append(outcome.target)
        finished.extend(outcome.finished)
    if memory is not None and finished:
        memory.add(finished)
    return [results[language] for language in chosen]


@dataclass
class _DocumentOutcome:
    """What the update did to one catalog (sent back from a worker process)."""

    language: str
    target: Path
    status: str  # "created", "changed" or "unchanged"
    kept: int
    new: int
    fuzzy: int
    obsolete: int
    prefilled: int
    finished: list["Unit"]


class _UpdateRun:
    """The inputs of one update, and the update of one document."""

    def __init__(self, project: Project, templates: list[tuple[str, "Catalog"]], languages: list[str],
                 memory: "TranslationMemory | None", threshold: float) -> None:
        self.project = project
        self.memory = memory
        self.threshold = threshold
        self.documents = [(language, docname, template) for language in languages for docname, template in templates]
        # newest unit time per origin, read once before any worker starts
        self.origin_times = {language: memory.store.origin_times(language) for language in languages} \
            if memory is not None else {}

    def reopen_memory(self) -> None:
        """In a worker: the same memory (and its built indexes) over a connection of its own."""
        assert self.memory is not None
        self.memory = self.memory.reopened()

    def document(self, index: int) -> _DocumentOutcome:
        from khojaly_i18n.catalog import format_catalog, merge_catalog, parse_catalog, po_path
        from khojaly_i18n.fsutil import atomic_write_text

        language, docname, template = self.documents[index]
        project = self.project
        target = po_path(project.locale_dir, language, docname)
        read = _read_catalog_text(target)
        existing = parse_catalog(read[0], target) if read is not None else None
        merged, report = merge_catalog(existing, template, language=language)
        prefilled = 0
        finished: list["Unit"] = []
        if self.memory is not None:
            prefilled = _prefill(self.memory, merged, existing, report, project, language, self.threshold)
            finished = _finished_units(merged, target, project, language, self.origin_times[language])
        new_text = format_catalog(merged)
        status = "created"
        if read is not None:
            old_text = read[1]
            status = "changed"
            if new_text == old_text or _same_but_for_pot_date(old_text, new_text):
                status = "unchanged"
        if status != "unchanged":
            atomic_write_text(target, new_text)
        return _DocumentOutcome(language, target, status, report.kept, report.new, report.fuzzy,
                                report.obsoleted, prefilled, finished)


def _read_catalog_text(path: Path) -> tuple[str, str] | None:
    """A catalog read once: its text to parse and its text as written, to compare with the
    merge (line ends as in text mode, a byte-order mark kept so that it is written away);
    None when the file does not exist."""
    from khojaly_i18n.catalog import decode_catalog

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CatalogError(f"cannot read catalog: {error.strerror}", path) from None
    text = decode_catalog(data, path)
    written = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    return text, ("\ufeff" + written if data.startswith(codecs.BOM_UTF8) else written)


def _workers(sizes: list[int], jobs: int | None, memory: "TranslationMemory | None") -> int:
    """Processes for the update: *jobs*, else every core once there are megabytes of catalogs.

    One when the memory's store cannot open a connection of its own in a worker.
    """
    if memory is not None and not hasattr(memory.store, "reopen"):
        return 1
    if jobs is not None:
        return worker_count(jobs)
    return worker_count(None) if sum(sizes) > 2_000_000 and len(sizes) > 8 else 1


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
