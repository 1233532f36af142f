"""The registry of checks: built-ins, ``register()`` and the ``khojaly_i18n.checks`` entry points.

A package adds a check the same way the built-ins are added, with an entry point::

    [project.entry-points."khojaly_i18n.checks"]
    glossary = "my_package.checks:GlossaryCheck"

or, in-process, by decorating the class with ``@register``. Classes are imported
only when a check is used, so listing ids costs no import of heavy modules.
"""

from __future__ import annotations

import importlib
import re
from typing import TypeVar

from khojaly_i18n.checks.base import CATALOG_CHECK_ID, SEVERITIES, Check
from khojaly_i18n.errors import ConfigError

ENTRY_POINT_GROUP = "khojaly_i18n.checks"

#: Built-in checks, id -> "module:Class" (imported lazily).
BUILTIN_CHECKS: dict[str, str] = {
    "figures": "khojaly_i18n.checks.figures:FigureCheck",
    "glossary": "khojaly_i18n.checks.glossary:GlossaryCheck",
}

_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

_targets: dict[str, str | type[Check]] = dict(BUILTIN_CHECKS)
_entry_points_loaded = False

C = TypeVar("C", bound=type[Check])


def register(check_class: C) -> C:
    """Register a Check subclass under its ``id`` (usable as a class decorator)."""
    _validate_class(check_class)
    _targets[check_class.id] = check_class
    return check_class


def unregister(check_id: str) -> None:
    """Forget a check (tests use this to undo ``register``)."""
    _targets.pop(check_id, None)
    if check_id in BUILTIN_CHECKS:
        _targets[check_id] = BUILTIN_CHECKS[check_id]


def _load_entry_points() -> None:
    """Add the checks other installed packages declare (once; built-ins win)."""
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    from importlib.metadata import entry_points

    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        _targets.setdefault(entry_point.name, entry_point.value)


def check_ids() -> list[str]:
    """Every known check id, sorted."""
    _load_entry_points()
    return sorted(_targets)


def get_check_class(check_id: str) -> type[Check]:
    """The class registered under *check_id*; ConfigError when there is none."""
    if check_id not in _targets:
        _load_entry_points()
    target = _targets.get(check_id)
    if target is None:
        known = ", ".join(check_ids()) or "none"
        raise ConfigError(f"unknown check id {check_id!r} (known: {known})")
    if isinstance(target, str):
        module_name, _, attribute = target.partition(":")
        try:
            check_class = getattr(importlib.import_module(module_name), attribute)
        except (ImportError, AttributeError) as error:
            raise ConfigError(f"check {check_id!r} cannot be loaded from {target}: {error}") from error
        _validate_class(check_class, check_id)
        _targets[check_id] = check_class
        return check_class  # type: ignore[no-any-return]
    return target


def get_checks(ids: list[str] | tuple[str, ...] | None = None) -> list[Check]:
    """Instances of the checks named by *ids* (every check when None), in the order given."""
    selected = check_ids() if ids is None else list(dict.fromkeys(ids))
    return [get_check_class(check_id)() for check_id in selected]


def parse_check_ids(values: list[str] | tuple[str, ...] | str | None) -> list[str] | None:
    """``["a,b", "c"]`` -> ``["a", "b", "c"]``, validated; None or empty means every check."""
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    ids = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if not ids:
        return None
    for check_id in ids:
        get_check_class(check_id)
    return list(dict.fromkeys(ids))


def _validate_class(check_class: object, expected_id: str | None = None) -> None:
    """ConfigError unless *check_class* is a well-formed Check subclass."""
    if not (isinstance(check_class, type) and issubclass(check_class, Check)):
        raise ConfigError(f"{check_class!r} is not a khojaly_i18n.checks.Check subclass")
    if not _ID_PATTERN.match(check_class.id or "") or check_class.id == CATALOG_CHECK_ID:
        raise ConfigError(f"{check_class.__name__} has an invalid check id {check_class.id!r}")
    if expected_id is not None and check_class.id != expected_id:
        raise ConfigError(
            f"check registered as {expected_id!r} has id {check_class.id!r} ({check_class.__name__})"
        )
    if check_class.severity not in SEVERITIES:
        raise ConfigError(f"{check_class.__name__} has an invalid severity {check_class.severity!r}")
