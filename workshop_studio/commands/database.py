"""The database file itself, on the command line:

* ``check-database`` reads the file and its backups and writes nothing: SQLite's integrity
  check, references that point at nothing (``foreign_key_check``), the schema's version, and
  each backup (good, or damaged). One line each; exit 0 when the database is sound, 1 if not.
* ``restore-backup [BACKUP]`` puts the newest good backup (or the one named) back in place
  of the database, keeping the current file aside; prints the backup and where the old file
  went.

Neither command migrates, seeds or backs up anything: they must work on a file that cannot
be opened normally (damaged, made by a newer version, in a read-only folder).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
from pathlib import Path

from workshop_studio.i18n import translate

EXIT_OK = 0
EXIT_FAILURE = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    checker = subparsers.add_parser(
        "check-database",
        help=translate("Cli", "check the database file and its backups (integrity, references); changes nothing"),
    )
    checker.set_defaults(run=run_check)
    restorer = subparsers.add_parser(
        "restore-backup",
        help=translate("Cli", "put a backup back in place of the database (default: the newest good one)"),
    )
    restorer.add_argument("backup", nargs="?", type=Path, metavar=translate("Cli", "BACKUP"))
    restorer.set_defaults(run=run_restore)


def _file(db_target: str) -> Path | None:
    from workshop_studio.storage.quick_read import sqlite_file

    path = sqlite_file(db_target)
    if path is None:
        print(
            translate("Cli", "workshop-studio: only an SQLite database file can be checked or restored."),
            file=sys.stderr,
        )
    return path.expanduser().resolve() if path is not None else None


def _schema(path: Path) -> tuple[str, bool]:
    """(the file's schema revision, whether it is problem-free for this version)."""
    from workshop_studio.storage.integrity import open_for_reading
    from workshop_studio.storage.schema_version import HEAD_REVISION

    try:
        connection = open_for_reading(path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return translate("Cli", "none (not a Workshop Studio database)"), False
    revision = row[0] if row else ""
    if revision == HEAD_REVISION:
        return translate("Cli", "{revision} (this version's)").format(revision=revision), True
    from workshop_studio.storage.migrate import known_revisions

    if revision in known_revisions():
        return translate("Cli", "{revision} (older: upgraded when next opened)").format(revision=revision), True
    return translate("Cli", "{revision} (made by a newer version of Workshop Studio)").format(revision=revision), False


def _backup_lines(path: Path) -> list[str]:
    from workshop_studio.storage.backup import backups_dir_for, list_backups
    from workshop_studio.storage.integrity import backup_is_good

    backups = list_backups(path)
    if not backups:
        return [translate("Cli", "backups: none in {folder}").format(folder=backups_dir_for(path))]
    lines = [translate("Cli", "backups: {count} in {folder}").format(count=len(backups), folder=backups_dir_for(path))]
    for backup in reversed(backups):
        when = dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        state = translate("Cli", "good") if backup_is_good(backup) else translate("Cli", "DAMAGED")
        lines.append(f"  {backup.name}\t{when}\t{state}")
    return lines


def run_check(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.storage.integrity import full_check, is_sqlite_file

    path = _file(db_target)
    if path is None:
        return EXIT_FAILURE
    lines = [translate("Cli", "database: {path}").format(path=path)]
    sound = False
    if not path.exists():
        lines.append(translate("Cli", "integrity: no such file"))
    elif path.stat().st_size == 0:
        lines.append(translate("Cli", "integrity: the file is empty (0 bytes)"))
    elif not is_sqlite_file(path):
        lines.append(translate("Cli", "integrity: not an SQLite file"))
    else:
        check = full_check(path)
        ok = translate("Cli", "ok")
        lines.append(translate("Cli", "integrity: {result}").format(result="; ".join(check.integrity[:3]) or ok))
        if not check.integrity:
            broken = translate("Cli", "{count} row(s) point at nothing, first: {row}")
            lines.append(
                translate("Cli", "references: {result}").format(
                    result=broken.format(count=len(check.foreign_keys), row=check.foreign_keys[0])
                    if check.foreign_keys
                    else ok
                )
            )
        schema, schema_ok = _schema(path)
        lines.append(translate("Cli", "schema: {schema}").format(schema=schema))
        sound = check.sound and schema_ok
    lines.extend(_backup_lines(path))
    for line in lines:
        print(line)
    return EXIT_OK if sound else EXIT_FAILURE


def run_restore(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.storage.restore import restore_backup

    path = _file(db_target)
    if path is None:
        return EXIT_FAILURE
    backup = args.backup.expanduser().resolve() if args.backup is not None else None
    restored, set_aside = restore_backup(path, backup)
    print(f"{restored}\t{set_aside or ''}")
    return EXIT_OK
