"""Backups through SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def list_backups(db_path: Path) -> list[Path]:
    folder = backups_dir_for(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite3"))


def backup_database(db_path: Path, reason: str, *, keep: int = KEEP_BACKUPS) -> Path:
    """Copy ``db_path`` consistently into its backups folder, then keep only the newest ``keep``."""
    folder = backups_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    for old in list_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)
    log.info("backup written: %s", target)
    return target


def latest_backup_age(db_path: Path) -> dt.timedelta | None:
    backups = list_backups(db_path)
    if not backups:
        return None
    return dt.datetime.now() - dt.datetime.fromtimestamp(backups[-1].stat().st_mtime)


def backup_if_due(db_path: Path, *, every: dt.timedelta = dt.timedelta(days=1)) -> Path | None:
    """The scheduled backup: one a day at most, taken when the console opens the file."""
    if not db_path.is_file():
        return None
    age = latest_backup_age(db_path)
    if age is not None and age < every:
        return None
    return backup_database(db_path, reason="daily")
