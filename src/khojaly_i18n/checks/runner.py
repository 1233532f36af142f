"""Run checks over catalogs: find the files, tell their language, check them (in parallel,
through the cache) and return the findings. Nothing here prints.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khojaly_i18n.checks.base import (
    CATALOG_CHECK_ID,
    FINDING_KEYS,
    Check,
    CheckContext,
    EntryLike,
    Finding,
    Problem,
)
from khojaly_i18n.checks.registry import get_checks, parse_check_ids
from khojaly_i18n.errors import ConfigError, KhojalyError
from khojaly_i18n.fsutil import file_size

_LANG_PATTERN = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*(?:@[A-Za-z0-9]+)?$")
#: Below this many bytes of catalogs to check, a process pool costs more than it saves.
POOL_MIN_BYTES = 1_500_000


@dataclass(slots=True)
class CatalogResult:
    """The outcome for one catalog: its language and findings, or why it was skipped."""

    path: str
    lang: str | None
    findings: list[Finding] = field(default_factory=list)
    skipped: bool = False
    cached: bool = False

    @property
    def error(self) -> Finding | None:
        """The ``catalog`` finding when the file could not be checked at all."""
        for finding in self.findings:
            if finding.check == CATALOG_CHECK_ID:
                return finding
        return None


@dataclass(slots=True)
class CheckRun:
    """Everything one run found: per catalog, with the checks that were run."""

    catalogs: list[CatalogResult]
    checks: list[Check]
    source_lang: str

    @property
    def findings(self) -> list[Finding]:
        """Every finding of every checked catalog, in file order."""
        return [finding for result in self.catalogs for finding in result.findings]

    @property
    def checked(self) -> list[CatalogResult]:
        """The catalogs that were not filtered out by language."""
        return [result for result in self.catalogs if not result.skipped]

    @property
    def exit_code(self) -> int:
        """2 when a catalog could not be checked, else 1 when there is an error finding, else 0."""
        findings = self.findings
        if any(finding.check == CATALOG_CHECK_ID for finding in findings):
            return 2
        if any(finding.severity == "error" for finding in findings):
            return 1
        return 0


# --------------------------------------------------------------------------- languages


def normalize_lang(code: str) -> str:
    """``fr-FR`` -> ``fr_FR``; ConfigError on something that is no language code."""
    code = code.strip()
    if not _LANG_PATTERN.match(code):
        raise ConfigError(f"unknown language code {code!r} (expected e.g. fr, pt_BR, sr@latin)")
    return code.replace("-", "_")


@functools.lru_cache(maxsize=64)
def known_language(code: str) -> bool:
    """True when CLDR (through Babel) knows *code* or its language part."""
    from babel import Locale

    base = code.split("@", 1)[0]
    for candidate in dict.fromkeys((base, base.split("_", 1)[0])):
        try:
            Locale.parse(candidate)
            return True
        except Exception:  # babel raises UnknownLocaleError, ValueError or TypeError
            continue
    return False


def lang_matches(wanted: str, actual: str) -> bool:
    """True when *actual* is *wanted* or a regional variant of it (``fr`` matches ``fr_CA``)."""
    wanted, actual = wanted.replace("-", "_").lower(), actual.replace("-", "_").lower()
    return actual == wanted or actual.startswith(wanted + "_") or actual.startswith(wanted + "@")


def lang_from_path(path: str | Path) -> str | None:
    """``…/<lang>/LC_MESSAGES/…`` -> ``<lang>``, else None."""
    parts = Path(path).parts
    for index in range(len(parts) - 2, 0, -1):
        if parts[index] == "LC_MESSAGES":
            return parts[index - 1]
    return None


# --------------------------------------------------------------------------- checking one catalog


def check_catalog(
    path: str | Path,
    checks: Sequence[Check],
    source_lang: str = "en",
    lang: str | None = None,
    lang_filter: str | None = None,
    display_path: str | None = None,
) -> CatalogResult:
    """Run *checks* over one catalog.

    *lang* forces the target language; *lang_filter* skips the catalog when its own
    language is known and differs (an unknown one is then taken as *lang_filter*).
    A malformed catalog or an unknown language gives one ``catalog`` finding.
    """
    opened = _open_catalog(path, source_lang, lang, lang_filter, display_path)
    if isinstance(opened, CatalogResult):
        return opened
    return _check_entries(opened[0], checks, opened[1])


def _open_catalog(
    path: str | Path,
    source_lang: str,
    lang: str | None,
    lang_filter: str | None,
    display_path: str | None,
) -> CatalogResult | tuple[Any, CheckContext]:
    """The parsed catalog and the context to check it in, or the result when it cannot be checked."""
    from khojaly_i18n.catalog import read_catalog

    shown = display_path if display_path is not None else str(path)
    try:
        catalog = read_catalog(path)
    except KhojalyError as error:
        return CatalogResult(shown, lang, [_catalog_finding(shown, error.line, lang, error.message)])
    except (OSError, UnicodeDecodeError) as error:
        return CatalogResult(shown, lang, [_catalog_finding(shown, None, lang, f"cannot read: {error}")])

    target_lang = lang or _detected_lang(path, catalog)
    if lang is None and lang_filter is not None:
        if target_lang and not lang_matches(lang_filter, target_lang):
            return CatalogResult(shown, target_lang, skipped=True)
        target_lang = target_lang or lang_filter
    if not target_lang:
        message = (
            "unknown language: the catalog has no Language header and is not under "
            "<lang>/LC_MESSAGES/; pass --lang"
        )
        return CatalogResult(shown, None, [_catalog_finding(shown, 1, None, message)])
    try:
        target_lang = normalize_lang(target_lang)
    except ConfigError:
        target_lang = None
    if target_lang is None or not known_language(target_lang):
        origin = "--lang" if lang else "the Language header or the path"
        message = f"unknown language {(lang or _detected_lang(path, catalog))!r} (from {origin}); pass --lang"
        return CatalogResult(shown, None, [_catalog_finding(shown, 1, None, message)])
    return catalog, CheckContext(shown, source_lang, target_lang)


_BASE_CHECK_ENTRY = Check.check_entry


def _check_entries(catalog: Any, checks: Sequence[Check], context: CheckContext) -> CatalogResult:
    """Run *checks* over the entries of a parsed catalog."""
    shown = context.path
    target_lang = context.target_lang
    findings: list[Finding] = []
    # (check, its ignore flag, its check_pair when it keeps the base check_entry, id, severity)
    plan = [
        (
            check,
            check.ignore_flag,
            check.check_pair if type(check).check_entry is _BASE_CHECK_ENTRY else None,
            check.id,
            check.severity,
        )
        for check in checks
    ]
    append = findings.append
    for entry in catalog.messages:
        msgid = entry.msgid
        if entry.obsolete or not msgid:
            continue
        msgstr = entry.msgstr
        plural = entry.msgid_plural is not None and entry.msgstr_plural
        if not msgstr and not any(entry.msgstr_plural.values()):
            continue  # untranslated: nothing to check
        flags = entry.flags
        for check, flag, check_pair, check_id, severity in plan:
            if flags and flag in flags:
                continue
            try:
                if check_pair is not None and not plural:
                    # the base check_entry of a single form, without its generator
                    if not msgstr:
                        continue
                    problems = [
                        (msgstr, Problem(problem) if isinstance(problem, str) else problem)
                        for problem in check_pair(msgid, msgstr, context)
                    ]
                else:
                    problems = list(check.check_entry(entry, context))
            except KhojalyError as error:
                return CatalogResult(
                    shown, target_lang, [_catalog_finding(shown, entry.line, target_lang, error.message)]
                )
            except Exception as error:  # a bug of a check must not hide the other entries
                message = f"could not check this entry (internal error: {type(error).__name__}: {error})"
                problems = [(_first_translation(entry), Problem(message, "error"))]
            for target, problem in problems:
                append(
                    Finding(
                        check_id,
                        problem.severity or severity,
                        shown,
                        entry.line,
                        target_lang,
                        entry.msgctxt,
                        msgid,
                        target,
                        problem.message,
                    )
                )
    return CatalogResult(shown, target_lang, findings)


def _first_translation(entry: EntryLike) -> str:
    """msgstr, or the first non-empty plural form."""
    if entry.msgstr:
        return str(entry.msgstr)
    return next((form for _, form in sorted(entry.msgstr_plural.items()) if form), "")


def _detected_lang(path: str | Path, catalog: Any) -> str | None:
    """The catalog's language: its Language header, else its ``<lang>/LC_MESSAGES`` folder."""
    from khojaly_i18n.catalog import language_of

    return language_of(path, catalog) or lang_from_path(path)


def _catalog_finding(path: str, line: int | None, lang: str | None, message: str) -> Finding:
    """The pseudo-finding of a catalog that could not be checked."""
    return Finding(CATALOG_CHECK_ID, "error", path, line, lang, None, "", "", message)


# --------------------------------------------------------------------------- finding the catalogs


def find_catalogs(paths: Iterable[str | Path], cwd: Path | None = None) -> list[tuple[str, bool]]:
    """``(path as shown, named explicitly)`` of every .po file under *paths*, sorted per folder.

    ConfigError when a path does not exist or is neither a .po file nor a folder.
    """
    found: list[tuple[str, bool]] = []
    seen: set[str] = set()
    base = cwd or Path.cwd()
    for raw in paths:
        path = Path(raw)
        absolute = path if path.is_absolute() else base / path
        if absolute.is_file():
            if absolute.suffix != ".po":
                raise ConfigError("not a .po catalog", raw)
            _add(found, seen, str(raw), absolute, True)
        elif absolute.is_dir():
            for folder, dirs, files in os.walk(absolute):
                dirs[:] = sorted(name for name in dirs if not name.startswith("."))
                for name in sorted(files):
                    if name.endswith(".po"):
                        shown = os.path.join(str(raw), os.path.relpath(os.path.join(folder, name), absolute))
                        _add(found, seen, os.path.normpath(shown), Path(folder) / name, False)
        else:
            raise ConfigError("no such file or folder", raw)
    return found


def _add(found: list[tuple[str, bool]], seen: set[str], shown: str, absolute: Path, explicit: bool) -> None:
    """Append unless the same file was already found."""
    key = os.path.realpath(absolute)
    if key not in seen:
        seen.add(key)
        found.append((shown, explicit))


def _shown(path: Path, cwd: Path) -> str:
    """*path* relative to *cwd* when below it, else absolute."""
    try:
        return str(path.resolve().relative_to(cwd.resolve()))
    except ValueError:
        return str(path.resolve())


# --------------------------------------------------------------------------- the whole run

_worker_checks: dict[tuple[str, ...], list[Check]] = {}


def _worker(task: tuple[str, str, tuple[str, ...], str, str | None, str | None]) -> CatalogResult:
    """Check one file in a worker process (checks built once per process)."""
    absolute, shown, ids, source_lang, lang, lang_filter = task
    checks = _worker_checks.get(ids)
    if checks is None:
        checks = _worker_checks[ids] = get_checks(list(ids))
    return check_catalog(absolute, checks, source_lang, lang, lang_filter, shown)


def check_paths(
    paths: Sequence[str | Path] = (),
    *,
    checks: Sequence[str] | str | None = None,
    source_lang: str | None = None,
    lang: str | None = None,
    cwd: str | Path | None = None,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    jobs: int | None = None,
) -> CheckRun:
    """Check every catalog under *paths* (default: the project's locale folder).

    *checks* are check ids (None: every registered check); *source_lang* defaults to
    the project's source-language, else ``en``; *lang* overrides the language of
    files named explicitly and filters those found in folders. Raises ConfigError
    (exit status 2 in the CLI) for unusable options or paths and when no catalog is found.
    """
    from khojaly_i18n.project import find_project_file, project_from_file

    base = Path(cwd) if cwd is not None else Path.cwd()
    ids = parse_check_ids(checks if checks is None or isinstance(checks, str) else list(checks))
    selected = get_checks(ids)
    if not selected:
        raise ConfigError("no check is registered")
    project = None
    project_file = find_project_file(base)
    if project_file is not None:
        try:
            project = project_from_file(project_file)
        except ConfigError:
            if not paths:
                raise
    if not paths:
        if project is None:
            raise ConfigError(
                f"no PATH given and no pyproject.toml with [tool.khojaly-i18n] at or above {base}"
            )
        if not project.locale_dir.is_dir():
            raise ConfigError("the project's locale folder does not exist", project.locale_dir)
        paths = [_shown(project.locale_dir, base)]
    source = normalize_lang(source_lang or (project.source_language if project else "en"))
    wanted = normalize_lang(lang) if lang else None
    for code, option in ((source, "--source-lang"), (wanted, "--lang")):
        if code is not None and not known_language(code):
            raise ConfigError(f"unknown language {code!r} given to {option}: no locale data for it")

    found = find_catalogs(paths, base)
    if not found:
        raise ConfigError(f"no .po catalogs found in {', '.join(str(p) for p in paths)}")

    check_ids_run = tuple(check.id for check in selected)
    tasks: list[tuple[str, str, tuple[str, ...], str, str | None, str | None]] = []
    for shown, explicit in found:
        absolute = os.path.abspath(os.path.join(base, shown))
        tasks.append(
            (absolute, shown, check_ids_run, source, wanted if explicit else None, None if explicit else wanted)
        )

    store = None
    if cache:
        from khojaly_i18n.checks.cache import ResultCache, config_key, default_cache_dir

        directory = Path(cache_dir) if cache_dir is not None else default_cache_dir(project.root if project else None)
        store = ResultCache(directory, config_key(selected, source, wanted))

    results: dict[int, CatalogResult] = {}
    pending: list[int] = []
    keys: dict[int, list[int] | None] = {}
    if store is not None:
        from khojaly_i18n.checks.cache import stat_key

        for index, task in enumerate(tasks):
            key = keys[index] = stat_key(task[0])
            stored = store.get(_cache_id(task), key)
            if stored is not None:
                results[index] = _result_from_json(stored, task[1])
            else:
                pending.append(index)
    else:
        pending = list(range(len(tasks)))

    import gc

    collecting = gc.isenabled()
    gc.disable()  # the run allocates many objects and almost no cycles: collections only cost time
    try:
        done = _run_tasks([tasks[i] for i in pending], selected, jobs)
    finally:
        if collecting:
            gc.enable()
    for index, result in zip(pending, done):
        results[index] = result
        if store is not None:
            store.put(_cache_id(tasks[index]), tasks[index][0], keys[index], _result_to_json(result))
    if store is not None:
        store.save()
    return CheckRun([results[i] for i in range(len(tasks))], list(selected), source)


def _cache_id(task: tuple[str, str, tuple[str, ...], str, str | None, str | None]) -> str:
    """Cache entry name: the file plus whether --lang overrides or filters it."""
    return f"{task[0]}|{task[4] or ''}|{task[5] or ''}"


def _run_tasks(
    tasks: list[tuple[str, str, tuple[str, ...], str, str | None, str | None]],
    checks: Sequence[Check],
    jobs: int | None,
) -> list[CatalogResult]:
    """Results in task order; several processes when there is enough work for them."""
    if not tasks:
        return []
    workers = _worker_count(tasks, jobs)
    if workers <= 1:
        return _check_here(tasks, checks)
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods():
        try:
            return _run_forked(tasks, checks, workers)
        except (OSError, RuntimeError):  # no processes to be had: check here instead
            return _check_here(tasks, checks)
    return _run_pool(tasks, checks, workers)


def _check_here(
    tasks: list[tuple[str, str, tuple[str, ...], str, str | None, str | None]],
    checks: Sequence[Check],
) -> list[CatalogResult]:
    """Every task checked in this process, in order."""
    return [check_catalog(t[0], checks, t[3], t[4], t[5], t[1]) for t in tasks]


def _run_pool(
    tasks: list[tuple[str, str, tuple[str, ...], str, str | None, str | None]],
    checks: Sequence[Check],
    workers: int,
) -> list[CatalogResult]:
    """A process pool of fresh interpreters (platforms without fork)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _worker_checks[tasks[0][2]] = list(checks)
    # Largest files first so that the workers finish at about the same time.
    order = sorted(range(len(tasks)), key=lambda i: -file_size(tasks[i][0]))
    ordered = [tasks[i] for i in order]
    results: list[CatalogResult | None] = [None] * len(tasks)
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            for position, result in zip(order, pool.map(_worker, ordered, chunksize=4)):
                results[position] = result
    except (OSError, RuntimeError):  # no processes to be had: check here instead
        return _check_here(tasks, checks)
    return [result for result in results if result is not None]


#: A compact result as sent back by a forked worker: (lang, skipped, finding rows without path).
_Compact = tuple[str | None, bool, list[tuple[Any, ...]]]


def _compact(result: CatalogResult) -> _Compact:
    """*result* as plain tuples (cheap to pickle)."""
    return (
        result.lang,
        result.skipped,
        [
            (f.check, f.severity, f.line, f.lang, f.msgctxt, f.msgid, f.msgstr, f.message)
            for f in result.findings
        ],
    )


def _expand(data: _Compact, shown: str) -> CatalogResult:
    """Inverse of _compact, with *shown* as the path."""
    lang, skipped, rows = data
    findings = [Finding(r[0], r[1], shown, r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]
    return CatalogResult(shown, lang, findings, skipped)


def _prepare_checks(checks: Sequence[Check], context: CheckContext) -> None:
    """Let the checks load their data and compile their tables for *context* (before forking)."""
    for check in checks:
        try:
            check.prepare(context)
        except Exception:  # warming up is an optimisation: the check reports real errors later
            pass


def _run_forked(
    tasks: list[tuple[str, str, tuple[str, ...], str, str | None, str | None]],
    checks: Sequence[Check],
    workers: int,
) -> list[CatalogResult]:
    """This process and ``workers - 1`` forked ones take files from one shared queue.

    This process parses the smallest file and warms the checks up (glossary,
    compiled tables) before forking, so that the children inherit them; each
    process parses the files it checks; results travel as compact tuples.
    """
    from khojaly_i18n.parallel import fork_map

    sizes = [file_size(task[0]) for task in tasks]
    order = sorted(range(len(tasks)), key=lambda i: -sizes[i])  # largest first: all finish together
    first = order[-1]
    task = tasks[first]
    opened_first = _open_catalog(task[0], task[3], task[4], task[5], task[1])
    if not isinstance(opened_first, CatalogResult):
        _prepare_checks(checks, opened_first[1])

    def run_one(index: int) -> _Compact:
        task = tasks[index]
        opened = opened_first if index == first else _open_catalog(task[0], task[3], task[4], task[5], task[1])
        result = opened if isinstance(opened, CatalogResult) else _check_entries(opened[0], checks, opened[1])
        return _compact(result)

    compact = fork_map(run_one, len(tasks), workers, order=order)
    return [_expand(data, tasks[index][1]) for index, data in enumerate(compact) if data is not None]


def _worker_count(tasks: list[Any], jobs: int | None) -> int:
    """How many processes to use: *jobs* if given, else all cores when the work pays for it."""
    from khojaly_i18n.parallel import worker_count

    if jobs is not None:
        return max(1, min(jobs, len(tasks)))
    cores = worker_count(None)
    if cores <= 1 or len(tasks) < 2:
        return 1
    if sum(file_size(task[0]) for task in tasks) < POOL_MIN_BYTES:
        return 1
    return min(cores, len(tasks))


def _result_to_json(result: CatalogResult) -> dict[str, Any]:
    """A result as cached (findings without their path, which depends on how it was named)."""
    return {
        "lang": result.lang,
        "skipped": result.skipped,
        "findings": [[getattr(f, key) for key in FINDING_KEYS if key != "path"] for f in result.findings],
    }


def _result_from_json(data: dict[str, Any], shown: str) -> CatalogResult:
    """Inverse of _result_to_json, with *shown* as the path."""
    findings = [
        Finding(row[0], row[1], shown, row[2], row[3], row[4], row[5], row[6], row[7])
        for row in data["findings"]
    ]
    return CatalogResult(shown, data["lang"], findings, bool(data["skipped"]), cached=True)
