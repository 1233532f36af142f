"""Translation progress of a catalog."""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass

from .model import Catalog

__all__ = ["Stats", "EMPTY_STATS", "catalog_stats", "count_words"]

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def count_words(text: str) -> int:
    """Number of words (runs of word characters, hyphen/apostrophe joined)."""
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class Stats:
    """Entry counts and source-word counts of a catalog."""

    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    words_total: int
    words_translated: int

    @property
    def total(self) -> int:
        """Active (non-obsolete) entries."""
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent(self) -> float:
        """Translated share of active entries, 0..100."""
        return 100.0 * self.translated / self.total if self.total else 100.0

    def __add__(self, other: Stats) -> Stats:
        return Stats(*(a + b for a, b in zip(astuple(self), astuple(other))))


EMPTY_STATS = Stats(0, 0, 0, 0, 0, 0)


def catalog_stats(catalog: Catalog) -> Stats:
    """Count translated / fuzzy / untranslated / obsolete entries and source words."""
    translated = fuzzy = untranslated = obsolete = 0
    words_total = words_translated = 0
    for m in catalog.messages:
        if m.obsolete:
            obsolete += 1
            continue
        words = count_words(m.msgid)
        words_total += words
        if m.fuzzy and m.has_translation:
            fuzzy += 1
        elif m.translated:
            translated += 1
            words_translated += words
        else:
            untranslated += 1
    return Stats(translated, fuzzy, untranslated, obsolete, words_total, words_translated)
