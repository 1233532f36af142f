"""Translation memory: store, import (PO, TMX), export (TMX 1.4b), lookup, pre-fill.

Public API::

    from khojaly_i18n.tm import open_memory, import_paths, export_tmx

    with open_memory(".khojaly-tm.sqlite") as tm:
        import_paths(tm.store, ["locale/"], source_lang="en")   # finished .po entries, .tmx files
        for match in tm.lookup("There were 1,275 victims.", "ru", "en", min_score=75, limit=3):
            print(match.score, match.target, match.origin)
        export_tmx(tm.store, "memory.tmx", target_lang="ru")

Scores: 101 exact with the same context, 100 exact, 99 only numbers differ
(adjusted target), 98 other placeables differ (adjusted), else rapidfuzz
``fuzz.ratio`` (normalised Indel similarity, 0–100).
"""

from .index import TrigramIndex
from .memory import (
    SCORE_EXACT,
    SCORE_EXACT_CONTEXT,
    SCORE_NUMBERS,
    SCORE_PLACEABLES,
    TranslationMemory,
    open_memory,
)
from .model import Match, Unit, normalize_language
from .placeables import adjust_target, skeleton_of, tokenize
from .po import ImportReport, import_paths, units_from_catalog
from .prefill import DEFAULT_THRESHOLD, prefill_catalog
from .store import MemoryStore, SQLiteStore, open_store
from .tmx import export_tmx, import_tmx, read_tmx, write_tmx

__all__ = [
    "TranslationMemory", "open_memory", "MemoryStore", "SQLiteStore", "open_store", "Unit", "Match",
    "TrigramIndex", "import_paths", "import_tmx", "read_tmx", "export_tmx", "write_tmx", "units_from_catalog",
    "ImportReport", "prefill_catalog", "DEFAULT_THRESHOLD", "adjust_target", "skeleton_of", "tokenize",
    "normalize_language", "SCORE_EXACT", "SCORE_EXACT_CONTEXT", "SCORE_NUMBERS", "SCORE_PLACEABLES",
]
