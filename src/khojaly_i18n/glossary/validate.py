"""Validate a glossary folder, reporting every file's first error (not just the first file's)."""

from __future__ import annotations

from pathlib import Path

from khojaly_i18n.errors import ConfigError, GlossaryError
from khojaly_i18n.glossary.model import Concept


def validate_glossary(path: Path | None = None, project_root: Path | None = None) -> tuple[int, list[GlossaryError]]:
    """(number of concepts, errors) of the glossary at *path* (default: the project's)."""
    from khojaly_i18n.glossary.loader import TBX_SUFFIXES, project_glossary_dir
    from khojaly_i18n.glossary.yamlio import glossary_files, read_yaml_file

    if path is None:
        path = project_glossary_dir(project_root)
        if path is None:
            raise ConfigError(f"no glossary given and no project at or above {project_root or Path.cwd()}")
        cwd = Path.cwd()
        try:
            path = path.relative_to(cwd)
        except ValueError:
            pass
    if not path.exists():
        raise ConfigError("no such glossary file or folder", path)
    if path.is_file() and path.suffix.lower() in TBX_SUFFIXES:
        from khojaly_i18n.glossary.tbx import read_tbx

        try:
            return len(read_tbx(path)), []
        except GlossaryError as error:
            return 0, [error]
    files = glossary_files(path) if path.is_dir() else [path]
    errors: list[GlossaryError] = []
    first: dict[str, Concept] = {}
    count = 0
    for file in files:
        try:
            concepts = read_yaml_file(file)
        except GlossaryError as error:
            errors.append(error)
            continue
        for concept in concepts:
            if concept.id in first:
                other = first[concept.id]
                errors.append(
                    GlossaryError(f"duplicate id {concept.id!r} (first at {other.path}:{other.line})", concept.path, concept.line)
                )
                continue
            first[concept.id] = concept
            count += 1
    return count, errors
