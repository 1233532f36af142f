"""Line-breaking for the PO writer, as GNU gettext does it with libunistring.

``width_linebreaks`` returns, for each character of a string, whether a line
break is inserted before it.  It uses the system's libunistring (the very code
``msgcat``/``msgmerge`` run) through ctypes when available, else a pure-Python
implementation of the same UAX #14 pair-table algorithm.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import unicodedata
from collections.abc import Sequence

__all__ = ["width_linebreaks", "BREAK_UNDEFINED", "BREAK_PROHIBITED", "BREAK_POSSIBLE", "backend"]

BREAK_UNDEFINED = 0
BREAK_PROHIBITED = 1
BREAK_POSSIBLE = 2
BREAK_MANDATORY = 3


def _load_libunistring() -> ctypes.CDLL | None:
    if os.environ.get("KHOJALY_PURE_LINEBREAK"):
        return None
    names = [ctypes.util.find_library("unistring"), "libunistring.so.5", "libunistring.so.2",
             "libunistring.dylib"]
    for name in names:
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            fn = lib.u32_width_linebreaks
        except (OSError, AttributeError):
            continue
        fn.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                       ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]
        fn.restype = ctypes.c_int
        return lib
    return None


_LIB = _load_libunistring()
backend = "libunistring" if _LIB is not None else "python"


_buffer = ctypes.create_string_buffer(4096)


def _breaks_libunistring(text: str, width: int, start_column: int, overrides: bytes) -> bytes:
    global _buffer
    n = len(text)
    if n > len(_buffer):
        _buffer = ctypes.create_string_buffer(2 * n)
    buf = _buffer
    _LIB.u32_width_linebreaks(text.encode("utf-32-le"), n, width, start_column, 0,  # type: ignore[union-attr]
                              overrides, b"UTF-8", buf)
    return buf.raw[:n]


# ---------------------------------------------------------------------------
# Pure-Python fallback: UAX #14 classes (approximated from unicodedata) and the
# pair table measured on libunistring 1.0 (one representative character per class).
_CLASSES = ("BK CR LF CM WJ ZW GL SP B2 BA BB HY CB CL CP EX IN NS OP QU IS NU PO PR SY AL H2 H3 "
            "ID JL JV JT RI ZWJ EB EM HL XX").split()
C = {name: i for i, name in enumerate(_CLASSES)}
_ASCII_CLASS = {
    0x09: "BA", 0x0A: "LF", 0x0B: "BK", 0x0C: "BK", 0x0D: "CR", 0x20: "SP", 0x21: "EX", 0x22: "QU",
    0x23: "AL", 0x24: "PR", 0x25: "PO", 0x26: "AL", 0x27: "QU", 0x28: "OP", 0x29: "CP", 0x2A: "AL",
    0x2B: "PR", 0x2C: "IS", 0x2D: "HY", 0x2E: "IS", 0x2F: "SY", 0x3A: "IS", 0x3B: "IS", 0x3C: "AL",
    0x3D: "AL", 0x3E: "AL", 0x3F: "EX", 0x40: "AL", 0x5B: "OP", 0x5C: "PR", 0x5D: "CP", 0x5E: "AL",
    0x5F: "AL", 0x60: "AL", 0x7B: "OP", 0x7C: "BA", 0x7D: "CL", 0x7E: "AL",
}
_SPECIAL = {
    0xA0: "GL", 0xA1: "OP", 0xA2: "PO", 0xA3: "PR", 0xA4: "PR", 0xA5: "PR", 0xA7: "AI", 0xAB: "QU",
    0xAD: "BA", 0xB0: "PO", 0xB1: "PR", 0xB4: "BB", 0xBB: "QU", 0xBF: "OP", 0x2010: "BA", 0x2011: "GL",
    0x2012: "BA", 0x2013: "BA", 0x2014: "B2", 0x2018: "QU", 0x2019: "QU", 0x201A: "OP", 0x201C: "QU",
    0x201D: "QU", 0x201E: "OP", 0x2026: "IN", 0x2030: "PO", 0x2032: "PO", 0x2039: "QU", 0x203A: "QU",
    0x200B: "ZW", 0x200D: "ZWJ", 0x2060: "WJ", 0xFEFF: "WJ", 0x202F: "GL", 0x2007: "GL", 0x20AC: "PR",
    0x3000: "BA", 0x3001: "CL", 0x3002: "CL", 0xFF0C: "CL", 0xFF0E: "CL", 0x2028: "BK", 0x2029: "BK",
    0x0085: "BK", 0x00B7: "AL", 0x2022: "AL", 0x2192: "AL",
}


def _char_class(ch: str) -> int:
    o = ord(ch)
    if o < 0x80:
        if 0x30 <= o <= 0x39:
            return C["NU"]
        name = _ASCII_CLASS.get(o)
        if name is not None:
            return C[name]
        if o < 0x20 or o == 0x7F:
            return C["CM"]
        return C["AL"]
    name = _SPECIAL.get(o)
    if name is not None:
        return C["AL"] if name == "AI" else C[name]
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Mc"):
        return C["CM"]
    if cat == "Zs":
        return C["BA"]
    if cat == "Nd":
        return C["NU"]
    if cat == "Ps":
        return C["OP"]
    if cat == "Pe":
        return C["CL"]
    if cat in ("Pi", "Pf"):
        return C["QU"]
    if cat == "Pd":
        return C["BA"]
    if unicodedata.east_asian_width(ch) in ("W", "F") and cat.startswith("L") or 0x4E00 <= o <= 0x9FFF:
        return C["ID"]
    return C["AL"]


# Pair table actions (libunistring): direct, indirect, combining-indirect, combining-prohibited, prohibited.
D, I, CI, CP_, P = 0, 1, 2, 3, 4
_ROWS = {
    # after \ before: OP CL CP QU GL NS EX SY IS PR PO NU AL HL ID IN HY BA BB B2 ZW CM WJ H2 H3 JL JV JT RI EB EM ZWJ
    "OP": "P P P P P P P P P P P P P P P P P P P P P CI P P P P P P P P P I",
    "CL": "D P P I I P P P P I I D D D D I I I D D P CI P D D D D D D D D I",
    "CP": "D P P I I I P P P I I I I I D I I I D D P CI P D D D D D D D D I",
    "QU": "P P P I I I P P P I I I I I I I I I I I P CI P I I I I I I I I I",
    "GL": "I P P I I I P P P I I I I I I I I I I I P CI P I I I I I I I I I",
    "NS": "D P P I I I P P P D D D D D D I I I D D P CI P D D D D D D D D I",
    "EX": "D P P I I I P P P D D D D D D I I I D D P CI P D D D D D D D D I",
    "SY": "D P P I I I P P P D D I D I D I I I D D P CI P D D D D D D D D I",
    "IS": "D P P I I I P P P D D I D D D I I I D D P CI P D D D D D D D D I",
    "PR": "I P P I I I P P P D D I I I I I I I D D P CI P I I I I I D I I I",
    "PO": "I P P I I I P P P D D I I I D I I I D D P CI P D D D D D D D D I",
    "NU": "I P P I I I P P P I I I I I D I I I D D P CI P D D D D D D D D I",
    "AL": "I P P I I I P P P I I I I I D I I I D D P CI P D D D D D D D D I",
    "HL": "I P P I I I P P P I I I I I D I I I D D P CI P D D D D D D D D I",
    "ID": "D P P I I I P P P D I D D D D I I I D D P CI P D D D D D D D D I",
    "IN": "D P P I I I P P P D D D D D D I I I D D P CI P D D D D D D D D I",
    "HY": "D P P I D I P P P D D I D D D I I I D D P CI P D D D D D D D D I",
    "BA": "D P P I D I P P P D D D D D D I I I D D P CI P D D D D D D D D I",
    "BB": "I P P I I I P P P I I I I I I I I I I I P CI P I I I I I I I I I",
    "B2": "D P P I I I P P P D D D D D D I I I D P P CI P D D D D D D D D I",
    "ZW": "D D D D D D D D D D D D D D D D D D D D P CI D D D D D D D D D I",
    "WJ": "I P P I I I P P P I I I I I I I I I I I P CI P I I I I I I I I I",
    "H2": "D P P I I I P P P D I D D D D I I I D D P CI P D D D I I D D D I",
    "H3": "D P P I I I P P P D I D D D D I I I D D P CI P D D D D I D D D I",
    "JL": "D P P I I I P P P D I D D D D I I I D D P CI P I I I I D D D D I",
    "JV": "D P P I I I P P P D I D D D D I I I D D P CI P D D D I I D D D I",
    "JT": "D P P I I I P P P D I D D D D I I I D D P CI P D D D D I D D D I",
    "RI": "D P P I I I P P P D D D D D D I I I D D P CI P D D D D D I D D I",
    "EB": "D P P I I I P P P D I D D D D I I I D D P CI P D D D D D D D I I",
    "EM": "D P P I I I P P P D I D D D D I I I D D P CI P D D D D D D D D I",
    "ZWJ": "I P P I I I P P P I I I I I D I I I D D P CI P D D D D D D D D I",
}
_COLS = "OP CL CP QU GL NS EX SY IS PR PO NU AL HL ID IN HY BA BB B2 ZW CM WJ H2 H3 JL JV JT RI EB EM ZWJ".split()
_ACT = {"D": D, "I": I, "CI": CI, "CP": CP_, "P": P}
_TABLE: dict[int, dict[int, int]] = {}
for _row, _spec in _ROWS.items():
    _vals = _spec.split()
    _TABLE[C[_row]] = {C[_COLS[k]]: _ACT[_vals[k]] for k in range(min(len(_COLS), len(_vals)))}
for _cls in ("CB", "XX"):
    _TABLE[C[_cls]] = _TABLE[C["AL"]]


def _possible_breaks_python(text: str) -> list[int]:
    n = len(text)
    result = [BREAK_PROHIBITED] * n
    last = -1  # class of last non-space, non-CM character
    seen_space = False
    sp, cm, zw, bk, cr, lf = C["SP"], C["CM"], C["ZW"], C["BK"], C["CR"], C["LF"]
    for i, ch in enumerate(text):
        prop = _char_class(ch)
        if prop in (bk, lf) or (prop == cr):
            result[i] = BREAK_MANDATORY if prop != cr else BREAK_PROHIBITED
            last = bk
            seen_space = False
            continue
        if prop == sp:
            result[i] = BREAK_PROHIBITED
            seen_space = True
            continue
        if last < 0:
            result[i] = BREAK_PROHIBITED
            last = prop if prop != cm else C["AL"]
            continue
        if last == bk:
            result[i] = BREAK_PROHIBITED
            last = prop if prop != cm else C["AL"]
            seen_space = False
            continue
        if prop == cm and not seen_space:
            result[i] = BREAK_PROHIBITED
            continue
        if prop == cm:
            prop = C["AL"]
        row = _TABLE.get(last, _TABLE[C["AL"]])
        act = row.get(prop, I)
        if act == D:
            brk = BREAK_POSSIBLE
        elif act == I or act == CI:
            brk = BREAK_POSSIBLE if seen_space else BREAK_PROHIBITED
        else:
            brk = BREAK_PROHIBITED
        result[i] = brk
        last = prop
        seen_space = False
    return result


def _width(ch: str) -> int:
    o = ord(ch)
    if o < 0x300:
        return 1 if o >= 0x20 and not 0x7F <= o < 0xA0 else 0
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _breaks_python(text: str, width: int, start_column: int, overrides: bytes) -> bytes:
    p = _possible_breaks_python(text)
    last_p = -1
    last_column = start_column
    piece_width = 0
    for i, ch in enumerate(text):
        o = overrides[i]
        if o != BREAK_UNDEFINED:
            p[i] = o
        b = p[i]
        if b == BREAK_POSSIBLE or b == BREAK_MANDATORY:
            if last_p >= 0 and last_column + piece_width > width:
                p[last_p] = BREAK_POSSIBLE
                last_column = 0
        if b == BREAK_MANDATORY:
            last_p = -1
            last_column = 0
            piece_width = 0
        else:
            if b == BREAK_POSSIBLE:
                last_p = i
                last_column += piece_width
                piece_width = 0
            p[i] = BREAK_PROHIBITED
            piece_width += _width(ch)
    if last_p >= 0 and last_column + piece_width > width:
        p[last_p] = BREAK_POSSIBLE
    return bytes(p)


def width_linebreaks(text: str, width: int, start_column: int, overrides: Sequence[int] | bytes,
                     *, pure: bool = False) -> bytes:
    """One byte per character; ``BREAK_POSSIBLE`` where a line break is inserted."""
    ov = bytes(overrides)
    if _LIB is not None and not pure:
        return _breaks_libunistring(text, width, start_column, ov)
    return _breaks_python(text, width, start_column, ov)
