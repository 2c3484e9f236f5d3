"""The workshop report as a PDF: the entry points the CLI and the review page call.

``render_report_pdf(report, paper=...)`` lays the whole document out first (pure operations,
so page numbers are known), defines each stage pictogram once as a form, then draws every
page. The same report gives byte-identical files (``invariant=1``); Atkinson Hyperlegible is
embedded and is the only font (``initialFontName``, so no Helvetica is ever named).
``export_report_pdf`` writes the file whole or not at all.

Paper: A4 or A3, landscape: the poster needs the width.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from workshop_studio.domain.materials import CardView
from workshop_studio.atomic import write_atomically
from workshop_studio.export.pdf_session import pdf_session
from workshop_studio.export.fonts import REGULAR, register_fonts
from workshop_studio.export.report_flow import Flow
from workshop_studio.export.report_ops import Page
from workshop_studio.export.report_paint import ReportPainter, pt
from workshop_studio.export.report_poster import poster_pages
from workshop_studio.export.report_sections import (
    groups_section,
    header_section,
    heat_section,
    stage_sections,
    synthesis_section,
    top_section,
)
from workshop_studio.export.report_style import PAPERS, Frame
from workshop_studio.i18n import translate
from workshop_studio.services.review_report import WorkshopReport

PAPER_CHOICES = tuple(PAPERS)


class ReportError(Exception):
    """The report cannot be written; the message is for the user."""


@dataclass(frozen=True)
class ReportResult:
    pages: int
    poster_pages: int
    cut_notes: int  # notes whose text the poster had to cut (their tables have it whole)
    paper: str
    path: Path | None = None


def layout_report(report: WorkshopReport, paper: str = "a4") -> tuple[list[Page], list[bytes], int, int]:
    """Every page as operations; the distinct stage pictograms; poster pages; cut notes."""
    if paper not in PAPERS:
        raise ReportError(translate("ReviewExport", "Unknown paper “{paper}”: choose a4 or a3.").format(paper=paper))
    frame = Frame.for_paper(paper)
    pictures: dict[bytes, int] = {}
    for stage in report.stages:
        if stage.pictogram_data and stage.pictogram_data not in pictures:
            pictures[stage.pictogram_data] = len(pictures)
    pages: list[Page] = []
    flow = Flow(frame, pages, "")
    header_section(flow, report)
    poster, plan = poster_pages(report, frame, pictures)
    pages.extend(poster)
    flow = Flow(frame, pages, "")
    heat_section(flow, report)
    top_section(flow, report)
    synthesis_section(flow, report)
    groups_section(flow, report)
    stage_sections(flow, report)
    return pages, list(pictures), len(poster), plan.truncated


def render_report_pdf(report: WorkshopReport, *, paper: str = "a4", cache_dir: Path | None = None) -> tuple[bytes, ReportResult]:
    """The PDF's bytes and what it holds; nothing is written."""
    from reportlab.pdfgen.canvas import Canvas

    from workshop_studio.export.pdf_painter import PictogramForms

    with pdf_session():
        pages, pictures, poster, cut = layout_report(report, paper)
        frame = Frame.for_paper(paper)
        register_fonts()
        buffer = BytesIO()
        canvas = Canvas(buffer, pagesize=(pt(frame.width), pt(frame.height)), invariant=1, pageCompression=1,
                        initialFontName=REGULAR)
        canvas.setTitle(report.title)
        canvas.setAuthor("")
        canvas.setSubject(translate("ReviewExport", "Workshop report"))
        canvas.setCreator("Workshop Studio")
        forms = PictogramForms(canvas, cache_dir)
        defined: dict[int, tuple[str, float, float]] = {}
        for index, data in enumerate(pictures):  # every form before the first page
            media = next(s.pictogram_media_type for s in report.stages if s.pictogram_data == data)
            form = forms.define(CardView(kind="timeline_stage", title="", pictogram_data=data, pictogram_media_type=media))
            if form is not None:
                defined[index] = form
        painter = ReportPainter(canvas, frame, defined, forms.draw)
        marker = translate("ReviewExport", "anonymised") if report.anonymised else ""
        for number, page in enumerate(pages, start=1):
            painter.page(page, number, len(pages), report.title, marker)
        canvas.save()
    return buffer.getvalue(), ReportResult(len(pages), poster, cut, paper)


def export_report_pdf(report: WorkshopReport, out: Path, *, paper: str = "a4", cache_dir: Path | None = None) -> ReportResult:
    """Write the report to ``out`` atomically."""
    data, result = render_report_pdf(report, paper=paper, cache_dir=cache_dir)
    try:
        write_atomically(Path(out), data)
    except OSError as error:
        raise ReportError(translate("ReviewExport", "Cannot write {path}: {reason}").format(
            path=out, reason=error.strerror or error)) from error
    return ReportResult(result.pages, result.poster_pages, result.cut_notes, paper, Path(out))
