"""``copy-database``: a laptop's SQLite file to a PostgreSQL server and back, everything
(library, workshops, notes, pictograms, settings), same ids, counts verified, all or nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from engines import snapshot
from sqlalchemy import func, select

from workshop_studio.storage import copying
from workshop_studio.storage.errors import DatabaseError
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Annotation, Card, Deck, Pictogram

pytestmark = pytest.mark.postgresql  # needs both engines at once


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_studio", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},
    )


def test_file_to_server_and_back_copies_everything_with_the_same_ids(
    db_path: Path, postgres_database, tmp_path: Path
) -> None:
    server = postgres_database("template0")  # a new, blank server database
    there = _cli("copy-database", "--from", str(db_path), "--to", server)
    assert there.returncode == 0, there.stderr
    lines = there.stdout.splitlines()
    assert "annotation\t40" in lines and lines[-1].endswith("rows copied, every table's count checked.")
    original = snapshot(str(db_path))
    assert snapshot(server) == original
    back_file = tmp_path / "retour.sqlite3"
    back = _cli("copy-database", "--from", server, "--to", str(back_file))
    assert back.returncode == 0, back.stderr
    assert snapshot(str(back_file)) == original
    db = open_database(server)  # the server goes on numbering after the copied rows
    try:
        with db.write() as session:
            deck = Deck(name="Nouveau sur le serveur")
            session.add(deck)
            session.flush()
            assert deck.id > max(row[0] for row in original["deck"])
    finally:
        db.dispose()


def test_a_target_with_data_is_refused_and_left_alone(db_path: Path, postgres_database) -> None:
    server = postgres_database("seeded")
    before = snapshot(server)
    result = _cli("copy-database", "--from", str(db_path), "--to", server)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "already holds data" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(server) == before


def test_a_copy_that_fails_halfway_leaves_the_target_empty(
    db_path: Path, postgres_database, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = postgres_database("empty")
    real_count = copying._count

    def short_count(connection, table):
        count = real_count(connection, table)
        return (
            max(count - 1, 0)
            if table.name == "annotation" and connection.engine.url.get_backend_name() != "sqlite"
            else count
        )

    monkeypatch.setattr(copying, "_count", short_count)
    with pytest.raises(DatabaseError, match="annotation: 39 rows arrived of 40; nothing was copied"):
        copying.copy_database(str(db_path), server)
    db = open_database(server)
    try:
        with db.read() as session:
            for model in (Deck, Card, Pictogram, Annotation):
                assert session.scalar(select(func.count()).select_from(model)) == 0
    finally:
        db.dispose()
