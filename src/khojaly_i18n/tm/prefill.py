"""Pre-fill new and changed catalog entries from the memory (used by ``update``)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from .memory import TranslationMemory

if TYPE_CHECKING:
    from khojaly_i18n.catalog import Catalog, Message

__all__ = ["prefill_catalog", "TM_COMMENT_PREFIX", "DEFAULT_THRESHOLD"]

TM_COMMENT_PREFIX = "tm: "
DEFAULT_THRESHOLD = 75.0


def _comment(score: float, origin: str) -> str:
    shown = min(100, int(score))
    return f"{TM_COMMENT_PREFIX}{shown}% from {origin}" if origin else f"{TM_COMMENT_PREFIX}{shown}%"


def prefill_catalog(
    catalog: "Catalog",
    memory: TranslationMemory,
    *,
    target_lang: str,
    source_lang: str = "en",
    keys: Collection[tuple[str | None, str]] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> int:
    """Fill entries of *catalog* from the best memory match at or above *threshold*, as fuzzy.

    Only entries whose key is in *keys* (all when None) are considered, and of
    those only the untranslated ones and the fuzzy ones whose own suggestion
    (from the previous msgid) is weaker than the memory's: an exact or
    placeable-adjusted match (scores 101–98) is preferred to any fuzzy one, a
    fuzzy match must score above the merge's own suggestion; a finished
    translation is never touched, nor are plural entries.  Each filled entry
    gets the translator comment ``tm: N% from ORIGIN`` and, when the match's
    source differs, ``#| msgid`` with that source.  Returns how many entries
    were filled.
    """
    filled = 0
    for message in catalog.messages:
        if message.obsolete or not message.msgid or message.msgid_plural is not None:
            continue
        if keys is not None and message.key not in keys:
            continue
        if message.translated:
            continue
        merged_score = 0.0
        if message.has_translation:
            if not message.fuzzy:
                continue
            previous = message.previous_msgid
            if previous is None:
                continue  # a translator's own fuzzy entry: leave it
            merged_score = fuzz.ratio(previous, message.msgid)
        context = message.msgctxt or ""
        # an exact or placeable-adjusted match (101-98) beats any unadjusted fuzzy one, the
        # merge's suggestion included; a fuzzy match must beat the merge's own suggestion
        found = memory.lookup(message.msgid, target_lang, source_lang, context=context, min_score=threshold,
                              limit=1, fuzzy_min_score=merged_score + 1e-9, adjusted_first=True)
        match = found[0] if found else None
        if match is None:
            continue
        _apply(message, match.target, match.source, match.score, match.origin)
        filled += 1
    return filled


def _apply(message: "Message", target: str, source: str, score: float, origin: str) -> None:
    message.msgstr = target
    message.fuzzy = True
    message.comments = [c for c in message.comments if not c.startswith(TM_COMMENT_PREFIX)]
    message.comments.append(_comment(score, origin))
    if source != message.msgid:
        message.previous_msgctxt = message.msgctxt
        message.previous_msgid = source
        message.previous_msgid_plural = None
    else:
        message.previous_msgctxt = message.previous_msgid = message.previous_msgid_plural = None
