"""The pytest plugin, run on a tiny project with pytester."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from khojaly_i18n.checks import unregister

pytest_plugins = ["pytester"]

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n\n'
GOOD = HEADER + 'msgid "In 1992 there were 613 victims."\nmsgstr "En 1992, il y eut 613 victimes."\n'
BAD = HEADER + (
    'msgid "Fine."\nmsgstr "Bien."\n\n'
    'msgid "In 1992 there were 613 victims."\nmsgstr "En 1993, il y eut 613 victimes."\n'
)
MALFORMED = 'msgid "x"\nmsgstr "y"\n\nmsgid "broken\nmsgstr ""\n'

CONFTEST = '''
import re
from khojaly_i18n.checks import Check, register

@register
class TestDigits(Check):
    id = "test-digits"
    name = "Test digits"
    description = "Same digit runs."

    def check_pair(self, source, target, context):
        a, b = re.findall(r"\\d+", source), re.findall(r"\\d+", target)
        if sorted(a) != sorted(b):
            yield f"figures {' '.join(a)} became {' '.join(b)}"
'''

PYPROJECT = """
[tool.pytest.ini_options]
testpaths = ["tests"]
{catalogs}
khojaly_i18n_checks = ["{checks}"]

[tool.khojaly-i18n]
source-language = "en"
"""


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.Pytester]:
    """A project with one ordinary test, a good and a bad catalog."""
    monkeypatch.setenv("KHOJALY_I18N_CACHE_DIR", str(pytester.path / "cache"))
    pytester.makepyprojecttoml(PYPROJECT.format(catalogs='khojaly_i18n_catalogs = ["locale"]', checks="test-digits"))
    pytester.makeconftest(CONFTEST)
    (pytester.path / "tests").mkdir()
    (pytester.path / "tests" / "test_plain.py").write_text("def test_plain():\n    assert True\n")
    folder = pytester.path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "good.po").write_text(GOOD, encoding="utf-8")
    (folder / "bad.po").write_text(BAD, encoding="utf-8")
    yield pytester
    unregister("test-digits")


def test_one_item_per_catalog_and_check(project: pytest.Pytester) -> None:
    result = project.runpytest("-v")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*tests/test_plain.py::test_plain PASSED*",
            "*locale/fr/LC_MESSAGES/bad.po::test-digits FAILED*",
            "*locale/fr/LC_MESSAGES/good.po::test-digits PASSED*",
        ]
    )
    result.stdout.fnmatch_lines(
        ["locale/fr/LC_MESSAGES/bad.po:9: error: figures 1992 613 became 1993 613 [test-digits]"]
    )
    assert "Traceback" not in result.stdout.str()


def test_reportinfo_points_at_the_po_file_and_line(project: pytest.Pytester) -> None:
    reprec = project.inline_run()
    reports = {r.nodeid: r for r in reprec.getreports("pytest_runtest_logreport") if r.when == "call"}
    bad = reports["locale/fr/LC_MESSAGES/bad.po::test-digits"]
    assert bad.failed
    assert bad.location[:2] == ("locale/fr/LC_MESSAGES/bad.po", 8)  # 0-based: line 9
    assert "bad.po:9: error: figures 1992 613 became 1993 613" in bad.longreprtext
    good = reports["locale/fr/LC_MESSAGES/good.po::test-digits"]
    assert good.passed and good.location[0] == "locale/fr/LC_MESSAGES/good.po"


def test_explicit_paths_leave_catalogs_out_unless_asked(project: pytest.Pytester) -> None:
    project.runpytest("tests").assert_outcomes(passed=1)
    project.runpytest("tests", "--khojaly-i18n").assert_outcomes(passed=2, failed=1)
    project.runpytest("locale").assert_outcomes(passed=1, failed=1)
    project.runpytest("locale/fr/LC_MESSAGES/good.po").assert_outcomes(passed=1)
    project.runpytest("-k", "good").assert_outcomes(passed=1)


def test_malformed_catalog_fails_with_file_and_line(project: pytest.Pytester) -> None:
    (project.path / "locale" / "fr" / "LC_MESSAGES" / "broken.po").write_text(MALFORMED, encoding="utf-8")
    result = project.runpytest()
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(["locale/fr/LC_MESSAGES/broken.po:4: error: * [[]catalog[]]"])


def test_command_line_option_without_ini(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHOJALY_I18N_CACHE_DIR", str(pytester.path / "cache"))
    pytester.makepyprojecttoml(PYPROJECT.format(catalogs="", checks="test-digits"))
    pytester.makeconftest(CONFTEST)
    folder = pytester.path / "po"
    folder.mkdir()
    (folder / "bad.po").write_text(BAD, encoding="utf-8")
    try:
        pytester.runpytest().assert_outcomes()  # not opted in: nothing collected
        result = pytester.runpytest("--khojaly-i18n-catalogs=po")
        result.assert_outcomes(failed=1)
        result.stdout.fnmatch_lines(["po/bad.po:9: error: figures 1992 613 became 1993 613 [test-digits]"])
    finally:
        unregister("test-digits")


def test_figures_check_in_a_separate_process(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real plugin entry point and the real figures check, in a fresh interpreter."""
    monkeypatch.setenv("KHOJALY_I18N_CACHE_DIR", str(pytester.path / "cache"))
    pytester.makepyprojecttoml(PYPROJECT.format(catalogs='khojaly_i18n_catalogs = ["locale"]', checks="figures"))
    folder = pytester.path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "good.po").write_text(GOOD, encoding="utf-8")
    (folder / "bad.po").write_text(BAD, encoding="utf-8")
    (pytester.path / "tests").mkdir()
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["locale/fr/LC_MESSAGES/bad.po:9: error: *1992* [[]figures[]]"])
