"""The glossary check: names and key terms must follow the project's glossary in every form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from khojaly_i18n.checks.base import Check, CheckContext, Problem
from khojaly_i18n.errors import ConfigError


class GlossaryCheck(Check):
    """Every glossary term of the source needs its preferred or an admitted term in the
    translation, in any grammatical form; deprecated variants are errors."""

    id = "glossary"
    name = "Glossary"
    description = (
        "Each place name, unit, organisation and key term of the glossary that the source names "
        "must appear in the translation as its preferred or an admitted term, in any grammatical "
        "form (Russian declension, Azerbaijani and Turkish suffixes, German and French inflection); "
        "a deprecated variant is an error."
    )
    severity = "error"
    #: 2: German adjective declension, Turkic possessive plurals, harmony of loanwords.
    version = "2"

    def __init__(self, glossary: object | None = None, glossary_path: Path | str | None = None) -> None:
        from khojaly_i18n.glossary.model import Glossary

        self._glossary: Glossary | None = glossary if isinstance(glossary, Glossary) else None
        self._path = Path(glossary_path) if glossary_path is not None else None
        self._resolved = self._glossary is not None
        self._by_catalog: dict[str, Glossary | None] = {}
        self._last: tuple[CheckContext, object | None] | None = None

    def fingerprint(self) -> str:
        """The check's version plus the content hash of the run's glossary (cached results follow edits)."""
        glossary = self._default_glossary()
        digest = glossary.digest() if glossary is not None else "none"  # type: ignore[attr-defined]
        return f"{self.version}+{digest}"

    def _default_glossary(self) -> object | None:
        """The glossary given, set for the run, or of the project at the current folder."""
        if self._resolved:
            return self._glossary
        from khojaly_i18n.glossary.loader import configured_glossary_path, load_glossary

        path = self._path or configured_glossary_path()
        self._resolved = True
        if path is not None:
            self._glossary = load_glossary(path)
            return self._glossary
        try:
            self._glossary = load_glossary(None, Path.cwd())
        except ConfigError:
            self._glossary = None
        return self._glossary

    def _glossary_for(self, catalog_path: str) -> object | None:
        """The glossary given or set for the run, else that of the catalog's project, else the cwd's."""
        from khojaly_i18n.glossary.loader import configured_glossary_path, load_glossary

        if self._glossary is not None or self._path is not None or configured_glossary_path() is not None:
            return self._default_glossary()
        folder = str(Path(catalog_path).resolve().parent)
        if folder not in self._by_catalog:
            try:
                self._by_catalog[folder] = load_glossary(None, Path(folder))
            except ConfigError:
                self._by_catalog[folder] = None
        return self._by_catalog[folder] or self._default_glossary()

    def _matcher_for(self, context: CheckContext) -> object | None:
        """The compiled matcher of the catalog's glossary (None without one).

        Remembered for the context object, i.e. for the entries of one catalog: the
        glossary's files are looked up again for the next catalog, so edits are seen.
        """
        last = self._last
        if last is not None and last[0] is context:
            return last[1]
        from khojaly_i18n.glossary.loader import get_matcher
        from khojaly_i18n.glossary.model import Glossary

        glossary = self._glossary_for(context.path)
        matcher = None
        if isinstance(glossary, Glossary) and len(glossary):
            matcher = get_matcher(glossary, context.source_lang)
        self._last = (context, matcher)
        return matcher

    def prepare(self, context: CheckContext) -> None:
        """Load the glossary and compile its tables for both languages."""
        matcher = self._matcher_for(context)
        if matcher is not None:
            matcher.prepare(context.target_lang)  # type: ignore[attr-defined]

    def check_pair(self, source: str, target: str, context: CheckContext) -> Iterator[Problem]:
        """One problem per missing concept and per deprecated variant."""
        matcher = self._matcher_for(context)
        if matcher is None:
            return
        for issue in matcher.check(source, target, context.target_lang):  # type: ignore[attr-defined]
            yield Problem(issue.message)
