"""In-memory model of a gettext catalog: :class:`Message` and :class:`Catalog`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

__all__ = ["Message", "Catalog", "parse_header", "MessageKey"]

MessageKey = tuple[str | None, str]


@dataclass(slots=True)
class Message:
    """One PO entry. ``line`` is the 1-based line of its ``msgid`` keyword."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    extracted_comments: list[str] = field(default_factory=list)
    occurrences: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = field(default=0, compare=False)

    @property
    def key(self) -> MessageKey:
        """Lookup key ``(msgctxt, msgid)``."""
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        """True when the entry carries the ``fuzzy`` flag."""
        return "fuzzy" in self.flags

    @fuzzy.setter
    def fuzzy(self, value: bool) -> None:
        if value and "fuzzy" not in self.flags:
            self.flags.insert(0, "fuzzy")
        elif not value and "fuzzy" in self.flags:
            self.flags = [f for f in self.flags if f != "fuzzy"]

    @property
    def pluralizable(self) -> bool:
        """True for entries with ``msgid_plural``."""
        return self.msgid_plural is not None

    @property
    def has_translation(self) -> bool:
        """True when some msgstr (first plural form for plurals) is non-empty."""
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural.get(0))
        return bool(self.msgstr)

    @property
    def translated(self) -> bool:
        """Translated, not fuzzy, not obsolete, every plural form filled."""
        if self.obsolete or self.fuzzy:
            return False
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(self.msgstr_plural.values())
        return bool(self.msgstr)

    @property
    def is_header(self) -> bool:
        """True for the header entry (empty msgid, no context)."""
        return self.msgid == "" and self.msgctxt is None


_HEADER_LINE = re.compile(r"([^:\n]+):[ \t]*(.*)")


def parse_header(raw: str) -> dict[str, str]:
    """Parse the header msgstr into an ordered ``{field: value}`` dict."""
    result: dict[str, str] = {}
    for line in raw.split("\n"):
        m = _HEADER_LINE.match(line)
        if m:
            result[m.group(1).strip()] = m.group(2).strip()
    return result


@dataclass
class Catalog:
    """A PO/POT file: optional header entry plus messages in file order."""

    messages: list[Message] = field(default_factory=list)
    header_message: Message | None = None
    path: Path | None = None
    _index: dict[MessageKey, Message] | None = field(default=None, repr=False, compare=False)

    # -- header -------------------------------------------------------
    @property
    def header(self) -> str:
        """Raw msgstr of the header entry ("" when there is none)."""
        return self.header_message.msgstr if self.header_message is not None else ""

    @header.setter
    def header(self, raw: str) -> None:
        if self.header_message is None:
            self.header_message = Message(msgid="", msgstr=raw)
        else:
            self.header_message.msgstr = raw

    @property
    def headers(self) -> dict[str, str]:
        """Parsed header fields, in file order (a copy)."""
        return parse_header(self.header)

    @property
    def header_comments(self) -> list[str]:
        """Translator comments of the header entry."""
        return self.header_message.comments if self.header_message is not None else []

    def set_header(self, name: str, value: str) -> None:
        """Set one header field, in place when present, else appended."""
        raw = self.header
        lines = raw.split("\n")
        prefix = name + ":"
        for i, line in enumerate(lines):
            if line.startswith(prefix):
                lines[i] = f"{name}: {value}"
                self.header = "\n".join(lines)
                return
        if raw and not raw.endswith("\n"):
            raw += "\n"
        self.header = raw + f"{name}: {value}\n"

    @property
    def language(self) -> str | None:
        """Value of the ``Language`` header, None when missing or empty."""
        return self.headers.get("Language") or None

    @property
    def charset(self) -> str:
        """Charset named in Content-Type, default ``UTF-8``."""
        m = re.search(r"charset=([^\s;]+)", self.header)
        if not m or m.group(1) == "CHARSET":
            return "UTF-8"
        return m.group(1)

    # -- messages -----------------------------------------------------
    def _build_index(self) -> dict[MessageKey, Message]:
        index: dict[MessageKey, Message] = {}
        for m in self.messages:
            index.setdefault((m.msgctxt, m.msgid), m)
        self._index = index
        return index

    def get(self, msgid: str, msgctxt: str | None = None) -> Message | None:
        """Message with this (msgctxt, msgid), or None."""
        index = self._index if self._index is not None else self._build_index()
        m = index.get((msgctxt, msgid))
        if m is not None and (m.msgctxt, m.msgid) == (msgctxt, msgid):
            return m
        # the index may be stale after in-place edits
        return self._build_index().get((msgctxt, msgid))

    def __contains__(self, key: MessageKey) -> bool:
        return self.get(key[1], key[0]) is not None

    def add(self, message: Message) -> None:
        """Append a message (no duplicate check)."""
        self.messages.append(message)
        if self._index is not None:
            self._index.setdefault((message.msgctxt, message.msgid), message)

    def __iter__(self) -> Iterator[Message]:
        return iter(self.messages)

    def __len__(self) -> int:
        return len(self.messages)

    @property
    def active(self) -> list[Message]:
        """Non-obsolete messages."""
        return [m for m in self.messages if not m.obsolete]

    @property
    def obsolete(self) -> list[Message]:
        """Obsolete (``#~``) messages."""
        return [m for m in self.messages if m.obsolete]
