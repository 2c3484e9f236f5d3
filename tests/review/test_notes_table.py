"""The notes as CSV and XLSX, read back: header, rows, dialect, neutralised formulas, anonymised."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook
from review_probe import PARTICIPANT_NAMES
from sqlalchemy import select

from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.interchange.notes_table import NOTE_COLUMNS, write_notes_csv
from workshop_studio.interchange.notes_table_xlsx import write_notes_xlsx
from workshop_studio.services.notes import Target, add_annotation
from workshop_studio.services.review_report import WorkshopReport, workshop_report
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import WorkshopStage

FORMULAS = ("=1+1", "+33 6 12 34 56 78", "-2 jours", "@SUM(A1)", "\t=tab", "\r=cr", "'=déjà protégée")


def _report(db: Database, workshop_id: int, **options) -> WorkshopReport:
    with db.read() as session:
        return workshop_report(session, workshop_id, **options)


def _formula_notes(db: Database, workshop_id: int) -> None:
    with db.write() as session:
        stage = session.scalars(select(WorkshopStage).where(WorkshopStage.key == "besoin")).one()
        for text in FORMULAS:
            add_annotation(
                session,
                workshop_id=workshop_id,
                target=Target.stage(stage.id),
                kind=AnnotationKind.IDEA,
                text=text,
                role=Role.PARTNER,
            )


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: French Excel then reads UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_header_and_rows(db: Database, workshop_id: int, tmp_path: Path) -> None:
    out = tmp_path / "notes.csv"
    assert write_notes_csv(_report(db, workshop_id), out) == 40
    rows = _csv_rows(out)
    assert (
        rows[0]
        == list(NOTE_COLUMNS)
        == ["workshop", "stage", "target", "kind", "role", "author", "text", "votes", "created_at"]
    )
    assert len(rows) == 41 and b"\r\n" in out.read_bytes()
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first == {
        "workshop": "Atelier frise – recruter dans une TPE",
        "stage": "Le besoin apparaît",
        "target": "Stage",
        "kind": "Irritant",
        "role": "Recruiter",
        "author": "Patricia G.",
        "text": first["text"],
        "votes": "3",
        "created_at": "2026-11-24 14:47:00",
    }
    assert first["text"].startswith("Quand je me rends compte qu’il me faut quelqu’un")
    card = next(dict(zip(rows[0], r, strict=True)) for r in rows[1:] if r[2].startswith("Card"))
    assert card["stage"] == "" and card["target"] == "Card: Qu’est-ce qu’une embauche réussie ?"


def test_csv_neutralises_formulas(db: Database, workshop_id: int, tmp_path: Path) -> None:
    _formula_notes(db, workshop_id)
    out = tmp_path / "notes.csv"
    write_notes_csv(_report(db, workshop_id), out)
    texts = [row[6] for row in _csv_rows(out)[1:]]
    for formula in FORMULAS:
        assert "'" + formula in texts, formula
    assert not [t for t in texts if t.startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_xlsx_cells(db: Database, workshop_id: int, tmp_path: Path) -> None:
    _formula_notes(db, workshop_id)
    out = tmp_path / "notes.xlsx"
    assert write_notes_xlsx(_report(db, workshop_id), out) == 47
    sheet = load_workbook(out).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == list(NOTE_COLUMNS) and len(rows) == 48
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["votes"] == 3 and first["created_at"] == dt.datetime(2026, 11, 24, 14, 47)
    assert first["author"] == "Patricia G." and first["stage"] == "Le besoin apparaît"
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)
    texts = [r[6] for r in rows[1:]]
    for formula in FORMULAS:
        assert "'" + formula in texts, formula


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_anonymised_tables_hold_no_participant_name(
    db: Database, workshop_id: int, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"notes{suffix}"
    report = _report(db, workshop_id, anonymise=True)
    (write_notes_csv if suffix == ".csv" else write_notes_xlsx)(report, out)
    if suffix == ".csv":
        content = out.read_bytes().decode("utf-8-sig")
        authors = {row[5] for row in _csv_rows(out)[1:]}
    else:
        rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
        content = repr(rows)
        authors = {row[5] for row in rows[1:]}
    assert not [name for name in PARTICIPANT_NAMES if name in content]
    assert {"CDE 1", "CDE 2", "Recruiter 1", "Facilitator 1"} <= authors


def test_the_csv_is_the_same_whatever_order_the_database_returns_rows_in(db_path: Path, tmp_path: Path) -> None:
    """Exported twice, the second time through connections that return unordered rows backwards
    (SQLite's ``reverse_unordered_selects``): the same bytes, stages in timeline order."""
    from sqlalchemy import event

    from workshop_studio.storage.migrate import open_database

    exported = []
    for backwards in (False, True):
        database = open_database(str(db_path))
        if backwards:

            @event.listens_for(database.engine, "connect")
            def _reverse(dbapi_connection, _record) -> None:
                dbapi_connection.execute("PRAGMA reverse_unordered_selects=ON")

            database.engine.dispose()
        out = tmp_path / f"notes-{backwards}.csv"
        write_notes_csv(_report(database, 1), out)
        database.dispose()
        exported.append(out.read_bytes())
    assert exported[0] == exported[1]
    with closing(sqlite3.connect(db_path)) as connection:
        titles = [
            t for (t,) in connection.execute("SELECT title FROM workshop_stage WHERE workshop_id = 1 ORDER BY position")
        ]
    stages = [row[1] for row in _csv_rows(out)[1:] if row[1]]
    assert list(dict.fromkeys(stages)) == titles and len(stages) == 28  # every stage note, stage by stage
