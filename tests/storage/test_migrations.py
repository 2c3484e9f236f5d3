"""Migrations: empty to head, a downgrade/upgrade round trip, models and migrations agree,
and a backup through SQLite's backup API before migrating a database that holds data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from workshop_studio.storage.backup import KEEP_BACKUPS, backup_database, list_backups
from workshop_studio.storage.engine import Database, create_database_engine, database_url
from workshop_studio.storage.migrate import (
    alembic_config,
    current_revision,
    downgrade,
    migrate,
    open_database,
    upgrade,
)
from workshop_studio.storage.models import Base
from workshop_studio.storage.schema_version import HEAD_REVISION


def _bare(path: Path) -> Database:
    return Database(create_database_engine(database_url(path)))


def test_head_revision_constant_is_alembic_head() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_empty_file_is_migrated_to_head_with_every_table(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "new.sqlite3"))
    with db.engine.connect() as connection:
        assert current_revision(connection) == HEAD_REVISION
        tables = set(inspect(connection).get_table_names())
    db.dispose()
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "agree.sqlite3"))
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    db.dispose()
    assert diff == []


def test_downgrade_to_base_and_upgrade_again(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "roundtrip.sqlite3"))
    with db.engine.begin() as connection:
        downgrade(connection, "base")
    with db.engine.connect() as connection:
        assert current_revision(connection) is None
        assert inspect(connection).get_table_names() == ["alembic_version"]
    with db.engine.begin() as connection:
        upgrade(connection)
    with db.engine.connect() as connection:
        assert current_revision(connection) == HEAD_REVISION
        assert set(Base.metadata.tables) <= set(inspect(connection).get_table_names())
    db.dispose()


def test_migrating_a_database_with_data_backs_it_up_first_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = _bare(path)
    with db.engine.begin() as connection:
        upgrade(connection, "0001_initial")
        connection.execute(text("INSERT INTO deck (name, description, card_size, created_at, updated_at) "
                                "VALUES ('Ancien jeu', '', 'poker', '2025-01-01', '2025-01-01')"))
    assert migrate(db) is True
    backups = list_backups(path)
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
        assert old.execute("SELECT name FROM deck").fetchall() == [("Ancien jeu",)]
    with db.read() as session:
        assert session.execute(text("SELECT name FROM deck")).scalars().all() == ["Ancien jeu"]
        assert current_revision(session.connection()) == HEAD_REVISION
    assert migrate(db) is False  # already at head: nothing runs, no second backup
    assert len(list_backups(path)) == 1
    db.dispose()


def test_a_new_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    open_database(str(path)).dispose()
    assert list_backups(path) == []


def test_backups_rotate_keeping_the_newest(db_path: Path) -> None:
    made = [backup_database(db_path, reason="test") for _ in range(KEEP_BACKUPS + 3)]
    kept = list_backups(db_path)
    assert kept == made[-KEEP_BACKUPS:]
    with sqlite3.connect(kept[-1]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT COUNT(*) FROM card").fetchone()[0] > 0


def test_a_daily_backup_is_taken_once_a_day(db_path: Path) -> None:
    import datetime as dt

    from workshop_studio.storage.backup import backup_if_due

    first = backup_if_due(db_path)
    assert first is not None and list_backups(db_path) == [first]
    assert backup_if_due(db_path) is None  # not due again today
    assert backup_if_due(db_path, every=dt.timedelta(0)) is not None
