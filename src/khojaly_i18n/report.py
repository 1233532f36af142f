"""Renderers of a check run: ``text``, ``json``, ``github`` (workflow annotations) and ``junit``."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khojaly_i18n.checks.base import Finding
    from khojaly_i18n.checks.runner import CheckRun

FORMATS: tuple[str, ...] = ("text", "json", "github", "junit")


def render(run: CheckRun, fmt: str = "text") -> str:
    """The run in format *fmt* (one of FORMATS), ending with a newline."""
    renderers: dict[str, Callable[[CheckRun], str]] = {
        "text": render_text,
        "json": render_json,
        "github": render_github,
        "junit": render_junit,
    }
    try:
        renderer = renderers[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})") from None
    return renderer(run)


def text_line(finding: Finding) -> str:
    """``path:line: severity: message [check-id]`` on one line (newlines become spaces)."""
    message = " ".join(finding.message.split("\n"))
    return f"{finding.location()}: {finding.severity}: {message} [{finding.check}]"


def render_text(run: CheckRun) -> str:
    """One ``path:line: severity: message [check-id]`` line per finding."""
    return "".join(text_line(finding) + "\n" for finding in run.findings)


def summary(run: CheckRun) -> str:
    """``N errors, N warnings, N notes in N catalogs (checks: …)``."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in run.findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    checked = len(run.checked)
    return (
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s) "
        f"in {checked} catalog(s) (checks: {', '.join(check.id for check in run.checks)})"
    )


def render_json(run: CheckRun) -> str:
    """One JSON array of objects with exactly the Finding keys."""
    return json.dumps([finding.to_dict() for finding in run.findings], ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- GitHub

_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def github_escape_data(value: str) -> str:
    """Escape a workflow command's message (``%``, CR, LF)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_escape_property(value: str) -> str:
    """Escape a workflow command's property value (also ``:`` and ``,``)."""
    return github_escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_line(finding: Finding, title: str | None = None) -> str:
    """``::error file=…,line=…,title=…::message`` for one finding."""
    properties = [f"file={github_escape_property(finding.path)}"]
    if finding.line:
        properties.append(f"line={finding.line}")
    properties.append(f"title={github_escape_property(title or f'khojaly-i18n {finding.check}')}")
    level = _GITHUB_LEVEL.get(finding.severity, "error")
    return f"::{level} {','.join(properties)}::{github_escape_data(finding.message)}"


def render_github(run: CheckRun) -> str:
    """GitHub Actions workflow annotations, one per finding."""
    names = {check.id: check.name for check in run.checks}
    lines = []
    for finding in run.findings:
        name = names.get(finding.check) or finding.check
        lines.append(github_line(finding, f"khojaly-i18n {name} [{finding.check}]"))
    return "".join(line + "\n" for line in lines)


# --------------------------------------------------------------------------- JUnit


def render_junit(run: CheckRun) -> str:
    """JUnit XML: one testsuite per catalog, one testcase per check, failures carry findings.

    A catalog that could not be checked has one testcase ``catalog`` with an ``<error>``.
    """
    import xml.etree.ElementTree as ET

    root = ET.Element("testsuites", name="khojaly-i18n check")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for result in run.checked:
        suite = ET.SubElement(root, "testsuite", name=result.path)
        counts = {"tests": 0, "failures": 0, "errors": 0}
        if result.lang:
            properties = ET.SubElement(suite, "properties")
            ET.SubElement(properties, "property", name="lang", value=result.lang)
        error = result.error
        if error is not None:
            case = ET.SubElement(suite, "testcase", name="catalog", classname=_classname(result.path), file=result.path)
            if error.line:
                case.set("line", str(error.line))
            node = ET.SubElement(case, "error", message=_clean(error.message), type="catalog")
            node.text = _clean(_finding_text(error))
            counts["tests"] += 1
            counts["errors"] += 1
        else:
            for check in run.checks:
                findings = [f for f in result.findings if f.check == check.id]
                case = ET.SubElement(
                    suite, "testcase", name=check.id, classname=_classname(result.path), file=result.path
                )
                counts["tests"] += 1
                failing = [f for f in findings if f.severity == "error"]
                if findings:
                    case.set("line", str(findings[0].line or 0))
                if failing:
                    counts["failures"] += 1
                    node = ET.SubElement(
                        case, "failure", message=_clean(f"{len(failing)} {check.id} error(s)"), type=check.id
                    )
                    node.text = _clean("\n".join(_finding_text(f) for f in findings))
                elif findings:
                    out = ET.SubElement(case, "system-out")
                    out.text = _clean("\n".join(_finding_text(f) for f in findings))
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("skipped", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _classname(path: str) -> str:
    """A JUnit classname from a catalog path (``locale/fr/LC_MESSAGES/x.po`` -> dotted)."""
    stem = path[:-3] if path.endswith(".po") else path
    return stem.replace("\\", "/").strip("/").replace("/", ".")


def _finding_text(finding: Finding) -> str:
    """One finding as text for a failure body."""
    return text_line(finding)


def _clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry."""
    return "".join(
        ch
        for ch in text
        if ch in "\t\n\r" or "\x20" <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd" or ch >= "\U00010000"
    )
