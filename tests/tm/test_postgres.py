"""The PostgreSQL backend: run only when a server is reachable.

Set ``KHOJALY_TM_POSTGRES`` to a libpq DSN (default tried:
``host=127.0.0.1 port=5432 user=postgres dbname=postgres``); each test works in
a schema of its own and drops it.
"""

from __future__ import annotations

import os
import threading
import uuid

import pytest

psycopg = pytest.importorskip("psycopg")

from khojaly_i18n.tm import MemoryStore, TranslationMemory, Unit  # noqa: E402
from khojaly_i18n.tm.postgres import PostgresStore  # noqa: E402

DSN = os.environ.get("KHOJALY_TM_POSTGRES", "host=127.0.0.1 port=5432 user=postgres dbname=postgres")


def _reachable() -> bool:
    try:
        with psycopg.connect(DSN, connect_timeout=2) as connection:
            connection.execute("SELECT 1")
        return True
    except Exception:
        return False


pytestmark = pytest.mark.skipif(not _reachable(), reason="no PostgreSQL server reachable (KHOJALY_TM_POSTGRES)")


@pytest.fixture()
def schema():
    name = f"khojaly_test_{uuid.uuid4().hex[:12]}"
    yield name
    with psycopg.connect(DSN, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def test_postgres_store_dedups_and_looks_up(schema: str) -> None:
    with PostgresStore(DSN, schema=schema) as store:
        assert isinstance(store, MemoryStore)
        assert store.add([Unit("en", "ru", "There were 1,200 hostages.", "Было 1 200 заложников.", "", "a.po", 1)]) == 1
        assert store.add([Unit("en", "ru", "There were 1,200 hostages.", "Было 1 200 заложников.", "", "b.po", 5)]) == 0
        (unit,) = list(store.units())
        assert (unit.origin, unit.time) == ("b.po", 5)
        memory = TranslationMemory(store)
        (match,) = memory.lookup("There were 1,275 hostages.", "ru", limit=1)
        assert (match.score, match.target) == (99, "Было 1\u00a0275 заложников.")
        store.add([Unit("en", "ru", "The town was small.", "Город был маленьким.")])
        assert memory.lookup("The town was very small.", "ru")[0].target == "Город был маленьким."
        assert store.similar_sources("en", "ru", "The town was very small.")[0][0] == "The town was small."
        assert store.stats()["units"] == 2


def test_postgres_reader_while_writer_writes(schema: str) -> None:
    PostgresStore(DSN, schema=schema).close()
    seen: list[int] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def write() -> None:
        try:
            with PostgresStore(DSN, schema=schema) as writer:
                for batch in range(20):
                    writer.add(Unit("en", "de", f"s{batch}-{i}", f"t{i}", time=batch) for i in range(50))
        except BaseException as error:  # pragma: no cover
            errors.append(error)
        finally:
            done.set()

    def read() -> None:
        with PostgresStore(DSN, schema=schema) as reader:
            while not done.is_set():
                seen.append(int(reader.stats()["units"]))
            seen.append(int(reader.stats()["units"]))

    threads = [threading.Thread(target=write), threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert all(n % 50 == 0 for n in seen) and max(seen) == 1000
