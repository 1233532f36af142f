"""Sphinx runs of the editions: extract the templates and build every edition.

Each Sphinx run is a subprocess: Sphinx keeps translation state in module
globals, so two languages must not share one interpreter.  Runs of different
languages go in parallel, one per core.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from khojaly_i18n.errors import BuildError, ConfigError
from khojaly_i18n.project import Project

FORMATS = ("html", "epub", "pdf")
DEFAULT_FORMATS = ("html", "epub")
SPHINX_BUILDER = {"html": "html", "epub": "epub", "pdf": "latex"}


@dataclass(frozen=True)
class EditionOutput:
    """Where one edition of one format was written."""

    language: str
    format: str
    path: Path


def _sphinx_command(project: Project, builder: str, out_dir: Path, doctree_dir: Path, language: str | None) -> list[str]:
    command = [
        sys.executable, "-m", "sphinx",
        "-b", builder,
        "-d", str(doctree_dir),
        "-q",
        "--keep-going",
        # Warnings are captured and passed on as text: a CI that sets FORCE_COLOR must not colour them.
        "--no-color",
    ]
    if language:
        command += ["-D", f"language={language}"]
    command += [str(project.docs_dir), str(out_dir)]
    return command


def _run(command: Sequence[str], cwd: Path, what: str) -> str:
    """Run one command; return its warnings, raise BuildError with its output when it fails."""
    environment = dict(os.environ)
    environment.setdefault("PYTHONHASHSEED", "0")
    completed = subprocess.run(
        list(command), cwd=cwd, capture_output=True, text=True, env=environment, check=False
    )
    if completed.returncode != 0:
        output = (completed.stderr or completed.stdout).strip()
        raise BuildError(f"{what} failed (exit {completed.returncode}):\n{output}")
    return completed.stderr.strip()


def extract(project: Project) -> list[Path]:
    """Run Sphinx's gettext builder: one ``.pot`` per document in ``project.gettext_dir``."""
    if not (project.docs_dir / "conf.py").is_file():
        raise ConfigError(f"no Sphinx project (conf.py) in {project.docs_dir}")
    command = _sphinx_command(
        project, "gettext", project.gettext_dir, project.build_dir / "doctrees" / "gettext", None
    )
    _run(command, project.root, "extracting messages (sphinx -b gettext)")
    return sorted(project.gettext_dir.rglob("*.pot"))


def xelatex_available() -> bool:
    return shutil.which("xelatex") is not None and shutil.which("latexmk") is not None


def _build_one(project: Project, language: str, format_name: str) -> tuple[EditionOutput, str]:
    builder = SPHINX_BUILDER[format_name]
    sphinx_format = "latex" if format_name == "pdf" else format_name
    out_dir = project.build_dir / sphinx_format / language
    doctree_dir = project.build_dir / "doctrees" / sphinx_format / language
    what = f"building the {language} edition ({format_name})"
    warnings = _run(_sphinx_command(project, builder, out_dir, doctree_dir, language), project.root, what)
    if format_name == "html":
        return EditionOutput(language, format_name, out_dir / "index.html"), warnings
    if format_name == "epub":
        epubs = sorted(out_dir.glob("*.epub"))
        if not epubs:
            raise BuildError(f"{what}: Sphinx wrote no .epub into {out_dir}")
        return EditionOutput(language, format_name, epubs[0]), warnings
    pdf_dir = project.build_dir / "pdf" / language
    _run(["make", "-C", str(out_dir), "all-pdf"], project.root, f"{what}: xelatex")
    pdf_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    for pdf in sorted(out_dir.glob("*.pdf")):
        shutil.copy2(pdf, pdf_dir / pdf.name)
        outputs.append(pdf_dir / pdf.name)
    if not outputs:
        raise BuildError(f"{what}: xelatex wrote no PDF into {out_dir}")
    return EditionOutput(language, format_name, outputs[0]), warnings


def build(
    project: Project,
    languages: Iterable[str] | None = None,
    formats: Iterable[str] = DEFAULT_FORMATS,
    jobs: int | None = None,
) -> tuple[list[EditionOutput], list[str]]:
    """Build the editions; Sphinx's own environment makes a rebuild incremental.

    Returns the outputs and the warnings Sphinx printed, one string per run.
    """
    chosen_languages = list(languages) if languages else list(project.all_languages)
    unknown = [code for code in chosen_languages if code not in project.all_languages]
    if unknown:
        raise ConfigError(
            f"unknown language(s) {', '.join(unknown)}; the project has {', '.join(project.all_languages)}"
        )
    chosen_formats = list(dict.fromkeys(formats))
    bad_formats = [name for name in chosen_formats if name not in FORMATS]
    if bad_formats:
        raise ConfigError(f"unknown format(s) {', '.join(bad_formats)}; choose from {', '.join(FORMATS)}")
    if "pdf" in chosen_formats and not xelatex_available():
        raise BuildError(
            "--format pdf needs xelatex and latexmk, which are not installed "
            "(on Debian: apt-get install texlive-xetex latexmk texlive-lang-cyrillic fonts-dejavu); "
            "the html and epub editions need neither"
        )
    tasks = [(language, name) for name in chosen_formats for language in chosen_languages]
    workers = jobs or max(1, min(len(tasks), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda task: _build_one(project, *task), tasks))
    outputs = [output for output, _ in results]
    warnings = [text for _, text in results if text]
    return outputs, warnings
