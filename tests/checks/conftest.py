"""Helpers of the check tests: catalogs written on the fly and a tiny ``digits`` check."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from khojaly_i18n.checks import Check, CheckContext, register, unregister

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n{language}\n'


def po_text(body: str, language: str | None = "fr") -> str:
    """A catalog with a header (Language: *language* unless None) and *body*."""
    lang_line = f'"Language: {language}\\n"\n' if language else ""
    return HEADER.format(language=lang_line) + "\n" + body


class DigitsCheck(Check):
    """Test check: the digit runs of source and translation must be the same."""

    id = "digits"
    name = "Digits"
    description = "Same digit runs."
    severity = "error"

    def check_pair(self, source: str, target: str, context: CheckContext) -> Iterator[str]:
        a, b = sorted(re.findall(r"\d+", source)), sorted(re.findall(r"\d+", target))
        if a != b:
            yield f"digits {' '.join(a) or '-'} became {' '.join(b) or '-'}"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never write the user's cache."""
    monkeypatch.setenv("KHOJALY_I18N_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def digits() -> Iterator[type[DigitsCheck]]:
    """The ``digits`` check, registered for one test."""
    register(DigitsCheck)
    yield DigitsCheck
    unregister("digits")


@pytest.fixture
def write_po(tmp_path: Path) -> Callable[..., Path]:
    """``write_po("locale/fr/LC_MESSAGES/a.po", body, language="fr")`` -> the file."""

    def write(relative: str, body: str, language: str | None = "fr", raw: bool = False) -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body if raw else po_text(body, language), encoding="utf-8")
        return path

    return write
