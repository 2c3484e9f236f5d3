"""Print a deck to PDF: the entry points the CLI and the print dialog call.

The whole document is drawn in memory (it is small), so cancelling leaves nothing behind,
then written to a temporary file beside the target and moved into place. The same cards and
options give byte-identical files (``invariant=1``: fixed dates and document id, forms and
pages in deck order).

The dialog calls :func:`export_deck_pdf` from a worker thread with ``progress(done, total)``
(pages) and ``cancelled()``; for its live preview, :func:`render_deck_pdf` with ``max_pages``
returns the first pages' bytes without touching the disk.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from workshop_studio.atomic import write_atomically
from workshop_studio.domain.materials import CardView
from workshop_studio.export.card_layout import CardFace, layout_back, layout_front
from workshop_studio.export.fonts import REGULAR, missing, register_fonts
from workshop_studio.export.imposition import Page, PrintedCard, impose, printed_cards
from workshop_studio.export.pdf_session import pdf_session
from workshop_studio.export.print_options import ExportError, PrintOptions, plan
from workshop_studio.export.sheet_layout import Sheet
from workshop_studio.i18n import translate

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled: no file was written."""


@dataclass(frozen=True)
class ExportReport:
    pages: int
    cards: int  # printed cards, copies included
    per_page: int
    orientation: str
    problems: tuple[str, ...] = ()  # one line per card whose text or pictogram did not fit or draw
    path: Path | None = None


def _canvas(target: BytesIO, options: PrintOptions, sheet: Sheet, title: str) -> Any:
    from reportlab.pdfgen.canvas import Canvas

    from workshop_studio.export.pdf_painter import pt

    register_fonts()
    # PDF 1.7: the viewer preferences PrintScaling (1.6) and Duplex (1.7) belong to it.
    canvas = Canvas(
        target,
        pagesize=(pt(sheet.width), pt(sheet.height)),
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        pdfVersion=(1, 7),
    )
    canvas.setTitle(title)
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator("Workshop Studio")
    canvas.setViewerPreference("PrintScaling", "None")
    if options.duplex and sheet.backs_on_own_page and options.layout != "print-shop":
        canvas.setViewerPreference("Duplex", options.duplex)
    return canvas


class _Faces:
    """Card faces laid out once per card (and per ticket number), with their problems."""

    def __init__(self, options: PrintOptions) -> None:
        self._size = options.size
        self._faces: dict[tuple[int, str, str | None], CardFace] = {}
        self.problems: list[str] = []

    def get(self, printed: PrintedCard, side: str) -> CardFace:
        key = (id(printed.card), side, printed.number)
        face = self._faces.get(key)
        if face is None:
            if side == "front":
                face = layout_front(printed.card, self._size, number=printed.number)
            else:
                face = layout_back(printed.card, self._size)
            self._faces[key] = face
            for problem in face.problems:
                self.report(problem)
        return face

    def report(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)


def render_deck_pdf(
    cards: Sequence[CardView],
    options: PrintOptions,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    max_pages: int | None = None,
    cache_dir: Path | None = None,
) -> tuple[bytes, ExportReport]:
    """The PDF's bytes and its report. Raises :class:`ExportError` or :class:`ExportCancelled`."""
    with pdf_session():
        return _render(cards, options, progress, cancelled, max_pages, cache_dir)


def _render(
    cards: Sequence[CardView],
    options: PrintOptions,
    progress: Progress | None,
    cancelled: Cancelled | None,
    max_pages: int | None,
    cache_dir: Path | None,
) -> tuple[bytes, ExportReport]:
    from workshop_studio.export.pdf_painter import CardPainter, PictogramForms

    sheet = plan(options)
    printed = printed_cards(
        cards, number_tickets=options.number_golden_tickets, first_number=options.first_ticket_number, sets=options.sets
    )
    if not printed:
        raise ExportError(translate("DeckPdf", "There is no card to print."))
    pages = impose(len(printed), sheet)
    if max_pages is not None:
        pages = pages[: max(1, max_pages)]
    buffer = BytesIO()
    canvas = _canvas(buffer, options, sheet, options.title or translate("DeckPdf", "Cards"))
    forms = PictogramForms(canvas, cache_dir)
    faces = _Faces(options)
    for index in sorted({p.index for page in pages for p in page.placements}):  # deck order
        item = printed[index]
        if forms.define(item.card) is None and item.card.pictogram_data:  # every form before the first page
            faces.report(
                translate("DeckPdf", "“{title}”: the pictogram could not be drawn.").format(title=item.card.title)
            )
        lacking = missing(" ".join((item.card.title, item.card.body or "", item.card.back or "")))
        if lacking:
            faces.report(
                translate(
                    "DeckPdf", "“{title}”: no font has the characters “{chars}”; they print as empty boxes."
                ).format(title=item.card.title, chars=lacking)
            )
        for note in forms.notes(item.card):
            faces.report(
                translate("DeckPdf", "“{title}”: the pictogram will not print exactly as drawn: {note}").format(
                    title=item.card.title, note=note
                )
            )
        faces.get(item, "front")
        if sheet.backs:
            faces.get(item, "back")
    painter = CardPainter(canvas, forms)
    for number, page in enumerate(pages, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        _page(canvas, painter, page, printed, faces, options, sheet)
        if progress is not None:
            progress(number, len(pages))
    canvas.save()
    report = ExportReport(
        pages=len(pages),
        cards=len({p.index for page in pages for p in page.placements}),
        per_page=sheet.per_page,
        orientation=sheet.orientation,
        problems=tuple(faces.problems),
    )
    return buffer.getvalue(), report


def _page(
    canvas: Any,
    painter: Any,
    page: Page,
    printed: list[PrintedCard],
    faces: _Faces,
    options: PrintOptions,
    sheet: Sheet,
) -> None:
    from workshop_studio.export.pdf_painter import draw_segments, pt

    canvas.setPageSize((pt(page.width), pt(page.height)))
    if sheet.layout == "print-shop":
        trim, bleed = page.placements[0].slot.trim, page.placements[0].slot.bleed_rect
        canvas.setTrimBox(_box(trim.x, trim.y, trim.right, trim.bottom, page.height))
        canvas.setBleedBox(_box(bleed.x, bleed.y, bleed.right, bleed.bottom, page.height))
    canvas.saveState()
    if page.side == "back" and sheet.layout != "print-shop":
        dx, dy = options.back_offset_mm
        canvas.translate(pt(dx), -pt(dy))
    for placement in page.placements:
        item = printed[placement.index]
        face = faces.get(item, placement.side)
        slot = placement.slot
        painter.draw(face, item.card, slot.trim.x, slot.trim.y, page.height, bleed=slot.bleed, rotated=slot.rotated)
    canvas.restoreState()
    draw_segments(canvas, page.marks, page.height)
    draw_segments(canvas, page.fold, page.height, dash=True)
    canvas.showPage()


def _box(left: float, top: float, right: float, bottom: float, page_height: float) -> tuple[float, ...]:
    from workshop_studio.export.pdf_painter import pt

    return (pt(left), pt(page_height - bottom), pt(right), pt(page_height - top))


def export_deck_pdf(
    cards: Sequence[CardView],
    options: PrintOptions,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    cache_dir: Path | None = None,
) -> ExportReport:
    """Write the deck's PDF to ``out`` atomically and say what was printed and what did not fit."""
    data, report = render_deck_pdf(cards, options, progress=progress, cancelled=cancelled, cache_dir=cache_dir)
    _write(Path(out), data)
    return dataclasses.replace(report, path=Path(out))


def render_calibration_pdf(options: PrintOptions) -> bytes:
    """Two pages (crosses, then scales) on the deck's paper, flipped as its backs will be."""
    from workshop_studio.export.calibration import draw_calibration, plan_calibration

    cal = plan_calibration(options)
    buffer = BytesIO()
    with pdf_session():
        canvas = _canvas(buffer, options, plan(options), translate("DeckPdf", "Duplex calibration"))
        draw_calibration(canvas, cal)
        canvas.save()
    return buffer.getvalue()


def export_calibration_pdf(options: PrintOptions, out: Path) -> ExportReport:
    data = render_calibration_pdf(options)
    _write(Path(out), data)
    sheet = plan(options)
    return ExportReport(pages=2, cards=0, per_page=sheet.per_page, orientation=sheet.orientation, path=Path(out))


def _write(out: Path, data: bytes) -> None:
    try:
        write_atomically(out, data)
    except OSError as error:
        raise ExportError(
            translate("DeckPdf", "Cannot write {path}: {reason}").format(path=out, reason=error.strerror or error)
        ) from error
