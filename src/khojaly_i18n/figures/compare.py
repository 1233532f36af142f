"""Comparison of source and translation figures.

Matching runs in tiers so that restructuring raises no false alarm while a
changed value is always caught:

1. whole figures with equal values (same kind first, then any kind);
2. dates (and date-range ends) whose shared parts agree ("26 February 1992"
   vs "fevralın 26-da" plus a separate 1992);
3. the remaining figures are split into atoms: numbers (matched as a
   multiset) and months/years (matched as sets, since translations repeat
   or drop a repeated month or year freely);
4. weak figures (a lone "one", "first", "May"...) never raise an issue, but
   may satisfy a figure of the other side.

Leftovers are paired into ``changed`` issues by kind, the rest are
``missing``/``extra``.

Two numbers are the same figure only with the same unit of measure right
after them ("12 km" is not "12 Dörfer" nor the day of "Fevralın 12-də"); a
clock time is read on the 24-hour dial ("11 p.m." = "23:00") and a full
hour equals its number on either dial ("23:00" = "23 часа" = "11 часов вечера"); a date the translation repeats
is not an added one; and a weak ordinal word turned into another one
("second" -> "erste") is a change.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Sequence

from .core import GLUED_MILLION, Fig
from .model import DateValue, Figure, FigureIssue, TimeValue

_NUMBERISH = {"cardinal", "decimal", "percent", "ordinal", "year", "decade", "century"}


def _norm(v: object) -> object:
    if isinstance(v, Decimal):
        return v.normalize() if v != 0 else Decimal(0)
    if isinstance(v, tuple):
        return tuple(_norm(x) for x in v)
    return v


def figure_key(f: Figure) -> tuple[str, object]:
    """Comparison key of a whole figure: its value in a kind family."""
    k = f.kind
    if k in ("cardinal", "decimal", "percent", "ordinal", "year"):
        fam = "n"
    elif k == "range":
        fam = "r"
    else:
        fam = k
    return fam, _norm(f.value)


def _group(f: Figure) -> str:
    if f.kind in _NUMBERISH:
        return "num"
    if f.kind == "range":
        lo = f.value[0] if isinstance(f.value, tuple) else None
        return "date" if isinstance(lo, DateValue) else "num"
    return f.kind


@dataclass
class _Piece:
    """A figure or a part of one, waiting to be matched."""

    owner: int
    value: object  # DateValue / Decimal / TimeValue
    kind: str
    matched: bool = False


@dataclass
class _Side:
    figs: list[Figure]
    weak: list[Figure]
    ok: list[bool] = field(default_factory=list)  # figure fully matched
    bad: list[bool] = field(default_factory=list)  # some part unmatched

    def __post_init__(self) -> None:
        self.ok = [False] * len(self.figs)
        self.bad = [False] * len(self.figs)


def _pieces(f: Figure, owner: int) -> list[_Piece]:
    v = f.value
    if f.kind == "range" and isinstance(v, tuple):
        return [_Piece(owner, x, "date" if isinstance(x, DateValue) else "num") for x in v]
    if isinstance(v, DateValue):
        return [_Piece(owner, v, "date")]
    if isinstance(v, TimeValue):
        return [_Piece(owner, v, "time")]
    return [_Piece(owner, v, "year" if f.kind in ("year", "decade") else "num")]


def _compatible(a: DateValue, b: DateValue) -> int:
    """Number of shared parts if no shared part differs, else -1."""
    n = 0
    for x, y in ((a.day, b.day), (a.month, b.month), (a.year, b.year)):
        if x is not None and y is not None:
            if x != y:
                return -1
            n += 1
    return n


def _atoms_of_date(d: DateValue) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    if d.day is not None:
        out.append(("num", Decimal(d.day)))
    if d.month is not None:
        out.append(("month", d.month))
    if d.year is not None:
        out.append(("year", Decimal(d.year)))
    return out


def _residual(a: DateValue, b: DateValue) -> list[tuple[str, object]]:
    """Parts of ``a`` that ``b`` lacks."""
    out: list[tuple[str, object]] = []
    if a.day is not None and b.day is None:
        out.append(("num", Decimal(a.day)))
    if a.month is not None and b.month is None:
        out.append(("month", a.month))
    if a.year is not None and b.year is None:
        out.append(("year", Decimal(a.year)))
    return out


def _global_sets(figs: Iterable[Figure]) -> tuple[set[int], set[Decimal], Counter[Decimal]]:
    months: set[int] = set()
    years: set[Decimal] = set()
    nums: Counter[Decimal] = Counter()
    for f in figs:
        vals = f.value if isinstance(f.value, tuple) else (f.value,)
        for v in vals:
            if isinstance(v, DateValue):
                if v.month is not None:
                    months.add(v.month)
                if v.year is not None:
                    years.add(Decimal(v.year))
                if v.day is not None:
                    nums[Decimal(v.day)] += 0
            elif isinstance(v, Decimal):
                years.add(_norm(v))  # type: ignore[arg-type]
    return months, years, nums


def _clock_match(v: object, pool: Counter[object]) -> object | None:
    """A pool entry that states the clock time ``v`` differently, or None.

    A full hour equals its number on either dial ("23:00" = "23 часа" = "11
    часов вечера"); two clock times must be equal ("11 p.m." is read as 23:00).
    """
    if isinstance(v, TimeValue):
        for key, n in pool.items():
            x = key[0]  # type: ignore[index]
            if n <= 0:
                continue
            if isinstance(x, TimeValue) and _same_value(x, v):
                return key
            if isinstance(x, Decimal) and v.minute == 0 and x == x.to_integral_value() \
                    and 0 <= x <= 24 and int(x) % 12 == v.hour % 12:
                return key
        return None
    if isinstance(v, Decimal) and v == v.to_integral_value() and 0 <= v <= 24:
        for key, n in pool.items():
            x = key[0]  # type: ignore[index]
            if n > 0 and isinstance(x, TimeValue) and x.minute == 0 and x.hour % 12 == int(v) % 12:
                return key
    return None


def _unit_ok(a: str | None, b: str | None) -> bool:
    """Whether two numbers may be the same quantity: same unit of measure
    ("12 km" is not "12 Dörfer" nor "the 12th"), or a unit not known. Metres are
    read only to tell "5m" (million) from "5 m", and languages fuse them into other
    words ("metrdir", "Quadratmeter"): they conflict only with another unit."""
    return a is None or b is None or a == b or (a == "m" and b == "") or (a == "" and b == "m")


def compare_extracted(
    source: Sequence[Figure | Fig],
    target: Sequence[Figure | Fig],
) -> list[FigureIssue]:
    """Compare already extracted figures (see module docstring)."""
    def split(xs: Sequence[Figure | Fig]) -> tuple[list[Figure], list[Figure], list[str | None]]:
        strong: list[Figure] = []
        weak: list[Figure] = []
        units: list[str | None] = []
        for x in xs:
            if isinstance(x, Fig):
                if x.weak:
                    weak.append(x.figure)
                else:
                    strong.append(x.figure)
                    units.append(x.unit)
            else:
                strong.append(x)
                units.append(None)
        return strong, weak, units

    s_strong, s_weak, s_units = split(source)
    t_strong, t_weak, t_units = split(target)
    _align_versions(s_strong, t_strong)
    S = _Side(s_strong, s_weak)
    T = _Side(t_strong, t_weak)

    # tier 1: whole figures
    t_index: dict[tuple[str, object], list[int]] = {}
    for j, f in enumerate(T.figs):
        t_index.setdefault(figure_key(f), []).append(j)
    for i, f in enumerate(S.figs):
        cands = [j for j in t_index.get(figure_key(f), [])
                 if not T.ok[j] and _unit_ok(s_units[i], t_units[j])]
        if not cands:
            continue
        same = [j for j in cands if T.figs[j].kind == f.kind]
        j = (same or cands)[0]
        S.ok[i] = T.ok[j] = True
    if all(S.ok) and all(T.ok):
        # every figure matched whole: nothing is left for the later tiers; a weak rank,
        # factor or rate may have changed, or the percent sign moved to another number
        issues = _weak_changes(S, T, set(), set()) if S.weak or T.weak else []
        return issues or _percent_changes(S, T)

    # a date the translation repeats (or states once for a repeated one) is
    # the same date, not an added or a dropped one
    for A, B in ((S, T), (T, S)):
        keys = {figure_key(f) for k, f in enumerate(A.figs) if A.ok[k]} \
            | {figure_key(f) for k, f in enumerate(B.figs) if B.ok[k]}
        for k, f in enumerate(A.figs):
            if not A.ok[k] and f.kind == "date" and figure_key(f) in keys:
                A.ok[k] = True

    # tier 2: pieces (range ends, dates) with compatible parts
    s_pieces = [p for i, f in enumerate(S.figs) if not S.ok[i] for p in _pieces(f, i)]
    t_pieces = [p for j, f in enumerate(T.figs) if not T.ok[j] for p in _pieces(f, j)]
    s_atoms: list[tuple[int, str, object]] = []
    t_atoms: list[tuple[int, str, object]] = []

    # exact piece matches first
    for sp in s_pieces:
        for tp in t_pieces:
            if not tp.matched and sp.kind == tp.kind and _norm(sp.value) == _norm(tp.value) \
                    and (sp.kind != "num" or _unit_ok(s_units[sp.owner], t_units[tp.owner])):
                sp.matched = tp.matched = True
                break
    for best_first in (3, 2, 1):
        for sp in s_pieces:
            if sp.matched or not isinstance(sp.value, DateValue):
                continue
            for tp in t_pieces:
                if tp.matched or not isinstance(tp.value, DateValue):
                    continue
                if _compatible(sp.value, tp.value) >= best_first:
                    sp.matched = tp.matched = True
                    s_atoms.extend((sp.owner, k, v) for k, v in _residual(sp.value, tp.value))
                    t_atoms.extend((tp.owner, k, v) for k, v in _residual(tp.value, sp.value))
                    break

    def full_dm(p: _Piece) -> bool:
        return isinstance(p.value, DateValue) and p.value.day is not None and p.value.month is not None

    s_conf = any(full_dm(p) and not p.matched for p in s_pieces)
    t_conf = any(full_dm(p) and not p.matched for p in t_pieces)
    whole_bad_s: set[int] = set()
    whole_bad_t: set[int] = set()
    for pieces, atoms, other_conf, bad in ((s_pieces, s_atoms, t_conf, whole_bad_s),
                                           (t_pieces, t_atoms, s_conf, whole_bad_t)):
        for p in pieces:
            if p.matched:
                continue
            if isinstance(p.value, DateValue):
                if other_conf and full_dm(p):
                    bad.add(p.owner)
                    continue
                atoms.extend((p.owner, k, v) for k, v in _atoms_of_date(p.value))
            elif isinstance(p.value, (Decimal, TimeValue)):
                atoms.append((p.owner, p.kind, p.value))
            else:
                bad.add(p.owner)

    # tier 3: atoms; months and years by presence anywhere on the other side
    s_months, s_years, _ = _global_sets(S.figs + S.weak)
    t_months, t_years, _ = _global_sets(T.figs + T.weak)
    t_weak_nums = Counter(_norm(f.value) for f in T.weak if isinstance(f.value, (Decimal, TimeValue)))
    s_weak_nums = Counter(_norm(f.value) for f in S.weak if isinstance(f.value, (Decimal, TimeValue)))

    def settle(atoms: list[tuple[int, str, object]], other_atoms: list[tuple[int, str, object]],
               o_months: set[int], o_years: set[Decimal], o_weak: Counter[object],
               bad: set[int], units: list[str | None],
               o_units: list[str | None]) -> list[tuple[int, str, object]]:
        pool: Counter[tuple[object, str | None]] = Counter(
            (_norm(v), o_units[o] if k == "num" else None)
            for o, k, v in other_atoms if k != "month")
        values = {key[0] for key in pool}
        left: list[tuple[int, str, object]] = []
        for owner, k, v in atoms:
            nv = _norm(v)
            if k == "month":
                if v in o_months:
                    continue
            elif k == "year":
                if nv in o_years or nv in values:
                    continue
            elif nv in values:
                u = units[owner] if k == "num" else None
                key = next((key for key, n in pool.items()
                            if n > 0 and key[0] == nv and _unit_ok(u, key[1])), None)
                if key is not None:
                    pool[key] -= 1
                    continue
            if k not in ("month", "year"):
                alt = _clock_match(nv, pool)
                if alt is not None:
                    pool[alt] -= 1
                    continue
            left.append((owner, k, v))
        # weak figures of the other side may stand for what is left
        still: list[tuple[int, str, object]] = []
        for owner, k, v in left:
            nv = _norm(v)
            if k != "month" and o_weak[nv] > 0:
                o_weak[nv] -= 1
                continue
            still.append((owner, k, v))
        for owner, _, _ in still:
            bad.add(owner)
        return still

    settle(s_atoms, t_atoms, t_months, t_years, t_weak_nums, whole_bad_s, s_units, t_units)
    settle(t_atoms, s_atoms, s_months, s_years, s_weak_nums, whole_bad_t, t_units, s_units)
    # a figure read two ways on one span ("a quarter of a century": 0.25, and 25 years) is
    # stated when the other side states either reading
    _second_reading_stated(S, whole_bad_s, T, t_units)
    _second_reading_stated(T, whole_bad_t, S, s_units)

    bad_s = [S.figs[i] for i in sorted(whole_bad_s)]
    bad_t = [T.figs[j] for j in sorted(whole_bad_t)]
    issues = _report(bad_s, bad_t)
    issues.extend(_weak_changes(S, T, whole_bad_s, whole_bad_t))
    if not issues:
        issues.extend(_percent_changes(S, T))
    return issues


def _second_reading_stated(side: _Side, bad: set[int], other: _Side, other_units: list[str | None]) -> None:
    """Forget the unmatched figures whose second reading (a weak figure on the same span)
    is a value the other side states and matched to nothing else."""
    if not bad:
        return
    stated = [(_norm(f.value), other_units[k]) for k, f in enumerate(other.figs)
              if not other.ok[k] and isinstance(f.value, (Decimal, TimeValue))]
    if not stated:
        return
    for owner in list(bad):
        f = side.figs[owner]
        metres = GLUED_MILLION.search(f.text) is not None  # "5m": five million, or five metres if the other side says so
        if any(w.start <= f.start and f.end <= w.end and not _one_in_n(f, w)
               and any(_same_value(_norm(w.value), v) and (not metres or unit == "m") for v, unit in stated)
               for w in side.weak):
            bad.discard(owner)


def _one_in_n(fraction: Figure, reading: Figure) -> bool:
    """*reading* is the N of a fraction one in N ("one fifth" -> 5): too loose to stand for it."""
    v, n = fraction.value, reading.value
    return isinstance(v, Decimal) and isinstance(n, Decimal) and 0 < v < 1 and abs(v * n - 1) < Decimal("1e-9")


def _same_value(a: object, b: object) -> bool:
    """Equal values; clock times on a twelve-hour dial equal the time twelve hours later."""
    if a == b:
        return True
    return isinstance(a, TimeValue) and isinstance(b, TimeValue) and (a.dial12 or b.dial12) \
        and a.minute == b.minute and a.hour % 12 == b.hour % 12


def _percent_changes(S: _Side, T: _Side) -> list[FigureIssue]:
    """Values that agree, percentages that do not: the sign moved or was dropped."""
    if not any(f.kind == "percent" for f in S.figs):
        return []
    return _moved_percent(S, T) or _dropped_percent(S, T)


def _dropped_percent(S: _Side, T: _Side) -> list[FigureIssue]:
    """A percentage of the source that the translation states as a plain number ("fell by
    1.2%" -> "sank um 1,2"): the value is there, what it measures is not."""
    t_percent = Counter(_norm(f.value) for f in T.figs if f.kind == "percent")
    plain = [f for f in T.figs if f.kind in ("cardinal", "decimal")]
    issues: list[FigureIssue] = []
    for sf in S.figs:
        if sf.kind != "percent":
            continue
        value = _norm(sf.value)
        if t_percent[value] > 0:
            t_percent[value] -= 1
            continue
        tf = next((f for f in plain if _norm(f.value) == value), None)
        if tf is not None:
            plain.remove(tf)
            issues.append(FigureIssue(
                "changed", sf.text, tf.text,
                f"{sf.text} in the source is {tf.text} in the translation, which is not a percentage", sf, tf))
    return issues


def _moved_percent(S: _Side, T: _Side) -> list[FigureIssue]:
    """The same numbers, but the percent sign on another one ("rose by 3 points to 47%" ->
    "3 % artaraq 47-yə"): as many percentages on each side, with other values."""
    s_pct = [f for f in S.figs if f.kind == "percent"]
    t_left = [f for f in T.figs if f.kind == "percent"]
    if not s_pct or len(s_pct) != len(t_left):
        return []
    s_left = []
    for sf in s_pct:
        same = next((tf for tf in t_left if _norm(tf.value) == _norm(sf.value)), None)
        if same is None:
            s_left.append(sf)
        else:
            t_left.remove(same)
    return [_changed(sf, tf) for sf, tf in zip(s_left, t_left)]


_DOTTED_NUMBER = re.compile(r"\d+\.\d+")


def _align_versions(source: list[Figure], target: list[Figure]) -> None:
    """A version on one side ("version 3.6") read as a decimal elsewhere ("from 3.6"):
    a decimal written exactly like a version is that version (3.1 stays apart from 3.10)."""
    versions = {f.value for f in source + target if f.kind == "version"}
    if not versions:
        return
    for side in (source, target):
        for k, f in enumerate(side):
            written = _DOTTED_NUMBER.match(f.text) if f.kind == "decimal" else None
            if written is not None and written.group(0) in versions:  # "2.0'ı": the suffix aside
                side[k] = Figure("version", written.group(0), f.start, f.end, f.text)


def _weak_changes(S: _Side, T: _Side, bad_s: set[int], bad_t: set[int]) -> list[FigureIssue]:
    """A weak rank, factor or rate turned into another one ("second" -> "erste",
    "tripled" -> "ont doublé", "one in five" -> "un sur six").

    These words never raise an issue alone, but when each side has one of the same
    kind whose value the other side does not state, the translation changed it.
    What states it: a rank only by a rank ("second half" -> "birinci hissə" is a change
    even when the translation counts 2 elsewhere); a factor by a factor or by a figure
    left unmatched; a rate by any value.
    """
    def stated(kind: str, side: _Side, bad: set[int]) -> set[object]:
        if kind == "ordinal":
            figs = [f for f in side.figs + side.weak if f.kind == "ordinal"]
        elif kind == "multiple":
            figs = [f for f in side.weak if f.kind == "multiple"] + [side.figs[k] for k in bad]
        else:
            figs = side.figs + side.weak
        return {_norm(f.value) for f in figs if isinstance(f.value, Decimal)}

    issues: list[FigureIssue] = []
    for kind in ("ordinal", "multiple", "rate"):
        t_values, s_values = stated(kind, T, bad_t), stated(kind, S, bad_s)
        s_lone = [f for f in S.weak if f.kind == kind and _norm(f.value) not in t_values]
        t_lone = [f for f in T.weak if f.kind == kind and _norm(f.value) not in s_values]
        issues.extend(_changed(sf, tf) for sf, tf in zip(s_lone, t_lone))
        if kind == "multiple":
            # a factor of three or more that the other side does not state at all: "four times"
            # added to a sentence that said "more than once" ("once", "twice" are too idiomatic)
            t_any, s_any = stated("rate", T, bad_t), stated("rate", S, bad_s)
            paired = min(len(s_lone), len(t_lone))
            for sf in s_lone[paired:]:
                if sf.value >= 3 and _norm(sf.value) not in t_any:  # type: ignore[operator]
                    issues.append(FigureIssue("missing", sf.text, None,
                                              f"the source's {sf.text} is missing from the translation", sf, None))
            for tf in t_lone[paired:]:
                if tf.value >= 3 and _norm(tf.value) not in s_any:  # type: ignore[operator]
                    issues.append(FigureIssue("extra", None, tf.text,
                                              f"the translation adds {tf.text}, which is not in the source", None, tf))
    return issues


def _changed(sf: Figure, tf: Figure) -> FigureIssue:
    message = f"{sf.text} in the source is {tf.text} in the translation"
    if sf.kind == tf.kind and _norm(sf.value) == _norm(tf.value):
        message += ", another unit or quantity"  # "5 days" given as "5 hafta"
    return FigureIssue("changed", sf.text, tf.text, message, sf, tf)


def _report(bad_s: list[Figure], bad_t: list[Figure]) -> list[FigureIssue]:
    issues: list[FigureIssue] = []
    used = [False] * len(bad_t)
    for sf in bad_s:
        g = _group(sf)
        pick = next((j for j, tf in enumerate(bad_t) if not used[j] and _group(tf) == g), None)
        if pick is None:
            pick = next((j for j, tf in enumerate(bad_t) if not used[j]
                         and {g, _group(tf)} <= {"num", "date"}), None)
        if pick is not None:
            used[pick] = True
            tf = bad_t[pick]
            issues.append(_changed(sf, tf))
        else:
            issues.append(FigureIssue(
                "missing", sf.text, None,
                f"the source's {sf.text} is missing from the translation", sf, None))
    for j, tf in enumerate(bad_t):
        if not used[j]:
            issues.append(FigureIssue(
                "extra", None, tf.text,
                f"the translation adds {tf.text}, which is not in the source", None, tf))
    return issues
