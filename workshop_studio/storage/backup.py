"""Backups through SQLite's online backup API (never a file copy of a live database).

Kept in ``<name>-backups/`` beside the file, the newest :data:`KEEP_BACKUPS` only. What keeps
them worth having:

* the file is checked (``quick_check``) before it is copied: a damaged file is never backed
  up, so it can never push a good backup out;
* a backup that fails half-way (a full disk) or comes out empty is removed at once, and empty
  files left by an older crash are neither listed nor counted among those kept;
* rotation is a separate step (:func:`rotate_backups`): the backup taken before a migration is
  rotated in only once the migration has succeeded, so opens that fail never delete the
  older backups; and while the file has not changed since, that same backup is reused
  (:func:`recent_backup`) instead of piling up copies.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from workshop_studio.i18n import translate
from workshop_studio.storage.errors import DatabaseError

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def _candidates(db_path: Path) -> list[Path]:
    folder = backups_dir_for(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite3"))


def _is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return True


def list_backups(db_path: Path) -> list[Path]:
    """The backups of ``db_path``, oldest first; empty files (failed backups) are not backups."""
    return [path for path in _candidates(db_path) if not _is_empty(path)]


def remove_failed_backups(db_path: Path) -> list[Path]:
    """Delete the empty files a failed backup left; the paths removed."""
    removed = []
    for path in _candidates(db_path):
        if _is_empty(path):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def rotate_backups(db_path: Path, *, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Keep the newest ``keep`` backups (empty files do not count, and go); the paths removed."""
    removed = remove_failed_backups(db_path)
    for old in list_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def backup_database(db_path: Path, reason: str, *, keep: int | None = KEEP_BACKUPS) -> Path:
    """Copy ``db_path`` consistently into its backups folder; then, unless ``keep`` is ``None``,
    keep only the newest ``keep``.

    Raises :class:`DatabaseError` (nothing left behind) when the file is damaged or the copy
    cannot be written.
    """
    from workshop_studio.storage.failures import first_line
    from workshop_studio.storage.integrity import quick_check

    problems = quick_check(db_path)
    if problems:
        raise DatabaseError(
            translate("Database", "{path}: the database is damaged ({detail}); no backup was taken of it.").format(
                path=db_path, detail=problems[0]
            )
        )
    folder = backups_dir_for(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _copy(db_path, target)
        if _is_empty(target):
            raise OSError(translate("Database", "the backup came out empty"))
    except (sqlite3.Error, OSError) as error:
        target.unlink(missing_ok=True)
        raise DatabaseError(
            translate("Database", "{folder}: no backup could be written ({detail}).").format(
                folder=folder, detail=first_line(error)
            )
        ) from error
    if keep is not None:
        rotate_backups(db_path, keep=keep)
    log.info("backup written: %s", target)
    return target


def _copy(db_path: Path, target: Path) -> None:
    from workshop_studio.storage.integrity import open_for_reading

    source = open_for_reading(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dest.close()
    finally:
        source.close()


def _modified(db_path: Path) -> float:
    """When the database last changed, its write-ahead log included."""
    times = [db_path.stat().st_mtime]
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size:
        times.append(wal.stat().st_mtime)
    return max(times)


def recent_backup(db_path: Path, reason: str) -> Path | None:
    """The newest backup made for ``reason`` if the database has not changed since it was taken."""
    for backup in reversed(list_backups(db_path)):
        if backup.stem.endswith(f"-{reason}"):
            return backup if backup.stat().st_mtime >= _modified(db_path) else None
    return None


def latest_backup_age(db_path: Path) -> dt.timedelta | None:
    backups = list_backups(db_path)
    if not backups:
        return None
    return dt.datetime.now() - dt.datetime.fromtimestamp(backups[-1].stat().st_mtime)


def backup_if_due(db_path: Path, *, every: dt.timedelta = dt.timedelta(days=1)) -> Path | None:
    """The scheduled backup: one a day at most, taken when the console opens the file."""
    if not db_path.is_file() or not os.access(db_path.parent, os.W_OK):
        return None
    age = latest_backup_age(db_path)
    if age is not None and age < every:
        return None
    return backup_database(db_path, reason="daily")
