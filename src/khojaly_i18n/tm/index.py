"""In-memory trigram index with length bounds and a count filter.

Fuzzy scores are rapidfuzz's ``fuzz.ratio`` (normalised Indel similarity:
``200 * LCS / (len(a) + len(b))``).  For a threshold *t* a candidate of
length *m* for a query of length *n* needs ``LCS >= t (n + m) / 200``, hence
``m`` within ``[n t / (200 - t), n (200 - t) / t]`` (length bounds).  Every
character of the query outside the LCS destroys at most three of the query's
padded trigrams, every run of inserted characters at most two, so a match
shares at least ``|grams(q)| - lost(m)`` distinct trigrams with the query,
``lost(m) = 3 (n - L) + 2 (m - L)`` at ``L = t (n + m) / 200``.  Only the
``max lost + 1`` rarest query trigrams are therefore read (prefix filter), and
a candidate must hold at least ``P - lost(m)`` of them.  The search runs at
descending thresholds (95, 90, 85, then the caller's minimum) and stops at the
first level that yields enough results: every unit scoring at or above a
level is found at that level, so the top-k is exact.  Where the count filter
cannot prune (short queries, low thresholds) the length window is verified.
"""

from __future__ import annotations

import marshal
import math
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

__all__ = ["TrigramIndex", "grams"]

_LEVELS = (95.0, 90.0, 85.0)
CACHE_FORMAT = f"trigram-1/marshal-{marshal.version}/py{sys.version_info[0]}.{sys.version_info[1]}"
_EPS = 1e-9
_PROBE_GRAMS = 6
_PROBE_VERIFY = 48


def _cutoff(score: float) -> float:
    """A rapidfuzz score_cutoff safely below *score*: its cutoff test is not exact at equality
    (rapidfuzz 3 converts it to a distance), so results are filtered again in Python."""
    return max(0.0, score - 0.01)


def grams(text: str) -> set[str]:
    """Distinct trigrams of *text* padded with two marks on each side."""
    padded = f"\x02\x02{text}\x03\x03"
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


class TrigramIndex:
    """Inverted index trigram → positions in :attr:`sources` (which is sorted by length)."""

    def __init__(self, sources: Sequence[str], *, _postings: dict[str, list[int]] | None = None) -> None:
        # positions follow length, so every posting list is also sorted by length and
        # the length window of a query is one slice of it (found by bisection)
        self.sources: list[str] = sorted(sources, key=len) if _postings is None else list(sources)
        self.lengths: list[int] = [len(s) for s in self.sources]
        if _postings is not None:
            self.postings = _postings
            return
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for i, source in enumerate(self.sources):
            padded = f"\x02\x02{source}\x03\x03"
            for gram in {padded[j:j + 3] for j in range(len(padded) - 2)}:
                postings[gram].append(i)
        self.postings: dict[str, list[int]] = dict(postings)

    def to_bytes(self) -> bytes:
        """Serialised form for a cache (marshal: fast, tied to the Python version: see :data:`CACHE_FORMAT`)."""
        return marshal.dumps((self.sources, self.postings))

    @classmethod
    def from_bytes(cls, data: bytes) -> "TrigramIndex":
        """The index saved by :meth:`to_bytes`."""
        sources, postings = marshal.loads(data)
        if not isinstance(sources, list) or not isinstance(postings, dict):
            raise ValueError("not a serialised TrigramIndex")
        return cls(sources, _postings=postings)

    def __len__(self) -> int:
        return len(self.sources)

    def search(self, query: str, min_score: float = 75.0, limit: int = 5) -> list[tuple[float, int]]:
        """The *limit* best ``(score, position)`` with ``fuzz.ratio >= min_score``, best first."""
        if not query or not self.sources or limit <= 0:
            return []
        min_score = max(min_score, _EPS)
        n = len(query)
        get = self.postings.get
        distinct = grams(query)
        qgrams = [g for _, g in sorted(zip([len(get(g, ())) for g in distinct], distinct))]
        # probe: the units sharing most of the rarest trigrams give a first k-th best score,
        # which becomes the first exact level (all units scoring at least that much are found)
        levels = [level for level in _LEVELS if level > min_score] + [min_score]
        probe = self._probe(query, n, qgrams, min_score, limit) if min_score < _LEVELS[0] else []
        if len(probe) >= limit:
            first = probe[limit - 1][0] - _EPS
            levels = [first] + [level for level in levels if level < first]
        elif not probe:
            levels = [min_score]  # nothing close: the intermediate levels would only repeat work
        for level in levels:
            found = self._search_level(query, n, qgrams, level, limit)
            if len(found) >= limit or level == min_score:
                return found[:limit]
        return []

    def _probe(self, query: str, n: int, qgrams: list[str], min_score: float, limit: int) -> list[tuple[float, int]]:
        lo = bisect_left(self.lengths, n * min_score / (200.0 - min_score) - _EPS)
        hi = bisect_right(self.lengths, n * (200.0 - min_score) / min_score + _EPS)
        counts: Counter[int] = Counter()
        postings = self.postings
        for gram in qgrams[:_PROBE_GRAMS]:
            plist = postings.get(gram)
            if plist:
                a = bisect_left(plist, lo)
                b = bisect_left(plist, hi, a)
                if b > a:
                    counts.update(plist[a:b])
        if not counts:
            return []
        candidates = [i for i, _ in counts.most_common(_PROBE_VERIFY)]
        sources = self.sources
        hits = process.extract(
            query, [sources[i] for i in candidates], scorer=fuzz.ratio, score_cutoff=_cutoff(min_score), limit=limit
        )
        return [(score, candidates[k]) for _, score, k in hits if score >= min_score]

    def _search_level(self, query: str, n: int, qgrams: list[str], t: float, limit: int) -> list[tuple[float, int]]:
        m_lo = max(1, math.ceil(n * t / (200.0 - t) - _EPS))
        m_hi = math.floor(n * (200.0 - t) / t + _EPS) if t > 0 else 1 << 30

        def lost(m: int) -> int:
            # upper bound of destroyed query trigrams for a match of length m (>= 0)
            return max(0, math.floor(3 * n + 2 * m - t * (n + m) / 40.0 + _EPS))

        dq = len(qgrams)
        lmax = max(lost(m_lo), lost(m_hi))
        lengths = self.lengths
        lo = bisect_left(lengths, m_lo)
        hi = bisect_right(lengths, m_hi)
        candidates: list[int] | None = None
        if lo >= hi:
            return []
        # reading postings costs about as much per posting as verifying a string of
        # n * ceil(n / 64) / 80 characters (rapidfuzz is bit-parallel): scan the
        # length window instead when that is cheaper (low thresholds, long queries)
        scan_cost = (hi - lo) * n * (n // 64 + 1) / 80.0
        slices: list[tuple[list[int], int, int]] = []
        if lmax < dq:
            prefix = lmax + 1
            postings = self.postings
            volume = 0
            for gram in qgrams[:prefix]:
                plist = postings.get(gram)
                if plist:
                    a = bisect_left(plist, lo)
                    b = bisect_left(plist, hi, a)
                    if b > a:
                        slices.append((plist, a, b))
                        volume += b - a
            if volume > scan_cost:
                slices = []
                lmax = dq  # scan
        if lmax < dq:
            counts: Counter[int] = Counter()
            for plist, a, b in slices:
                counts.update(plist if b - a == len(plist) else plist[a:b])
            need = {m: prefix - lost(m) for m in range(m_lo, m_hi + 1)}
            least = min(need.values())
            if least <= 1:
                candidates = [i for i, c in counts.items() if c >= need[lengths[i]]]
            else:
                candidates = [i for i, c in counts.items() if c >= least and c >= need[lengths[i]]]
        if candidates is None:
            # the count filter cannot prune, or costs more: verify the length window
            hits = process.extract(query, self.sources[lo:hi], scorer=fuzz.ratio, score_cutoff=_cutoff(t), limit=None)
            found = sorted(((score, lo + k) for _, score, k in hits if score >= t), key=lambda x: (-x[0], x[1]))
            return found[: max(limit, 1)]
        if not candidates:
            return []
        sources = self.sources
        hits = process.extract(
            query, [sources[i] for i in candidates], scorer=fuzz.ratio, score_cutoff=_cutoff(t), limit=None
        )
        found = sorted(((score, candidates[k]) for _, score, k in hits if score >= t), key=lambda x: (-x[0], x[1]))
        return found[: max(limit, 1)]
