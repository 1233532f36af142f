"""Value objects of the figures check."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, Union

FigureKind = Literal[
    "cardinal", "decimal", "percent", "ordinal", "date", "year",
    "range", "decade", "century", "time",
]
IssueKind = Literal["missing", "extra", "changed"]

MONTH_NAMES_EN: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date; any part may be unknown (None)."""

    day: int | None = None
    month: int | None = None
    year: int | None = None

    def __str__(self) -> str:
        parts: list[str] = []
        if self.day is not None:
            parts.append(str(self.day))
        if self.month is not None:
            parts.append(MONTH_NAMES_EN[self.month - 1])
        if self.year is not None:
            parts.append(str(self.year))
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A clock time. *dial12*: said on a twelve-hour dial ("half past seven", "halb acht"),
    so it is the same time as the one twelve hours later."""

    hour: int
    minute: int
    dial12: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


Scalar = Union[Decimal, DateValue, TimeValue]
FigureValue = Union[Decimal, DateValue, TimeValue, tuple]


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure stated by a text.

    ``value`` is a Decimal for numbers (cardinal, decimal, percent, ordinal,
    year, decade = first year, century = its number), a :class:`DateValue`
    for dates, a :class:`TimeValue` for times and a ``(low, high)`` tuple of
    those for ranges.
    """

    kind: FigureKind
    value: FigureValue
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class FigureIssue:
    """A difference between the figures of a source and its translation."""

    kind: IssueKind
    source: str | None
    target: str | None
    message: str
    source_figure: Figure | None = None
    target_figure: Figure | None = None
