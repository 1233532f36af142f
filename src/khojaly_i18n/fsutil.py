"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_binary_writer(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A handle on a temporary file in *path*'s folder that replaces *path* when the block succeeds."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


@contextmanager
def atomic_text_writer(path: str | os.PathLike[str], encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Text (with ``\\n`` line ends) written atomically, as atomic_binary_writer."""
    import io

    with atomic_binary_writer(path) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="\n", write_through=True)
        try:
            yield text
        finally:
            text.detach()


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write *data* to *path* through a temporary file in the same folder and a rename."""
    with atomic_binary_writer(path) as handle:
        handle.write(data)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write *text* atomically."""
    atomic_write_bytes(path, text.encode(encoding))


def file_size(path: str | os.PathLike[str]) -> int:
    """The size of a file in bytes, 0 when it cannot be read (missing, no permission)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
