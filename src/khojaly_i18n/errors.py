"""Typed errors that reach the user as ``path:line: message``, never as a traceback."""

from __future__ import annotations

from pathlib import Path


class KhojalyError(Exception):
    """Base class of every error the toolkit reports to a user."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


class CatalogError(KhojalyError):
    """A gettext catalog (.po/.pot) that cannot be read or written."""


class GlossaryError(KhojalyError):
    """A glossary file (YAML or TBX) that does not follow the schema."""


class ConfigError(KhojalyError):
    """Project configuration that is missing or invalid."""


class BuildError(KhojalyError):
    """A Sphinx build that failed."""


class MemoryStoreError(KhojalyError):
    """A translation-memory store or TMX file that cannot be used."""
