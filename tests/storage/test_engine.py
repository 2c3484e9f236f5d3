"""SQLite set up on purpose: pragmas on every pooled connection, BEGIN IMMEDIATE for writes."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from workshop_studio.storage.engine import BUSY_TIMEOUT_MS, Database, DatabaseError
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Deck


def _pragmas(connection) -> tuple:
    return tuple(
        connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
    )


@pytest.mark.sqlite_only
def test_every_pooled_connection_has_the_pragmas(db: Database) -> None:
    connections = [db.engine.connect() for _ in range(4)]  # several at once: distinct DBAPI connections
    try:
        values = {_pragmas(c) for c in connections}
    finally:
        for c in connections:
            c.close()
    assert values == {("wal", 1, 2, BUSY_TIMEOUT_MS)}  # synchronous=2 is FULL


@pytest.mark.sqlite_only
def test_write_sessions_begin_immediate_and_reads_do_not(db: Database) -> None:
    with db.write() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(db.path, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # the write lock is already taken
        finally:
            other.close()
    with db.read() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(db.path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # a reader holds no write lock
            other.execute("ROLLBACK")
        finally:
            other.close()


@pytest.mark.sqlite_only
def test_a_second_writer_waits_instead_of_failing(db: Database) -> None:
    locked, released = threading.Event(), threading.Event()

    def hold_lock() -> None:
        other = sqlite3.connect(db.path)
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(0.3)  # the console's write runs into the lock meanwhile
        released.set()
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=hold_lock)
    thread.start()
    assert locked.wait(5)
    with db.write() as session:
        session.add(Deck(name="Après l'attente"))
    assert released.is_set()  # the write could only commit once the other writer let go
    thread.join()
    with db.read() as session:
        assert session.query(Deck).filter_by(name="Après l'attente").count() == 1


def test_a_failed_write_leaves_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with db.write() as session:
            session.add(Deck(name="Jamais écrit"))
            session.flush()
            raise RuntimeError("boom")
    with db.read() as session:
        assert session.query(Deck).filter_by(name="Jamais écrit").count() == 0


@pytest.mark.sqlite_only
def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with db.write() as session:
            session.execute(
                text(
                    "INSERT INTO card (deck_id, position, kind, title, body, back, copies) "
                    "VALUES (99999, 0, 'question', 't', '', '', 1)"
                )
            )


def test_a_file_that_is_not_a_database_gets_a_one_line_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, not sqlite\n" * 10)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_database(str(tmp_path))
