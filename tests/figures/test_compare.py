"""Comparison tables: English source vs translation, issue expected or not."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from khojaly_i18n.figures import compare_figures, compare_extracted, extract_figures

sys.path.insert(0, str(Path(__file__).parent))
from eval_pairs import evaluate, load_pairs  # noqa: E402

ROWS = load_pairs()


@pytest.mark.parametrize("lang,category,expect,src,tgt", ROWS,
                         ids=[f"{r[0]}-{r[1]}-{r[2]}-{i}" for i, r in enumerate(ROWS)])
def test_pair(lang: str, category: str, expect: str, src: str, tgt: str) -> None:
    issues = compare_figures(src, "en", tgt, lang)
    if expect == "ok":
        assert issues == [], [i.message for i in issues]
    else:
        assert issues, "broken figure not detected"


def test_rates() -> None:
    r = evaluate()
    assert r["detection"] >= 0.98
    assert r["false_alarms"] <= 0.01


def test_messages() -> None:
    (i,) = compare_figures("A total of 1,275 civilians", "en", "Всего 1 257 мирных жителей", "ru")
    assert i.kind == "changed"
    assert i.message == "1,275 in the source is 1 257 in the translation"
    (i,) = compare_figures("on 26 February 1992", "en", "am 26. März 1992", "de")
    assert i.message == "26 February 1992 in the source is 26. März 1992 in the translation"
    (i,) = compare_figures("613 killed, 63 children", "en", "613 ölü", "tr")
    assert i.kind == "missing" and i.message == "the source's 63 is missing from the translation"
    (i,) = compare_figures("The town fell.", "en", "Город пал, погибли 12 человек.", "ru")
    assert i.kind == "extra" and i.message == "the translation adds 12, which is not in the source"


def test_swapped_dates_are_caught() -> None:
    issues = compare_figures("on 25 February and on 26 March", "en",
                             "25 марта и 26 февраля", "ru")
    assert issues


def test_weak_one_policy() -> None:
    # a lone "one" never raises an issue, but can stand for a source "1"
    assert compare_figures("130 lost one parent", "en", "130 kişi ebeveynini kaybetti", "tr") == []
    assert compare_figures("1 survivor", "en", "один выживший", "ru") == []
    assert compare_figures("one survivor", "en", "два выживших", "ru")


def test_lower_level_api() -> None:
    s = extract_figures("613 people, 26 February 1992", "en")
    t = extract_figures("613 nəfər, 1992-ci il fevralın 26-da", "az")
    assert compare_extracted(s, t) == []


@pytest.mark.parametrize("src,tgt,lang", [
    ("twenty-five", "25", "ru"),
    ("8", "восемь", "ru"),
    ("366th", "366-й", "ru"),
    ("February 26, 1992", "26 февраля 1992 года", "ru"),
    ("25–26 February 1992", "в ночь с 25 на 26 февраля 1992 года", "ru"),
    ("20 percent", "%20", "tr"),
    ("1,275", "1 275", "fr"),
    ("the early 1990s", "в начале 1990-х", "ru"),
    ("February 26, 1992", "1992-ci il fevralın 26-da", "az"),
    ("between 1992 and 1994", "1992 və 1994-cü illər arasında", "az"),
    ("in 1992, and again in 1992", "1992 yılında", "tr"),
])
def test_form_changes_are_fine(src: str, tgt: str, lang: str) -> None:
    assert compare_figures(src, "en", tgt, lang) == []


def test_fast_path_agrees_with_full_comparison() -> None:
    """The one-regex pre-check never hides an issue the full comparison finds."""
    from khojaly_i18n.figures import extract_figures_all
    from khojaly_i18n.figures.registry import rules_for

    for lang, _, _, src, tgt in ROWS:
        if rules_for("en").may_have_strong(src) or rules_for(lang).may_have_strong(tgt):
            continue
        assert compare_extracted(extract_figures_all(src, "en"), extract_figures_all(tgt, lang)) == []


def test_round2_comparisons() -> None:
    # 12-hour and 24-hour clocks, full hours as numbers
    assert compare_figures("at 11 p.m.", "en", "saat 23:00-da", "az") == []
    assert compare_figures("at 11 p.m.", "en", "в 23 часа", "ru") == []
    assert compare_figures("at 11 p.m.", "en", "um 22 Uhr", "de")
    # a number keeps its unit of measure
    assert compare_figures("12 km away", "en", "в 12 километрах", "ru") == []
    assert compare_figures("12 km away", "en", "Fevralın 12-də", "az")
    # a weak ordinal word changed into another one
    assert compare_figures("the second round", "en", "die erste Runde", "de")
    assert compare_figures("the second round", "en", "die zweite Runde", "de") == []
    # a date repeated by the translation is the same date
    assert compare_figures("newer than 2107-12-31", "en",
                           "après le 31 décembre 2107, daté du 31 décembre 2107", "fr") == []
    # an English date left as written in a French citation
    assert compare_figures("(December 1991), Amsterdam", "en",
                           "(December 1991), Amsterdam", "fr") == []
