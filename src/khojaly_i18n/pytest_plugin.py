"""pytest plugin: one test item per catalog and check, failing with the findings.

Opt in with the ini option ``khojaly_i18n_catalogs`` (folders or .po files, relative
to the ini file), e.g. in pyproject.toml::

    [tool.pytest.ini_options]
    khojaly_i18n_catalogs = ["locale"]

or on the command line with ``--khojaly-i18n-catalogs=locale``. The folders are
collected along with ``testpaths`` when pytest runs without path arguments (or
with ``--khojaly-i18n``), and whenever the paths given lead into them. Other ini
options: ``khojaly_i18n_checks`` (check ids, default every check) and
``khojaly_i18n_source_lang`` (default the project's source-language, else ``en``).
An item fails when its check finds an error; its report shows ``path:line: message``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from khojaly_i18n.checks.base import Check, Finding
    from khojaly_i18n.checks.runner import CatalogResult

_ROOTS = pytest.StashKey[list[Path]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Declare the ini and command-line options."""
    group = parser.getgroup("khojaly-i18n", "khojaly-i18n catalog checks")
    group.addoption(
        "--khojaly-i18n-catalogs",
        action="append",
        default=[],
        metavar="PATH",
        help="check the .po catalogs under PATH (may be repeated)",
    )
    group.addoption(
        "--khojaly-i18n",
        action="store_true",
        default=False,
        help="collect the configured catalogs even when test paths are given",
    )
    parser.addini("khojaly_i18n_catalogs", "folders or .po files whose catalogs are checked", type="paths", default=[])
    parser.addini("khojaly_i18n_checks", "check ids to run (default: every check)", type="args", default=[])
    parser.addini("khojaly_i18n_source_lang", "source language of the catalogs", default="")


def pytest_configure(config: pytest.Config) -> None:
    """Resolve the catalog folders and add them to the collected paths when due."""
    roots = [Path(p).resolve() for p in config.getini("khojaly_i18n_catalogs")]
    given = [Path(p).resolve() for p in config.getoption("khojaly_i18n_catalogs") or []]
    roots.extend(given)
    config.stash[_ROOTS] = roots
    if not roots:
        return
    explicit_args = config.args_source == pytest.Config.ArgsSource.ARGS
    if given or config.getoption("khojaly_i18n") or (
        not explicit_args and config.args_source == pytest.Config.ArgsSource.TESTPATHS
    ):
        present = {Path(arg).resolve() for arg in config.args}
        for root in roots:
            if root.exists() and root not in present and not _inside_any(root, present):
                config.args.append(str(root))


def _inside_any(path: Path, folders: set[Path]) -> bool:
    """True when *path* is one of *folders* or below one of them."""
    return any(path == folder or folder in path.parents for folder in folders)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> CatalogFile | None:
    """Collect a .po file that lies under one of the configured folders."""
    if file_path.suffix != ".po":
        return None
    roots = parent.config.stash.get(_ROOTS, [])
    if roots and _inside_any(file_path.resolve(), set(roots)):
        return CatalogFile.from_parent(parent, path=file_path)
    return None


class CatalogCheckFailure(Exception):
    """Raised by an item whose check found errors."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(f"{len(findings)} finding(s)")
        self.findings = findings


class CatalogFile(pytest.File):
    """One catalog: an item per check, all sharing one parse of the file."""

    _result: CatalogResult | None = None

    def _checks(self) -> list[Check]:
        from khojaly_i18n.checks.registry import get_checks, parse_check_ids

        ids = parse_check_ids(list(self.config.getini("khojaly_i18n_checks"))) or None
        return get_checks(ids)

    def collect(self) -> Iterator[CatalogCheckItem]:
        """One item per check."""
        from khojaly_i18n.errors import KhojalyError

        try:
            checks = self._checks()
        except KhojalyError as error:
            raise self.CollectError(f"khojaly-i18n: {error}") from None
        for check in checks:
            yield CatalogCheckItem.from_parent(self, name=check.id, check_id=check.id)

    def result(self) -> CatalogResult:
        """The findings of every check on this catalog (computed once)."""
        if self._result is None:
            from khojaly_i18n.checks.runner import check_catalog

            self._result = check_catalog(
                self.path, self._checks(), self._source_lang(), display_path=self._shown()
            )
        return self._result

    def _shown(self) -> str:
        """The path relative to the rootdir when below it."""
        try:
            return str(self.path.resolve().relative_to(self.config.rootpath.resolve()))
        except ValueError:
            return str(self.path)

    def _source_lang(self) -> str:
        """ini option, else the project's source-language, else ``en``."""
        configured = str(self.config.getini("khojaly_i18n_source_lang") or "").strip()
        if configured:
            return configured
        from khojaly_i18n.errors import KhojalyError
        from khojaly_i18n.project import find_project_file, project_from_file

        found = find_project_file(self.path.parent)
        if found is not None:
            try:
                return project_from_file(found).source_language
            except KhojalyError:
                pass
        return "en"


class CatalogCheckItem(pytest.Item):
    """One check over one catalog."""

    def __init__(self, *, check_id: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check_id = check_id

    @property
    def catalog(self) -> CatalogFile:
        """The catalog this item checks."""
        assert isinstance(self.parent, CatalogFile)
        return self.parent

    def findings(self) -> list[Finding]:
        """This check's findings, or the catalog's own error when it could not be checked."""
        result = self.catalog.result()
        error = result.error
        if error is not None:
            return [error]
        return [finding for finding in result.findings if finding.check == self.check_id]

    def runtest(self) -> None:
        """Fail when there is an error finding."""
        findings = self.findings()
        if any(finding.severity == "error" for finding in findings):
            raise CatalogCheckFailure(findings)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """``path:line: message`` per finding."""
        if isinstance(excinfo.value, CatalogCheckFailure):
            from khojaly_i18n.report import text_line

            return "\n".join(text_line(finding) for finding in excinfo.value.findings)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        """The .po path and the 0-based line of the first finding (0 when none)."""
        try:
            findings = self.findings()
        except Exception:  # reported by runtest; never break collection reports
            findings = []
        line = findings[0].line if findings and findings[0].line else 1
        return self.path, line - 1, f"{self.check_id} check of {self.catalog._shown()}"
