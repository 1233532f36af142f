"""Safe, streaming reading of the XML exchange formats (TBX, TMX).

No entity is expanded, no DTD is loaded, nothing is fetched from the network,
and a DOCTYPE that declares entities (billion laughs, external entities) is
refused before parsing starts.  Records are handed over one at a time and
cleared afterwards, so memory stays bounded whatever the file's size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khojaly_i18n.errors import KhojalyError

PROLOG_LIMIT = 1 << 20
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", re.S | re.I)


def local_name(tag: Any) -> str:
    """``{namespace}name`` → ``name``; comments and processing instructions → ``""``."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def check_prolog(path: Path, error: type[KhojalyError], kind: str, shown: str) -> None:
    """Refuse a DOCTYPE that declares entities; read at most PROLOG_LIMIT bytes."""
    head = b""
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(65536)
            head += chunk
            # UTF-16 files: dropping the NUL bytes leaves the ASCII markup readable
            stripped = head.replace(b"\x00", b"")
            if _ROOT_START.search(_DOCTYPE.sub(b"", stripped)) or not chunk:
                break
            if len(head) > PROLOG_LIMIT:
                raise error(f"XML prolog too large (over {PROLOG_LIMIT >> 20} MiB before the root element)", shown, 1)
    text = head.replace(b"\x00", b"").decode("latin-1")
    doctype = re.search(r"<!DOCTYPE", text, re.IGNORECASE)
    if doctype is not None and re.search(r"<!ENTITY", text[doctype.start():], re.IGNORECASE):
        line = text.count("\n", 0, doctype.start()) + 1
        raise error(f"DOCTYPE with entity declarations is not allowed in a {kind} file", shown, line)


def stream(
    path: str | Path,
    *,
    records: frozenset[str],
    starts: frozenset[str] = frozenset(),
    error: type[KhojalyError],
    kind: str,
    shown: str | None = None,
) -> Iterator[tuple[str, Any]]:
    """Yield ``("root", element)`` once, ``("start", element)`` when an element of
    *starts* opens (its attributes are complete) and ``("record", element)`` when
    an element of *records* closes; a record is cleared once the caller resumes.
    """
    from lxml import etree

    path = Path(path)
    shown = shown or str(path)
    try:
        check_prolog(path, error, kind, shown)
        parser = etree.iterparse(
            str(path), events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
            dtd_validation=False, huge_tree=False, remove_comments=True, remove_pis=True,
        )
        root_seen = False
        for event, element in parser:
            name = local_name(element.tag)
            if event == "start":
                if not root_seen:
                    root_seen = True
                    yield "root", element
                elif name in starts:
                    yield "start", element
                continue
            if name not in records:
                continue
            yield "record", element
            element.clear(keep_tail=False)
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as syntax_error:
        line = syntax_error.position[0] if syntax_error.position else None
        message = str(syntax_error.msg or syntax_error)
        if "entity" in message.lower():
            message = f"entities are not allowed: {message}"
        raise error(f"invalid XML: {message}", shown, line) from None
    except OSError as os_error:
        raise error(f"cannot read: {os_error.strerror or os_error}", shown) from None
    if not root_seen:
        raise error(f"empty {kind} file", shown, 1)
