"""With the interface in French, spreadsheet exports say French column names, and what the
app writes in French still comes back in (English names are read too)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from workshop_studio import i18n
from workshop_studio.interchange.deck_files import deck_document, export_deck, import_deck_file
from workshop_studio.interchange.notes_table import NOTE_COLUMNS, render_notes_csv
from workshop_studio.interchange.notes_table_xlsx import render_notes_xlsx
from workshop_studio.services.library import find_deck
from workshop_studio.services.review_report import workshop_report
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Workshop

DECK = "Atelier TPE – jeu de cartes"


@pytest.fixture
def french() -> None:
    i18n.install(i18n.ts_translator("fr"))  # the shared autouse fixture puts English back


def _workshop(db: Database) -> int:
    with db.read() as session:
        return session.scalars(select(Workshop.id)).one()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_deck_exported_in_french_has_french_headers_and_comes_back(
    db: Database, tmp_path: Path, french: None, suffix: str
) -> None:
    out = tmp_path / f"jeu{suffix}"
    export_deck(db, DECK, out)
    if suffix == ".csv":
        header = out.read_bytes().decode("utf-8-sig").splitlines()[0].split(";")
    else:
        header = [c.value for c in next(load_workbook(out, read_only=True).worksheets[0].iter_rows(max_row=1))]
    assert header == ["type", "titre", "texte", "pictogramme", "dos", "exemplaires"]
    if suffix == ".csv":
        kinds = {line.split(";")[0] for line in out.read_bytes().decode("utf-8-sig").splitlines()[1:]}
    else:
        kinds = {row[0].value for row in load_workbook(out, read_only=True).worksheets[0].iter_rows(min_row=2)}
    assert {"Profil de recruteur", "Posture du conseiller", "Ticket d’or"} <= kinds  # labels, not keys
    assert "recruiter_profile" not in kinds
    imported = import_deck_file(db, out, name="Copie")
    with db.read() as session:
        original = deck_document(session, find_deck(session, DECK).id)[0].cards
        copy = deck_document(session, imported.deck_id)[0].cards
    assert copy == original


def test_the_notes_tables_have_french_headers(db: Database, french: None) -> None:
    with db.read() as session:
        report = workshop_report(session, _workshop(db))
    header = next(csv.reader(io.StringIO(render_notes_csv(report).decode("utf-8-sig")), delimiter=";"))
    assert header == ["atelier", "étape", "cible", "type", "rôle", "auteur", "texte", "votes", "créée le"]
    sheet = load_workbook(io.BytesIO(render_notes_xlsx(report)), read_only=True).worksheets[0]
    assert [c.value for c in next(sheet.iter_rows(max_row=1))] == header
    i18n.install(None)
    english = next(csv.reader(io.StringIO(render_notes_csv(report).decode("utf-8-sig")), delimiter=";"))
    assert tuple(english) == NOTE_COLUMNS
