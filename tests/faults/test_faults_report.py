"""A report of many notes is drawn page by page as it is laid out: progress for each page,
a cancel that writes nothing, and never more than a few pages of drawing operations alive."""

from __future__ import annotations

import gc
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from workshop_studio.domain.vocabulary import AnnotationKind
from workshop_studio.export.report_ops import Page
from workshop_studio.export.report_pdf import ReportCancelled, export_report_pdf, render_report_pdf
from workshop_studio.services.notes import Target, add_annotation
from workshop_studio.services.review_report import workshop_report
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import WorkshopStage


@pytest.fixture
def report(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The sample workshop's report with 600 more notes (about 40 pages)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    db = open_database(str(db_path))
    try:
        with db.write() as session:
            stages = session.scalars(select(WorkshopStage.id).where(WorkshopStage.workshop_id == 1)).all()
            for index in range(600):
                add_annotation(
                    session,
                    workshop_id=1,
                    target=Target.stage(stages[index % len(stages)]),
                    kind=AnnotationKind.IRRITANT,
                    text=f"Irritant {index} : l’offre a changé trois fois.",
                )
        with db.read() as session:
            return workshop_report(session, 1)
    finally:
        db.dispose()


def test_each_page_is_reported_as_it_is_drawn(report) -> None:
    seen: list[tuple[int, int]] = []
    data, result = render_report_pdf(report, progress=lambda done, total: seen.append((done, total)))
    pages = len(PdfReader(io.BytesIO(data)).pages)  # counted in the file itself
    assert result.pages == pages > 30
    assert seen == [(n, pages) for n in range(1, pages + 1)]
    assert data.startswith(b"%PDF") and data == render_report_pdf(report)[0]


def test_only_the_pages_being_made_and_drawn_are_held(report) -> None:
    alive: list[int] = []

    def count(done: int, _total: int) -> None:
        if done % 10 == 0:
            gc.collect()
            alive.append(sum(1 for thing in gc.get_objects() if isinstance(thing, Page)))

    render_report_pdf(report, progress=count)
    assert len(alive) >= 3 and max(alive) <= 3  # the one being filled, the one drawn, a poster page: not 40


def test_a_cancelled_report_writes_nothing(report, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"the previous report")
    drawn: list[int] = []
    with pytest.raises(ReportCancelled, match="cancelled"):
        export_report_pdf(
            report, out, progress=lambda done, _total: drawn.append(done), cancelled=lambda: len(drawn) >= 3
        )
    assert drawn == [1, 2, 3]
    assert out.read_bytes() == b"the previous report"
    assert list(tmp_path.glob(".rapport.pdf.*")) == []
