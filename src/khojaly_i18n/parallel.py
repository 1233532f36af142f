"""Work split over forked processes that take items from one shared queue."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R")


def worker_count(jobs: int | None) -> int:
    """*jobs* when given, else the cores this process may use."""
    if jobs is not None:
        return max(1, jobs)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def fork_map(
    func: Callable[[int], R],
    count: int,
    workers: int,
    *,
    order: list[int] | None = None,
    child_setup: Callable[[], None] | None = None,
) -> list[R | None]:
    """``func(i)`` for every ``i < count``, in this process and ``workers - 1`` forked ones.

    Every process takes the next index from one shared counter (*order* gives the
    sequence, e.g. largest files first), so they finish together. *child_setup*
    runs first in each child (e.g. to open its own database connection: one
    inherited through fork must not be used). Results come back pickled. An
    index whose child failed or died is None in the result: the caller does it
    again in this process, where the real error surfaces. Without fork, or with
    one worker, everything runs here.
    """
    sequence = list(order) if order is not None else list(range(count))
    if workers <= 1 or count <= 1:
        return [func(i) for i in range(count)]
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - not Linux
        return [func(i) for i in range(count)]
    context = multiprocessing.get_context("fork")
    counter = context.RawValue("i", 0)
    lock = context.Lock()
    total = len(sequence)

    def claim() -> int | None:
        with lock:
            position = counter.value
            counter.value = position + 1
        return sequence[position] if position < total else None

    def child(connection: Any) -> None:
        done: list[tuple[int, R]] = []
        try:
            if child_setup is not None:
                child_setup()
            while (index := claim()) is not None:
                done.append((index, func(index)))
        except BaseException:  # noqa: BLE001 - the parent redoes what is missing
            pass
        finally:
            connection.send(done)
            connection.close()

    results: list[R | None] = [None] * count
    children = []
    for _ in range(workers - 1):
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=child, args=(sender,), daemon=True)
        try:
            process.start()
        except OSError:
            receiver.close()
            sender.close()
            break
        sender.close()
        children.append((process, receiver))
    finished: set[int] = set()
    try:
        while (index := claim()) is not None:
            results[index] = func(index)
            finished.add(index)
        for process, receiver in children:
            try:
                for index, result in receiver.recv():
                    results[index] = result
                    finished.add(index)
            except (EOFError, OSError):
                pass  # the child died: its items are redone below
            receiver.close()
            process.join()
    except BaseException:
        for process, receiver in children:
            if process.is_alive():
                process.terminate()
            receiver.close()
        raise
    for index in range(count):
        if index not in finished:
            results[index] = func(index)
    return results
