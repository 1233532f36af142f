"""Translation progress per language (``khojaly-i18n stats``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from khojaly_i18n.errors import ConfigError
from khojaly_i18n.project import Project


@dataclass
class LanguageStatistics:
    """Entry and word counts of one language's catalogs."""

    language: str
    catalogs: int = 0
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    obsolete: int = 0
    words: int = 0
    words_translated: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "total": self.total, "percent": round(self.percent, 2)}


def language_statistics(project: Project, languages: Iterable[str] | None = None) -> list[LanguageStatistics]:
    """Count every catalog of ``locale/<lang>/LC_MESSAGES`` (Sphinx's own sphinx.po excluded)."""
    from khojaly_i18n.catalog import catalog_stats, read_catalog

    chosen = list(languages) if languages else list(project.languages)
    unknown = [code for code in chosen if code not in project.languages]
    if unknown:
        raise ConfigError(f"unknown language(s) {', '.join(unknown)}; the project has {', '.join(project.languages)}")
    table = []
    for language in chosen:
        row = LanguageStatistics(language)
        folder = project.locale_dir / language / "LC_MESSAGES"
        for path in sorted(folder.rglob("*.po")) if folder.is_dir() else []:
            if path.name == "sphinx.po" and path.parent == folder:
                continue
            counts = catalog_stats(read_catalog(path))
            row.catalogs += 1
            row.translated += counts.translated
            row.fuzzy += counts.fuzzy
            row.untranslated += counts.untranslated
            row.obsolete += counts.obsolete
            row.words += counts.words_total
            row.words_translated += counts.words_translated
        table.append(row)
    return table
