"""sphinx-intl's file layout: ``locale/<lang>/LC_MESSAGES/<docname>.po``."""

from __future__ import annotations

from pathlib import Path

from .model import Catalog

__all__ = ["pot_files", "po_path", "languages", "language_of"]


def pot_files(gettext_dir: str | Path) -> dict[str, Path]:
    """``{docname: path}`` for every .pot under ``gettext_dir`` (docname uses ``/``)."""
    root = Path(gettext_dir)
    if not root.is_dir():
        return {}
    result: dict[str, Path] = {}
    for p in sorted(root.rglob("*.pot")):
        if p.is_file():
            result[p.relative_to(root).with_suffix("").as_posix()] = p
    return result


def po_path(locale_dir: str | Path, lang: str, docname: str) -> Path:
    """Path of the .po file of ``docname`` for ``lang``."""
    *folders, name = docname.split("/")
    return Path(locale_dir, lang, "LC_MESSAGES", *folders, name + ".po")


def languages(locale_dir: str | Path) -> list[str]:
    """Languages that have a ``<lang>/LC_MESSAGES`` folder, sorted."""
    root = Path(locale_dir)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "LC_MESSAGES").is_dir())


def language_of(path: str | Path, catalog: Catalog | None = None) -> str | None:
    """Language header first, else the path segment before ``LC_MESSAGES``."""
    if catalog is not None and catalog.language:
        return catalog.language
    parts = Path(path).parts
    for i in range(len(parts) - 1, 0, -1):
        if parts[i] == "LC_MESSAGES":
            return parts[i - 1]
    return None
