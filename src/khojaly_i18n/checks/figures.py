"""The figure check: numbers, dates and amounts must survive translation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from khojaly_i18n.checks.base import Check, CheckContext, Problem


class FigureCheck(Check):
    """Compare the figures of the source text with those of its translation."""

    id = "figures"
    name = "Figures"
    description = (
        "Every number, date, year and amount of the source must appear, with the same value, "
        "in the translation (written the target language's way), and no figure may be added."
    )
    severity = "error"
    version = "1"

    def prepare(self, context: CheckContext) -> None:
        """Import the figure rules of both languages and compile their patterns."""
        from khojaly_i18n.figures import compare_figures

        compare_figures(
            "On 3 May 2001 at 10:30, 25% of 1,200 (https://a.org, ``x = 1``) rose twenty-one km.",
            context.source_lang,
            "Le 3 mai 2001 à 10 h 30, 25 % de 1 200 (https://a.org) ont monté vingt et un km.",
            context.target_lang,
        )

    def check_pair(self, source: str, target: str, context: CheckContext) -> Iterator[Problem]:
        """One problem per missing, extra or changed figure.

        A translation identical to its source (code, names, copied references)
        cannot have lost or changed a figure, so it is not compared.
        """
        if source == target:
            return
        compare_figures = _compare_figures or _load_compare_figures()
        for issue in compare_figures(source, context.source_lang, target, context.target_lang):
            yield Problem(issue.message)


_compare_figures: Callable[[str, str, str, str], list[Any]] | None = None


def _load_compare_figures() -> Callable[[str, str, str, str], list[Any]]:
    """khojaly_i18n.figures.compare_figures, imported on first use (not at every entry)."""
    global _compare_figures
    from khojaly_i18n.figures import compare_figures

    _compare_figures = compare_figures
    return compare_figures
