"""Translation checks: a small class per check, a registry, and a runner that returns findings.

Public API::

    from khojaly_i18n.checks import check_paths, Check, Finding, register
    run = check_paths(["locale"], checks=["figures"])
    run.findings, run.exit_code

A translator silences one check on one entry with the flag ``#, ignore-<check-id>``.
"""

from __future__ import annotations

from khojaly_i18n.checks.base import (
    CATALOG_CHECK_ID,
    FINDING_KEYS,
    SEVERITIES,
    Check,
    CheckContext,
    Finding,
    Problem,
    Severity,
)
from khojaly_i18n.checks.registry import (
    ENTRY_POINT_GROUP,
    check_ids,
    get_check_class,
    get_checks,
    register,
    unregister,
)
from khojaly_i18n.checks.runner import CatalogResult, CheckRun, check_catalog, check_paths, find_catalogs

__all__ = [
    "CATALOG_CHECK_ID",
    "ENTRY_POINT_GROUP",
    "FINDING_KEYS",
    "SEVERITIES",
    "CatalogResult",
    "Check",
    "CheckContext",
    "CheckRun",
    "Finding",
    "Problem",
    "Severity",
    "check_catalog",
    "check_ids",
    "check_paths",
    "find_catalogs",
    "get_check_class",
    "get_checks",
    "register",
    "unregister",
]
