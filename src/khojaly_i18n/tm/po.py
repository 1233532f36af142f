"""Import finished entries of gettext catalogs (and TMX files) into a memory."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from khojaly_i18n.errors import KhojalyError, MemoryStoreError

from .model import Unit, normalize_language
from .store import MemoryStore

__all__ = ["ImportReport", "units_from_catalog", "import_paths", "iter_files"]


@dataclass
class ImportReport:
    """What an import read and stored."""

    files: int = 0
    units: int = 0
    added: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """JSON-friendly form."""
        return {"files": self.files, "units": self.units, "added": self.added, "errors": list(self.errors)}


def revision_time(catalog: object, path: Path) -> int:
    """A catalog's PO-Revision-Date as Unix seconds, else the file's mtime (0 when missing)."""
    headers = getattr(catalog, "headers", {})
    raw = headers.get("PO-Revision-Date", "") if isinstance(headers, dict) else ""
    for fmt in ("%Y-%m-%d %H:%M%z", "%Y-%m-%d %H:%M:%S%z"):
        try:
            return int(datetime.strptime(raw.strip(), fmt).timestamp())
        except ValueError:
            continue
    try:
        return int(path.stat().st_mtime)
    except OSError:
        return 0


def origin_of(path: Path, root: Path | None) -> str:
    """*path* relative to *root* (POSIX form) when inside it, else as given."""
    if root is not None:
        try:
            return Path(os.path.abspath(path)).relative_to(Path(os.path.abspath(root))).as_posix()
        except ValueError:
            pass
    return Path(path).as_posix()


def units_from_catalog(
    catalog: object, path: Path, source_lang: str, target_lang: str | None = None, origin: str | None = None
) -> list[Unit]:
    """Units of every finished entry (translated, not fuzzy, not obsolete) of a parsed catalog.

    The target language is *target_lang*, else the Language header, else the
    ``<lang>/LC_MESSAGES`` folder; a catalog with none of them yields nothing.
    """
    from khojaly_i18n.catalog import language_of

    language = target_lang or language_of(path, catalog)  # type: ignore[arg-type]
    if not language:
        raise MemoryStoreError("no Language header and no <lang>/LC_MESSAGES folder: language unknown", path)
    when = revision_time(catalog, path)
    where = origin if origin is not None else path.as_posix()
    sl, tl = normalize_language(source_lang), normalize_language(language)
    units = []
    for message in catalog.messages:  # type: ignore[attr-defined]
        if not message.msgid or not message.translated:
            continue
        target = message.msgstr_plural.get(0, "") if message.msgid_plural is not None else message.msgstr
        if target:
            units.append(Unit(sl, tl, message.msgid, target, message.msgctxt or "", where, when))
    return units


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every .po/.tmx file named or found (recursively, sorted) under the folders named."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in (".po", ".tmx") and p.is_file())
        elif path.exists():
            yield path
        else:
            raise MemoryStoreError("no such file or folder", path)


def import_paths(
    store: MemoryStore,
    paths: Iterable[str | Path],
    *,
    source_lang: str = "en",
    target_lang: str | None = None,
    root: Path | None = None,
) -> ImportReport:
    """Import .po files (finished entries) and .tmx files into *store*.

    A file that cannot be read is reported in ``errors`` (``path:line: message``)
    and skipped; the others are imported.  Origins are paths relative to *root*
    (default: the current folder).
    """
    from khojaly_i18n.catalog import read_catalog

    from .tmx import import_tmx

    report = ImportReport()
    root = root if root is not None else Path.cwd()
    batch: list[Unit] = []
    for path in iter_files(paths):
        try:
            if path.suffix.lower() == ".tmx":
                seen, added = import_tmx(store, path, origin=origin_of(path, root))
                report.files += 1
                report.units += seen
                report.added += added
                continue
            catalog = read_catalog(path)
            units = units_from_catalog(catalog, path, source_lang, target_lang, origin_of(path, root))
        except KhojalyError as error:
            report.errors.append(str(error))
            continue
        report.files += 1
        report.units += len(units)
        batch.extend(units)
        if len(batch) >= 50_000:
            report.added += store.add(batch)
            batch = []
    if batch:
        report.added += store.add(batch)
    return report
