"""Value types of the translation memory: :class:`Unit` and :class:`Match`."""

from __future__ import annotations

import time as _time
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["Unit", "Match", "normalize_language"]


@lru_cache(maxsize=256)
def normalize_language(code: str) -> str:
    """``fr_FR`` / ``FR-fr`` → ``fr-FR``; ``ru`` stays ``ru`` (BCP 47 casing)."""
    parts = code.strip().replace("_", "-").split("-")
    if not parts or not parts[0]:
        return code.strip()
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part)
    return "-".join(out)


@dataclass(frozen=True, slots=True)
class Unit:
    """One translation: a source segment and its target in one language pair.

    ``context`` is the gettext msgctxt ("" for none), ``origin`` where the
    translation came from (a .po path, a TMX file), ``time`` Unix seconds.
    """

    source_lang: str
    target_lang: str
    source: str
    target: str
    context: str = ""
    origin: str = ""
    time: int = field(default_factory=lambda: int(_time.time()))


@dataclass(frozen=True, slots=True)
class Match:
    """A lookup result.

    ``score``: 101 exact source and context, 100 exact source, 99 only numbers
    differ (target adjusted), 98 other placeables differ too (target adjusted),
    else the fuzzy score (rapidfuzz ``fuzz.ratio``, 0–100).  ``target`` is the
    text to use (adjusted for placeables when ``kind == "placeables"``);
    ``unit`` is the stored unit it came from.
    """

    score: float
    source: str
    target: str
    origin: str
    kind: str
    unit: Unit

    def as_dict(self) -> dict[str, object]:
        """The JSON form written by ``tm lookup``."""
        return {
            "score": round(self.score, 2),
            "source": self.source,
            "target": self.target,
            "origin": self.origin,
            "kind": self.kind,
            "context": self.unit.context,
        }
