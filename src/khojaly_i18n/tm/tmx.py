"""TMX 1.4b: streamed, safe import and export.

Import reads ``<tu>`` elements one at a time (lxml ``iterparse``, cleared as it
goes: bounded memory), never expands entities, loads no DTD and touches no
network; a file whose DOCTYPE declares entities is rejected.  ``xml:lang``
and the legacy ``lang`` are accepted; ``<seg>`` content keeps the text of
inline elements (``bpt``, ``ept``, ``ph``, ``it``, ``hi``, ``ut``, ``sub``).

Export writes every header attribute the specification requires and one
``<tu>`` per unit (source ``<tuv>`` then target ``<tuv>``), with the unit's
context and origin as ``<prop type="x-context">`` / ``<prop type="x-origin">``
and its time as ``creationdate``/``changedate``.
"""

from __future__ import annotations

import re
import sys
import time as _time
from calendar import timegm
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from khojaly_i18n.errors import MemoryStoreError

from khojaly_i18n.fsutil import atomic_text_writer
from khojaly_i18n.safexml import stream

from .model import Unit, normalize_language
from .store import MemoryStore

__all__ = ["read_tmx", "import_tmx", "export_tmx", "write_tmx"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_PROLOG_LIMIT = 1 << 16
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _tmx_time(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return timegm(_time.strptime(value.strip(), "%Y%m%dT%H%M%SZ"))
    except ValueError:
        return None


def _lang(element: object) -> str | None:
    get = element.get  # type: ignore[attr-defined]
    return get(_XML_LANG) or get("lang")


def _same_lang(a: str, b: str) -> bool:
    a, b = normalize_language(a), normalize_language(b)
    return a == b or ("-" not in a or "-" not in b) and a.split("-")[0] == b.split("-")[0]


def read_tmx(path: str | Path, *, origin: str | None = None, source_lang: str = "en") -> Iterator[Unit]:
    """Stream the units of a TMX file: one per (source tuv, other tuv) of every ``<tu>``.

    The source ``<tuv>`` is the one in the ``<tu>``'s ``srclang``, else the
    header's; with ``*all*`` the one in *source_lang*, else the first.
    """

    path = Path(path)
    where = origin if origin is not None else path.as_posix()
    try:
        fallback_time = int(path.stat().st_mtime)
    except OSError as error:
        raise MemoryStoreError(f"cannot read: {error.strerror or error}", path) from None
    header_srclang: str | None = None
    elements = stream(path, records=frozenset({"tu"}), starts=frozenset({"header"}), error=MemoryStoreError, kind="TMX")
    for event, element in elements:
        if event == "root":
            if element.tag != "tmx":
                raise MemoryStoreError(f"not a TMX file (root element <{element.tag}>)", path, element.sourceline)
        elif event == "start":
            header_srclang = element.get("srclang")
        else:
            yield from _units_of_tu(element, header_srclang, source_lang, where, fallback_time)


def _units_of_tu(tu: object, header_srclang: str | None, source_lang: str, where: str, fallback: int) -> Iterator[Unit]:
    context = ""
    origin = where
    for prop in tu.findall("prop"):  # type: ignore[attr-defined]
        kind = prop.get("type", "")
        if kind in ("x-context", "context"):
            context = prop.text or ""
        elif kind == "x-origin" and prop.text:
            origin = prop.text
    when = _tmx_time(tu.get("changedate")) or _tmx_time(tu.get("creationdate")) or fallback  # type: ignore[attr-defined]
    variants: list[tuple[str, str]] = []
    for tuv in tu.findall("tuv"):  # type: ignore[attr-defined]
        lang = _lang(tuv)
        seg = tuv.find("seg")
        if not lang or seg is None:
            continue
        variants.append((lang, "".join(seg.itertext())))
    if len(variants) < 2:
        return
    srclang = tu.get("srclang") or header_srclang or "*all*"  # type: ignore[attr-defined]
    if srclang == "*all*":
        srclang = source_lang
    source = next((v for v in variants if _same_lang(v[0], srclang)), None)
    if source is None:
        if (tu.get("srclang") or header_srclang or "*all*") != "*all*":  # type: ignore[attr-defined]
            return
        source = variants[0]
    for variant in variants:
        lang, text = variant
        if variant is source or lang == source[0]:
            continue
        if source[1] and text:
            yield Unit(normalize_language(source[0]), normalize_language(lang), source[1], text, context, origin, when)


def import_tmx(store: MemoryStore, path: str | Path, *, origin: str | None = None,
               source_lang: str = "en") -> tuple[int, int]:
    """Stream a TMX file into *store* in one transaction; return (units read, units new)."""
    seen = 0

    def counted() -> Iterator[Unit]:
        nonlocal seen
        for unit in read_tmx(path, origin=origin, source_lang=source_lang):
            seen += 1
            yield unit

    added = store.add(counted())
    return seen, added


def _escape(text: str) -> str:
    text = _INVALID_XML.sub("\ufffd", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _attr(text: str) -> str:
    return _escape(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _stamp(seconds: int) -> str:
    return _time.strftime("%Y%m%dT%H%M%SZ", _time.gmtime(seconds))


def write_tmx(
    out: IO[str], store: MemoryStore, *, target_lang: str | None = None, source_lang: str | None = None
) -> int:
    """Write the units (of one target/source language when given) as TMX 1.4b; return the count."""
    from khojaly_i18n import __version__

    wanted = [
        pair for pair in store.pairs()
        if (target_lang is None or _same_lang(pair[1], target_lang))
        and (source_lang is None or _same_lang(pair[0], source_lang))
    ]
    sources = sorted({sl for sl, _ in wanted})
    header_src = sources[0] if len(sources) == 1 else "*all*"
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n')
    out.write(
        f'  <header creationtool="khojaly-i18n" creationtoolversion="{_attr(__version__)}" segtype="paragraph"'
        f' o-tmf="khojaly-tm" adminlang="en" srclang="{_attr(header_src)}" datatype="plaintext"'
        f' creationdate="{_stamp(int(_time.time()))}"/>\n  <body>\n'
    )
    count = 0
    for sl, tl in wanted:
        for unit in store.units(sl, tl):
            stamp = _stamp(unit.time)
            parts = [f'    <tu srclang="{_attr(unit.source_lang)}" creationdate="{stamp}" changedate="{stamp}">\n']
            if unit.context:
                parts.append(f'      <prop type="x-context">{_escape(unit.context)}</prop>\n')
            if unit.origin:
                parts.append(f'      <prop type="x-origin">{_escape(unit.origin)}</prop>\n')
            parts.append(f'      <tuv xml:lang="{_attr(unit.source_lang)}"><seg>{_escape(unit.source)}</seg></tuv>\n')
            parts.append(f'      <tuv xml:lang="{_attr(unit.target_lang)}"><seg>{_escape(unit.target)}</seg></tuv>\n')
            parts.append("    </tu>\n")
            out.write("".join(parts))
            count += 1
    out.write("  </body>\n</tmx>\n")
    return count


def export_tmx(
    store: MemoryStore, dest: str | Path | None, *, target_lang: str | None = None, source_lang: str | None = None
) -> int:
    """Export to *dest* (atomically; ``None`` or ``"-"``: standard output); return the unit count."""
    if dest is None or str(dest) == "-":
        return write_tmx(sys.stdout, store, target_lang=target_lang, source_lang=source_lang)
    with atomic_text_writer(dest) as handle:
        return write_tmx(handle, store, target_lang=target_lang, source_lang=source_lang)
