"""``update`` with the memory: new and changed entries pre-filled, finished ones kept, memory grows."""

from __future__ import annotations

from pathlib import Path

from khojaly_i18n.catalog import read_catalog
from khojaly_i18n.project import load_project
from khojaly_i18n.tm import Unit, import_paths, open_memory
from khojaly_i18n.update import update_catalogs

POT_HEADER = '''msgid ""
msgstr ""
"Project-Id-Version: A small town \\n"
"Report-Msgid-Bugs-To: \\n"
"POT-Creation-Date: 2026-02-01 00:00+0000\\n"
"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"
"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"
"Language-Team: LANGUAGE <LL@li.org>\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"

'''


def pot(path: Path, entries: list[tuple[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'#: {where}\nmsgid "{msgid}"\nmsgstr ""\n\n' for where, msgid in entries)
    path.write_text(POT_HEADER + body.rstrip("\n") + "\n", encoding="utf-8")


def edited_templates(root: Path) -> None:
    gettext = root / "build" / "gettext"
    pot(gettext / "index.pot", [
        ("../../docs/index.rst:2", "A small town"),
        ("../../docs/index.rst:4", "The town had 700 inhabitants in 1992."),  # number changed
    ])
    pot(gettext / "chapter" / "page.pot", [
        ("../../docs/chapter/page.rst:2", "The river"),
        ("../../docs/chapter/page.rst:4", "The river flows past the city."),
        ("../../docs/chapter/page.rst:6", "Its bridge was built in 1905."),
        ("../../docs/chapter/page.rst:8", "The old bridge collapsed in 1911."),  # new paragraph
        ("../../docs/chapter/page.rst:10", "Nothing like this was ever translated anywhere."),
    ])


def test_update_prefills_from_the_memory(make_root) -> None:
    root = make_root("basic")
    project = load_project(root)
    edited_templates(root)
    page = root / "locale" / "de" / "LC_MESSAGES" / "chapter" / "page.po"
    index = root / "locale" / "de" / "LC_MESSAGES" / "index.po"
    with open_memory(root / ".khojaly-tm.sqlite") as memory:
        memory.add([Unit("en", "de", "The old bridge collapsed in 1910.", "Die alte Brücke stürzte 1910 ein.",
                         "", "other/history.po", 1)])
        import_paths(memory.store, [root / "locale" / "de"], root=root)  # what earlier updates stored
        (result,) = update_catalogs(project, ["de"], memory=memory)
        assert result.prefilled == 2

        catalog = read_catalog(page)
        new = catalog.get("The old bridge collapsed in 1911.")
        assert new.msgstr == "Die alte Brücke stürzte 1911 ein."
        assert new.fuzzy and new.comments == ["tm: 99% from other/history.po"]
        assert new.previous_msgid == "The old bridge collapsed in 1910."
        assert not catalog.get("Nothing like this was ever translated anywhere.").msgstr
        finished = catalog.get("Its bridge was built in 1905.")
        assert finished.msgstr == "Seine Brücke wurde 1905 gebaut." and not finished.fuzzy

        changed = read_catalog(index).get("The town had 700 inhabitants in 1992.")
        assert changed.msgstr == "Die Stadt hatte 1992 700 Einwohner."
        assert changed.fuzzy and changed.comments == ["tm: 99% from locale/de/LC_MESSAGES/index.po"]
        assert changed.previous_msgid == "The town had 613 inhabitants in 1992."

        # the memory grew by the project's finished entries
        assert memory.lookup("The river flows past the city.", "de")[0].score == 101
        units = memory.stats()["units"]

        # no source change: no byte changes, memory unchanged
        before = {p: p.read_bytes() for p in (root / "locale").rglob("*.po")}
        (again,) = update_catalogs(project, ["de"], memory=memory)
        assert again.prefilled == 0 and not again.changed
        assert {p: p.read_bytes() for p in (root / "locale").rglob("*.po")} == before
        assert memory.stats()["units"] == units


def test_update_without_memory_is_unchanged_behaviour(make_root) -> None:
    root = make_root("basic")
    edited_templates(root)
    (result,) = update_catalogs(load_project(root), ["de"])
    assert result.prefilled == 0
    entry = read_catalog(root / "locale" / "de" / "LC_MESSAGES" / "chapter" / "page.po").get(
        "The old bridge collapsed in 1911.")
    assert entry.msgstr == "" or "tm: " not in " ".join(entry.comments)
    assert not (root / ".khojaly-tm.sqlite").exists()


def test_threshold_limits_prefill(make_root) -> None:
    root = make_root("basic")
    edited_templates(root)
    with open_memory(root / "tm.sqlite") as memory:
        memory.add([Unit("en", "de", "The old bridge collapsed in 1910.", "Die alte Brücke stürzte 1910 ein.")])
        (result,) = update_catalogs(load_project(root), ["de"], memory=memory, threshold=99.5)
    assert result.prefilled == 0


def test_adjusted_match_beats_the_merges_own_fuzzy_suggestion(memory) -> None:
    from khojaly_i18n.catalog import Catalog, Message
    from khojaly_i18n.tm import prefill_catalog

    old = ("The figures of the source — 613 people killed, 1,275 hostages, the 366th Motor Rifle Regiment — "
           "carry the same value in every edition and are written as each language writes them.")
    new = old.replace("613", "614").replace("1,275", "1,280")
    memory.add([Unit("en", "ru", old, "Числа — 613 погибших, 1\u00a0275 заложников, 366-й полк.", "", "ru/x.po", 1)])
    catalog = Catalog(messages=[
        Message(msgid=new, msgstr="Числа — 613 погибших, 1\u00a0275 заложников, 366-й полк.", flags=["fuzzy"],
                previous_msgid=old),
        Message(msgid="Kept", msgstr="Оставлено"),
        Message(msgid="A translator's own doubt.", msgstr="Сомнение.", flags=["fuzzy"]),
    ])
    assert prefill_catalog(catalog, memory, target_lang="ru", source_lang="en") == 1
    first = catalog.messages[0]
    assert first.msgstr == "Числа — 614 погибших, 1\u00a0280 заложников, 366-й полк."
    assert first.comments == ["tm: 99% from ru/x.po"] and first.fuzzy
    assert catalog.messages[1].msgstr == "Оставлено" and catalog.messages[2].msgstr == "Сомнение."


def _prefilled_update(root: Path, jobs: int) -> tuple[object, dict[str, bytes], int]:
    edited_templates(root)
    with open_memory(root / ".khojaly-tm.sqlite") as memory:
        memory.add([Unit("en", "de", "The old bridge collapsed in 1910.", "Die alte Brücke stürzte 1910 ein.",
                         "", "other/history.po", 1)])
        import_paths(memory.store, [root / "locale" / "de"], root=root)
        (result,) = update_catalogs(load_project(root), ["de"], memory=memory, jobs=jobs)
        units = memory.stats()["units"]
    files = {str(p.relative_to(root)): p.read_bytes() for p in sorted((root / "locale").rglob("*.po"))}
    return result, files, units  # type: ignore[return-value]


def test_update_in_worker_processes_is_the_same_as_in_one(tmp_path: Path) -> None:
    """Forked workers (each with its own memory connection) write the same bytes and counts."""
    import shutil

    roots = Path(__file__).resolve().parent.parent / "roots" / "test-basic"
    shutil.copytree(roots, tmp_path / "serial")
    shutil.copytree(roots, tmp_path / "forked")
    serial, serial_files, serial_units = _prefilled_update(tmp_path / "serial", jobs=1)
    forked, forked_files, forked_units = _prefilled_update(tmp_path / "forked", jobs=2)
    assert forked_files == serial_files
    assert forked_units == serial_units
    for name in ("kept", "new", "fuzzy", "obsolete", "prefilled"):
        assert getattr(forked, name) == getattr(serial, name), name
    assert forked.prefilled == 2
    for name in ("created", "changed", "unchanged"):
        assert sorted(p.name for p in getattr(forked, name)) == sorted(p.name for p in getattr(serial, name)), name


def test_a_broken_catalog_in_a_worker_is_reported_with_its_line(tmp_path: Path) -> None:
    import shutil

    import pytest

    from khojaly_i18n.errors import CatalogError

    root = tmp_path / "root"
    shutil.copytree(Path(__file__).resolve().parent.parent / "roots" / "test-basic", root)
    edited_templates(root)
    page = root / "locale" / "de" / "LC_MESSAGES" / "chapter" / "page.po"
    page.write_text(page.read_text(encoding="utf-8") + '\nmsgid "unterminated\n', encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        update_catalogs(load_project(root), ["de"], jobs=2)
    assert caught.value.path.endswith("page.po") and caught.value.line is not None
