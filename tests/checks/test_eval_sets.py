"""The labelled evaluation sets under tests/data/*_eval*/ meet the accuracy bars.

Each set is a folder of ``<lang>/LC_MESSAGES/*.po`` catalogs whose entries carry
``# eval: ok`` or ``# eval: broken <what>``; the check runs over the folder as
``khojaly-i18n check`` would, and its findings are matched to the entries by
(path, msgid). Figures: at least 98 % of broken entries flagged and at most 1 %
of correct ones. Glossary (each set with its own terms.tbx): at least 95 % of
each.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from khojaly_i18n.catalog import read_catalog
from khojaly_i18n.checks.runner import check_paths
from khojaly_i18n.glossary import set_glossary_path

DATA = Path(__file__).resolve().parent.parent / "data"
FIGURE_SETS = sorted(DATA.glob("figures_eval*"))
GLOSSARY_SETS = sorted(DATA.glob("glossary_eval*"))


def labelled(folder: Path) -> dict[tuple[str, str], bool]:
    """(absolute path, msgid) -> whether the entry is labelled broken."""
    labels: dict[tuple[str, str], bool] = {}
    for po in sorted(folder.glob("*/LC_MESSAGES/*.po")):
        for message in read_catalog(po).messages:
            tags = [c.strip() for c in message.comments if c.strip().startswith("eval:")]
            assert len(tags) == 1, f"{po}:{message.line}: one '# eval:' comment expected"
            labels[(str(po.resolve()), message.msgid)] = tags[0] != "eval: ok"
    return labels


def flagged(folder: Path, check: str) -> set[tuple[str, str]]:
    run = check_paths([folder], checks=check, source_lang="en", cache=False, jobs=1, cwd=folder)
    assert not [f for f in run.findings if f.check != check], "catalog errors in the set"
    return {(str((folder / f.path).resolve()), f.msgid) for f in run.findings}


def rates(labels: dict[tuple[str, str], bool], hits: set[tuple[str, str]]) -> tuple[float, float, list[str]]:
    broken = [key for key, is_broken in labels.items() if is_broken]
    correct = [key for key, is_broken in labels.items() if not is_broken]
    misses = [f"missed: {key[1]}" for key in broken if key not in hits]
    alarms = [f"false alarm: {key[1]}" for key in correct if key in hits]
    return 1 - len(misses) / len(broken), len(alarms) / len(correct), misses + alarms


@pytest.fixture
def glossary_of() -> Iterator[object]:
    yield set_glossary_path
    set_glossary_path(None)


@pytest.mark.parametrize("folder", FIGURE_SETS, ids=[p.name for p in FIGURE_SETS])
def test_figure_set(folder: Path) -> None:
    labels = labelled(folder)
    assert len(labels) >= 150
    recall, false_alarms, failures = rates(labels, flagged(folder, "figures"))
    assert recall >= 0.98 and false_alarms <= 0.01, failures


@pytest.mark.parametrize("folder", GLOSSARY_SETS, ids=[p.name for p in GLOSSARY_SETS])
def test_glossary_set(folder: Path, glossary_of) -> None:  # type: ignore[no-untyped-def]
    glossary_of(folder / "terms.tbx")
    labels = labelled(folder)
    assert len(labels) >= 300
    recall, false_alarms, failures = rates(labels, flagged(folder, "glossary"))
    assert recall >= 0.95 and 1 - false_alarms >= 0.95, failures
