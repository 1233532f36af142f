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
@reports_errors
def update(languages: tuple[str, ...]) -> None:
    """Merge the templates into every language's catalogs (locale/<lang>/LC_MESSAGES)."""
    from khojaly_i18n.update import update_catalogs

    project = _project()
    for result in update_catalogs(project, _split_list(languages) or None):
        click.echo(
            f"{result.language}: {len(result.created)} created, {len(result.changed)} updated, "
            f"{len(result.unchanged)} unchanged; {result.kept} kept, {result.new} new, "
            f"{result.fuzzy} fuzzy, {result.obsolete} obsolete"
        )


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
@click.option("--no-cache", is_flag=True, help="Check every file again, ignoring cached results.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Processes; default: all cores when it pays.")
@reports_errors
def check(
    paths: tuple[str, ...],
    check_ids: tuple[str, ...],
    source_lang: str | None,
    lang: str | None,
    output_format: str,
    no_cache: bool,
    jobs: int | None,
) -> None:
    """Check the catalogs under PATH... (default: the project's locale/). Exit 1 on errors, 2 on bad input."""
    from khojaly_i18n.checks import check_paths
    from khojaly_i18n.report import render, summary

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
    sys.exit(run.exit_code)
