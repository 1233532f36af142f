"""PO writer byte-identical to GNU gettext's (``msgcat``/``msgmerge``, width 79)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from khojaly_i18n.errors import CatalogError

from .linebreak import BREAK_POSSIBLE, BREAK_PROHIBITED, BREAK_UNDEFINED, width_linebreaks
from .model import Catalog, Message

__all__ = ["format_catalog", "format_message", "write_catalog", "PAGE_WIDTH"]

PAGE_WIDTH = 79
_INT_MAX = 2**31 - 1
_ESCAPE = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
           "\\": "\\\\", '"': '\\"'}
_ESCAPE_TABLE = str.maketrans(_ESCAPE)
_needs_escape = re.compile(r'[\\"\n\t\r\a\b\f\v]').search
_PY_FLAGS = frozenset("-+ #0")
_PY_CONV = frozenset("%csrdiuoxXeEfFgG")
_FORMAT_FLAGS = frozenset(("python-format", "possible-python-format"))
_DIGITS = frozenset("0123456789")


# GNU gettext writes format flags in the order of its format_language table (message.c).
_GNU_FORMAT_ORDER = (
    "c", "objc", "python", "python-brace", "java", "java-printf", "csharp", "javascript",
    "scheme", "lisp", "elisp", "librep", "rust", "go", "ruby", "sh", "awk", "lua", "pascal",
    "smalltalk", "qt", "qt-plural", "kde", "kde-kuit", "boost", "tcl", "perl", "perl-brace",
    "php", "gcc-internal", "gfc-internal", "ycp",
)
_FORMAT_RANK = {
    name: rank
    for rank, language in enumerate(_GNU_FORMAT_ORDER)
    for name in (f"{language}-format", f"no-{language}-format", f"possible-{language}-format")
}


def _format_rank(flag: str) -> int | None:
    """Position of a format flag in GNU's order; None for every other flag."""
    return _FORMAT_RANK.get(flag)


def _skip_width(value: str, i: int, n: int) -> int:
    """The index after a printf field width or precision (``*`` or digits) at *i*."""
    if i < n and value[i] == "*":
        return i + 1
    while i < n and value[i] in _DIGITS:
        i += 1
    return i


def _python_format_attrs(value: str) -> bytearray | None:
    """Mark characters inside valid Python %-directives (not their start): 1; else 0."""
    if "%" not in value:
        return None
    n = len(value)
    attrs = bytearray(n)
    i = 0
    while i < n:
        if value[i] != "%":
            i += 1
            continue
        start = i
        i += 1
        if i < n and value[i] == "(":
            depth = 0
            i += 1
            while i < n:
                c = value[i]
                if c == "(":
                    depth += 1
                elif c == ")":
                    if depth == 0:
                        break
                    depth -= 1
                i += 1
            if i >= n:
                return attrs
            i += 1
        while i < n and value[i] in _PY_FLAGS:
            i += 1
        i = _skip_width(value, i, n)
        if i < n and value[i] == ".":
            i = _skip_width(value, i + 1, n)
        if i < n and value[i] in "hlL":
            i += 1
        if i >= n or value[i] not in _PY_CONV:
            return attrs  # invalid directive: parsing stops, nothing more is protected
        for k in range(start + 1, i + 1):
            attrs[k] = 1
        i += 1
    return attrs


def _wrap(out: list[str], prefix: str, name: str, value: str, wrap: bool, python_format: bool) -> None:
    """Append the lines of ``name "value"`` as GNU's ``wrap()`` writes them."""
    startcol_after_break = len(prefix) + 1
    width = (PAGE_WIDTH if wrap else _INT_MAX) - 1 - startcol_after_break
    first_startcol = len(name) + 1  # prefix + name + space + quote - startcol_after_break
    fmt = _python_format_attrs(value) if python_format and value else None
    # fast path: single portion, no escapes needing care, fits on the first line
    if "\n" not in value and fmt is None:
        esc = value.translate(_ESCAPE_TABLE) if _needs_escape(value) else value
        if first_startcol + 2 * len(esc) <= width or (first_startcol + len(esc) <= width and esc.isascii()):
            out.append(f'{prefix}{name} "{esc}"')
            return
    first_line = True
    pos = 0
    n = len(value)
    while True:
        end = value.find("\n", pos)
        end = n if end < 0 else end + 1
        portion = value[pos:end]
        if fmt is None:
            text = portion.translate(_ESCAPE_TABLE) if _needs_escape(portion) else portion
            overrides = bytearray(len(text))
            k = text.find("\\")
            while k >= 0:
                overrides[k + 1] = BREAK_PROHIBITED
                k = text.find("\\", k + 2)
        else:
            chars: list[str] = []
            overrides = bytearray()
            for k, ch in enumerate(portion):
                brk = BREAK_PROHIBITED if fmt[pos + k] else BREAK_UNDEFINED
                e = _ESCAPE.get(ch)
                if e is not None:
                    chars.append(e)
                    overrides.append(brk)
                    overrides.append(BREAK_PROHIBITED)
                else:
                    chars.append(ch)
                    overrides.append(brk)
            text = "".join(chars)
        plen = len(text)
        if portion.endswith("\n"):
            overrides[plen - 2] = BREAK_PROHIBITED
        startcol = first_startcol if first_line else 0
        breaks = _compute(text, width, startcol, overrides)
        if first_line and plen > 0 and (end < n or startcol > width or BREAK_POSSIBLE in breaks):
            out.append(f'{prefix}{name} ""')
            first_line = False
            startcol = 0
            breaks = _compute(text, width, startcol, overrides)
        line_start = prefix + name + " " if first_line else prefix
        first_line = False
        if BREAK_POSSIBLE not in breaks:
            out.append(f'{line_start}"{text}"')
        else:
            last = 0
            for k in range(plen):
                if breaks[k] == BREAK_POSSIBLE:
                    out.append(f'{line_start}"{text[last:k]}"')
                    line_start = prefix
                    last = k
            out.append(f'{line_start}"{text[last:]}"')
        pos = end
        if pos >= n:
            break


def _compute(text: str, width: int, startcol: int, overrides: bytearray) -> bytes:
    plen = len(text)
    if plen == 0:
        return b""
    # nothing can overflow: no break is inserted
    if startcol + 2 * plen <= width or (startcol + plen <= width and text.isascii()):
        return b""
    return width_linebreaks(text, width, startcol, overrides)


def _write_message(out: list[str], m: Message) -> None:
    obsolete = m.obsolete
    if obsolete and not m.has_translation:
        return
    for c in m.comments:
        for part in c.split("\n"):
            out.append("# " + part if part else "#")
    for c in m.extracted_comments:
        out.append("#. " + c if c else "#.")
    if m.occurrences:
        line = "#:"
        column = 2
        for ref in m.occurrences:
            while ref.startswith("./"):
                ref = ref[2:]
            length = (len(ref) if ref.isascii() else len(ref.encode("utf-8"))) + 1
            if column > 2 and column + length > PAGE_WIDTH:
                out.append(line)
                line = "#:"
                column = 2
            line += " " + ref
            column += length
        out.append(line)
    flags = m.flags
    wrap = "no-wrap" not in flags
    python_format = False
    if obsolete:
        if "fuzzy" in flags:
            out.append("#, fuzzy")
    elif flags:
        shown: list[str] = []
        if "fuzzy" in flags and m.has_translation:
            shown.append("fuzzy")
        formats = sorted((f for f in flags if _format_rank(f) is not None), key=_format_rank)  # type: ignore[arg-type]
        python_format = any(f in _FORMAT_FLAGS for f in formats)
        ranges = [f for f in flags if f.startswith("range:")]
        others = [
            f for f in flags
            if f not in ("fuzzy", "wrap", "no-wrap") and _format_rank(f) is None and not f.startswith("range:")
        ]
        for f in [*formats, *ranges, *others, *(["no-wrap"] if "no-wrap" in flags else [])]:
            if f not in shown:
                shown.append(f)
        if shown:
            out.append("#, " + ", ".join(shown))
    prev_prefix = "#~| " if obsolete else "#| "
    if m.previous_msgctxt is not None:
        _wrap(out, prev_prefix, "msgctxt", m.previous_msgctxt, wrap, python_format)
    if m.previous_msgid is not None:
        _wrap(out, prev_prefix, "msgid", m.previous_msgid, wrap, python_format)
    if m.previous_msgid_plural is not None:
        _wrap(out, prev_prefix, "msgid_plural", m.previous_msgid_plural, wrap, python_format)
    prefix = "#~ " if obsolete else ""
    if m.msgctxt is not None:
        _wrap(out, prefix, "msgctxt", m.msgctxt, wrap, python_format)
    _wrap(out, prefix, "msgid", m.msgid, wrap, python_format)
    if m.msgid_plural is not None:
        _wrap(out, prefix, "msgid_plural", m.msgid_plural, wrap, python_format)
        forms = m.msgstr_plural or {0: ""}
        for i in range(max(forms) + 1):
            _wrap(out, prefix, f"msgstr[{i}]", forms.get(i, ""), wrap, python_format)
    else:
        _wrap(out, prefix, "msgstr", m.msgstr, wrap, python_format)


def format_message(message: Message) -> str:
    """One entry as GNU gettext writes it (no separating blank line)."""
    out: list[str] = []
    _write_message(out, message)
    return "\n".join(out) + "\n" if out else ""


def format_catalog(catalog: Catalog) -> str:
    """The whole catalog as text, as ``msgcat`` would write it."""
    out: list[str] = []
    first = True
    ordered: list[Message] = []
    if catalog.header_message is not None:
        ordered.append(catalog.header_message)
    ordered.extend(m for m in catalog.messages if not m.obsolete)
    ordered.extend(m for m in catalog.messages if m.obsolete)
    for m in ordered:
        if m.obsolete and not m.has_translation:
            continue
        if not first:
            out.append("")
        first = False
        _write_message(out, m)
    return "\n".join(out) + "\n" if out else ""


def write_catalog(catalog: Catalog, path: str | Path | None = None) -> Path:
    """Write atomically (temp file in the same folder, fsync, ``os.replace``)."""
    target = Path(path) if path is not None else catalog.path
    if target is None:
        raise CatalogError("no path to write the catalog to")
    text = format_catalog(catalog)
    charset = catalog.charset
    try:
        data = text.encode(charset)
    except (UnicodeEncodeError, LookupError) as exc:
        raise CatalogError(f"cannot encode catalog as {charset}: {exc}", target) from None
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise CatalogError(f"cannot write catalog: {exc.strerror}", target) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise CatalogError(f"cannot write catalog: {exc.strerror}", target) from None
        raise
    try:
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass
    return target
