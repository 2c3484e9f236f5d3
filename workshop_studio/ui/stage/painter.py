"""The QPainter painter of a slide layout: it draws, it decides nothing.

Everything (positions, sizes, what is hidden, which page) was settled by ``layout/``; text
uses the same unhinted, unkerned Atkinson Hyperlegible as the card painter, so the widths
measured there are the widths drawn here. Given a list, it also records each line of text it
draws with the rectangle Qt's own metrics give it: tests read what was drawn from that.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from workshop_studio.export.card_layout import Box, TextBlock
from workshop_studio.export.fonts import BOLD, ITALIC, printable
from workshop_studio.ui.card_painter import paint_face
from workshop_studio.ui.fonts import card_font
from workshop_studio.ui.pictograms import pictogram
from workshop_studio.ui.stage.layout.primitives import PlacedCard, Segment, Shape, SlideLayout, px
from workshop_studio.ui.stage.symbols import paint_symbol


@dataclass(frozen=True)
class DrawnText:
    """One line of text as drawn: its role in the layout, its words, and where Qt put its ink."""

    role: str
    text: str
    rect: QRectF
    pixel_size: int


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def paint_text(painter: QPainter, text: TextBlock, record: list[DrawnText] | None = None) -> None:
    if not text.fitted.lines:
        return
    font = card_font(bold=text.font == BOLD, italic=text.font == ITALIC)
    font.setPixelSize(max(1, px(text.fitted)))
    painter.setFont(font)
    painter.setPen(QColor(text.colour))
    metrics = QFontMetricsF(font) if record is not None else None
    for line, x, baseline in text.baselines():
        painter.drawText(QPointF(x, baseline), printable(line))
        if metrics is not None and record is not None:
            rect = QRectF(x, baseline - metrics.ascent(), metrics.horizontalAdvance(printable(line)), metrics.height())
            record.append(DrawnText(text.role, line, rect, font.pixelSize()))


def _paint_shape(painter: QPainter, shape: Shape) -> None:
    if shape.stroke:
        pen = QPen(QColor(shape.stroke), shape.stroke_width)
        if shape.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(shape.fill)) if shape.fill else Qt.BrushStyle.NoBrush)
    if shape.radius:
        painter.drawRoundedRect(_rect(shape.box), shape.radius, shape.radius)
    else:
        painter.drawRect(_rect(shape.box))


def _paint_segment(painter: QPainter, segment: Segment) -> None:
    pen = QPen(QColor(segment.colour), segment.width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    end = QPointF(segment.x2, segment.y2)
    painter.drawLine(QLineF(QPointF(segment.x1, segment.y1), end))
    if segment.arrow:
        angle = math.atan2(segment.y2 - segment.y1, segment.x2 - segment.x1)
        size = segment.width * 3.2
        left = QPointF(end.x() - size * math.cos(angle - 0.5), end.y() - size * math.sin(angle - 0.5))
        right = QPointF(end.x() - size * math.cos(angle + 0.5), end.y() - size * math.sin(angle + 0.5))
        path = QPainterPath()
        path.addPolygon(QPolygonF([end, left, right, end]))
        painter.fillPath(path, QColor(segment.colour))


def _paint_card(painter: QPainter, placed: PlacedCard) -> None:
    paint_face(painter, placed.face, _rect(placed.box), placed.card)


def paint_slide(
    painter: QPainter, layout: SlideLayout, width: float, height: float, record: list[DrawnText] | None = None
) -> None:
    """Draw ``layout`` on a ``width`` × ``height`` surface (its coordinates are that surface's);
    each line of text drawn is appended to ``record`` when given."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, width, height), QColor(layout.background))
    for shape in layout.shapes:
        _paint_shape(painter, shape)
    for segment in layout.segments:
        _paint_segment(painter, segment)
    for picture in layout.pictures:
        pictogram(picture.data, picture.media_type).paint(painter, _rect(picture.box))
    for card in layout.cards:
        _paint_card(painter, card)
    for mark in layout.marks:
        paint_symbol(painter, mark.kind, _rect(mark.box))
    for text in layout.texts:
        paint_text(painter, text, record)
    painter.restore()
