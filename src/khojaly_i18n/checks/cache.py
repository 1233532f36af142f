"""A cache of per-catalog check results, so unchanged files cost almost nothing to re-check.

One JSON file per configuration (toolkit version, check ids and fingerprints, the code of
the checks, source and target language options); inside it one entry per catalog,
valid while the file's (size, mtime_ns, inode) is unchanged. Writes are atomic
(temporary file + ``os.replace``) and merge with what other runs wrote meanwhile,
so parallel runs can only lose cache entries, never corrupt results.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

from khojaly_i18n import __version__
from khojaly_i18n.checks.base import Check

CACHE_FORMAT = 1
CACHE_ENV = "KHOJALY_I18N_CACHE_DIR"


def default_cache_dir(project_root: Path | None) -> Path:
    """``$KHOJALY_I18N_CACHE_DIR``, else ``<project>/.khojaly-cache``, else the XDG cache dir."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    if project_root is not None:
        return project_root / ".khojaly-cache"
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "khojaly-i18n"


def stat_key(path: str) -> list[int] | None:
    """(size, mtime_ns, inode) of *path*, None when it cannot be stat'ed."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _code_fingerprint(checks: list[Check]) -> list[Any]:
    """Size and mtime of the modules that implement the checks (catches edits between releases)."""
    names = {type(check).__module__ for check in checks}
    names.update({"khojaly_i18n.checks.base", "khojaly_i18n.checks.runner", "khojaly_i18n.catalog"})
    if any(type(check).id == "figures" for check in checks):
        names.add("khojaly_i18n.figures")
    fingerprint: list[Any] = []
    for name in sorted(names):
        module = sys.modules.get(name)
        folder_or_file = getattr(module, "__file__", None) if module else _origin(name)
        if not folder_or_file:
            fingerprint.append([name, None])
            continue
        path = Path(folder_or_file)
        files = sorted(path.parent.glob("*.py")) if path.name == "__init__.py" else [path]
        for file in files:
            key = stat_key(str(file))
            fingerprint.append([str(file), key[:2] if key else None])
    return fingerprint


def _origin(module_name: str) -> str | None:
    """The file a module would be loaded from, without importing it."""
    try:
        spec = importlib.util.find_spec(module_name)
    except (ImportError, ValueError):
        return None
    return spec.origin if spec is not None else None


def config_key(checks: list[Check], source_lang: str | None, lang: str | None) -> str:
    """Hash of everything besides the file itself that the results depend on."""
    payload = [
        CACHE_FORMAT,
        __version__,
        [[check.id, check.fingerprint(), type(check).__qualname__, check.severity] for check in checks],
        source_lang,
        lang,
        _code_fingerprint(checks),
    ]
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:24]


class ResultCache:
    """Cached results of one configuration: ``get``, ``put``, then ``save`` once."""

    def __init__(self, directory: Path, key: str) -> None:
        self.file = directory / f"checks-{key}.json"
        self._entries: dict[str, Any] = self._read()
        self._new: dict[str, Any] = {}

    def _read(self) -> dict[str, Any]:
        """Entries on disk (empty when missing or unreadable)."""
        try:
            with open(self.file, "rb") as handle:
                data = json.loads(handle.read())
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def get(self, entry_id: str, key: list[int] | None) -> Any | None:
        """The stored result of *entry_id* when its file's stat key still matches."""
        if key is None:
            return None
        entry = self._entries.get(entry_id)
        if entry is None or entry.get("stat") != key:
            return None
        return entry.get("result")

    def put(self, entry_id: str, path: str, key: list[int] | None, result: Any) -> None:
        """Remember *result* for *entry_id* unless *path* changed since *key* was taken."""
        if key is None or stat_key(path) != key:
            return
        entry = {"stat": key, "result": result}
        self._entries[entry_id] = entry
        self._new[entry_id] = entry

    def save(self) -> None:
        """Write new entries, merged with whatever is on disk now; errors are ignored."""
        if not self._new:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            merged = self._read()
            merged.update(self._new)
            temporary = self.file.with_name(f".{self.file.name}.{os.getpid()}.{id(self)}.tmp")
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump({"format": CACHE_FORMAT, "entries": merged}, handle, ensure_ascii=False)
            os.replace(temporary, self.file)
            self._prune()
        except OSError:
            return
        self._new.clear()

    def _prune(self, keep: int = 8) -> None:
        """Delete all but the *keep* most recently written configurations."""
        files = sorted(self.file.parent.glob("checks-*.json"), key=lambda p: stat_key(str(p)) or [0, 0], reverse=True)
        for old in files[keep:]:
            if old != self.file:
                try:
                    old.unlink()
                except OSError:
                    pass
