"""The glossary's data model: concepts, each with its terms per language."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

#: The categories a concept may have.
CATEGORIES: tuple[str, ...] = ("place", "unit", "term", "person", "organisation")
#: The languages of the publication, source first (other language codes are accepted too).
LANGUAGES: tuple[str, ...] = ("en", "az", "ru", "tr", "de", "fr")
#: Term statuses, as TBX's administrativeStatus names them.
STATUSES: tuple[str, ...] = ("preferred", "admitted", "deprecated")


@dataclass(frozen=True, slots=True)
class LangTerms:
    """How one concept is written in one language."""

    term: str
    admitted: tuple[str, ...] = ()
    deprecated: tuple[str, ...] = ()
    note: str | None = None
    line: int | None = None
    #: (term, line) of each term whose own line is known (not part of the content).
    term_lines: tuple[tuple[str, int], ...] = field(default=(), compare=False, repr=False)

    @property
    def accepted(self) -> tuple[str, ...]:
        """The preferred term, then every admitted variant."""
        return (self.term, *self.admitted)

    def line_of(self, term: str) -> int | None:
        """The line of *term* (else of the language's section)."""
        return next((line for text, line in self.term_lines if text == term), self.line)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (only the keys that have a value)."""
        data: dict[str, Any] = {"term": self.term}
        if self.admitted:
            data["admitted"] = list(self.admitted)
        if self.deprecated:
            data["deprecated"] = list(self.deprecated)
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True, slots=True)
class Concept:
    """One concept: an id, a category and its terms per language."""

    id: str
    category: str
    terms: dict[str, LangTerms]
    note: str | None = None
    path: str | None = None
    line: int | None = None

    def lang(self, code: str) -> LangTerms | None:
        """The terms of language *code* (``ru_RU`` falls back to ``ru``)."""
        found = self.terms.get(code)
        if found is None:
            found = self.terms.get(code.replace("-", "_").split("_")[0].split("@")[0].lower())
        return found

    @property
    def source(self) -> LangTerms:
        """The English terms (every concept has them)."""
        return self.terms["en"]

    @property
    def label(self) -> str:
        """The English preferred term."""
        entry = self.terms.get("en")
        return entry.term if entry else self.id

    def to_dict(self) -> dict[str, Any]:
        """A plain dict, languages in the publication's order first."""
        data: dict[str, Any] = {"id": self.id, "category": self.category}
        if self.note:
            data["note"] = self.note
        for code in sorted(self.terms, key=_lang_order):
            data[code] = self.terms[code].to_dict()
        return data


def _lang_order(code: str) -> tuple[int, str]:
    return (LANGUAGES.index(code) if code in LANGUAGES else len(LANGUAGES), code)


@dataclass(frozen=True)
class Glossary:
    """Every concept of a glossary, in file order."""

    concepts: tuple[Concept, ...] = ()
    source: str | None = None
    _by_id: dict[str, Concept] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({concept.id: concept for concept in self.concepts})

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    def get(self, concept_id: str) -> Concept | None:
        """The concept with *concept_id*, or None."""
        return self._by_id.get(concept_id)

    def languages(self) -> list[str]:
        """Every language any concept has, in the publication's order."""
        codes = {code for concept in self.concepts for code in concept.terms}
        return sorted(codes, key=_lang_order)

    def select(self, categories: Iterable[str] | None = None) -> Glossary:
        """Only the concepts of *categories* (None: all)."""
        if categories is None:
            return self
        wanted = set(categories)
        return Glossary(tuple(c for c in self.concepts if c.category in wanted), self.source)

    def digest(self) -> str:
        """A hash of the content (not of where it came from), for caches."""
        return self._digest

    @cached_property
    def _digest(self) -> str:
        payload = json.dumps([concept.to_dict() for concept in self.concepts], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
