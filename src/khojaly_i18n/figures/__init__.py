"""Figures check: numbers, dates and the like read the way each language
writes them, and compared by value between a source and its translation.

Public API::

    extract_figures(text, lang) -> list[Figure]
    compare_figures(source_text, source_lang, target_text, target_lang) -> list[FigureIssue]
    compare_extracted(source_figures, target_figures) -> list[FigureIssue]

Policy for weak words: a figure of value 1 or 2 written as a word ("one",
"a", "один", "bir", "ein", "un", "first", "second"...), a lone bare
multiplier ("thousand"), and ambiguous homographs (Russian "семью" =
'family', Turkish "yüz" = 'face', English "May"/"March") are *weak*: they
are not returned by :func:`extract_figures` and never raise an issue, but
:func:`compare_figures` lets them stand for a figure of the same value on the
other side ("130 lost one parent" vs "130 nəfər bir valideynini itirdi").
"""

from __future__ import annotations

from .compare import compare_extracted, figure_key
from .core import Fig, extract_internal
from .model import DateValue, Figure, FigureIssue, TimeValue
from .registry import rules_for

__all__ = [
    "DateValue", "Figure", "FigureIssue", "TimeValue",
    "extract_figures", "extract_figures_all", "compare_figures", "compare_extracted",
    "figure_key",
]


def extract_figures_all(text: str, lang: str) -> list[Fig]:
    """Every figure of ``text`` including weak ones (``Fig.weak`` is True)."""
    return extract_internal(text, rules_for(lang))


def extract_figures(text: str, lang: str) -> list[Figure]:
    """The figures ``text`` (in language/locale ``lang``) states, in order."""
    return [f.figure for f in extract_internal(text, rules_for(lang)) if not f.weak]


def compare_figures(
    source_text: str, source_lang: str, target_text: str, target_lang: str
) -> list[FigureIssue]:
    """Issues where the translation's figures differ from the source's."""
    rs, rt = rules_for(source_lang), rules_for(target_lang)
    if not rs.may_have_strong(source_text) and not rt.may_have_strong(target_text):
        return []  # weak figures alone never raise an issue
    return compare_extracted(
        extract_internal(source_text, rs),
        extract_internal(target_text, rt),
    )
