"""Placeables: the parts of a segment that are copied, not translated.

Numbers, reST roles (``:ref:`x```), inline literals (````x````), links
(```text <url>`_``, ```name`_``), substitutions (``|name|``), URLs and
printf/format placeholders (``%s``, ``%(name)d``, ``{0}``).  A segment's
*skeleton* is its text with every placeable replaced by a marker; two
segments with the same skeleton differ only in placeables, and
:func:`adjust_target` carries the new values into an old translation, writing
numbers in the target language's format (Babel/CLDR symbols).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

__all__ = ["Placeable", "tokenize", "skeleton_of", "adjust_target", "parse_number", "format_number"]

NUMBER_MARK = "\ue000"
OTHER_MARK = "\ue001"

_NUMBER = r"(?<![\w.,])(?:\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w]|[.,]\d)"
_OTHER = "|".join(
    (
        r"(?::[\w.+-]+)+:`[^`]+`",  # reST role, :py:func:`x`
        r"``[^`]+``",  # inline literal
        r"`[^`]+`__?",  # link / reference
        r"\|[^|\s][^|]*\|(?:__?)?",  # substitution
        r"(?:https?|ftp)://[^\s<>`\"')\]]*[^\s<>`\"')\].,;:!?]",  # URL
        r"%(?:\([\w.]+\))?[-+ #0]*(?:\d+|\*)?(?:\.\d+)?[diouxXeEfFgGcrsa]",  # printf
        r"\{[\w.\[\]]*(?:![rsa])?(?::[^{}]*)?\}",  # str.format
    )
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_TOKEN = re.compile(f"(?P<other>{_OTHER})|(?P<number>{_NUMBER})")


@dataclass(frozen=True, slots=True)
class Placeable:
    """One placeable: its text, kind (``number`` or ``other``) and span."""

    text: str
    kind: str
    start: int
    end: int


def tokenize(text: str) -> list[Placeable]:
    """Every placeable of *text*, left to right."""
    return [
        Placeable(m.group(), "number" if m.lastgroup == "number" else "other", m.start(), m.end())
        for m in _TOKEN.finditer(text)
    ]


def _skeleton(text: str, tokens: list[Placeable]) -> str:
    parts: list[str] = []
    last = 0
    for token in tokens:
        parts.append(text[last:token.start])
        parts.append(NUMBER_MARK if token.kind == "number" else OTHER_MARK)
        last = token.end
    parts.append(text[last:])
    return "".join(parts)


_TRIGGER = re.compile(r"[\d`|%{]|://")


def skeleton_of(text: str) -> str | None:
    """*text* with placeables replaced by markers; None when it has no placeable."""
    if _TRIGGER.search(text) is None:
        return None
    tokens = tokenize(text)
    return _skeleton(text, tokens) if tokens else None


@lru_cache(maxsize=64)
def _symbols(language: str) -> tuple[str, str]:
    """(group symbol, decimal symbol) of a language; English ones when Babel does not know it."""
    try:
        from babel import Locale
        from babel.numbers import get_decimal_symbol, get_group_symbol

        locale = Locale.parse(language.replace("-", "_"))
        return get_group_symbol(locale), get_decimal_symbol(locale)
    except Exception:  # unknown locale
        return ",", "."


def parse_number(text: str, language: str) -> Decimal | None:
    """The value of a number token written the way *language* writes numbers, else None."""
    group, decimal = _symbols(language)
    groups = {group, "\u00a0", "\u202f", " ", "'"}
    if group in ("\u00a0", "\u202f"):
        groups.add(" ")
    body = text
    if decimal in body:
        head, _, tail = body.rpartition(decimal)
        if not tail.isdigit():
            return None
    else:
        head, tail = body, ""
    for symbol in groups:
        if symbol != decimal:
            head = head.replace(symbol, "")
    if not head.isdigit():
        return None
    try:
        return Decimal(head + ("." + tail if tail else ""))
    except InvalidOperation:
        return None


def format_number(value: Decimal, language: str, grouping: bool) -> str:
    """*value* in *language*'s format (CLDR symbols via Babel), with or without grouping."""
    try:
        from babel.numbers import format_decimal

        return format_decimal(
            value, locale=language.replace("-", "_"), group_separator=grouping, decimal_quantization=False
        )
    except Exception:  # unknown locale: plain digits
        return str(value)


def _has_grouping(text: str, language: str) -> bool:
    group, decimal = _symbols(language)
    return any(ch in text for ch in {group, ",", ".", "\u00a0", "\u202f", " ", "'"} - {decimal})


def adjust_target(
    query: str, source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, bool] | None:
    """Carry the placeables of *query* into *target* (the translation of *source*).

    Applies only when *query* and *source* have the same skeleton and that
    skeleton has a word of its own (a segment that is nothing but placeables
    is not adjusted from another one).  Each
    differing placeable is found in the target verbatim, or (numbers) by value
    in the target language's format, and replaced: numbers are written in the
    target language's format (grouped when the query writes them grouped).
    Returns ``(new_target, only_numbers_differed)``, or None when it does not apply.
    """
    q_tokens, s_tokens = tokenize(query), tokenize(source)
    if len(q_tokens) != len(s_tokens) or not q_tokens:
        return None
    skeleton = _skeleton(query, q_tokens)
    if skeleton != _skeleton(source, s_tokens) or not _WORD.search(skeleton):
        return None  # different text, or no text at all outside the placeables
    diffs = [(s, q) for s, q in zip(s_tokens, q_tokens) if s.text != q.text]
    if not diffs:
        return None
    t_tokens = tokenize(target)
    used: set[int] = set()
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    only_numbers = True
    for old, new in diffs:
        if old.kind != new.kind:
            return None
        if new.kind == "number":
            edit = _number_edit(old, new, t_tokens, used, source_lang, target_lang)
        else:
            only_numbers = False
            edit = _verbatim_edit(old.text, new.text, target, taken)
        if edit is None:
            return None
        edits.append(edit)
        taken.append((edit[0], edit[1]))
    text = target
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text, only_numbers


def _number_edit(
    old: Placeable, new: Placeable, t_tokens: list[Placeable], used: set[int], source_lang: str, target_lang: str
) -> tuple[int, int, str] | None:
    numbers = [(i, t) for i, t in enumerate(t_tokens) if t.kind == "number" and i not in used]
    for i, token in numbers:  # the translator kept the source's spelling
        if token.text == old.text:
            used.add(i)
            return token.start, token.end, new.text
    old_value = parse_number(old.text, source_lang)
    new_value = parse_number(new.text, source_lang)
    if old_value is None or new_value is None:
        return None
    for i, token in numbers:
        value = parse_number(token.text, target_lang)
        if value is None or value != old_value:
            continue
        used.add(i)
        grouping = _has_grouping(new.text, source_lang) or _has_grouping(token.text, target_lang)
        return token.start, token.end, format_number(new_value, target_lang, grouping)
    return None


def _verbatim_edit(old: str, new: str, target: str, taken: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    start = target.find(old)
    while start >= 0:
        end = start + len(old)
        if all(end <= a or start >= b for a, b in taken):
            return start, end, new
        start = target.find(old, start + 1)
    return None
