"""Lookup: exact (101/100), placeable-adjusted (99/98), fuzzy (rapidfuzz ratio) from the index."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from khojaly_i18n.tm import TranslationMemory, TrigramIndex, Unit, adjust_target, tokenize


def test_exact_match_scores_101_with_context_and_100_without(memory: TranslationMemory) -> None:
    memory.add([
        Unit("en", "ru", "Open", "Открыть", "menu", "a.po", 10),
        Unit("en", "ru", "Open", "Открытый", "", "b.po", 20),
    ])
    matches = memory.lookup("Open", "ru", context="menu")
    assert [(m.score, m.target, m.kind) for m in matches] == [(101, "Открыть", "exact"), (100, "Открытый", "exact")]
    matches = memory.lookup("Open", "ru")
    assert [(m.score, m.target) for m in matches] == [(101, "Открытый"), (100, "Открыть")]
    assert memory.lookup("Open", "de") == []


def test_fuzzy_score_is_rapidfuzz_ratio(memory: TranslationMemory) -> None:
    sources = ["The town had many inhabitants before the war.", "The regiment left the town in March.",
               "A completely different sentence about mountains."]
    memory.add(Unit("en", "de", s, f"DE {i}", "", f"{i}.po", i) for i, s in enumerate(sources))
    query = "The town had few inhabitants before the war."
    matches = memory.lookup(query, "de", min_score=50, limit=3)
    assert matches[0].target == "DE 0"
    for match in matches:
        assert match.kind == "fuzzy"
        assert match.score == fuzz.ratio(query, match.source)
    assert all(m.score >= 50 for m in matches)
    assert memory.lookup(query, "de", min_score=99) == []


def test_lookup_languages_match_by_primary_subtag(memory: TranslationMemory) -> None:
    memory.add([Unit("en-US", "fr-FR", "Hello world", "Bonjour le monde")])
    assert memory.lookup("Hello world", "fr")[0].target == "Bonjour le monde"
    assert memory.lookup("Hello world", "fr-CA") == []


@pytest.mark.parametrize(
    ("lang", "old_target", "expected"),
    [
        ("ru", "В 1992 году было 1\u00a0200 заложников.", "В 1992 году было 1\u00a0275 заложников."),
        ("ru", "В 1992 году было 1 200 заложников.", "В 1992 году было 1\u00a0275 заложников."),
        ("de", "1992 gab es 1.200 Geiseln.", "1992 gab es 1.275 Geiseln."),
        ("fr", "En 1992, il y avait 1\u202f200 otages.", "En 1992, il y avait 1\u202f275 otages."),
        ("tr", "1992'de 1.200 rehine vardı.", "1992'de 1.275 rehine vardı."),
        ("az", "1992-ci ildə 1.200 girov var idi.", "1992-ci ildə 1.275 girov var idi."),
    ],
)
def test_number_adjusted_match_uses_target_language_format(
    memory: TranslationMemory, lang: str, old_target: str, expected: str
) -> None:
    memory.add([Unit("en", lang, "In 1992 there were 1,200 hostages.", old_target, "", "x.po", 1)])
    (match,) = memory.lookup("In 1992 there were 1,275 hostages.", lang, limit=1)
    assert (match.score, match.kind, match.target) == (99, "placeables", expected)


def test_decimals_and_years_keep_their_shape() -> None:
    assert adjust_target("Use 3.5 mm", "Use 2.5 mm", "2,5 mm verwenden", "en", "de") == ("3,5 mm verwenden", True)
    assert adjust_target("Since 2001.", "Since 1992.", "С 1992 года.", "en", "ru") == ("С 2001 года.", True)
    assert adjust_target("About 12,000 people", "About 10,000 people", "Environ 10 000 personnes", "en", "fr") == (
        "Environ 12\u202f000 personnes", True)


def test_other_placeables_are_carried_verbatim(memory: TranslationMemory) -> None:
    memory.add([Unit("en", "fr", "See :ref:`install` and ``pip``.", "Voir :ref:`install` et ``pip``.")])
    (match,) = memory.lookup("See :ref:`setup` and ``pip``.", "fr", limit=1)
    assert (match.score, match.target) == (98, "Voir :ref:`setup` et ``pip``.")
    # a placeable the translation does not contain: no adjusted match (only fuzzy)
    memory.add([Unit("en", "fr", "Read `the guide <https://a.example/>`_ first.", "Lisez d'abord le guide.")])
    matches = memory.lookup("Read `the guide <https://b.example/>`_ first.", "fr", limit=1)
    assert matches and matches[0].kind == "fuzzy" and matches[0].score < 98


def test_tokenizer_finds_every_kind_of_placeable() -> None:
    text = "In 1,275 cases :py:func:`len` ``x`` `a <http://e.org>`_ |sub| https://e.org/p %s %(n)d {0} {name!r}"
    found = [t.text for t in tokenize(text)]
    assert found == ["1,275", ":py:func:`len`", "``x``", "`a <http://e.org>`_", "|sub|", "https://e.org/p",
                     "%s", "%(n)d", "{0}", "{name!r}"]


WORDS = st.sampled_from(["the", "town", "a", "regiment", "of", "1992", "war", "ab", "ba", "x", "night", "Khojaly"])
SENTENCES = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)
ALPHABET = st.text(alphabet="abcde ", min_size=1, max_size=30)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=st.lists(st.one_of(SENTENCES, ALPHABET), min_size=1, max_size=60, unique=True),
    query=st.one_of(SENTENCES, ALPHABET),
    min_score=st.sampled_from([0.0, 30.0, 50.0, 75.0, 90.0]),
    limit=st.integers(1, 4),
)
def test_index_never_misses_the_top_matches(table: list[str], query: str, min_score: float, limit: int) -> None:
    index = TrigramIndex(table)
    found = index.search(query, min_score, limit)
    full = sorted((fuzz.ratio(query, s) for s in table), reverse=True)
    expected = [s for s in full if s >= min_score and s > 0][:limit]  # a 0 score is no match
    assert [score for score, _ in found] == expected
    if found:
        best = process.extractOne(query, table, scorer=fuzz.ratio)
        assert found[0][0] == best[1]
        assert all(fuzz.ratio(query, index.sources[i]) == score for score, i in found)


def test_index_is_cached_in_the_store_and_rebuilt_after_changes(tmp_path) -> None:
    from khojaly_i18n.tm import open_memory
    from khojaly_i18n.tm.index import CACHE_FORMAT

    path = tmp_path / "m.sqlite"
    with open_memory(path) as memory:
        memory.add([Unit("en", "de", "The river flows past the city.", "Der Fluss fließt an der Stadt vorbei.")])
        memory.warm()
        generation = memory.store.generation()
        assert memory.store.load_index_cache("en", "de", generation, CACHE_FORMAT) is not None
    with open_memory(path) as memory:
        assert memory.lookup("The river flows past the old city.", "de")[0].kind == "fuzzy"
        memory.add([Unit("en", "de", "The river flows past the old town.", "Der Fluss fließt an der Altstadt vorbei.")])
        (match,) = memory.lookup("The river flows past the old towns.", "de", limit=1)
        assert match.target == "Der Fluss fließt an der Altstadt vorbei."


def test_segments_of_placeables_only_are_not_adjusted() -> None:
    assert adjust_target("``chromium``", "``boolean``", "``boolean``", "en", "fr") is None
    assert adjust_target(":option:`-X` (:ref:`dev`)", ":class:`a` (:class:`b`)", ":class:`a` (:class:`b`)",
                         "en", "fr") is None
    assert adjust_target("See :pep:`309`.", "See :pep:`305`.", "Voir :pep:`305`.", "en", "fr") == (
        "Voir :pep:`309`.", False)


def test_index_top_k_equals_a_full_scan_on_a_larger_table() -> None:
    import random

    rnd = random.Random(7)
    vocabulary = ("the town regiment night river bridge of in was had people hostages war city old new "
                  "February March 1992 613 1,275 :ref:`x` ``code`` and to a").split()
    table = list({" ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(3, 40))) for _ in range(3000)})
    index = TrigramIndex(table)
    for i in range(150):
        words = rnd.choice(table).split()
        position = rnd.randrange(len(words))
        if i % 3 == 0:
            words.insert(position, rnd.choice(vocabulary))
        elif i % 3 == 1 and len(words) > 1:
            del words[position]
        else:
            words[position] = words[position][::-1]
        query = " ".join(words)
        for min_score, limit in ((75.0, 1), (60.0, 3), (90.0, 2)):
            found = [score for score, _ in index.search(query, min_score, limit)]
            full = sorted((fuzz.ratio(query, s) for s in table), reverse=True)
            assert found == [s for s in full if s >= min_score][:limit], (query, min_score)
