"""The figure check: numbers, dates and amounts must survive translation."""

from __future__ import annotations

from collections.abc import Iterator

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

    def check_pair(self, source: str, target: str, context: CheckContext) -> Iterator[Problem]:
        """One problem per missing, extra or changed figure.

        A translation identical to its source (code, names, copied references)
        cannot have lost or changed a figure, so it is not compared.
        """
        if source == target:
            return
        from khojaly_i18n.figures import compare_figures

        for issue in compare_figures(source, context.source_lang, target, context.target_lang):
            yield Problem(issue.message)
