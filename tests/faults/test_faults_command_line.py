"""Command-line refusals found by a review in French: each is one line, exits non-zero and
writes nothing; a restore never replaces what an earlier restore set aside."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from fault_support import cli, folder_state, one_line

from workshop_studio.storage.restore import restore_backup


def _workshops(capsys, db_path: Path) -> str:
    code, out, err = cli(capsys, db_path, "list", "workshops")
    assert code == 0, err
    return out


def test_two_restores_in_one_second_keep_both_files_set_aside(capsys, tmp_path: Path, db_path: Path) -> None:
    """The set-aside name holds the time to the second: a name already taken (here, every
    name of the next few seconds) is numbered, never replaced."""
    first, second = tmp_path / "premiere.sqlite3", tmp_path / "seconde.sqlite3"
    shutil.copyfile(db_path, first)
    shutil.copyfile(db_path, second)
    assert cli(capsys, first, "new-workshop", "--title", "Seulement dans la première")[0] == 0
    now = dt.datetime.now()
    decoys = {}
    for seconds in range(4):
        stamp = (now + dt.timedelta(seconds=seconds)).strftime("%Y%m%d-%H%M%S")
        decoy = db_path.with_name(f"{db_path.stem}-set-aside-{stamp}{db_path.suffix}")
        decoy.write_bytes(b"set aside earlier")
        decoys[decoy] = decoy.read_bytes()
    original = _workshops(capsys, db_path)

    _, set_aside_1 = restore_backup(db_path, first)
    _, set_aside_2 = restore_backup(db_path, second)

    assert set_aside_1 is not None and set_aside_2 is not None
    assert len({set_aside_1, set_aside_2, *decoys}) == 6  # two new names, no decoy reused
    assert all(decoy.read_bytes() == content for decoy, content in decoys.items())
    assert _workshops(capsys, set_aside_1) == original  # the database as it was
    assert "Seulement dans la première" in _workshops(capsys, set_aside_2)  # the first restore's result
    assert "Seulement dans la première" not in _workshops(capsys, db_path)  # the second backup, in place


def test_copying_from_a_missing_file_is_refused_and_creates_nothing(capsys, tmp_path: Path) -> None:
    before = folder_state(tmp_path)
    code, out, err = cli(
        capsys,
        tmp_path / "base.sqlite3",
        "copy-database",
        "--from",
        str(tmp_path / "absente.sqlite3"),
        "--to",
        str(tmp_path / "cible.sqlite3"),
    )
    assert (code, out) == (1, "")
    assert "absente.sqlite3: no such database file; nothing was copied." in one_line(err)
    assert folder_state(tmp_path) == before


def test_a_database_kind_the_app_does_not_speak_is_one_line(capsys, tmp_path: Path, db_path: Path) -> None:
    for url in ("mysql://hote/base", "foo://bar"):
        code, out, err = cli(capsys, db_path, "copy-database", "--from", str(db_path), "--to", url)
        assert (code, out) == (1, "")
        assert one_line(err) == f"workshop-studio: {url}: only SQLite files and PostgreSQL servers are supported"


def test_a_database_opened_once_without_the_sample_can_receive_a_copy(capsys, tmp_path: Path, db_path: Path) -> None:
    target = tmp_path / "vide.sqlite3"
    assert cli(capsys, target, "--no-sample", "list", "decks") == (0, "", "")
    code, _out, err = cli(capsys, db_path, "copy-database", "--from", str(db_path), "--to", str(target))
    assert code == 0, err
    assert _workshops(capsys, target) == _workshops(capsys, db_path)


def test_out_of_range_numbers_for_serve_are_refused_before_anything_starts(capsys, db_path: Path) -> None:
    for option, value, high in (("--port", "99999", 65535), ("--vote-dots", "-1", 20), ("--vote-dots", "1000", 20)):
        with pytest.raises(SystemExit) as stopped:  # argparse's own way out
            cli(capsys, db_path, "serve", "1", option, value)
        assert stopped.value.code == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert f"“{value}” is not a whole number from 0 to {high}." in one_line(err)


def test_participants_without_a_model_to_copy_them_from_are_refused(capsys, db_path: Path) -> None:
    before = _workshops(capsys, db_path)
    code, out, err = cli(capsys, db_path, "new-workshop", "--title", "Sans modèle", "--with-participants")
    assert (code, out) == (2, "")
    assert "--with-participants goes with --from or --from-sample" in one_line(err)
    assert _workshops(capsys, db_path) == before


def test_reading_leaves_no_side_files_beside_the_database_or_its_backup(capsys, tmp_path: Path, db_path: Path) -> None:
    """The PDF's quick read and a restore's read of the backup close like writers do: no
    ``-wal`` or ``-shm`` stays behind once the command is over."""
    backup = tmp_path / "copie.sqlite3"
    shutil.copyfile(db_path, backup)
    code, _out, err = cli(capsys, db_path, "export-deck", "1", "--out", str(tmp_path / "jeu.pdf"))
    assert code == 0, err
    code, _out, err = cli(capsys, db_path, "restore-backup", str(backup))
    assert code == 0, err
    side_files = sorted(p.name for p in tmp_path.rglob("*") if p.name.endswith(("-wal", "-shm")))
    assert side_files == []


def test_a_title_two_workshops_share_is_refused_naming_their_ids(capsys, db_path: Path) -> None:
    ids = []
    for _ in range(2):
        code, out, err = cli(capsys, db_path, "new-workshop", "--title", "Copie")
        assert code == 0, err
        ids.append(out.split("\t")[0])
    code, out, err = cli(capsys, db_path, "list", "participants", "Copie")
    assert (code, out) == (1, "")
    assert (
        one_line(err)
        == f"workshop-studio: Several have the name “Copie” (ids {ids[0]}, {ids[1]}): give the id instead."
    )
    assert cli(capsys, db_path, "list", "participants", ids[1])[0] == 0  # the id still says which


def test_a_participant_list_imported_twice_adds_no_one_twice(capsys, tmp_path: Path, db_path: Path) -> None:
    code, out, err = cli(capsys, db_path, "new-workshop", "--title", "Liste deux fois")
    assert code == 0, err
    workshop_id = out.split("\t")[0]
    people = tmp_path / "participants.csv"
    people.write_text("nom;rôle;structure\nAmina K.;CDE;agence\nBruno L.;recruteur;boulangerie\n", encoding="utf-8")
    assert cli(capsys, db_path, "add-participants", workshop_id, str(people))[:2] == (0, "2\n")
    people.write_text("nom;rôle\namina k.;CDE\nChloé M.;nouvelle recrue\n", encoding="utf-8")
    code, out, err = cli(capsys, db_path, "add-participants", workshop_id, str(people))
    assert (code, out) == (0, "1\n")  # Chloé only
    assert one_line(err) == "workshop-studio: 1 already in the workshop left out (amina k.)."
    code, out, _err = cli(capsys, db_path, "list", "participants", workshop_id)
    assert [line.split("\t")[1] for line in out.splitlines()] == ["Amina K.", "Bruno L.", "Chloé M."]
