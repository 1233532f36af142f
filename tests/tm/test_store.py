"""The SQLite store: duplicates merge, concurrent readers and a writer."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from khojaly_i18n.errors import MemoryStoreError
from khojaly_i18n.tm import MemoryStore, SQLiteStore, Unit


def test_sqlite_store_implements_the_interface(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        assert isinstance(store, MemoryStore)
        mode = store._db.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_duplicates_merge_keeping_newest_time_and_origin(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        assert store.add([Unit("en", "ru", "Hello", "Привет", "", "a.po", 100)]) == 1
        assert store.add([Unit("en", "ru", "Hello", "Привет", "", "b.po", 200)]) == 0
        assert store.add([Unit("en", "ru", "Hello", "Привет", "", "old.po", 50)]) == 0
        (unit,) = list(store.units())
        assert (unit.origin, unit.time) == ("b.po", 200)
        # another context, another target, another pair: separate units
        assert store.add([
            Unit("en", "ru", "Hello", "Привет", "greeting", "c.po", 10),
            Unit("en", "ru", "Hello", "Здравствуйте", "", "c.po", 10),
            Unit("en", "de", "Hello", "Hallo", "", "c.po", 10),
        ]) == 3
        assert store.stats()["units"] == 4
        assert store.pairs() == [("en", "de"), ("en", "ru")]


def test_languages_are_normalised_and_empty_units_skipped(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        assert store.add([Unit("EN_us", "fr_fr", "a", "b"), Unit("en", "fr", "x", "")]) == 1
        assert store.pairs() == [("en-US", "fr-FR")]


def test_generation_changes_only_when_units_change(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        g0 = store.generation()
        store.add([Unit("en", "ru", "a", "b", time=5)])
        g1 = store.generation()
        store.add([Unit("en", "ru", "a", "b", time=5)])
        assert g0 < g1 == store.generation()


def test_a_reader_while_a_writer_writes(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    SQLiteStore(path).close()
    errors: list[BaseException] = []
    seen: list[int] = []
    done = threading.Event()

    def write() -> None:
        try:
            with SQLiteStore(path) as writer:
                for batch in range(40):
                    writer.add(Unit("en", "ru", f"s{batch}-{i}", f"t{i}", time=batch) for i in range(50))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            done.set()

    def read() -> None:
        try:
            with SQLiteStore(path) as reader:
                while not done.is_set():
                    seen.append(int(reader.stats()["units"]))
                    reader.exact("en", "ru", "s1-1")
                seen.append(int(reader.stats()["units"]))
        except BaseException as error:  # pragma: no cover
            errors.append(error)

    threads = [threading.Thread(target=write), threading.Thread(target=read), threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert seen == sorted(seen) or all(n % 50 == 0 for n in seen)
    assert all(n % 50 == 0 for n in seen)  # a reader sees whole transactions only
    assert max(seen) == 2000


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(MemoryStoreError) as info:
        SQLiteStore(bad)
    assert str(bad) in str(info.value)


def test_missing_store_without_create(tmp_path: Path) -> None:
    with pytest.raises(MemoryStoreError):
        SQLiteStore(tmp_path / "none.sqlite", create=False)
    assert not (tmp_path / "none.sqlite").exists()
    assert sqlite3.sqlite_version_info >= (3, 24)
