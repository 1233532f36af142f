"""The pieces every check shares: severities, the Finding record and the Check base class."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, NamedTuple, Protocol

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

#: The keys of a finding, in the order every renderer writes them.
FINDING_KEYS: tuple[str, ...] = (
    "check",
    "severity",
    "path",
    "line",
    "lang",
    "msgctxt",
    "msgid",
    "msgstr",
    "message",
)

#: Pseudo check id of a catalog that could not be checked at all (malformed, unknown language).
CATALOG_CHECK_ID = "catalog"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one entry (or, with check ``catalog``, in a whole file)."""

    check: str
    severity: Severity
    path: str
    line: int | None
    lang: str | None
    msgctxt: str | None
    msgid: str
    msgstr: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The finding as a dict with exactly the keys of FINDING_KEYS."""
        return {
            "check": self.check,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "lang": self.lang,
            "msgctxt": self.msgctxt,
            "msgid": self.msgid,
            "msgstr": self.msgstr,
            "message": self.message,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """Inverse of to_dict."""
        return cls(**{key: data[key] for key in FINDING_KEYS})

    def location(self) -> str:
        """``path:line`` (or just ``path`` when the line is unknown)."""
        return f"{self.path}:{self.line}" if self.line else self.path


class Problem(NamedTuple):
    """What a check reports for one source/translation pair; severity None means the check's."""

    message: str
    severity: Severity | None = None


class EntryLike(Protocol):
    """The parts of a catalog Message that checks read."""

    msgctxt: str | None
    msgid: str
    msgid_plural: str | None
    msgstr: str
    msgstr_plural: dict[int, str]
    flags: list[str]
    line: int


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What a check may want to know beyond the two strings."""

    path: str
    source_lang: str
    target_lang: str
    entry: EntryLike | None = None
    plural_index: int | None = None


class Check:
    """Base class of a check, the pattern of Weblate's ``weblate.checks`` and Babel's checkers.

    Subclasses set ``id``, ``name``, ``description`` and ``severity`` and override
    ``check_pair`` (one source text against one translation); ``check_entry`` may be
    overridden instead for checks that look at a whole entry. A check never prints.
    """

    id: ClassVar[str] = ""
    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    severity: ClassVar[Severity] = "error"
    #: Bump when the check's results change, so cached results are not reused.
    version: ClassVar[str] = "1"

    def fingerprint(self) -> str:
        """What the check's results depend on besides the catalog, for the result cache.

        The default is the check's version; a check that reads data (a glossary, a
        configuration file) returns a hash of that data too, so that cached results
        follow its edits.
        """
        return str(self.version)

    def prepare(self, context: CheckContext) -> None:
        """Optional: load data and compile tables for catalogs checked in *context*.

        The runner calls it once before it forks its worker processes, so that they
        inherit what it loads; the default does nothing.
        """

    @property
    def ignore_flag(self) -> str:
        """The ``#, ignore-<id>`` flag that silences this check on one entry."""
        return f"ignore-{self.id}"

    def check_pair(self, source: str, target: str, context: CheckContext) -> Iterable[str | Problem]:
        """Problems of *target* as a translation of *source* (messages or Problem)."""
        raise NotImplementedError

    def check_entry(self, entry: EntryLike, context: CheckContext) -> Iterator[tuple[str, Problem]]:
        """``(checked msgstr, problem)`` pairs for one entry; plurals form by form.

        msgstr[0] is checked against msgid and msgstr[n>0] against msgid_plural;
        empty translations are skipped.
        """
        if entry.msgid_plural is not None and entry.msgstr_plural:
            for index in sorted(entry.msgstr_plural):
                target = entry.msgstr_plural[index]
                if not target:
                    continue
                source = entry.msgid if index == 0 else entry.msgid_plural
                form_context = CheckContext(
                    context.path, context.source_lang, context.target_lang, entry, index
                )
                for problem in self.check_pair(source, target, form_context):
                    yield target, _as_problem(problem, index)
            return
        if not entry.msgstr:
            return
        for problem in self.check_pair(entry.msgid, entry.msgstr, context):
            yield entry.msgstr, _as_problem(problem, None)


def _as_problem(problem: str | Problem, plural_index: int | None) -> Problem:
    """Normalise a check's output; plural forms name their index in the message."""
    if isinstance(problem, str):
        problem = Problem(problem)
    if plural_index is None:
        return problem
    return Problem(f"msgstr[{plural_index}]: {problem.message}", problem.severity)
