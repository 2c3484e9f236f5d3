"""Files written whole or not at all: a temporary file in the same folder, then ``os.replace``.

A crash while writing leaves the old file (or none), never half of a new one (QUALITY.md).
Every export (deck and report PDFs, spreadsheets, archives, pictures) writes through here,
which makes it the one place that also:

* refuses to replace the open database, its side files or its backups (the paths registered
  by :func:`protect_path` and :func:`protect_folder` when the database is opened);
* cleans up after a crash: a process killed while writing leaves its hidden temporary file
  (``.NAME.xxxxxxxx.part``) beside the destination. The next write to that destination
  removes such files, but only those no live writer holds: each writer keeps an advisory
  lock on its temporary file until it is renamed (where there are no such locks, a file
  older than an hour counts as abandoned).
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from workshop_studio.i18n import translate

try:
    import fcntl
except ImportError:  # Windows: no advisory locks, stale files are told by their age
    fcntl = None  # type: ignore[assignment]  # None: no advisory locks here

PART_SUFFIX = ".part"
ABANDONED_AFTER_S = 3600
_PROTECTED_FILES: set[str] = set()
_PROTECTED_FOLDERS: set[str] = set()


class ProtectedPath(OSError):
    """The destination is one of the database's own files."""


def _key(path: Path) -> str:
    return os.path.normcase(str(path.resolve()))


def protect_path(path: Path) -> None:
    """Never let an export replace ``path`` (the open database, its ``-wal``…)."""
    _PROTECTED_FILES.add(_key(Path(path)))


def protect_folder(folder: Path) -> None:
    """Never let an export write into ``folder`` (the database's backups)."""
    _PROTECTED_FOLDERS.add(_key(Path(folder)))


def is_protected(target: Path) -> bool:
    key = _key(target)
    if key in _PROTECTED_FILES or any(os.path.commonpath([key, f]) == f for f in _PROTECTED_FOLDERS):
        return True
    if target.exists():  # a hard link to the database is the database
        for protected in _PROTECTED_FILES:
            try:
                if os.path.samefile(target, protected):
                    return True
            except OSError:
                continue
    return False


def refuse_protected(target: Path) -> None:
    if is_protected(Path(target)):
        raise ProtectedPath(
            errno.EPERM,
            translate(
                "Atomic", "this is Workshop Studio's database (or one of its files or backups); choose another file."
            ),
            str(target),
        )


def _part_name(target: Path) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(target.name)}\.[A-Za-z0-9_]{{8}}{re.escape(PART_SUFFIX)}$")


def remove_stale_parts(target: Path) -> list[Path]:
    """Remove the temporary files that crashed writes to ``target`` left; the paths removed."""
    pattern = _part_name(target)
    removed: list[Path] = []
    try:
        candidates = [p for p in target.parent.iterdir() if pattern.match(p.name)]
    except OSError:
        return removed
    for candidate in candidates:
        if _abandoned(candidate):
            try:
                candidate.unlink()
                removed.append(candidate)
            except OSError:
                continue
    return removed


def _abandoned(part: Path) -> bool:
    if fcntl is None:
        try:
            return time.time() - part.stat().st_mtime > ABANDONED_AFTER_S
        except OSError:
            return False
    try:
        with part.open("rb") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # a live writer holds it
            return True
    except OSError:
        return False


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary file to write; it replaces ``path`` only if the block ends without error."""
    target = Path(path)
    refuse_protected(target)
    remove_stale_parts(target)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - kept open past this block: written below, then renamed
        mode="wb", dir=target.parent, prefix=f".{target.name}.", suffix=PART_SUFFIX, delete=False
    )
    try:
        with handle:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # held until renamed: not stale
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(handle.name, _mode_for(target))
            if fcntl is not None:
                os.replace(handle.name, target)  # still open, still locked
        if fcntl is None:
            os.replace(handle.name, target)  # Windows renames only closed files
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(handle.name)
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
