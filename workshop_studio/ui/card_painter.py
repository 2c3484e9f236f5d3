"""The QPainter painter of the shared card layout (its twin draws the same layout in PDF).

The layout is in millimetres; we paint in hundredths of a millimetre so that font pixel
sizes (integers in Qt) keep their precision, and scale that to the target rectangle.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from workshop_studio.domain.materials import CardView
from workshop_studio.export.card_layout import CardFace
from workshop_studio.export.fonts import BOLD, ITALIC, MM_PER_PT, printable, runs, text_width_mm
from workshop_studio.ui.fonts import card_font
from workshop_studio.ui.pictograms import pictogram

UNITS_PER_MM = 100.0


def _rect(box) -> QRectF:
    return QRectF(box.x * UNITS_PER_MM, box.y * UNITS_PER_MM, box.width * UNITS_PER_MM, box.height * UNITS_PER_MM)


def paint_face(
    painter: QPainter,
    face: CardFace,
    target: QRectF,
    card: CardView | None = None,
    *,
    corner_mm: float = 3.0,
    outline: bool = True,
) -> None:
    """Draw ``face`` scaled to fit ``target`` (aspect kept, centred)."""
    scale = min(target.width() / face.width, target.height() / face.height)
    width, height = face.width * scale, face.height * scale
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(target.x() + (target.width() - width) / 2, target.y() + (target.height() - height) / 2)
    painter.scale(scale / UNITS_PER_MM, scale / UNITS_PER_MM)

    card_rect = QRectF(0, 0, face.width * UNITS_PER_MM, face.height * UNITS_PER_MM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(face.fill))
    radius = corner_mm * UNITS_PER_MM
    painter.drawRoundedRect(card_rect, radius, radius)
    if face.strip is not None:
        painter.save()
        painter.setClipRect(_rect(face.strip))
        painter.setBrush(QColor(face.accent))
        painter.drawRoundedRect(card_rect, radius, radius)
        painter.restore()
    if outline:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#00000055"), 0.25 * UNITS_PER_MM))
        painter.drawRoundedRect(card_rect, radius, radius)

    if face.pictogram is not None and card is not None and card.pictogram_data:
        pictogram(card.pictogram_data, card.pictogram_media_type or "image/svg+xml").paint(
            painter, _rect(face.pictogram)
        )

    for block in face.texts:
        painter.setPen(QColor(block.colour))
        pixels = max(1, round(block.fitted.size_pt * MM_PER_PT * UNITS_PER_MM))
        for line, x, baseline in block.baselines():
            # Run by run, in the font printing uses for it, at the x printing computes.
            for name, piece in runs(printable(line), block.font):
                fallback = None if name == block.font else name
                font = card_font(bold=block.font == BOLD, italic=block.font == ITALIC, fallback=fallback)
                font.setPixelSize(pixels)
                painter.setFont(font)
                painter.drawText(QPointF(x * UNITS_PER_MM, baseline * UNITS_PER_MM), piece)
                x += text_width_mm(piece, name, block.fitted.size_pt)
    painter.restore()
