"""Open a database: migrate it to the code's schema (with a backup first), seed it when new."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from workshop_studio.i18n import translate
from workshop_studio.storage.backup import backup_database
from workshop_studio.storage.dialects import serialize_writers
from workshop_studio.storage.engine import Database, DatabaseError, create_database_engine, database_url
from workshop_studio.storage.schema_version import HEAD_REVISION

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
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


def migrate(db: Database) -> bool:
    """Bring the schema to :data:`HEAD_REVISION`; return whether anything ran."""
    with db.engine.connect() as connection:
        revision = current_revision(connection)
        if revision == HEAD_REVISION:
            return False
        had_data = _has_user_tables(connection)
    if had_data and db.path is not None:
        backup_database(db.path, reason=f"before-{HEAD_REVISION}")
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
    log.info("database migrated from %s to %s", revision, HEAD_REVISION)
    return True


def open_database(target: str) -> Database:
    """Open the database at ``target`` and migrate it to the code's schema.

    Raises :class:`DatabaseError` with a one-line message when the file is not usable.
    """
    url = database_url(target)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database)
        if path.is_dir():
            raise DatabaseError(translate("Database", "{path}: is a folder, not a database file").format(path=path))
        if path.exists() and path.stat().st_size and not _looks_like_sqlite(path):
            raise DatabaseError(
                translate("Database", "{path}: not a Workshop Studio database (not an SQLite file)").format(path=path)
            )
    try:
        db = Database(create_database_engine(url))
        migrate(db)
    except (DBAPIError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise DatabaseError(f"{url.render_as_string(hide_password=True)}: {_first_line(exc)}") from exc
    return db


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc)
    return message.strip().splitlines()[0] if message.strip() else type(exc).__name__
