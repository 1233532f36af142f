"""The translation memory: a :class:`MemoryStore` plus fuzzy indexes, answering lookups."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .index import CACHE_FORMAT, TrigramIndex
from .model import Match, Unit, normalize_language
from .placeables import adjust_target, skeleton_of
from .store import MemoryStore, SQLiteStore

__all__ = ["TranslationMemory", "open_memory", "SCORE_EXACT_CONTEXT", "SCORE_EXACT",
           "SCORE_NUMBERS", "SCORE_PLACEABLES"]

SCORE_EXACT_CONTEXT = 101.0
SCORE_EXACT = 100.0
SCORE_NUMBERS = 99.0
SCORE_PLACEABLES = 98.0


def _primary(code: str) -> str:
    return code.split("-")[0].lower()


class TranslationMemory:
    """Lookups over a store: exact (101/100), placeable-adjusted (99/98) and fuzzy matches.

    Fuzzy indexes (one per language pair) are built in memory on first use
    and rebuilt when the store's generation changes.
    """

    def __init__(self, store: MemoryStore) -> None:
        self.store = store
        self._indexes: dict[tuple[str, str], tuple[int, TrigramIndex]] = {}
        self._pairs: tuple[int, list[tuple[str, str]]] | None = None

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> "TranslationMemory":
        """A memory over the SQLite file at *path* (created when missing unless ``create=False``)."""
        return cls(SQLiteStore(path, create=create))

    def reopened(self) -> "TranslationMemory":
        """The same memory over a new connection, sharing the indexes built so far.

        For a forked worker process: a database connection inherited through
        fork must not be used there.
        """
        other = TranslationMemory(self.store.reopen())  # type: ignore[attr-defined]
        other._indexes = dict(self._indexes)
        other._pairs = self._pairs
        return other

    # -- writing ----------------------------------------------------------
    def add(self, units: Iterable[Unit]) -> int:
        """Store units (duplicates merge); return how many are new."""
        return self.store.add(units)

    # -- reading ----------------------------------------------------------
    def pairs(self, source_lang: str | None = None, target_lang: str | None = None, *,
              generation: int | None = None) -> list[tuple[str, str]]:
        """Stored pairs matching the languages; a code without region matches every region."""
        if generation is None:
            generation = self.store.generation()
        if self._pairs is None or self._pairs[0] != generation:
            self._pairs = (generation, self.store.pairs())
        chosen = []
        for sl, tl in self._pairs[1]:
            if source_lang and not _lang_matches(sl, source_lang):
                continue
            if target_lang and not _lang_matches(tl, target_lang):
                continue
            chosen.append((sl, tl))
        return chosen

    def index(self, source_lang: str, target_lang: str, *, generation: int | None = None) -> TrigramIndex:
        """The fuzzy index of one stored pair (built or rebuilt when needed)."""
        if generation is None:
            generation = self.store.generation()
        key = (source_lang, target_lang)
        cached = self._indexes.get(key)
        if cached is None or cached[0] != generation:
            cached = (generation, self._load_or_build(source_lang, target_lang, generation))
            self._indexes[key] = cached
        return cached[1]

    def _load_or_build(self, source_lang: str, target_lang: str, generation: int) -> TrigramIndex:
        load = getattr(self.store, "load_index_cache", None)
        if load is not None:
            data = load(source_lang, target_lang, generation, CACHE_FORMAT)
            if data is not None:
                try:
                    return TrigramIndex.from_bytes(data)
                except (ValueError, EOFError, TypeError):
                    pass  # a stale or foreign cache: build anew
        index = TrigramIndex(self.store.sources(source_lang, target_lang))
        save = getattr(self.store, "save_index_cache", None)
        if save is not None:
            save(source_lang, target_lang, generation, CACHE_FORMAT, index.to_bytes())
        return index

    def warm(self) -> None:
        """Build (and cache in the store) the fuzzy index of every language pair."""
        generation = self.store.generation()
        for source_lang, target_lang in self.pairs(generation=generation):
            self.index(source_lang, target_lang, generation=generation)

    def lookup(
        self,
        text: str,
        target_lang: str,
        source_lang: str = "en",
        *,
        context: str = "",
        min_score: float = 75.0,
        limit: int = 5,
        fuzzy: bool = True,
        fuzzy_min_score: float | None = None,
        adjusted_first: bool = False,
    ) -> list[Match]:
        """The best matches for *text*, best first (at most *limit*, none below *min_score*).

        Scores: 101 same source and context, 100 same source, 99 only numbers
        differ (target adjusted, numbers in the target language's format), 98
        other placeables differ too (adjusted), else rapidfuzz ``fuzz.ratio``.
        ``fuzzy=False`` returns exact and adjusted matches only (no index search);
        ``fuzzy_min_score`` raises the bar for fuzzy matches only; ``adjusted_first``
        ranks exact and adjusted matches before every fuzzy one (pre-fill does).
        """
        if not text or limit <= 0:
            return []
        best: dict[str, Match] = {}

        def offer(match: Match) -> None:
            old = best.get(match.target)
            if old is None or (match.score, match.unit.time) > (old.score, old.unit.time):
                best[match.target] = match

        skeleton = skeleton_of(text)
        generation = self.store.generation()
        for sl, tl in self.pairs(source_lang, target_lang, generation=generation):
            exact = self.store.exact(sl, tl, text)
            for unit in exact:
                score = SCORE_EXACT_CONTEXT if unit.context == (context or "") else SCORE_EXACT
                offer(Match(score, unit.source, unit.target, unit.origin, "exact", unit))
            if skeleton is not None and min_score <= SCORE_NUMBERS:
                for unit in self.store.by_skeleton(sl, tl, skeleton):
                    if unit.source == text:
                        continue
                    adjusted = adjust_target(text, unit.source, unit.target, sl, tl)
                    if adjusted is None:
                        continue
                    score = SCORE_NUMBERS if adjusted[1] else SCORE_PLACEABLES
                    offer(Match(score, unit.source, adjusted[0], unit.origin, "placeables", unit))
            if not fuzzy or (len(best) >= limit and min(m.score for m in best.values()) >= SCORE_EXACT):
                continue
            index = self.index(sl, tl, generation=generation)
            floor = max(min_score, fuzzy_min_score or 0.0)
            for score, position in index.search(text, floor, limit + (1 if exact else 0)):
                source = index.sources[position]
                if source == text:
                    continue
                for unit in self.store.exact(sl, tl, source):
                    offer(Match(score, unit.source, unit.target, unit.origin, "fuzzy", unit))
        ranked = sorted(best.values(), key=lambda m: (
            adjusted_first and m.kind == "fuzzy", -m.score, -m.unit.time, m.target))
        return [m for m in ranked if m.score >= min_score][:limit]

    def best(self, text: str, target_lang: str, source_lang: str = "en", *, context: str = "",
             min_score: float = 75.0) -> Match | None:
        """The single best match, or None."""
        found = self.lookup(text, target_lang, source_lang, context=context, min_score=min_score, limit=1)
        return found[0] if found else None

    def stats(self) -> dict[str, object]:
        """The store's counts (see :meth:`SQLiteStore.stats`)."""
        return self.store.stats()

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> "TranslationMemory":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _lang_matches(stored: str, wanted: str) -> bool:
    wanted = normalize_language(wanted)
    if stored == wanted:
        return True
    return "-" not in wanted and _primary(stored) == _primary(wanted)


def open_memory(path: str | Path, *, create: bool = True) -> TranslationMemory:
    """Open the translation memory at *path*: a SQLite file, or a ``postgresql://`` URL
    (the optional PostgreSQL backend, :class:`khojaly_i18n.tm.postgres.PostgresStore`)."""
    text = str(path)
    if text.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return TranslationMemory(PostgresStore(text))
    return TranslationMemory.open(path, create=create)
