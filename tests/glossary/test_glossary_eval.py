"""Accuracy on the evaluation set (tests/data/glossary/eval_*.tsv) through the TBX glossary."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "glossary"


def _evaluate():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("glossary_evaluate", Path(__file__).with_name("evaluate.py"))
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.evaluate


def test_eval_tbx_matches_its_yaml() -> None:
    from khojaly_i18n.glossary import load_glossary

    tbx = load_glossary(DATA / "eval_terms.tbx", None)
    yaml = load_glossary(DATA / "eval", None)
    assert [c.to_dict() for c in tbx] == [c.to_dict() for c in yaml]


def test_accuracy_at_least_95_percent_per_language() -> None:
    results = _evaluate()(DATA / "eval_terms.tbx", sorted(DATA.glob("eval_*.tsv")))
    assert set(results) == {"ru", "az", "tr", "de", "fr"}
    for lang, table in results.items():
        for kind in ("ok", "broken"):
            right, total = table[kind]
            assert total >= 20, (lang, kind)
            assert right / total >= 0.95, (lang, kind, table["errors"])
