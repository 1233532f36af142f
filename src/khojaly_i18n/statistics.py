"""Translation progress per language (``khojaly-i18n stats``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from khojaly_i18n.catalog import EMPTY_STATS, Stats, catalog_stats, read_catalog
from khojaly_i18n.errors import ConfigError
from khojaly_i18n.project import Project


@dataclass(frozen=True)
class LanguageStatistics:
    """Entry and word counts of one language's catalogs, summed."""

    language: str
    catalogs: int
    counts: Stats

    def as_dict(self) -> dict[str, object]:
        return {
            "language": self.language,
            "catalogs": self.catalogs,
            **asdict(self.counts),
            "total": self.counts.total,
            "percent": round(self.counts.percent, 2),
        }


def language_statistics(project: Project, languages: Iterable[str] | None = None) -> list[LanguageStatistics]:
    """Count every catalog of ``locale/<lang>/LC_MESSAGES`` (Sphinx's own sphinx.po excluded)."""
    chosen = list(languages) if languages else list(project.languages)
    unknown = [code for code in chosen if code not in project.languages]
    if unknown:
        raise ConfigError(f"unknown language(s) {', '.join(unknown)}; the project has {', '.join(project.languages)}")
    table = []
    for language in chosen:
        folder = project.locale_dir / language / "LC_MESSAGES"
        paths = [
            path
            for path in (sorted(folder.rglob("*.po")) if folder.is_dir() else [])
            if not (path.name == "sphinx.po" and path.parent == folder)
        ]
        counts = sum((catalog_stats(read_catalog(path)) for path in paths), EMPTY_STATS)
        table.append(LanguageStatistics(language, len(paths), counts))
    return table
