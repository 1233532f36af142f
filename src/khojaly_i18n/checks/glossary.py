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

    def check_pair(self, source: str, target: str, context: CheckContext) -> Iterator[Problem]:
        """One problem per missing concept and per deprecated variant."""
        from khojaly_i18n.glossary.loader import get_matcher
        from khojaly_i18n.glossary.model import Glossary

        glossary = self._glossary_for(context.path)
        if not isinstance(glossary, Glossary) or not len(glossary):
            return
        matcher = get_matcher(glossary, context.source_lang)
        for issue in matcher.check(source, target, context.target_lang):
            yield Problem(issue.message)
