"""The workshop report as a PDF: the entry points the CLI and the review page call.

``render_report_pdf(report, paper=...)`` lays the document out once to count its pages (pure
operations, dropped as they are made), defines each stage pictogram once as a form, then lays
it out again, drawing each page as soon as it is finished (``report_stream``): memory holds
one page's operations, not thousands. Progress is reported page by page, and a cancel stops
it. The same report gives byte-identical files (``invariant=1``); Atkinson Hyperlegible is
embedded and is the only font (``initialFontName``, so no Helvetica is ever named).
``export_report_pdf`` writes the file whole or not at all.

Paper: A4 or A3, landscape: the poster needs the width.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import IO

from workshop_studio.atomic import atomic_write
from workshop_studio.domain.materials import CardView
from workshop_studio.export.fonts import REGULAR, register_fonts
from workshop_studio.export.pdf_session import pdf_session
from workshop_studio.export.report_flow import Flow
from workshop_studio.export.report_ops import Page
from workshop_studio.export.report_paint import ReportPainter, pt
from workshop_studio.export.report_poster import PosterPlan, iter_poster_pages, plan_poster
from workshop_studio.export.report_sections import (
    groups_section,
    header_section,
    heat_section,
    stage_sections,
    synthesis_section,
    top_section,
)
from workshop_studio.export.report_stream import PageSink
from workshop_studio.export.report_style import PAPERS, Frame
from workshop_studio.i18n import translate
from workshop_studio.services.review_report import WorkshopReport

PAPER_CHOICES = tuple(PAPERS)


class ReportError(Exception):
    """The report cannot be written; the message is for the user."""


class ReportCancelled(ReportError):
    """Stopped by the user; nothing was written."""


Progress = Callable[[int, int], None]  # (pages drawn, pages in all)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ReportResult:
    pages: int
    poster_pages: int
    cut_notes: int  # notes whose text the poster had to cut (their tables have it whole)
    paper: str
    path: Path | None = None


def layout_report(report: WorkshopReport, paper: str = "a4") -> tuple[list[Page], list[bytes], int, int]:
    """Every page as operations; the distinct stage pictograms; poster pages; cut notes."""
    pages: list[Page] = []
    pictures, poster, plan = _lay_out(report, paper, pages)
    return pages, pictures, poster, plan.truncated


def _pictures(report: WorkshopReport) -> dict[bytes, int]:
    pictures: dict[bytes, int] = {}
    for stage in report.stages:
        if stage.pictogram_data and stage.pictogram_data not in pictures:
            pictures[stage.pictogram_data] = len(pictures)
    return pictures


def _lay_out(
    report: WorkshopReport,
    paper: str,
    pages: list[Page] | PageSink,
    cancelled: Cancelled | None = None,
    plan: PosterPlan | None = None,
) -> tuple[list[bytes], int, PosterPlan]:
    """Lay the report out into ``pages`` (a list, or a sink drawing them as they come); the
    poster's ``plan``, once made, serves the second pass too."""
    if paper not in PAPERS:
        raise ReportError(translate("ReviewExport", "Unknown paper “{paper}”: choose a4 or a3.").format(paper=paper))
    frame = Frame.for_paper(paper)
    pictures = _pictures(report)
    flow = Flow(frame, pages, "")
    header_section(flow, report)
    plan = plan or plan_poster(report, frame)
    before = len(pages)
    for page in iter_poster_pages(plan, frame, pictures):
        _check(cancelled)
        pages.append(page)
    poster = len(pages) - before
    flow = Flow(frame, pages, "")
    heat_section(flow, report)
    top_section(flow, report)
    synthesis_section(flow, report)
    groups_section(flow, report)
    stage_sections(flow, report)
    return list(pictures), poster, plan


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ReportCancelled(translate("ReviewExport", "The report was cancelled; nothing was written."))


def render_report_pdf(
    report: WorkshopReport,
    *,
    paper: str = "a4",
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    out: IO[bytes] | None = None,
) -> tuple[bytes, ReportResult]:
    """The PDF's bytes (or, given ``out``, the PDF written to it and ``b""``) and what it holds.

    Pages are laid out and drawn one at a time (``report_stream``): ``progress(done, total)``
    is called after each page drawn, and ``cancelled()``, asked as often, stops it with
    :class:`ReportCancelled`.
    """
    from reportlab.pdfgen.canvas import Canvas

    from workshop_studio.export.pdf_painter import PictogramForms

    with pdf_session():
        counter = PageSink(lambda _page: _check(cancelled))
        pictures, poster, plan = _lay_out(report, paper, counter, cancelled)
        counter.close()
        total = len(counter)
        frame = Frame.for_paper(paper)
        register_fonts()
        buffer = BytesIO() if out is None else out
        canvas = Canvas(
            buffer,
            pagesize=(pt(frame.width), pt(frame.height)),
            invariant=1,
            pageCompression=1,
            initialFontName=REGULAR,
        )
        canvas.setTitle(report.title)
        canvas.setAuthor("")
        canvas.setSubject(translate("ReviewExport", "Workshop report"))
        canvas.setCreator("Workshop Studio")
        forms = PictogramForms(canvas, cache_dir)
        defined: dict[int, tuple[str, float, float]] = {}
        for index, data in enumerate(pictures):  # every form before the first page
            media = next(s.pictogram_media_type for s in report.stages if s.pictogram_data == data)
            form = forms.define(
                CardView(kind="timeline_stage", title="", pictogram_data=data, pictogram_media_type=media)
            )
            if form is not None:
                defined[index] = form
        painter = ReportPainter(canvas, frame, defined, forms.draw)
        marker = translate("ReviewExport", "anonymised") if report.anonymised else ""
        drawn = 0

        def draw(page: Page) -> None:
            nonlocal drawn
            _check(cancelled)
            drawn += 1
            painter.page(page, drawn, total, report.title, marker)
            if progress is not None:
                progress(drawn, total)

        sink = PageSink(draw)
        _lay_out(report, paper, sink, cancelled, plan)
        sink.close()
        canvas.save()
    data = buffer.getvalue() if isinstance(buffer, BytesIO) and out is None else b""
    return data, ReportResult(total, poster, plan.truncated, paper)


def export_report_pdf(
    report: WorkshopReport,
    out: Path,
    *,
    paper: str = "a4",
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportResult:
    """Write the report to ``out`` atomically, drawn straight into the temporary file (a
    cancelled or failed report leaves nothing)."""
    try:
        with atomic_write(Path(out)) as handle:
            _, result = render_report_pdf(
                report, paper=paper, cache_dir=cache_dir, progress=progress, cancelled=cancelled, out=handle
            )
    except OSError as error:
        raise ReportError(
            translate("ReviewExport", "Cannot write {path}: {reason}").format(path=out, reason=error.strerror or error)
        ) from error
    return ReportResult(result.pages, result.poster_pages, result.cut_notes, paper, Path(out))
