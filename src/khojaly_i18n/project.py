"""The project's configuration: ``[tool.khojaly-i18n]`` in ``pyproject.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from khojaly_i18n.errors import ConfigError

CONFIG_TABLE = "khojaly-i18n"


@dataclass(frozen=True)
class Project:
    """Where a project keeps its source, catalogs, glossary and builds."""

    root: Path
    source_language: str = "en"
    languages: tuple[str, ...] = ()
    docs_dir: Path = field(default=Path("docs"))
    locale_dir: Path = field(default=Path("locale"))
    glossary_dir: Path = field(default=Path("glossary"))
    gettext_dir: Path = field(default=Path("build/gettext"))
    build_dir: Path = field(default=Path("build"))
    tm_path: Path = field(default=Path(".khojaly-tm.sqlite"))

    @property
    def all_languages(self) -> tuple[str, ...]:
        """The source language first, then every translation."""
        return (self.source_language, *self.languages)


def find_project_file(start: Path | None = None) -> Path | None:
    """The nearest ``pyproject.toml`` at or above *start* that has our table."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            if CONFIG_TABLE in data.get("tool", {}):
                return candidate
    return None


def load_project(start: Path | None = None) -> Project:
    """Read the project's configuration, raising ConfigError when there is none."""
    path = find_project_file(start)
    if path is None:
        raise ConfigError(
            f"no pyproject.toml with a [tool.{CONFIG_TABLE}] table at or above {(start or Path.cwd())}"
        )
    return project_from_file(path)


def project_from_file(path: Path) -> Project:
    """Build a Project from one ``pyproject.toml``."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"invalid TOML: {error}", path) from error
    table = data.get("tool", {}).get(CONFIG_TABLE)
    if not isinstance(table, dict):
        raise ConfigError(f"no [tool.{CONFIG_TABLE}] table", path)
    root = path.parent.resolve()
    known = {"source-language", "languages", "docs", "locale", "glossary", "gettext", "build", "tm"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"unknown key(s) in [tool.{CONFIG_TABLE}]: {', '.join(unknown)}", path)
    languages = table.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(code, str) and code for code in languages):
        raise ConfigError(f"[tool.{CONFIG_TABLE}] languages must be a list of language codes", path)

    def folder(key: str, default: str) -> Path:
        value = table.get(key, default)
        if not isinstance(value, str) or not value:
            raise ConfigError(f"[tool.{CONFIG_TABLE}] {key} must be a path", path)
        return root / value

    source_language = table.get("source-language", "en")
    if not isinstance(source_language, str) or not source_language:
        raise ConfigError(f"[tool.{CONFIG_TABLE}] source-language must be a language code", path)
    return Project(
        root=root,
        source_language=source_language,
        languages=tuple(languages),
        docs_dir=folder("docs", "docs"),
        locale_dir=folder("locale", "locale"),
        glossary_dir=folder("glossary", "glossary"),
        gettext_dir=folder("gettext", "build/gettext"),
        build_dir=folder("build", "build"),
        tm_path=folder("tm", ".khojaly-tm.sqlite"),
    )
