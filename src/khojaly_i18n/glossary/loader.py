"""Find and load a glossary: a YAML folder, one YAML file or a TBX file; cached by mtime."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from khojaly_i18n.errors import ConfigError, GlossaryError
from khojaly_i18n.glossary.matcher import GlossaryMatcher
from khojaly_i18n.glossary.model import Glossary

#: Environment variable naming the glossary of a check run (set by ``check --glossary``).
GLOSSARY_ENV = "KHOJALY_I18N_GLOSSARY"
TBX_SUFFIXES = (".tbx", ".xml")

_lock = threading.Lock()
_glossaries: dict[tuple[str, tuple[tuple[str, int, int], ...]], Glossary] = {}
_matchers: dict[tuple[str, str], GlossaryMatcher] = {}


def _stamp(path: Path) -> tuple[tuple[str, int, int], ...]:
    """(name, size, mtime) of the file or of every file in the folder."""
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    stamp = []
    for file in files:
        try:
            st = file.stat()
        except OSError:
            continue
        stamp.append((file.name, st.st_size, st.st_mtime_ns))
    return tuple(stamp)


def project_glossary_dir(project_root: Path | None = None) -> Path | None:
    """The ``glossary`` folder of the project at or above *project_root* (or the cwd), if any."""
    from khojaly_i18n.project import find_project_file, project_from_file

    project_file = find_project_file(project_root)
    if project_file is None:
        return None
    return project_from_file(project_file).glossary_dir


def load_glossary(path: Path | str | None = None, project_root: Path | None = None) -> Glossary:
    """The glossary at *path* (a folder of YAML, a ``.yaml`` file or a ``.tbx`` file).

    With no *path*: the project's ``glossary`` folder (``[tool.khojaly-i18n] glossary``)
    found at or above *project_root* (default: the current folder). Relative paths
    are taken from *project_root* when given, else from the current folder.
    Raises GlossaryError (schema, XML) or ConfigError (nothing to load).
    """
    if path is None:
        folder = project_glossary_dir(project_root)
        if folder is None:
            raise ConfigError(f"no glossary given and no project at or above {project_root or Path.cwd()}")
        path = folder
    path = Path(path)
    if not path.is_absolute() and project_root is not None:
        path = Path(project_root) / path
    if not path.exists():
        raise ConfigError("no such glossary file or folder", path)
    key = (str(path.resolve()), _stamp(path))
    with _lock:
        cached = _glossaries.get(key)
    if cached is not None:
        return cached
    glossary = _read(path, project_root)
    from khojaly_i18n.glossary.validate import contradictions

    errors = contradictions(glossary)
    if errors:
        raise errors[0]
    with _lock:
        _glossaries[key] = glossary
    return glossary


def _read(path: Path, project_root: Path | None) -> Glossary:
    from khojaly_i18n.glossary.yamlio import YAML_SUFFIXES, read_yaml_file, read_yaml_folder

    root = Path(project_root) if project_root is not None else Path.cwd()
    if path.is_dir():
        return read_yaml_folder(path, root)
    if path.suffix.lower() in TBX_SUFFIXES:
        from khojaly_i18n.glossary.tbx import read_tbx

        return read_tbx(path)
    if path.suffix.lower() in YAML_SUFFIXES:
        concepts = read_yaml_file(path)
        seen: dict[str, int | None] = {}
        for concept in concepts:
            if concept.id in seen:
                raise GlossaryError(f"duplicate id {concept.id!r} (first at line {seen[concept.id]})", path, concept.line)
            seen[concept.id] = concept.line
        return Glossary(tuple(concepts), str(path))
    raise ConfigError("a glossary is a folder of YAML files, a .yaml file or a .tbx file", path)


def get_matcher(glossary: Glossary, source_lang: str = "en") -> GlossaryMatcher:
    """The compiled matcher of *glossary* (shared: compiled once per content)."""
    key = (glossary.digest(), source_lang)
    with _lock:
        matcher = _matchers.get(key)
        if matcher is None:
            if len(_matchers) > 16:
                _matchers.clear()
            matcher = _matchers[key] = GlossaryMatcher(glossary, source_lang)
    return matcher


def set_glossary_path(path: Path | str | None) -> None:
    """Make *path* the glossary of the ``glossary`` check in this process and its workers."""
    if path is None:
        os.environ.pop(GLOSSARY_ENV, None)
    else:
        os.environ[GLOSSARY_ENV] = str(Path(path).resolve())


def configured_glossary_path() -> Path | None:
    """The glossary set by set_glossary_path (or the environment), if any."""
    value = os.environ.get(GLOSSARY_ENV)
    return Path(value) if value else None
