"""Shared fixtures: the repository root and copies of the mini projects under tests/roots/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
ROOTS = Path(__file__).resolve().parent / "roots"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout this suite runs in."""
    return REPO_ROOT


@pytest.fixture()
def make_root(tmp_path: Path):
    """Copy ``tests/roots/test-<name>`` into a temporary folder and return its path."""

    def make(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(ROOTS / f"test-{name}", target)
        return target

    return make
