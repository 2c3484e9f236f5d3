"""The reportlab painter of the shared card layout: it draws a :class:`CardFace`, nothing more.

Everything is vector. Text is real text in the embedded Atkinson Hyperlegible, drawn line by
line with ``drawString`` (never through ``Paragraph``: user text is not markup). Each
pictogram becomes one form XObject, drawn once and reused by every card that shows it (an SVG
with gradients, which reportlab forms cannot carry, is drawn where it is used); PNG pictograms
(imported by users) are the only raster allowed. Fills that touch the trim run on into the
bleed.
"""

from __future__ import annotations

import logging
from io import BytesIO
from pathlib import Path
from typing import Any

from workshop_studio.domain.colours import INK, hex_to_rgb
from workshop_studio.domain.materials import CardView
from workshop_studio.export.card_layout import Box, CardFace
from workshop_studio.export.fonts import REGULAR, draw_text
from workshop_studio.export.pictogram_art import (
    RichArt,
    VectorArt,
    art_notes,
    cache_key,
    describe_note,
    render_drawing,
    vector_art,
)
from workshop_studio.export.sheet_layout import Segment
from workshop_studio.pictures.svg_pdf import SvgPdf

log = logging.getLogger(__name__)

PT_PER_MM = 72 / 25.4
MARK_WIDTH_PT = 0.5
_EDGE = 1e-6


def pt(mm: float) -> float:
    return mm * PT_PER_MM


def _rgb(colour: str) -> tuple[float, float, float]:
    r, g, b = hex_to_rgb(colour)
    return r / 255, g / 255, b / 255


def _has_size(art: VectorArt | RichArt | SvgPdf) -> bool:
    """A pictogram of no width or height cannot be scaled into its box (it would divide by 0)."""
    width, height = (art.drawing.width, art.drawing.height) if isinstance(art, RichArt) else (art.width, art.height)
    try:
        return float(width) > 0 and float(height) > 0
    except (TypeError, ValueError):
        return False


class PictogramForms:
    """One form XObject per distinct pictogram of a document, defined before the first page."""

    def __init__(self, canvas: Any, cache_dir: Path | None = None) -> None:
        self._canvas = canvas
        self._cache_dir = cache_dir
        self._forms: dict[str, tuple[str, float, float] | None] = {}
        self._notes: dict[str, tuple[str, ...]] = {}
        self._rich: dict[str, Any] = {}
        self._importer: Any = None

    def define(self, card: CardView) -> tuple[str, float, float] | None:
        """The form's (name, width, height) for ``card``'s pictogram, made on first use."""
        data = card.pictogram_data
        if not data:
            return None
        key = cache_key(data)
        if key not in self._forms:
            self._forms[key] = self._make(f"pic{len(self._forms)}", data, card.pictogram_media_type or "")
        return self._forms[key]

    def notes(self, card: CardView) -> tuple[str, ...]:
        """What of ``card``'s pictogram does not print as drawn, in words (after :meth:`define`)."""
        if not card.pictogram_data:
            return ()
        return tuple(describe_note(note) for note in self._notes.get(cache_key(card.pictogram_data), ()))

    def _make(self, name: str, data: bytes, media_type: str) -> tuple[str, float, float] | None:
        c = self._canvas
        if media_type in ("image/png", "image/jpeg"):  # a JPEG goes into the PDF as it is (DCT)
            from reportlab.lib.utils import ImageReader

            try:
                image = ImageReader(BytesIO(data))
                width, height = (float(v) for v in image.getSize())
                image.getRGBData()  # decoded now, not half-way through a page
            except Exception as error:  # noqa: BLE001 - PIL raises many kinds on a damaged file
                log.info("unreadable PNG pictogram: %s", error)
                return None
            if not (width > 0 and height > 0):
                return None
            c.beginForm(name, 0, 0, width, height)
            c.drawImage(image, 0, 0, width, height, mask="auto")
            c.endForm()
            return name, width, height
        art = vector_art(data, self._cache_dir)
        if art is not None and not _has_size(art):
            return None
        self._notes[cache_key(data)] = art_notes(art)
        if isinstance(art, SvgPdf):
            from workshop_studio.export.pdf_form import FormImporter

            if self._importer is None:
                self._importer = FormImporter(c)
            try:
                width, height = self._importer.define(name, art.pdf)
            except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on a damaged cache file
                log.info("converted pictogram unreadable: %s", error)
                return None
            return name, width, height
        if isinstance(art, VectorArt):
            c.beginForm(name, 0, 0, art.width, art.height)
            c.addLiteral(art.ops)
            c.endForm()
            return name, art.width, art.height
        if isinstance(art, RichArt):
            # reportlab forms cannot carry shadings: such a drawing is drawn where it is used.
            art.drawing.initialFontName = REGULAR  # never let the renderer pick Helvetica
            self._rich[name] = art.drawing
            return name, float(art.drawing.width), float(art.drawing.height)
        return None

    def draw(self, name: str) -> None:
        """Draw the pictogram ``name`` at the origin of the current transformation."""
        drawing = self._rich.get(name)
        if drawing is None:
            self._canvas.doForm(name)
        else:
            render_drawing(drawing, self._canvas)


class CardPainter:
    def __init__(self, canvas: Any, forms: PictogramForms) -> None:
        self.canvas = canvas
        self.forms = forms

    def draw(
        self,
        face: CardFace,
        card: CardView,
        x: float,
        y: float,
        page_height: float,
        *,
        bleed: float = 0.0,
        rotated: bool = False,
    ) -> None:
        """Draw ``face`` with its trim's top-left corner at (x, y) mm from the page's top-left."""
        c = self.canvas
        c.saveState()
        c.translate(pt(x), pt(page_height - y - face.height))
        if rotated:
            c.translate(pt(face.width), pt(face.height))
            c.rotate(180)
        self._fill(face, Box(0, 0, face.width, face.height), face.fill, bleed)
        if face.strip is not None:
            self._fill(face, face.strip, face.accent, bleed)
        if face.pictogram is not None:
            self._pictogram(face, face.pictogram, card)
        for block in face.texts:
            c.setFont(block.font, block.fitted.size_pt)
            c.setFillColorRGB(*_rgb(block.colour))
            for line, lx, baseline in block.baselines():
                if line:
                    draw_text(c, pt(lx), pt(face.height - baseline), line, block.font, block.fitted.size_pt)
        c.restoreState()

    def _fill(self, face: CardFace, box: Box, colour: str, bleed: float) -> None:
        """A filled box; its sides on the trim run ``bleed`` mm further out."""
        left = box.x - (bleed if box.x <= _EDGE else 0)
        top = box.y - (bleed if box.y <= _EDGE else 0)
        right = box.right + (bleed if box.right >= face.width - _EDGE else 0)
        bottom = box.bottom + (bleed if box.bottom >= face.height - _EDGE else 0)
        self.canvas.setFillColorRGB(*_rgb(colour))
        self.canvas.rect(pt(left), pt(face.height - bottom), pt(right - left), pt(bottom - top), stroke=0, fill=1)

    def _pictogram(self, face: CardFace, box: Box, card: CardView) -> None:
        form = self.forms.define(card)
        if form is None:
            return
        name, width, height = form
        scale = min(pt(box.width) / width, pt(box.height) / height)
        dx = pt(box.x) + (pt(box.width) - width * scale) / 2
        dy = pt(face.height - box.bottom) + (pt(box.height) - height * scale) / 2
        c = self.canvas
        c.saveState()
        c.transform(scale, 0, 0, scale, dx, dy)
        self.forms.draw(name)
        c.restoreState()


def draw_segments(canvas: Any, segments: tuple[Segment, ...], page_height: float, *, dash: bool = False) -> None:
    """Crop marks (0.5 pt black) or, dashed, a fold line."""
    if not segments:
        return
    canvas.saveState()
    canvas.setStrokeColorRGB(*(_rgb(INK) if dash else (0.0, 0.0, 0.0)))
    canvas.setLineWidth(MARK_WIDTH_PT)
    if dash:
        canvas.setDash(3, 2)
    path = canvas.beginPath()
    for s in segments:
        path.moveTo(pt(s.x1), pt(page_height - s.y1))
        path.lineTo(pt(s.x2), pt(page_height - s.y2))
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()
