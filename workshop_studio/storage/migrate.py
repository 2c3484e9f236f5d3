"""Open a database: check it, migrate it to the code's schema (with a backup first).

Before anything is written, the file is checked: a folder, an empty (0-byte) file, a file
that is not SQLite, a damaged one (``quick_check``), or one made by a newer version of the
app (an Alembic revision this code does not know) is refused with one line, touching
nothing, no backup taken. A file in a read-only folder opens read-only. The backup before a
migration rotates older backups out only once the migration has succeeded.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from workshop_studio.i18n import translate
from workshop_studio.storage.backup import backup_database, recent_backup, rotate_backups
from workshop_studio.storage.dialects import serialize_writers
from workshop_studio.storage.engine import (
    BUSY_TIMEOUT_MS,
    Database,
    DatabaseError,
    create_database_engine,
    database_url,
)
from workshop_studio.storage.failures import failure, file_is_read_only, folder_is_read_only, read_only_reason
from workshop_studio.storage.integrity import check_database_file
from workshop_studio.storage.protected import protect_database_files
from workshop_studio.storage.schema_version import HEAD_REVISION

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def downgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(connection), revision)


def _has_user_tables(connection: Connection) -> bool:
    return any(name != "alembic_version" for name in inspect(connection).get_table_names())


def known_revisions() -> set[str]:
    """Every revision this version's migrations know (loads Alembic: the slow path only)."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _refuse_newer(db: Database, revision: str) -> DatabaseError:
    where = db.path if db.path is not None else db.url.render_as_string(hide_password=True)
    return DatabaseError(
        translate(
            "Database",
            "{path}: this database was made by a newer version of Workshop Studio (schema “{revision}”); "
            "this version cannot open it. Nothing was changed: open it with the newer version.",
        ).format(path=where, revision=revision[:40])
    )


def migrate(db: Database) -> bool:
    """Bring the schema to :data:`HEAD_REVISION`; return whether anything ran.

    A revision this code does not know (a newer version's) is refused before anything is
    written or backed up.
    """
    with db.engine.connect() as connection:
        revision = current_revision(connection)
        if revision == HEAD_REVISION:
            return False
        had_data = _has_user_tables(connection)
    if revision is not None and revision not in known_revisions():
        raise _refuse_newer(db, revision)
    if db.read_only and db.path is not None:
        raise DatabaseError(
            read_only_reason(db.path)
            + " "
            + translate("Database", "It must first be upgraded for this version, which needs writing.")
        )
    reason = f"before-{HEAD_REVISION}"
    if had_data and db.path is not None and recent_backup(db.path, reason) is None:
        backup_database(db.path, reason=reason, keep=None)  # rotated once the migration succeeds
    engine = create_database_engine(db.url, foreign_keys=False) if db.is_sqlite else db.engine
    try:
        with engine.begin() as connection:
            serialize_writers(connection, "migrate")  # two consoles opening a server at once
            if current_revision(connection) == HEAD_REVISION:
                return False  # the other one did it while we waited
            upgrade(connection)
            if db.is_sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(
                        translate("Database", "migration to {revision} would break {count} reference(s)").format(
                            revision=HEAD_REVISION, count=len(broken)
                        )
                    )
    finally:
        if engine is not db.engine:
            engine.dispose()
    if db.path is not None:
        rotate_backups(db.path)
    log.info("database migrated from %s to %s", revision, HEAD_REVISION)
    return True


def sqlite_path(target: str) -> Path | None:
    """The file behind ``target`` when it names an SQLite file (not memory, not a server)."""
    url = database_url(target)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def open_database(target: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Open the database at ``target``, checked, and migrate it to the code's schema.

    Raises :class:`DatabaseError` with a one-line message when the file is not usable.
    """
    url = database_url(target)
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            translate("Database", "{url}: only SQLite files and PostgreSQL servers are supported").format(
                url=url.render_as_string(hide_password=True)
            )
        )
    path = sqlite_path(target)
    read_only = False
    if path is not None:
        check_database_file(path)
        read_only = path.exists() and (folder_is_read_only(path) or file_is_read_only(path))
    db = None
    try:
        db = Database(
            create_database_engine(url, read_only=read_only, busy_timeout_ms=busy_timeout_ms),
            read_only=read_only,
            busy_timeout_ms=busy_timeout_ms,
        )
        migrate(db)
    except DatabaseError:
        if db is not None:
            db.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        if db is not None:
            db.dispose()
        if path is None:
            raise DatabaseError(f"{url.render_as_string(hide_password=True)}: {_first_line(exc)}") from exc
        raise failure(exc, path) from exc
    if path is not None:
        protect_database_files(path)
    return db


def _first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc)
    return message.strip().splitlines()[0] if message.strip() else type(exc).__name__
