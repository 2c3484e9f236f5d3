"""A workshop with nothing yet, and notes whose card or scenario was deleted since: every export
still works, and the archive still comes back."""

from __future__ import annotations

import io
from pathlib import Path

from review_probe import pdf_pages_text
from sqlalchemy import select

from workshop_studio.domain.workshop import WorkshopDetails
from workshop_studio.export.report_pdf import render_report_pdf
from workshop_studio.interchange.notes_table import render_notes_csv
from workshop_studio.interchange.notes_table_xlsx import render_notes_xlsx
from workshop_studio.interchange.workshop_archive import write_workshop_archive
from workshop_studio.interchange.workshop_archive_import import import_workshop_file
from workshop_studio.services.review import note_rows
from workshop_studio.services.review_report import workshop_report
from workshop_studio.services.workshop_setup import create_workshop
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, Card, Scenario


def test_an_empty_workshop_exports_and_comes_back(empty_db: Database, tmp_path: Path) -> None:
    with empty_db.write() as session:
        workshop_id = create_workshop(session, WorkshopDetails(title="Atelier vide")).id
    with empty_db.read() as session:
        report = workshop_report(session, workshop_id, anonymise=True)
        write_workshop_archive(session, workshop_id, tmp_path / "vide.zip")
    pdf, result = render_report_pdf(report)
    pages = pdf_pages_text(pdf)
    assert "Atelier vide" in pages[0]
    # no timeline, no participant: a sentence says so, not a poster of an arrow alone nor a table of headers
    assert result.poster_pages == 0 and not any("Annotated timeline" in page for page in pages)
    assert "No participants were listed." in pages[0] and "This workshop has no timeline." in pages[-1]
    assert (
        render_notes_csv(report).decode("utf-8-sig").strip()
        == "workshop;stage;target;kind;role;author;text;votes;created_at"
    )
    from openpyxl import load_workbook

    assert load_workbook(io.BytesIO(render_notes_xlsx(report))).worksheets[0].max_row == 1
    again = import_workshop_file(empty_db, tmp_path / "vide.zip")
    assert again.title == "Atelier vide (2)" and again.note_count == 0


def test_notes_whose_card_and_scenario_were_deleted(
    db: Database, empty_db: Database, workshop_id: int, tmp_path: Path
) -> None:
    with db.write() as session:
        note = session.scalars(
            select(Annotation).where(Annotation.target_kind == "scenario").order_by(Annotation.id)
        ).first()
        scenario = session.get(Scenario, note.scenario_id)
        card_note = session.scalars(
            select(Annotation).where(Annotation.target_kind == "card").order_by(Annotation.id)
        ).first()
        card_note.card_id = None  # as ON DELETE SET NULL leaves it
        note.scenario_id = None
        assert scenario is not None and session.get(Card, 1) is not None
    with db.read() as session:
        report = workshop_report(session, workshop_id)
        write_workshop_archive(session, workshop_id, tmp_path / "orphans.zip")
    assert render_report_pdf(report)[1].pages > 3
    result = import_workshop_file(empty_db, tmp_path / "orphans.zip")
    with empty_db.read() as session:
        rows = note_rows(session, result.workshop_id)
    assert len(rows) == 40 and sum(1 for r in rows if r.target_kind == "card" and r.card_id is None) == 1
