"""PostgreSQL backend of the memory (optional: ``pip install khojaly-i18n[postgres]``).

Same :class:`~khojaly_i18n.tm.store.MemoryStore` interface as the SQLite
store, for a memory shared by several machines.  Units live in one table of a
schema (default ``public``); writes are one transaction each, serialised by a
table lock, so readers never see half an import.  A ``pg_trgm`` GIN index on
the sources lets the server propose fuzzy candidates too
(:meth:`PostgresStore.similar_sources`); :class:`TranslationMemory` still
scores with its own exact trigram index built from :meth:`sources`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from khojaly_i18n.errors import MemoryStoreError

from .model import Unit, normalize_language
from .placeables import skeleton_of
from .store import source_hash, unit_key

__all__ = ["PostgresStore"]

_COLUMNS = "source_lang, target_lang, source, target, context, origin, time"
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class PostgresStore:
    """Units in PostgreSQL (psycopg 3), behind the same interface as :class:`SQLiteStore`."""

    def __init__(self, dsn: str, *, schema: str = "public", connect_timeout: int = 5) -> None:
        try:
            import psycopg
        except ImportError as error:  # pragma: no cover - depends on the installation
            raise MemoryStoreError("the PostgreSQL backend needs psycopg: pip install 'khojaly-i18n[postgres]'") from error
        if not _SCHEMA_NAME.match(schema):
            raise MemoryStoreError(f"invalid schema name {schema!r}")
        self.dsn = dsn
        self.schema = schema
        self._psycopg = psycopg
        try:
            self._db = psycopg.connect(dsn, autocommit=True, connect_timeout=connect_timeout)
            self._db.execute(f"SET search_path TO {schema}, public")
            self._init_schema()
        except psycopg.Error as error:
            raise MemoryStoreError(f"PostgreSQL memory not usable: {error}".strip()) from error

    def reopen(self) -> "PostgresStore":
        """A new connection to the same database and schema (e.g. in a forked process)."""
        return PostgresStore(self.dsn, schema=self.schema)

    def _init_schema(self) -> None:
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(hashtext('khojaly-tm-schema'))")
            self._db.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
            self._db.execute(f"CREATE SCHEMA IF NOT EXISTS {self.schema}")
            for statement in (
                "CREATE TABLE IF NOT EXISTS tm_meta (key text PRIMARY KEY, value bigint NOT NULL)",
                """CREATE TABLE IF NOT EXISTS tm_units (
                    id bigserial PRIMARY KEY, source_lang text NOT NULL, target_lang text NOT NULL,
                    context text NOT NULL DEFAULT '', source text NOT NULL, target text NOT NULL,
                    origin text NOT NULL DEFAULT '', time bigint NOT NULL, skeleton text,
                    source_hash bigint NOT NULL, unit_key bytea NOT NULL UNIQUE)""",
                "CREATE INDEX IF NOT EXISTS tm_units_by_source ON tm_units (source_lang, target_lang, source_hash)",
                "CREATE INDEX IF NOT EXISTS tm_units_by_skeleton ON tm_units (source_lang, target_lang, skeleton) "
                "WHERE skeleton IS NOT NULL",
                "CREATE INDEX IF NOT EXISTS tm_units_trgm ON tm_units USING gin (source public.gin_trgm_ops)",
                """CREATE TABLE IF NOT EXISTS tm_index_cache (
                    source_lang text NOT NULL, target_lang text NOT NULL, generation bigint NOT NULL,
                    format text NOT NULL, data bytea NOT NULL, PRIMARY KEY (source_lang, target_lang))""",
                "INSERT INTO tm_meta (key, value) VALUES ('generation', 0) ON CONFLICT DO NOTHING",
            ):
                self._db.execute(statement)

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._db.execute(sql, params).fetchall()
        except self._psycopg.Error as error:
            raise MemoryStoreError(f"cannot read the PostgreSQL memory: {error}") from error

    def add(self, units: Iterable[Unit]) -> int:
        """Store units in one transaction (duplicates merge, newest time/origin kept); return how many are new."""
        rows = []
        for u in units:
            if not (u.source and u.target):
                continue
            sl, tl, context = normalize_language(u.source_lang), normalize_language(u.target_lang), u.context or ""
            rows.append((sl, tl, context, u.source, u.target, u.origin, int(u.time), source_hash(u.source),
                         unit_key(sl, tl, context, u.source, u.target)))
        try:
            with self._db.transaction():
                self._db.execute("LOCK TABLE tm_units IN SHARE ROW EXCLUSIVE MODE")
                last = self._db.execute("SELECT COALESCE(MAX(id), 0) FROM tm_units").fetchone()[0]
                with self._db.cursor() as cur:
                    cur.executemany(
                        """INSERT INTO tm_units (source_lang, target_lang, context, source, target, origin, time,
                                                 source_hash, unit_key)
                           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
                           ON CONFLICT (unit_key) DO UPDATE SET
                               origin = CASE WHEN EXCLUDED.time >= tm_units.time THEN EXCLUDED.origin
                                             ELSE tm_units.origin END,
                               time = GREATEST(tm_units.time, EXCLUDED.time)
                           WHERE EXCLUDED.time > tm_units.time
                              OR (EXCLUDED.time = tm_units.time AND EXCLUDED.origin <> tm_units.origin)""",
                        rows,
                    )
                    changed = cur.rowcount
                fresh = self._db.execute("SELECT id, source FROM tm_units WHERE id > %s", (last,)).fetchall()
                skeletons = [(skeleton_of(source), row_id) for row_id, source in fresh]
                skeletons = [pair for pair in skeletons if pair[0] is not None]
                if skeletons:
                    with self._db.cursor() as cur:
                        cur.executemany("UPDATE tm_units SET skeleton = %s WHERE id = %s", skeletons)
                if fresh or changed:
                    self._db.execute("UPDATE tm_meta SET value = value + 1 WHERE key = 'generation'")
        except self._psycopg.Error as error:
            raise MemoryStoreError(f"cannot write the PostgreSQL memory: {error}") from error
        return len(fresh)

    def units(self, source_lang: str | None = None, target_lang: str | None = None) -> Iterator[Unit]:
        """Every unit (optionally of one source/target language), in insertion order."""
        where, params = [], []
        if source_lang:
            where.append("source_lang = %s")
            params.append(normalize_language(source_lang))
        if target_lang:
            where.append("target_lang = %s")
            params.append(normalize_language(target_lang))
        sql = f"SELECT {_COLUMNS} FROM tm_units" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        for row in self._query(sql, tuple(params)):
            yield Unit(*row)

    def exact(self, source_lang: str, target_lang: str, source: str) -> list[Unit]:
        """Units whose source is *source*, newest first."""
        rows = self._query(
            f"SELECT {_COLUMNS} FROM tm_units WHERE source_lang = %s AND target_lang = %s AND source_hash = %s "
            "AND source = %s ORDER BY time DESC, id DESC",
            (source_lang, target_lang, source_hash(source), source),
        )
        return [Unit(*row) for row in rows]

    def by_skeleton(self, source_lang: str, target_lang: str, skeleton: str) -> list[Unit]:
        """Units whose source has this placeable skeleton, newest first (at most 50)."""
        rows = self._query(
            f"SELECT {_COLUMNS} FROM tm_units WHERE source_lang = %s AND target_lang = %s AND skeleton = %s "
            "ORDER BY time DESC, id DESC LIMIT 50",
            (source_lang, target_lang, skeleton),
        )
        return [Unit(*row) for row in rows]

    def sources(self, source_lang: str, target_lang: str) -> list[str]:
        """Distinct sources of a pair."""
        rows = self._query("SELECT DISTINCT source FROM tm_units WHERE source_lang = %s AND target_lang = %s",
                           (source_lang, target_lang))
        return [row[0] for row in rows]

    def similar_sources(self, source_lang: str, target_lang: str, text: str, limit: int = 10) -> list[tuple[str, float]]:
        """Server-side fuzzy candidates (pg_trgm ``%`` operator and GIN index): (source, trigram similarity)."""
        rows = self._query(
            "SELECT source, public.similarity(source, %s) AS s FROM tm_units WHERE source_lang = %s "
            "AND target_lang = %s AND source OPERATOR(public.%%) %s GROUP BY source ORDER BY s DESC LIMIT %s",
            (text, source_lang, target_lang, text, limit),
        )
        return [(source, float(score)) for source, score in rows]

    def pairs(self) -> list[tuple[str, str]]:
        """Every (source_lang, target_lang) pair, sorted."""
        rows = self._query("SELECT DISTINCT source_lang, target_lang FROM tm_units ORDER BY 1, 2")
        return [(a, b) for a, b in rows]

    def origin_times(self, target_lang: str) -> dict[str, int]:
        """``{origin: newest time}`` of one target language."""
        rows = self._query("SELECT origin, MAX(time) FROM tm_units WHERE target_lang = %s GROUP BY origin",
                           (normalize_language(target_lang),))
        return {origin: int(when) for origin, when in rows}

    def generation(self) -> int:
        """Incremented by every write that changes units."""
        rows = self._query("SELECT value FROM tm_meta WHERE key = 'generation'")
        return int(rows[0][0]) if rows else 0

    def stats(self) -> dict[str, object]:
        """Counts, as :meth:`SQLiteStore.stats`."""
        pairs = [
            {"source_lang": a, "target_lang": b, "units": int(n), "sources": int(s)}
            for a, b, n, s in self._query(
                "SELECT source_lang, target_lang, COUNT(*), COUNT(DISTINCT source) FROM tm_units "
                "GROUP BY source_lang, target_lang ORDER BY 1, 2")
        ]
        origins = self._query("SELECT COUNT(DISTINCT origin) FROM tm_units")[0][0]
        return {"path": f"postgresql:{self.schema}", "units": sum(int(p["units"]) for p in pairs), "pairs": pairs,
                "origins": int(origins)}

    def load_index_cache(self, source_lang: str, target_lang: str, generation: int, fmt: str) -> bytes | None:
        """The cached fuzzy index of a pair at *generation*, else None."""
        rows = self._query(
            "SELECT data FROM tm_index_cache WHERE source_lang = %s AND target_lang = %s AND generation = %s "
            "AND format = %s", (source_lang, target_lang, generation, fmt))
        return bytes(rows[0][0]) if rows else None

    def save_index_cache(self, source_lang: str, target_lang: str, generation: int, fmt: str, data: bytes) -> bool:
        """Keep a serialised fuzzy index; False when it cannot be written."""
        try:
            with self._db.transaction():
                self._db.execute(
                    "INSERT INTO tm_index_cache (source_lang, target_lang, generation, format, data) "
                    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (source_lang, target_lang) DO UPDATE SET "
                    "generation = EXCLUDED.generation, format = EXCLUDED.format, data = EXCLUDED.data",
                    (source_lang, target_lang, generation, fmt, data))
            return True
        except self._psycopg.Error:
            return False

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __enter__(self) -> "PostgresStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
