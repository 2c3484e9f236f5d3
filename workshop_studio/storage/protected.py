"""The database's own files are never an export's destination.

``export-deck … --out`` naming the database would replace the live file with a CSV. Every
export writes through :func:`workshop_studio.atomic.atomic_write`, which refuses the paths
registered here: the database, its ``-wal``, ``-shm`` and ``-journal`` files, and its
backups folder.
"""

from __future__ import annotations

from pathlib import Path

from workshop_studio.atomic import protect_folder, protect_path
from workshop_studio.storage.backup import backups_dir_for

SIDE_FILES = ("", "-wal", "-shm", "-journal")


def protect_database_files(db_path: Path) -> None:
    for suffix in SIDE_FILES:
        protect_path(Path(f"{db_path}{suffix}"))
    protect_folder(backups_dir_for(db_path))
