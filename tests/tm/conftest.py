"""Fixtures of the translation-memory tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from khojaly_i18n.tm import TranslationMemory, open_memory

DATA = Path(__file__).resolve().parent.parent / "data" / "tm"


@pytest.fixture()
def memory(tmp_path: Path):
    """An empty SQLite memory in a temporary folder."""
    tm: TranslationMemory = open_memory(tmp_path / "tm.sqlite")
    yield tm
    tm.close()


@pytest.fixture()
def tm_data() -> Path:
    """tests/data/tm."""
    return DATA
