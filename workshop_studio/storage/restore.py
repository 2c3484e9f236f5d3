"""Put a backup back in place of the database, keeping the current file aside (never deleted).

The backup is copied through SQLite's backup API into a temporary file beside the database
and checked; then the current file (with its write-ahead log, renamed to match) is renamed
``<name>-set-aside-<time>.sqlite3`` and the copy takes its place. Every step before the last
rename can fail without changing anything.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from workshop_studio.i18n import translate
from workshop_studio.storage.errors import DatabaseError
from workshop_studio.storage.failures import first_line
from workshop_studio.storage.integrity import backup_is_good, last_good_backup, open_for_reading, quick_check


def _refuse(message: str) -> DatabaseError:
    return DatabaseError(message)


def choose_backup(db_path: Path, backup: Path | None) -> Path:
    """The backup to restore: the one named (checked), else the newest good one."""
    if backup is None:
        found = last_good_backup(db_path)
        if found is None:
            raise _refuse(translate("Database", "{path}: no good backup was found to restore.").format(path=db_path))
        return found
    if not backup.is_file() or not backup_is_good(backup):
        raise _refuse(
            translate("Database", "{path}: this backup is missing, empty or damaged; nothing was restored.").format(
                path=backup
            )
        )
    return backup


def _free_name(db_path: Path, stamp: str) -> Path:
    """``<name>-set-aside-<time>.sqlite3``, numbered when taken: two restores in one second
    must not replace the file the first one set aside."""
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        candidate = db_path.with_name(f"{db_path.stem}-set-aside-{stamp}{suffix}{db_path.suffix}")
        taken = [candidate, *(Path(f"{candidate}{side}") for side in ("-wal", "-shm", "-journal"))]
        if not any(path.exists() for path in taken):
            return candidate
        number += 1


def restore_backup(db_path: Path, backup: Path | None = None) -> tuple[Path, Path | None]:
    """Restore ``backup`` (default: the newest good one) over ``db_path``.

    Returns ``(backup restored, where the replaced file was set aside)`` (``None`` when there
    was no file). Raises :class:`DatabaseError`, having changed nothing.
    """
    chosen = choose_backup(db_path, backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    temporary = db_path.with_name(f".{db_path.name}.restoring")
    try:
        temporary.unlink(missing_ok=True)
        source = open_for_reading(chosen)  # leaves no -wal or -shm beside the backup
        try:
            target = sqlite3.connect(temporary)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=WAL")
            finally:
                target.close()
        finally:
            source.close()
        if quick_check(temporary):
            raise OSError(translate("Database", "the copy of the backup does not pass the integrity check"))
        set_aside = None
        if db_path.exists():
            set_aside = _free_name(db_path, stamp)
            os.replace(db_path, set_aside)
            for side in ("-wal", "-shm", "-journal"):
                old = Path(f"{db_path}{side}")
                if old.exists():
                    os.replace(old, Path(f"{set_aside}{side}"))
        os.replace(temporary, db_path)
    except (sqlite3.Error, OSError) as error:
        temporary.unlink(missing_ok=True)
        raise _refuse(
            translate("Database", "{path}: the backup could not be restored ({detail}); nothing was changed.").format(
                path=db_path, detail=first_line(error)
            )
        ) from error
    return chosen, set_aside
