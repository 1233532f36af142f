"""Fast, strict PO/POT parser: :func:`read_catalog` and :func:`parse_catalog`."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from khojaly_i18n.errors import CatalogError

from .model import Catalog, Message

__all__ = ["read_catalog", "parse_catalog", "decode_catalog"]

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_ESCAPE_RE = re.compile(r'\\([ntr"\\abfv]|[0-7]{1,3}|x[0-9A-Fa-f]{1,2})')
_VALID_RE = re.compile(r'(?:[^"\\]|\\(?:[ntr"\\abfv]|[0-7]{1,3}|x[0-9A-Fa-f]{1,2}))*')
_STRINGS_RE = re.compile(r'"((?:[^"\\]|\\.)*)"[ \t]*')
_CHARSET_RE = re.compile(rb"charset=([A-Za-z0-9_.:+-]+)")
_PLURAL_KW = re.compile(r"msgstr\[(\d+)\]$")
_KEYWORDS = frozenset(("msgid", "msgstr", "msgctxt", "msgid_plural"))


def _unescape_sub(m: re.Match[str]) -> str:
    g = m.group(1)
    e = _ESCAPES.get(g)
    if e is not None:
        return e
    if g[0] == "x":
        return chr(int(g[1:], 16))
    return chr(int(g, 8))


def decode_catalog(data: bytes, path: str | Path | None = None) -> str:
    """Decode PO bytes using the header charset (default UTF-8)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    charset = "utf-8"
    m = _CHARSET_RE.search(data, 0, 8192)
    if m is not None:
        name = m.group(1).decode("ascii")
        if name.upper() != "CHARSET":
            try:
                charset = codecs.lookup(name).name
            except LookupError:
                line = data.count(b"\n", 0, m.start()) + 1
                raise CatalogError(f"unknown charset {name!r}", path, line) from None
    try:
        return data.decode(charset)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CatalogError(f"invalid {charset} byte sequence (cannot decode)", path, line) from None


def read_catalog(path: str | Path) -> Catalog:
    """Read and parse a .po/.pot file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read catalog: {exc.strerror}", p) from None
    return parse_catalog(decode_catalog(data, p), p)


def parse_catalog(text: str, path: str | Path | None = None) -> Catalog:
    """Parse PO text; malformed input raises :class:`CatalogError` with its line."""
    return _Parser(text, path).run()


class _Parser:
    __slots__ = ("text", "path", "catalog", "seen", "seen_obsolete")

    def __init__(self, text: str, path: str | Path | None) -> None:
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        self.text = text
        self.path = Path(path) if path is not None else None
        self.catalog = Catalog(path=self.path)
        self.seen: dict[tuple[str | None, str], int] = {}
        self.seen_obsolete: dict[tuple[str | None, str], int] = {}

    def error(self, message: str, line: int) -> CatalogError:
        return CatalogError(message, self.path if self.path is not None else "<string>", line)

    def string(self, s: str, lineno: int) -> str:
        """Decode the quoted string(s) that make up ``s`` (already stripped on the left)."""
        s = s.rstrip()
        if len(s) < 2 or s[0] != '"' or s[-1] != '"':
            if not s.startswith('"'):
                raise self.error(f"syntax error: expected a quoted string, got {s[:20]!r}", lineno)
            return self._strings(s, lineno)  # raises with the precise reason
        inner = s[1:-1]
        if "\\" not in inner:
            if '"' not in inner:
                return inner
            return self._strings(s, lineno)
        if _VALID_RE.fullmatch(inner) is None:
            return self._strings(s, lineno)
        return _ESCAPE_RE.sub(_unescape_sub, inner)

    def _strings(self, s: str, lineno: int) -> str:
        pos = 0
        parts: list[str] = []
        n = len(s)
        while pos < n:
            m = _STRINGS_RE.match(s, pos)
            if m is None:
                if s[pos] == '"':
                    raise self.error("unterminated string", lineno)
                raise self.error(f"syntax error near {s[pos:pos + 20]!r}", lineno)
            inner = m.group(1)
            if "\\" in inner:
                bad = _VALID_RE.match(inner)
                assert bad is not None
                if bad.end() != len(inner):
                    seq = inner[bad.end():bad.end() + 2]
                    raise self.error(f"invalid escape sequence {seq!r}", lineno)
                inner = _ESCAPE_RE.sub(_unescape_sub, inner)
            parts.append(inner)
            pos = m.end()
        return "".join(parts)

    def run(self) -> Catalog:  # noqa: C901 - one hot loop, kept flat for speed
        lines = self.text.split("\n")
        string = self.string
        error = self.error
        emit = self.emit

        comments: list[str] = []
        extracted: list[str] = []
        occurrences: list[str] = []
        flags: list[str] = []
        prev: dict[str, str] = {}
        msgctxt: str | None = None
        msgid: str | None = None
        msgid_plural: str | None = None
        msgstr: str | None = None
        plurals: dict[int, str] = {}
        obsolete = False
        ctxt_obsolete = False
        msgid_line = 0
        # the string being accumulated: its keyword, whether it is a #| one, its parts
        target_name: str | None = None
        target_prev = False
        target_obsolete = False
        parts: list[str] = []

        for lineno, line in enumerate(lines, 1):
            if not line:
                continue
            c = line[0]
            if c == '"':
                if target_name is None or target_prev or target_obsolete:
                    raise error("string without keyword", lineno)
                if line[-1] == '"' and len(line) >= 2:
                    inner = line[1:-1]  # the common case of string(), inline
                    if "\\" not in inner and '"' not in inner:
                        parts.append(inner)
                        continue
                parts.append(string(line, lineno))
                continue
            line_obsolete = False
            kw_prev = False
            if c == "#":
                c2 = line[1:2]
                if c2 == "~" or c2 == "|":
                    rest = line[2:].lstrip(" \t")
                    if c2 == "~":
                        line_obsolete = True
                        if rest.startswith("|"):
                            kw_prev = True
                            rest = rest[1:].lstrip(" \t")
                    else:
                        kw_prev = True
                    if not rest:
                        continue
                    if rest[0] == '"':
                        if target_name is None or target_prev != kw_prev or target_obsolete != line_obsolete:
                            raise error("string without keyword", lineno)
                        parts.append(string(rest, lineno))
                        continue
                    line = rest
                else:
                    # a comment line starts the next entry
                    if target_name is not None:
                        value = parts[0] if len(parts) == 1 else "".join(parts)
                        if target_prev:
                            prev[target_name] = value
                        elif target_name == "msgstr":
                            msgstr = value
                        elif target_name == "msgid":
                            msgid = value
                        elif target_name == "msgctxt":
                            raise error("comment between msgctxt and msgid", lineno)
                        elif target_name == "msgid_plural":
                            msgid_plural = value
                        else:
                            plurals[int(target_name[7:-1])] = value
                        target_name = None
                    if msgid is not None:
                        if msgstr is None and not plurals:
                            raise error("missing msgstr", lineno)
                        emit(msgctxt, msgid, msgid_plural, msgstr, plurals, flags, comments, extracted,
                             occurrences, prev, obsolete, msgid_line)
                        comments, extracted, occurrences, flags, prev, plurals = [], [], [], [], {}, {}
                        msgctxt = msgid = msgid_plural = msgstr = None
                    if c2 == ",":
                        for f in line[2:].split(","):
                            f = f.strip()
                            if f and f not in flags:
                                flags.append(f)
                    elif c2 == ":":
                        for ref in line[2:].split():
                            if ref not in occurrences:
                                occurrences.append(ref)
                    elif c2 == ".":
                        t = line[2:]
                        extracted.append(t[1:] if t[:1] == " " else t)
                    else:
                        t = line[1:]
                        comments.append(t[1:] if t[:1] == " " else t)
                    continue
            elif c == " " or c == "\t":
                line = line.lstrip(" \t")
                if not line:
                    continue
                if line[0] == '"':
                    if target_name is None or target_prev or target_obsolete:
                        raise error("string without keyword", lineno)
                    parts.append(string(line, lineno))
                    continue

            # keyword line
            q = line.find('"')
            if q < 0:
                words = line.split()
                kw = words[0] if words else line
                if kw in ("msgid", "msgstr", "msgctxt", "msgid_plural") or _PLURAL_KW.match(kw):
                    raise error(f"missing string after keyword {kw}", lineno)
                raise error(f"unknown keyword {kw!r}", lineno)
            kw = line[:q].rstrip(" \t")
            value_text = line[q:]
            if kw not in _KEYWORDS and _PLURAL_KW.match(kw) is None:
                words = kw.split()
                raise error(f"unknown keyword {(words[0] if words else kw)!r}", lineno)
            # close the string in progress
            if target_name is not None:
                value = parts[0] if len(parts) == 1 else "".join(parts)
                if target_prev:
                    prev[target_name] = value
                elif target_name == "msgstr":
                    msgstr = value
                elif target_name == "msgid":
                    msgid = value
                elif target_name == "msgctxt":
                    msgctxt = value
                elif target_name == "msgid_plural":
                    msgid_plural = value
                else:
                    plurals[int(target_name[7:-1])] = value
                target_name = None
            if kw_prev:
                if kw == "msgstr" or kw[:7] == "msgstr[":
                    raise error(f"keyword {kw} not allowed in a previous-message comment", lineno)
                if msgid is not None:
                    if msgstr is None and not plurals:
                        raise error("missing msgstr", lineno)
                    emit(msgctxt, msgid, msgid_plural, msgstr, plurals, flags, comments, extracted,
                         occurrences, prev, obsolete, msgid_line)
                    comments, extracted, occurrences, flags, prev, plurals = [], [], [], [], {}, {}
                    msgctxt = msgid = msgid_plural = msgstr = None
                if kw in prev:
                    raise error(f"duplicate previous {kw}", lineno)
            elif kw == "msgid" or kw == "msgctxt":
                if msgid is not None:
                    if msgstr is None and not plurals:
                        raise error("missing msgstr", lineno)
                    emit(msgctxt, msgid, msgid_plural, msgstr, plurals, flags, comments, extracted,
                         occurrences, prev, obsolete, msgid_line)
                    comments, extracted, occurrences, flags, prev, plurals = [], [], [], [], {}, {}
                    msgctxt = msgid = msgid_plural = msgstr = None
                if kw == "msgctxt":
                    if msgctxt is not None:
                        raise error("duplicate msgctxt", lineno)
                    ctxt_obsolete = line_obsolete
                else:
                    if msgctxt is not None and ctxt_obsolete != line_obsolete:
                        raise error("msgctxt and msgid differ in obsolescence (#~)", lineno)
                    msgid_line = lineno
                    obsolete = line_obsolete
            else:
                if msgid is None:
                    raise error(f"{kw} without msgid", lineno)
                if line_obsolete != obsolete:
                    raise error(f"{kw} and msgid differ in obsolescence (#~)", lineno)
                if kw == "msgstr":
                    if msgstr is not None or plurals:
                        raise error("duplicate msgstr", lineno)
                    if msgid_plural is not None:
                        raise error("entry with msgid_plural needs msgstr[n], not msgstr", lineno)
                elif kw == "msgid_plural":
                    if msgid_plural is not None or msgstr is not None or plurals:
                        raise error("misplaced msgid_plural", lineno)
                else:
                    if msgid_plural is None:
                        raise error(f"{kw} without msgid_plural", lineno)
                    if msgstr is not None:
                        raise error("duplicate msgstr", lineno)
                    n = int(kw[7:-1])
                    if n != len(plurals):
                        raise error(f"plural form {kw} out of order", lineno)
                    kw = f"msgstr[{n}]"
            target_name = kw
            target_prev = kw_prev
            target_obsolete = line_obsolete
            if value_text[-1] == '"' and len(value_text) >= 2:
                inner = value_text[1:-1]  # the common case of string(), inline
                if "\\" not in inner and '"' not in inner:
                    parts = [inner]
                    continue
            parts = [string(value_text, lineno)]

        last = len(lines) - 1 if lines and not lines[-1] else len(lines)
        if target_name is not None:
            value = parts[0] if len(parts) == 1 else "".join(parts)
            if target_prev:
                prev[target_name] = value
            elif target_name == "msgstr":
                msgstr = value
            elif target_name == "msgid":
                msgid = value
            elif target_name == "msgctxt":
                raise error("msgctxt without msgid at end of file", last)
            elif target_name == "msgid_plural":
                msgid_plural = value
            else:
                plurals[int(target_name[7:-1])] = value
        if msgid is not None:
            if msgstr is None and not plurals:
                raise error("missing msgstr at end of file", last)
            emit(msgctxt, msgid, msgid_plural, msgstr, plurals, flags, comments, extracted,
                 occurrences, prev, obsolete, msgid_line)
        elif prev:
            raise error("previous-message comment without entry at end of file", last)
        return self.catalog

    def emit(self, msgctxt: str | None, msgid: str, msgid_plural: str | None, msgstr: str | None,
             plurals: dict[int, str], flags: list[str], comments: list[str], extracted: list[str],
             occurrences: list[str], prev: dict[str, str], obsolete: bool, line: int) -> None:
        msg = Message(msgid, msgstr if msgstr is not None else "", msgctxt, msgid_plural, plurals, flags,
                      comments, extracted, occurrences, prev.get("msgctxt"), prev.get("msgid"),
                      prev.get("msgid_plural"), obsolete, line)
        key = (msgctxt, msgid)
        # unlike GNU, an obsolete entry may repeat an active one (common in real
        # catalogs, e.g. blender-manual); duplicates within each kind are errors
        seen = self.seen_obsolete if obsolete else self.seen
        first = seen.get(key)
        if first is not None:
            raise self.error(f"duplicate message definition (first defined at line {first})", line)
        seen[key] = line
        if msgid == "" and msgctxt is None and not obsolete:
            self.catalog.header_message = msg
        else:
            self.catalog.messages.append(msg)
