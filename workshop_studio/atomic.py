"""Files written whole or not at all: a temporary file in the same folder, then ``os.replace``.

A crash while writing leaves the old file (or none), never half of a new one (QUALITY.md).
Every export (deck and report PDFs, spreadsheets, archives, pictures) writes through here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write; it replaces ``path`` only if the block ends without error."""
    target = Path(path)
    handle = tempfile.NamedTemporaryFile(
        mode="wb", dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False
    )
    try:
        with handle:
            yield handle  # type: ignore[misc]
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, _mode_for(target))
        os.replace(handle.name, target)
    except BaseException:
        try:
            os.unlink(handle.name)
        except FileNotFoundError:
            pass
        raise


def write_atomically(target: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``target`` with ``data`` in one step."""
    with atomic_write(target) as stream:
        stream.write(data)


def _mode_for(target: Path) -> int:
    """Keep the permissions of the file replaced; a new file gets the usual rw-r--r--."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644
