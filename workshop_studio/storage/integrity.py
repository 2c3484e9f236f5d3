"""Is the file sound? SQLite's own checks, read-only, with the standard library alone.

* :func:`quick_check` runs ``PRAGMA quick_check`` (a few milliseconds for a workshop's
  database): on every open, and before each backup, so nothing is ever written into a
  damaged file and no damaged copy rotates a good backup away.
* :func:`full_check` adds ``integrity_check`` and ``foreign_key_check``, for the
  ``check-database`` command.
* :func:`last_good_backup` finds the newest backup that passes the quick check, to offer it
  when the file is damaged.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from workshop_studio.i18n import translate
from workshop_studio.storage.backup import backups_dir_for, list_backups
from workshop_studio.storage.errors import DatabaseError

MAX_PROBLEMS = 20


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only. In a folder SQLite cannot write to, a file
    with no write-ahead log waiting is opened ``immutable``: SQLite then needs no shared-memory
    file (which it could not create there) and reads the file as it is."""
    uri = f"file:{quote(str(path))}?mode=ro"
    folder_writable = os.access(path.parent, os.W_OK)
    wal = Path(f"{path}-wal")
    shm = Path(f"{path}-shm")
    if not folder_writable and not (wal.exists() and wal.stat().st_size and shm.exists()):
        uri += "&immutable=1"
    return uri


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that reads ``path`` and leaves the folder as it found it.

    Where SQLite may write, a plain connection (``mode=rw``: never creating the file): a
    read-only one would leave empty ``-wal`` and ``-shm`` files behind, as only a writer
    removes them on closing. Elsewhere, read-only (see :func:`read_only_uri`).
    """
    from workshop_studio.storage.failures import file_is_read_only, folder_is_read_only

    if folder_is_read_only(path) or file_is_read_only(path):
        return sqlite3.connect(read_only_uri(path), uri=True, timeout=5.0)
    return sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True, timeout=5.0)


def _pragma_rows(path: Path, pragma: str) -> list[str]:
    """The rows of a checking pragma; an error reading the file is one problem."""
    try:
        connection = open_for_reading(path)
        try:
            rows = connection.execute(pragma).fetchmany(MAX_PROBLEMS)
        finally:
            connection.close()
    except sqlite3.Error as error:
        return [" ".join(str(error).split())]
    return [" ".join(" ".join(str(value) for value in row).split()) for row in rows]  # each on one line


def quick_check(path: Path) -> list[str]:
    """SQLite's ``quick_check`` of the file: ``[]`` when sound, else what it found (at most 20)."""
    rows = _pragma_rows(path, "PRAGMA quick_check")
    return [] if rows == ["ok"] else rows


@dataclass(frozen=True)
class FullCheck:
    integrity: list[str] = field(default_factory=list)  # ``integrity_check``'s findings
    foreign_keys: list[str] = field(default_factory=list)  # rows pointing at nothing

    @property
    def sound(self) -> bool:
        return not self.integrity and not self.foreign_keys


def full_check(path: Path) -> FullCheck:
    integrity = _pragma_rows(path, "PRAGMA integrity_check")
    if integrity == ["ok"]:
        integrity = []
    foreign_keys = [] if integrity else _pragma_rows(path, "PRAGMA foreign_key_check")
    return FullCheck(integrity, foreign_keys)


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def file_is_damaged(path: Path) -> bool:
    """An empty file, or an SQLite file failing the quick check: what a backup can mend (not a
    file of another kind, nor one made by a newer version)."""
    if not path.is_file():
        return False
    if path.stat().st_size == 0:
        return True
    return is_sqlite_file(path) and bool(quick_check(path))


def backup_is_good(backup: Path) -> bool:
    return backup.is_file() and backup.stat().st_size > 0 and is_sqlite_file(backup) and not quick_check(backup)


def last_good_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` that passes the quick check, if any."""
    for backup in reversed(list_backups(db_path)):
        if backup_is_good(backup):
            return backup
    return None


def command_for(db_path: Path, command: str) -> str:
    """The command line that acts on this very file (without ``--db`` it would act on the
    default database), quoted for a shell."""
    return f"workshop-studio --db {shlex.quote(str(db_path))} {command}"


def backup_hint(db_path: Path) -> str:
    """The sentence offering the last good backup, or saying there is none."""
    backup = last_good_backup(db_path)
    if backup is None:
        return translate("Database", "No good backup of it was found in {folder}.").format(
            folder=backups_dir_for(db_path)
        )
    return translate(
        "Database",
        "The last good backup is {backup}: “{command}” puts it back (this file is kept aside).",
    ).format(backup=backup, command=command_for(db_path, "restore-backup"))


def check_database_file(path: Path) -> None:
    """Refuse, in one line, a file that must not be opened: a folder, an empty file, a file
    that is not SQLite, a damaged database. A missing file is fine: it will be created."""
    if path.is_dir():
        raise DatabaseError(translate("Database", "{path}: is a folder, not a database file").format(path=path))
    if not path.exists():
        return
    if path.stat().st_size == 0:
        raise DatabaseError(
            translate(
                "Database", "{path}: the file is empty (0 bytes): it holds no database, and nothing was written to it."
            ).format(path=path)
            + " "
            + backup_hint(path)
        )
    if not is_sqlite_file(path):
        raise DatabaseError(
            translate("Database", "{path}: not a Workshop Studio database (not an SQLite file)").format(path=path)
        )
    problems = quick_check(path)
    if problems:
        raise DatabaseError(
            translate("Database", "{path}: the database is damaged ({detail}); nothing was written to it.").format(
                path=path, detail=problems[0][:200]
            )
            + " "
            + backup_hint(path)
        )
