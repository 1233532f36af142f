"""Figures check: numbers, dates and the like read the way each language
writes them, and compared by value between a source and its translation.

Public API::

    extract_figures(text, lang) -> list[Figure]
    compare_figures(source_text, source_lang, target_text, target_lang) -> list[FigureIssue]
    compare_extracted(source_figures, target_figures) -> list[FigureIssue]

Policy for weak words: zero and one written as words ("zero", "one", "a",
"один", "bir", "ein", "un"), the ordinal words first and second, a lone bare
multiplier ("thousand", "des millions"), words that imply a number without
stating it ("both", "twice", "paire", "ikisi de", "iki katına"), fractions
("üçdə biri"), idioms ("third party", "deux-points", "quinze jours"),
numbers inside code or glued to a name ("``n = 4``", "SSL3.0", "3D") and
ambiguous homographs (Russian "семью" = 'family', az "üçün" = 'for',
Turkish "yüz" = 'face', "Aralık" = 'range', English "May"/"March") are
*weak*: they are not returned by :func:`extract_figures` and never raise an
issue, but :func:`compare_figures` lets them stand for a figure of the same
value on the other side ("130 lost one parent" vs "130 nəfər bir valideynini
itirdi").
"""

from __future__ import annotations

import re
from decimal import Decimal

from .compare import compare_extracted, figure_key
from .core import GLUED_HINT, Fig, extract_internal, mask
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
    source_masked, target_masked = mask(source_text), mask(target_text)
    if (source_masked is not source_text or target_masked is not target_text) \
            and not rs.may_have_strong(source_masked) and not rt.may_have_strong(target_masked):
        return []  # numbers only inside code, URLs or markup: weak too
    t_figs = extract_internal(target_text, rt, target_masked)
    issues = compare_extracted(extract_internal(source_text, rs, source_masked), t_figs)
    if issues:
        issues = _drop_verbatim(issues, target_text, t_figs)
    if issues and _DECREASE.search(source_text) is not None:
        issues = [i for i in issues if not _signed_decrease(i)]
    if GLUED_HINT.search(source_masked) is not None:
        issues.extend(_renamed_codes(source_masked, target_masked))
    return issues


#: a source that speaks of a fall: "20% off", "fell by 5%" may be "−20 %", "−5 %" in the translation
_DECREASE = re.compile(r"\b(?:off|discount(?:ed|s)?|drop(?:ped|s)?|fell|fall(?:en|s)?|declin(?:e|ed|es)|decreas(?:e|ed|es)"
                       r"|reduc(?:e|ed|es|tion)|down|lower(?:ed)?|cut|less|cheaper|loss(?:es)?|lost|shr[ai]nk|shrunk)\b", re.I)


def _signed_decrease(issue: FigureIssue) -> bool:
    """"20% in the source is −20 % in the translation" where the source says the 20% is a fall."""
    sf, tf = issue.source_figure, issue.target_figure
    return issue.kind == "changed" and sf is not None and tf is not None and sf.kind == tf.kind == "percent" \
        and isinstance(sf.value, Decimal) and isinstance(tf.value, Decimal) and sf.value > 0 and tf.value == -sf.value


#: a name made of letters and digits glued together: "A7", "PS752", "G20", "Su25"
_CODE_NAME = re.compile(r"(?<![\w.,-])([^\W\d_]{1,4})(\d{1,5})(?![\w]|[.,]\d)")
#: Cyrillic letters that look like Latin ones (a Russian text writes the A7 motorway as А7)
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХУ", "ABEKMHOPCTXY")


def _renamed_codes(source: str, target: str) -> list[FigureIssue]:
    """A glued name whose number changed ("the A7" -> "die A1", "PS752" -> "PS725").

    The digits of such a name are weak figures (a translation may write "SSL 3.0" for
    "SSL3.0"), so only a name of the same letters with other digits is reported.
    """
    def names(text: str) -> dict[tuple[str, str], str]:
        return {(m.group(1).upper().translate(_LOOKALIKES), m.group(2)): m.group(0)
                for m in _CODE_NAME.finditer(text)}

    source_names, target_names = names(source), names(target)
    issues: list[FigureIssue] = []
    for (letters, digits), shown in source_names.items():
        if (letters, digits) in target_names:
            continue
        other = next((t_shown for (t_letters, t_digits), t_shown in target_names.items()
                      if t_letters == letters and t_digits != digits and (t_letters, t_digits) not in source_names), None)
        if other is not None:
            issues.append(FigureIssue("changed", shown, other, f"{shown} in the source is {other} in the translation"))
    return issues


_EDGE = re.compile(r"[\w]")
_SEPARATED = re.compile(r"\d[.,'’\u00a0\u202f ]\d")


def _drop_verbatim(issues: list[FigureIssue], target: str, t_figs: list[Fig]) -> list[FigureIssue]:
    """Forget issues about a source figure the translation copies verbatim.

    A figure left as written ("16,384", "May 2008" in a French citation) states
    the source's value even when the target language would read it
    otherwise; only when the copy reads as a *different* figure (or as no
    figure), since the same value there was refused for another reason (a
    different unit of measure).
    """
    spans: list[tuple[int, int]] = []
    keep: list[FigureIssue] = []
    for issue in issues:
        sf = issue.source_figure
        if sf is None or _SEPARATED.search(sf.text):
            keep.append(issue)  # 1,275 copied into German reads 1.275: a real error
            continue
        found = None
        start = target.find(sf.text)
        while start >= 0:
            end = start + len(sf.text)
            if not (start > 0 and _EDGE.match(target[start - 1])) \
                    and not (end < len(target) and _EDGE.match(target[end])):
                over = [f.figure for f in t_figs
                        if f.figure.start < end and start < f.figure.end and not f.weak]
                # the copy must be read as less than the source figure (a
                # year without its English month), never as the same value
                # refused for another reason, nor as part of a larger figure
                if all(start <= f.start and f.end <= end and f.end - f.start < end - start
                       and figure_key(f) != figure_key(sf) for f in over):
                    found = (start, end)
                    break
            start = target.find(sf.text, start + 1)
        if found is None:
            keep.append(issue)
        else:
            spans.append(found)
    out: list[FigureIssue] = []
    for issue in keep:
        tf = issue.target_figure
        if tf is not None and any(tf.start < e and s < tf.end for s, e in spans):
            if issue.source_figure is None:
                continue
            out.append(FigureIssue("missing", issue.source, None,
                                   f"the source's {issue.source} is missing from the translation",
                                   issue.source_figure, None))
            continue
        out.append(issue)
    return out
