"""The database file under faults: a newer schema, an empty or damaged file, a full disk, a
read-only folder, a busy writer. Each refusal is one line and an exit code of 1, and the file,
its backups and its folder are exactly as they were."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fault_support import (
    cli,
    corrupt_table,
    dump,
    file_size_limit,
    folder_state,
    one_line,
    process_env,
    read_only_prefix,
    run_cli,
)
from sqlalchemy import text

from workshop_studio.storage.backup import KEEP_BACKUPS, backup_database, backups_dir_for, list_backups
from workshop_studio.storage.engine import WRITE_ATTEMPTS
from workshop_studio.storage.errors import DatabaseError
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.schema_version import HEAD_REVISION


def _deck_csv(folder: Path, cards: int = 3, name: str = "cartes.csv") -> Path:
    path = folder / name
    rows = ["titre;texte"] + [f"Carte {i};Texte de la carte {i}" for i in range(cards)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _set_revision(db_path: Path, revision: str) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_a_newer_schema_is_refused_in_one_line_and_nothing_is_touched(capsys, db_path: Path) -> None:
    daily = [backup_database(db_path, "daily") for _ in range(3)]
    _set_revision(db_path, "0099_from_the_future")
    before = folder_state(db_path.parent)
    for _ in range(KEEP_BACKUPS + 1):  # more opens than backups kept: none may rotate away
        code, out, err = cli(capsys, db_path, "list", "decks")
        assert (code, out) == (1, "")
        line = one_line(err)
        assert line.startswith(f"workshop-studio: {db_path}: ") and "made by a newer version" in line
        assert "0099_from_the_future" in line
    code, _, err = cli(capsys, db_path, "import-deck", str(_deck_csv(db_path.parent.parent)))
    assert code == 1 and "made by a newer version" in one_line(err)
    assert folder_state(db_path.parent) == before
    assert list_backups(db_path) == daily


def test_a_failing_migration_keeps_the_older_backups_and_takes_one_backup_only(db_path: Path) -> None:
    daily = [backup_database(db_path, "daily") for _ in range(KEEP_BACKUPS)]
    _set_revision(db_path, "0002_review")  # says it is older, but its upgrade cannot run
    for _ in range(KEEP_BACKUPS + 1):
        with pytest.raises(DatabaseError, match=str(db_path)):
            open_database(str(db_path))
    backups = list_backups(db_path)
    assert backups[:KEEP_BACKUPS] == daily  # none rotated away
    assert len(backups) == KEEP_BACKUPS + 1 and backups[-1].stem.endswith(f"before-{HEAD_REVISION}")


def test_an_empty_file_is_reported_not_seeded(capsys, tmp_path: Path) -> None:
    path = tmp_path / "vide.sqlite3"
    path.touch()
    code, out, err = cli(capsys, path, "list", "decks")
    assert (code, out) == (1, "")
    assert "the file is empty (0 bytes)" in one_line(err)
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vide.sqlite3"]


def test_a_damaged_file_is_refused_offering_the_last_good_backup_which_restores(capsys, db_path: Path) -> None:
    good = backup_database(db_path, "daily")
    corrupt_table(db_path, "card")
    before = folder_state(db_path.parent)
    code, out, err = cli(capsys, db_path, "import-deck", str(_deck_csv(db_path.parent.parent)))
    assert (code, out) == (1, "")
    line = one_line(err)
    assert "the database is damaged" in line and str(good) in line
    assert f"workshop-studio --db {db_path} restore-backup" in line  # acts on this file, not the default one
    assert folder_state(db_path.parent) == before  # nothing written, no backup of the damaged file

    code, out, _ = cli(capsys, db_path, "check-database")
    assert code == 1 and "integrity: ok" not in out
    with pytest.raises(DatabaseError, match="damaged"):
        backup_database(db_path, "daily")
    assert list_backups(db_path) == [good]

    code, out, err = cli(capsys, db_path, "restore-backup")
    assert code == 0, err
    restored, set_aside = out.strip().split("\t")
    assert Path(restored) == good and Path(set_aside).is_file()
    code, out, _ = cli(capsys, db_path, "check-database")
    assert code == 0 and "integrity: ok" in out and "references: ok" in out and "good" in out
    code, out, _ = cli(capsys, db_path, "list", "decks")
    assert code == 0 and "Atelier TPE" in out


def test_check_database_reports_references_that_point_at_nothing(capsys, db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE card SET deck_id = 9999 WHERE id = (SELECT MIN(id) FROM card)")
    connection.close()
    before = folder_state(db_path.parent)
    code, out, _ = cli(capsys, db_path, "check-database")
    assert code == 1
    assert "integrity: ok" in out and "references: 1 row(s) point at nothing" in out
    assert "backups: none" in out
    assert folder_state(db_path.parent) == before


def test_a_backup_failing_on_a_full_disk_leaves_nothing_and_rotates_nothing(tmp_path: Path, db_path: Path) -> None:
    good = [backup_database(db_path, "daily") for _ in range(KEEP_BACKUPS)]
    script = (
        "import sys; from pathlib import Path\n"
        "from workshop_studio.storage.backup import backup_database\n"
        "from workshop_studio.storage.errors import DatabaseError\n"
        "try:\n    backup_database(Path(sys.argv[1]), 'daily')\n"
        "except DatabaseError as error:\n    print(error); sys.exit(3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(db_path)],
        capture_output=True,
        text=True,
        preexec_fn=file_size_limit(32 * 1024),
        timeout=60,
    )
    assert result.returncode == 3, result.stderr
    assert "no backup could be written" in result.stdout
    assert list_backups(db_path) == good
    assert sorted(backups_dir_for(db_path).iterdir()) == good  # no empty file left


def test_empty_backups_are_removed_and_never_counted(db_path: Path) -> None:
    folder = backups_dir_for(db_path)
    folder.mkdir()
    empties = [folder / f"{db_path.stem}-20200101-00000{i}-000000-daily.sqlite3" for i in range(3)]
    for empty in empties:
        empty.touch()
    made = [backup_database(db_path, "daily") for _ in range(KEEP_BACKUPS)]
    assert list_backups(db_path) == made
    assert sorted(folder.iterdir()) == made


def test_a_full_disk_during_an_import_is_one_line_and_writes_nothing(tmp_path: Path, db_path: Path) -> None:
    before = dump(db_path)
    deck = _deck_csv(tmp_path, cards=2000)
    limit = 64 * 1024  # the write-ahead log may not grow past 64 KB
    result = run_cli(tmp_path, db_path, "import-deck", str(deck), preexec=file_size_limit(limit))
    assert result.returncode == 1 and result.stdout == ""
    line = one_line(result.stderr)
    assert line.startswith(f"workshop-studio: {db_path}: ") and "nothing was written" in line
    assert dump(db_path) == before


def test_a_read_only_folder_is_read_and_refuses_writes_saying_so(tmp_path: Path, db_path: Path) -> None:
    deck = _deck_csv(tmp_path)
    folder = db_path.parent
    before = folder_state(folder)
    prefix = read_only_prefix(folder)
    try:
        listed = run_cli(tmp_path, db_path, "list", "decks", prefix=prefix)
        imported = run_cli(tmp_path, db_path, "import-deck", str(deck), prefix=prefix)
        created = run_cli(tmp_path, folder / "nouvelle.sqlite3", "list", "decks", prefix=prefix)
    finally:
        folder.chmod(0o755)
    assert listed.returncode == 0, listed.stderr
    assert "Atelier TPE" in listed.stdout
    assert imported.returncode == 1 and imported.stdout == ""
    assert f"the folder {folder} is read-only" in one_line(imported.stderr)
    assert created.returncode == 1 and "read-only: no database can be created there" in one_line(created.stderr)
    assert folder_state(folder) == before


def test_a_busy_database_is_waited_for_then_reported_in_one_line(db_path: Path) -> None:
    db = open_database(str(db_path), busy_timeout_ms=100)
    holder = sqlite3.connect(db_path, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseError) as refused:
            with db.write() as session:
                session.execute(text("DELETE FROM card"))
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(refused.value)
    assert message.startswith(f"{db_path}: the database is busy") and "\n" not in message
    assert waited >= 0.1 * WRITE_ATTEMPTS * 0.9  # every attempt waited its timeout
    db.dispose()
    # released during the waiting: the write goes through (with the usual timeout of seconds, a
    # busy machine cannot make the release come too late)
    patient = open_database(str(db_path))
    holder = sqlite3.connect(db_path, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        released.set()
        holder.execute("ROLLBACK")
        holder.close()

    threading.Timer(0.15, release).start()
    try:
        with patient.write() as session:
            session.execute(text("UPDATE deck SET description = 'attendu'"))
        assert released.is_set()  # it could only write once the other writer let go
        with patient.read() as session:
            assert session.execute(text("SELECT DISTINCT description FROM deck")).scalars().all() == ["attendu"]
    finally:
        patient.dispose()


@pytest.mark.slow
def test_parallel_imports_all_land(tmp_path: Path, db_path: Path) -> None:
    """Several big imports at once queue for the write lock instead of failing."""
    deck = _deck_csv(tmp_path, cards=1500)
    command = [sys.executable, "-m", "workshop_studio", "--lang", "en", "--db", str(db_path), "import-deck", str(deck)]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=process_env(tmp_path))
        for _ in range(6)
    ]
    results = [process.communicate(timeout=300) for process in processes]
    assert [p.returncode for p in processes] == [0] * 6, [err for _, err in results]
    with sqlite3.connect(db_path) as connection:
        counts = connection.execute("SELECT COUNT(*) FROM deck WHERE name LIKE 'cartes%'").fetchone()[0]
    connection.close()
    assert counts == 6


def test_a_backup_is_a_self_contained_file(db_path: Path) -> None:
    """A backup is a database of its own (not a WAL file needing its log beside it)."""
    backup = backup_database(db_path, "daily")
    copy = db_path.parent / "copy.sqlite3"
    shutil.copyfile(backup, copy)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("SELECT COUNT(*) FROM card").fetchone()[0] > 0
    connection.close()
