"""Migrations: empty to head, a downgrade/upgrade round trip, models and migrations agree,
and a backup through SQLite's backup API before migrating a database that holds data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
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


@pytest.fixture
def blank_target(db_engine: str, tmp_path: Path, postgres_database) -> str:
    """A database with nothing in it, not even Alembic's table: a new file, or a new server database."""
    return str(tmp_path / "new.sqlite3") if db_engine == "sqlite" else postgres_database("template0")


def test_empty_database_is_migrated_to_head_with_every_table(blank_target: str) -> None:
    db = open_database(blank_target)
    with db.engine.connect() as connection:
        assert current_revision(connection) == HEAD_REVISION
        tables = set(inspect(connection).get_table_names())
    db.dispose()
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree(blank_target: str) -> None:
    db = open_database(blank_target)
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    db.dispose()
    assert diff == []


def test_downgrade_to_base_and_upgrade_again(blank_target: str) -> None:
    db = open_database(blank_target)
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
        connection.execute(
            text(
                "INSERT INTO deck (name, description, card_size, created_at, updated_at) "
                "VALUES ('Ancien jeu', '', 'poker', '2025-01-01', '2025-01-01')"
            )
        )
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


def test_upgrading_from_0003_keeps_each_workshops_deck_its_scenarios_and_participant_order(tmp_path: Path) -> None:
    path = tmp_path / "before-preparation.sqlite3"
    db = _bare(path)
    with db.engine.begin() as connection:
        upgrade(connection, "0003_note_order")
        run = connection.execute
        run(
            text(
                "INSERT INTO deck (id, name, description, card_size, created_at, updated_at) "
                "VALUES (7, 'Jeu', '', 'poker', '2025-01-01', '2025-01-01')"
            )
        )
        run(
            text(
                "INSERT INTO scenario (id, title, trade, company_size, family_business, agency_history, story, "
                "questions, created_at) VALUES (3, 'Cas', '', '', 0, '', '', '[]', '2025-01-01')"
            )
        )
        run(
            text(
                "INSERT INTO workshop (id, title, place, facilitator, deck_id, created_at) "
                "VALUES (1, 'Ancien atelier', 'Agence', 'Anne', 7, '2025-01-01')"
            )
        )
        for person_id, name in ((12, "Zoé"), (5, "Yann"), (9, "Xavier")):
            run(
                text("INSERT INTO participant (id, workshop_id, display_name, role) VALUES (:i, 1, :n, 'cde')"),
                {"i": person_id, "n": name},
            )
        run(
            text(
                "INSERT INTO agenda_step (workshop_id, position, kind, title, planned_minutes, scenario_id, card_ids, "
                "hidden) VALUES (1, 0, 'scenario', '', 10, 3, '[]', 0)"
            )
        )
    assert migrate(db) is True
    with db.engine.connect() as connection:
        run = connection.execute
        assert run(text("SELECT workshop_id, deck_id FROM workshop_deck")).all() == [(1, 7)]
        assert run(text("SELECT workshop_id, scenario_id FROM workshop_scenario")).all() == [(1, 3)]
        assert run(text("SELECT display_name, position, organisation FROM participant ORDER BY position")).all() == [
            ("Yann", 0, ""),
            ("Xavier", 1, ""),
            ("Zoé", 2, ""),
        ]
        assert run(text("SELECT bullets, countdown_minutes FROM agenda_step")).all() == [("[]", None)]
        assert run(text("SELECT room, start_time FROM workshop")).all() == [("", None)]
    plain = create_database_engine(db.url, foreign_keys=False)  # as migrate() does: SQLite rebuilds tables
    with plain.begin() as connection:  # and back: the one deck returns to its column
        downgrade(connection, "0003_note_order")
    with plain.connect() as connection:
        assert connection.execute(text("SELECT deck_id FROM workshop")).scalar() == 7
    plain.dispose()
    db.dispose()


def test_upgrading_from_0004_keeps_every_cards_kind_and_adds_free_categories(tmp_path: Path) -> None:
    path = tmp_path / "before-kinds.sqlite3"
    db = _bare(path)
    kinds = ["question", "verbatim", "golden_ticket", "timeline_stage"]
    with db.engine.begin() as connection:
        upgrade(connection, "0004_preparation")
        run = connection.execute
        run(
            text(
                "INSERT INTO deck (id, name, description, card_size, created_at, updated_at) "
                "VALUES (7, 'Jeu', '', 'poker', '2025-01-01', '2025-01-01')"
            )
        )
        for position, kind in enumerate(kinds):
            run(
                text(
                    "INSERT INTO card (deck_id, position, kind, title, body, colour, back, copies) "
                    "VALUES (7, :p, :k, :t, '', NULL, '', 1)"
                ),
                {"p": position, "k": kind, "t": f"Carte {position}"},
            )
    assert migrate(db) is True
    with db.engine.connect() as connection:
        run = connection.execute
        assert [k for (k,) in run(text("SELECT kind FROM card ORDER BY position"))] == kinds
        assert run(text("SELECT show_kind_label FROM deck")).scalar() == 1
        assert run(text("SELECT COUNT(*) FROM deck_kind")).scalar() == 0
    plain = create_database_engine(db.url, foreign_keys=False)
    with plain.begin() as connection:
        downgrade(connection, "0004_preparation")
    with plain.connect() as connection:
        assert [k for (k,) in connection.execute(text("SELECT kind FROM card ORDER BY position"))] == kinds
    plain.dispose()
    db.dispose()
