"""Command-line interface: parse options, call one function, render its result."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from khojaly_i18n import __version__
from khojaly_i18n.errors import KhojalyError

if TYPE_CHECKING:
    from pathlib import Path

    from khojaly_i18n.project import Project

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn a KhojalyError into ``path:line: message`` on stderr and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KhojalyError as error:
            click.echo(f"khojaly-i18n: {error}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khojaly-i18n")
def main() -> None:
    """Multilingual publishing: extract, update, check and build the editions."""


def _project() -> "Project":
    from khojaly_i18n.project import load_project

    return load_project()


def _split_list(values: tuple[str, ...]) -> list[str]:
    """Accept both ``-l az -l ru`` and ``-l az,ru``."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


@main.command()
@reports_errors
def extract() -> None:
    """Extract the messages of the Sphinx source into .pot templates (build/gettext)."""
    from khojaly_i18n.editions import extract as run_extract

    project = _project()
    templates = run_extract(project)
    click.echo(f"{len(templates)} templates in {project.gettext_dir.relative_to(project.root)}/")


@main.command()
@click.option("-l", "--language", "languages", multiple=True, help="Language code(s); default: every language.")
@click.option("--tm", "tm_path", type=click.Path(dir_okay=False), default=None,
              help="Translation memory that pre-fills new and changed entries; default: the project's.")
@click.option("--no-tm", is_flag=True, help="Do not use the translation memory.")
@click.option("--threshold", type=click.FloatRange(0, 101), default=75.0, show_default=True,
              help="Lowest memory score that pre-fills an entry.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Processes; default: all cores once there are megabytes of catalogs.")
@reports_errors
def update(languages: tuple[str, ...], tm_path: str | None, no_tm: bool, threshold: float, jobs: int | None) -> None:
    """Merge the templates into every language's catalogs (locale/<lang>/LC_MESSAGES)."""
    from khojaly_i18n.update import update_catalogs

    project = _project()
    memory = None if no_tm else _open_tm(tm_path, project)
    try:
        for result in update_catalogs(project, _split_list(languages) or None, memory=memory, threshold=threshold,
                                      jobs=jobs):
            click.echo(
                f"{result.language}: {len(result.created)} created, {len(result.changed)} updated, "
                f"{len(result.unchanged)} unchanged; {result.kept} kept, {result.new} new, "
                f"{result.fuzzy} fuzzy, {result.obsolete} obsolete"
                + (f"; {result.prefilled} pre-filled from the memory" if memory is not None else "")
            )
    finally:
        if memory is not None:
            memory.close()


@main.command()
@click.option("-l", "--language", "languages", multiple=True, help="Language code(s); default: every edition.")
@click.option("--format", "formats", default="html,epub", show_default=True, help="html, epub and/or pdf, comma-separated.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Parallel Sphinx runs (default: cores).")
@reports_errors
def build(languages: tuple[str, ...], formats: str, jobs: int | None) -> None:
    """Build every edition into build/<format>/<lang>/ (incremental)."""
    from khojaly_i18n.editions import build as run_build

    project = _project()
    outputs, warnings = run_build(project, _split_list(languages) or None, _split_list((formats,)), jobs)
    for text in warnings:
        click.echo(text, err=True)
    for output in outputs:
        click.echo(f"{output.language:>3} {output.format:<5} {output.path.relative_to(project.root)}")


@main.command()
@click.option("-l", "--language", "languages", multiple=True, help="Language code(s); default: every language.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def stats(languages: tuple[str, ...], output_format: str) -> None:
    """Per language: translated, fuzzy, untranslated, obsolete entries and words."""
    import json

    from khojaly_i18n.statistics import language_statistics

    project = _project()
    table = language_statistics(project, _split_list(languages) or None)
    if output_format == "json":
        click.echo(json.dumps([row.as_dict() for row in table], ensure_ascii=False, indent=2))
        return
    click.echo(f"{'lang':<5}{'translated':>11}{'fuzzy':>7}{'untransl.':>10}{'obsolete':>9}{'words':>8}{'done':>7}")
    for row in table:
        counts = row.counts
        click.echo(
            f"{row.language:<5}{counts.translated:>11}{counts.fuzzy:>7}{counts.untranslated:>10}"
            f"{counts.obsolete:>9}{counts.words_total:>8}{counts.percent:>6.1f}%"
        )


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--check", "check_ids", multiple=True, metavar="ID[,ID]", help="Check id(s) to run; default: every check.")
@click.option("--source-lang", default=None, metavar="LANG", help="Language of the msgids; default: the project's, else en.")
@click.option("--lang", default=None, metavar="LANG", help="Language of the files named; only this language in folders.")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json", "github", "junit"]), default="text", show_default=True
)
@click.option(
    "--glossary", "glossary_path", default=None, type=click.Path(exists=True),
    help="Glossary folder (YAML) or TBX file for the glossary check; default: the project's glossary/.",
)
@click.option("--no-cache", is_flag=True, help="Check every file again, ignoring cached results.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Processes; default: all cores when it pays.")
@reports_errors
def check(
    paths: tuple[str, ...],
    check_ids: tuple[str, ...],
    source_lang: str | None,
    lang: str | None,
    output_format: str,
    glossary_path: str | None,
    no_cache: bool,
    jobs: int | None,
) -> None:
    """Check the catalogs under PATH... (default: the project's locale/). Exit 1 on errors, 2 on bad input."""
    from khojaly_i18n.checks import check_paths
    from khojaly_i18n.report import render, summary

    if glossary_path is not None:
        from khojaly_i18n.glossary import load_glossary, set_glossary_path

        load_glossary(glossary_path, None)  # a broken glossary stops here with path:line
        set_glossary_path(glossary_path)
    try:
        run = check_paths(
            paths, checks=list(check_ids) or None, source_lang=source_lang, lang=lang, cache=not no_cache, jobs=jobs
        )
    except KhojalyError:
        raise
    except Exception as error:  # never a traceback for the user
        click.echo(f"khojaly-i18n: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(2)
    try:
        click.echo(render(run, output_format), nl=False)
        if output_format == "text":
            click.echo(summary(run), err=True)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into head: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if sys.stdout is sys.__stdout__:
        # a process of its own (not a test runner's): no last full garbage collection at exit
        import gc

        gc.freeze()
    sys.exit(run.exit_code)


# --------------------------------------------------------------------------- glossary

from pathlib import Path as _Path  # noqa: E402  (the glossary group's own import)


@main.group()
def glossary() -> None:
    """List, validate, import (TBX → YAML) and export (YAML → TBX) the glossary."""


_GLOSSARY_OPTION = click.option(
    "--glossary",
    "glossary_path",
    type=click.Path(path_type=_Path),
    default=None,
    metavar="PATH",
    help="A glossary folder (YAML) or .tbx file; default: the project's glossary/.",
)


@glossary.command("list")
@_GLOSSARY_OPTION
@click.option("-l", "--lang", "languages", multiple=True, help="Language code(s); default: every language.")
@click.option("--category", "categories", multiple=True, help="place, unit, term, person, organisation.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def glossary_list(glossary_path: Any, languages: tuple[str, ...], categories: tuple[str, ...], output_format: str) -> None:
    """Every concept with its terms per language."""
    import json

    from khojaly_i18n.errors import ConfigError
    from khojaly_i18n.glossary import CATEGORIES, load_glossary

    wanted_categories = _split_list(categories) or None
    for category in wanted_categories or ():
        if category not in CATEGORIES:
            raise ConfigError(f"unknown category {category!r} (one of {', '.join(CATEGORIES)})")
    data = load_glossary(glossary_path, None).select(wanted_categories)
    langs = _split_list(languages) or data.languages()
    rows = []
    for concept in data:
        row = concept.to_dict()
        rows.append({key: value for key, value in row.items() if key in ("id", "category", "note") or key in langs})
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(f"{row['id']} ({row['category']})")
        for code in langs:
            terms = row.get(code)
            if not terms:
                continue
            line = f"  {code}: {terms['term']}"
            if terms.get("admitted"):
                line += f"; admitted: {', '.join(terms['admitted'])}"
            if terms.get("deprecated"):
                line += f"; deprecated: {', '.join(terms['deprecated'])}"
            click.echo(line)
    click.echo(f"{len(rows)} concept(s)", err=True)


@glossary.command("check")
@click.argument("path", required=False, type=click.Path(path_type=_Path))
def glossary_check(path: Any) -> None:
    """Validate the glossary files (default: the project's glossary/); exit 2 on errors."""
    from khojaly_i18n.glossary.validate import validate_glossary

    try:
        count, errors = validate_glossary(path)
    except KhojalyError as error:
        click.echo(f"khojaly-i18n: {error}", err=True)
        sys.exit(2)
    for error in errors:
        click.echo(str(error), err=True)
    if errors:
        click.echo(f"{len(errors)} error(s)", err=True)
        sys.exit(2)
    click.echo(f"{count} concept(s), no errors")


@glossary.command("import")
@click.argument("tbx", type=click.Path(exists=True, dir_okay=False, path_type=_Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=_Path), default=None,
              help="YAML folder to write; default: the project's glossary/.")
@click.option("--force", is_flag=True, help="Overwrite the category files that exist.")
@reports_errors
def glossary_import(tbx: Any, output: Any, force: bool) -> None:
    """Import a TBX file (v3 or v2/martif) into a YAML glossary folder (atomic writes)."""
    from khojaly_i18n.errors import ConfigError
    from khojaly_i18n.glossary import project_glossary_dir, read_tbx, write_yaml_folder

    data = read_tbx(tbx)
    folder = output or project_glossary_dir()
    if folder is None:
        raise ConfigError("no --output given and no project to take the glossary folder from")
    written = write_yaml_folder(data, folder, force=force)
    click.echo(f"{len(data)} concept(s) into {len(written)} file(s) in {folder}")


@glossary.command("export")
@_GLOSSARY_OPTION
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=_Path), default=None,
              help="TBX file to write (atomically); default: standard output.")
@reports_errors
def glossary_export(glossary_path: Any, output: Any) -> None:
    """Export the glossary as TBX-Basic (TBX v3)."""
    from khojaly_i18n.glossary import load_glossary, tbx_bytes, write_tbx

    data = load_glossary(glossary_path, None)
    if output is None:
        click.echo(tbx_bytes(data).decode("utf-8"), nl=False)
        return
    write_tbx(data, output)
    click.echo(f"{len(data)} concept(s) to {output}", err=True)


# -- translation memory ------------------------------------------------------


def _tm_location(tm_path: str | None, project: "Project | None" = None) -> "Path":
    """--tm when given (a file or a postgresql:// URL), else the project's ``tm`` path; outside a project
    --tm is required."""
    from pathlib import Path

    from khojaly_i18n.errors import ConfigError
    from khojaly_i18n.project import load_project

    if tm_path:
        if tm_path.startswith(("postgresql://", "postgres://")):
            return tm_path  # type: ignore[return-value]  # the PostgreSQL backend
        return Path(tm_path)
    if project is None:
        try:
            project = load_project()
        except ConfigError as error:
            raise ConfigError(f"{error}; outside a project give the memory with --tm PATH") from error
    return project.tm_path


def _open_tm(tm_path: str | None, project: "Project | None" = None, *, create: bool = True) -> Any:
    from khojaly_i18n.tm import open_memory

    return open_memory(_tm_location(tm_path, project), create=create)


def _default_source_lang() -> str:
    from khojaly_i18n.errors import ConfigError
    from khojaly_i18n.project import load_project

    try:
        return load_project().source_language
    except ConfigError:
        return "en"


@main.group("tm")
def tm_group() -> None:
    """Translation memory: import .po/TMX, export TMX, statistics, lookups."""


@tm_group.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--tm", "tm_path", type=click.Path(dir_okay=False), default=None, help="Memory file; default: the project's.")
@click.option("--source-lang", default=None, metavar="LANG", help="Language of the msgids; default: the project's, else en.")
@click.option("--lang", default=None, metavar="LANG", help="Target language of .po files without a Language header.")
@reports_errors
def tm_import(paths: tuple[str, ...], tm_path: str | None, source_lang: str | None, lang: str | None) -> None:
    """Import finished entries of .po files (FILE_OR_DIR ...) and TMX files into the memory."""
    from pathlib import Path

    from khojaly_i18n.tm import import_paths

    with _open_tm(tm_path) as memory:
        report = import_paths(
            memory.store, paths, source_lang=source_lang or _default_source_lang(), target_lang=lang, root=Path.cwd()
        )
        memory.warm()  # build and cache the fuzzy indexes now rather than at the first lookup
        total = memory.stats()["units"]
    for error in report.errors:
        click.echo(f"khojaly-i18n: {error}", err=True)
    click.echo(f"{report.files} files, {report.units} units read, {report.added} new; {total} units in the memory")
    if report.errors:
        sys.exit(1)


@tm_group.command("export")
@click.option("--tm", "tm_path", type=click.Path(dir_okay=False), default=None, help="Memory file; default: the project's.")
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True), help="TMX file (default: stdout).")
@click.option("--lang", default=None, metavar="LANG", help="Only this target language.")
@reports_errors
def tm_export(tm_path: str | None, output: str, lang: str | None) -> None:
    """Export the memory as TMX 1.4b."""
    from khojaly_i18n.tm import export_tmx

    with _open_tm(tm_path, create=False) as memory:
        count = export_tmx(memory.store, None if output == "-" else output, target_lang=lang)
    if output != "-":
        click.echo(f"{count} units written to {output}")


@tm_group.command("stats")
@click.option("--tm", "tm_path", type=click.Path(dir_okay=False), default=None, help="Memory file; default: the project's.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def tm_stats(tm_path: str | None, output_format: str) -> None:
    """Units per language pair."""
    import json

    with _open_tm(tm_path, create=False) as memory:
        data = memory.stats()
    if output_format == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{data['path']}: {data['units']} units from {data['origins']} origins")
    for pair in data["pairs"]:  # type: ignore[attr-defined]
        click.echo(f"  {pair['source_lang']} -> {pair['target_lang']}: {pair['units']} units, {pair['sources']} sources")


@tm_group.command("lookup")
@click.option("--tm", "tm_path", type=click.Path(dir_okay=False), default=None, help="Memory file; default: the project's.")
@click.option("--lang", required=True, metavar="LANG", help="Target language.")
@click.option("--source-lang", default=None, metavar="LANG", help="Source language; default: the project's, else en.")
@click.option("--min-score", type=click.FloatRange(0, 101), default=75.0, show_default=True)
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True)
@click.option("--context", default="", help="msgctxt of the queries (exact matches in it score 101).")
@click.option("--format", "output_format", type=click.Choice(["json"]), default="json", show_default=True)
@reports_errors
def tm_lookup(tm_path: str | None, lang: str, source_lang: str | None, min_score: float, limit: int,
              context: str, output_format: str) -> None:
    """Read queries from stdin, one per line; write one JSON object per line with the matches."""
    import json

    with _open_tm(tm_path, create=False) as memory:
        source = source_lang or _default_source_lang()
        for line in sys.stdin:
            query = line.rstrip("\r\n")
            matches = memory.lookup(query, lang, source, context=context, min_score=min_score, limit=limit)
            record = {
                "query": query,
                "matches": [
                    {"score": round(m.score, 2), "source": m.source, "target": m.target, "origin": m.origin,
                     "context": m.unit.context, "kind": m.kind}
                    for m in matches
                ],
            }
            click.echo(json.dumps(record, ensure_ascii=False))
