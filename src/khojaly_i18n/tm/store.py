"""Storage of translation units: the :class:`MemoryStore` interface and its SQLite backend.

The store keeps units, merges duplicates and answers the exact questions
(same source, same placeable skeleton).  Fuzzy search is done by
:class:`khojaly_i18n.tm.index.TrigramIndex` over :meth:`MemoryStore.sources`,
so a server backend only has to implement this small interface.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

from khojaly_i18n.errors import MemoryStoreError

from .model import Unit, normalize_language
from .placeables import skeleton_of

__all__ = ["MemoryStore", "SQLiteStore", "open_store"]

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    time INTEGER NOT NULL,
    skeleton TEXT,
    source_hash INTEGER NOT NULL,
    unit_key BLOB NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS index_cache (
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    generation INTEGER NOT NULL,
    format TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (source_lang, target_lang)
);
CREATE INDEX IF NOT EXISTS units_by_source ON units (source_lang, target_lang, source_hash);
CREATE INDEX IF NOT EXISTS units_by_skeleton ON units (source_lang, target_lang, skeleton)
    WHERE skeleton IS NOT NULL;
"""

_UPSERT = """
INSERT INTO units (source_lang, target_lang, context, source, target, origin, time, skeleton, source_hash, unit_key)
VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
ON CONFLICT (unit_key) DO UPDATE SET
    origin = CASE WHEN excluded.time >= units.time THEN excluded.origin ELSE units.origin END,
    time = MAX(units.time, excluded.time)
WHERE excluded.time > units.time OR (excluded.time = units.time AND excluded.origin != units.origin)
"""

_COLUMNS = "source_lang, target_lang, source, target, context, origin, time"


def source_hash(source: str) -> int:
    """A signed 64-bit hash of a source text (exact lookups go through an index on it)."""
    return int.from_bytes(hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big",
                          signed=True)


def unit_key(source_lang: str, target_lang: str, context: str, source: str, target: str) -> bytes:
    """The identity of a unit (same langs, context, source, target: one unit), as a 16-byte hash."""
    text = "\x00".join((source_lang, target_lang, context, source, target))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@runtime_checkable
class MemoryStore(Protocol):
    """What a translation-memory backend provides (SQLite here; a server backend may follow)."""

    def add(self, units: Iterable[Unit]) -> int:
        """Store units in one transaction, merging duplicates; return how many are new."""
        ...

    def units(self, source_lang: str | None = None, target_lang: str | None = None) -> Iterator[Unit]:
        """Every unit (of one language pair / target language when given), oldest id first."""
        ...

    def exact(self, source_lang: str, target_lang: str, source: str) -> list[Unit]:
        """Units whose source is exactly *source*."""
        ...

    def by_skeleton(self, source_lang: str, target_lang: str, skeleton: str) -> list[Unit]:
        """Units whose source has this placeable skeleton (see :func:`skeleton_of`)."""
        ...

    def sources(self, source_lang: str, target_lang: str) -> list[str]:
        """Distinct sources of one language pair (what the fuzzy index is built from)."""
        ...

    def pairs(self) -> list[tuple[str, str]]:
        """Every (source language, target language) pair held."""
        ...

    def origin_times(self, target_lang: str) -> dict[str, int]:
        """The newest unit time of every origin of one target language."""
        ...

    def generation(self) -> int:
        """A number that changes whenever units change (indexes compare it)."""
        ...

    def stats(self) -> dict[str, object]:
        """Counts: units in all, per pair, origins."""
        ...

    def close(self) -> None:
        """Release the backend's resources."""
        ...


class SQLiteStore:
    """Units in one SQLite file: WAL journal, busy timeout, one transaction per write.

    Safe with concurrent readers and writers in other threads or processes
    (each should open its own ``SQLiteStore``).
    """

    def __init__(self, path: str | Path, *, timeout: float = 30.0, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise MemoryStoreError("no translation memory here", self.path)
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(
                str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal" and str(self.path) != ":memory:":
                raise MemoryStoreError(f"cannot use a WAL journal (got {mode})", self.path)
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.create_function("khojaly_skeleton", 1, skeleton_of, deterministic=True)
            self._init_schema()
        except sqlite3.DatabaseError as error:
            raise MemoryStoreError(f"not a usable translation memory: {error}", self.path) from error

    def reopen(self) -> "SQLiteStore":
        """A new connection to the same file (e.g. in a forked process)."""
        return SQLiteStore(self.path, create=False)

    def _init_schema(self) -> None:
        with self._lock:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == SCHEMA_VERSION:
                return
            if version not in (0, SCHEMA_VERSION):
                raise MemoryStoreError(f"unknown memory schema version {version}", self.path)
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', '0')")
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    # -- writing ----------------------------------------------------------
    def add(self, units: Iterable[Unit]) -> int:
        """Store units in one transaction; duplicates (same langs, context, source, target) merge,
        keeping the newest time and its origin.  Returns the number of new units."""
        def row(u: Unit) -> tuple[object, ...]:
            sl, tl, context = normalize_language(u.source_lang), normalize_language(u.target_lang), u.context or ""
            return (sl, tl, context, u.source, u.target, u.origin, int(u.time), source_hash(u.source),
                    unit_key(sl, tl, context, u.source, u.target))

        rows = (row(u) for u in units if u.source and u.target)
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                before = self._count()
                last = self._db.execute("SELECT COALESCE(MAX(id), 0) FROM units").fetchone()[0]
                changes = self._db.total_changes
                self._db.executemany(_UPSERT, rows)
                changed = self._db.total_changes != changes
                added = self._count() - before
                if added:  # placeable skeletons of the new rows only
                    self._db.execute("UPDATE units SET skeleton = khojaly_skeleton(source) WHERE id > ?", (last,))
                if changed:
                    self._db.execute(
                        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
                    )
                self._db.execute("COMMIT")
            except BaseException as error:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if isinstance(error, sqlite3.DatabaseError):
                    raise MemoryStoreError(f"cannot write the memory: {error}", self.path) from error
                raise
        return added

    def _count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM units").fetchone()[0])

    # -- reading ----------------------------------------------------------
    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as error:
                raise MemoryStoreError(f"cannot read the memory: {error}", self.path) from error

    def units(self, source_lang: str | None = None, target_lang: str | None = None) -> Iterator[Unit]:
        """Every unit, optionally of one source and/or target language, in insertion order."""
        where, params = [], []
        if source_lang:
            where.append("source_lang = ?")
            params.append(normalize_language(source_lang))
        if target_lang:
            where.append("target_lang = ?")
            params.append(normalize_language(target_lang))
        sql = f"SELECT {_COLUMNS} FROM units" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        for row in self._query(sql, tuple(params)):
            yield Unit(*row)

    def exact(self, source_lang: str, target_lang: str, source: str) -> list[Unit]:
        """Units of the pair whose source is *source*, newest first."""
        rows = self._query(
            f"SELECT {_COLUMNS} FROM units WHERE source_lang = ? AND target_lang = ? AND source_hash = ? "
            "AND source = ? ORDER BY time DESC, id DESC",
            (source_lang, target_lang, source_hash(source), source),
        )
        return [Unit(*row) for row in rows]

    def by_skeleton(self, source_lang: str, target_lang: str, skeleton: str) -> list[Unit]:
        """Units of the pair whose source has *skeleton*, newest first (at most 50)."""
        rows = self._query(
            f"SELECT {_COLUMNS} FROM units WHERE source_lang = ? AND target_lang = ? AND skeleton = ? "
            "ORDER BY time DESC, id DESC LIMIT 50",
            (source_lang, target_lang, skeleton),
        )
        return [Unit(*row) for row in rows]

    def sources(self, source_lang: str, target_lang: str) -> list[str]:
        """Distinct sources of the pair."""
        rows = self._query(
            "SELECT DISTINCT source FROM units WHERE source_lang = ? AND target_lang = ?",
            (source_lang, target_lang),
        )
        return [row[0] for row in rows]

    def pairs(self) -> list[tuple[str, str]]:
        """Every (source_lang, target_lang) pair, sorted."""
        rows = self._query("SELECT DISTINCT source_lang, target_lang FROM units ORDER BY 1, 2")
        return [(a, b) for a, b in rows]

    def origin_times(self, target_lang: str) -> dict[str, int]:
        """``{origin: newest time}`` of one target language."""
        rows = self._query("SELECT origin, MAX(time) FROM units WHERE target_lang = ? GROUP BY origin",
                           (normalize_language(target_lang),))
        return {origin: int(when) for origin, when in rows}

    def generation(self) -> int:
        """Incremented by every write that changes units."""
        rows = self._query("SELECT value FROM meta WHERE key = 'generation'")
        return int(rows[0][0]) if rows else 0

    def stats(self) -> dict[str, object]:
        """``{"path", "units", "pairs": [{"source_lang", "target_lang", "units", "sources"}], "origins"}``."""
        pairs = [
            {"source_lang": a, "target_lang": b, "units": n, "sources": s}
            for a, b, n, s in self._query(
                "SELECT source_lang, target_lang, COUNT(*), COUNT(DISTINCT source) FROM units "
                "GROUP BY source_lang, target_lang ORDER BY 1, 2"
            )
        ]
        origins = self._query("SELECT COUNT(DISTINCT origin) FROM units")[0][0]
        return {
            "path": str(self.path),
            "units": sum(int(p["units"]) for p in pairs),
            "pairs": pairs,
            "origins": int(origins),
        }

    # -- fuzzy index cache (SQLite only; optional for other backends) ------
    def load_index_cache(self, source_lang: str, target_lang: str, generation: int, fmt: str) -> bytes | None:
        """The serialised fuzzy index of a pair saved at *generation* in format *fmt*, else None."""
        rows = self._query(
            "SELECT data FROM index_cache WHERE source_lang = ? AND target_lang = ? AND generation = ? AND format = ?",
            (source_lang, target_lang, generation, fmt),
        )
        return bytes(rows[0][0]) if rows else None

    def save_index_cache(self, source_lang: str, target_lang: str, generation: int, fmt: str, data: bytes) -> bool:
        """Keep a serialised fuzzy index; False when the store cannot be written now (read-only, busy)."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                if self.generation() == generation:
                    self._db.execute(
                        "INSERT OR REPLACE INTO index_cache (source_lang, target_lang, generation, format, data) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (source_lang, target_lang, generation, fmt, data),
                    )
                self._db.execute("COMMIT")
                return True
            except (sqlite3.DatabaseError, MemoryStoreError):
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                return False

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | Path, *, create: bool = True) -> SQLiteStore:
    """Open (or create) the SQLite store at *path*."""
    return SQLiteStore(path, create=create)
