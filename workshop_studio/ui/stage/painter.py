"""The QPainter painter of a slide layout: it draws, it decides nothing.

Everything (positions, sizes, what is hidden, which page) was settled by ``layout/``; text
uses the same unhinted, unkerned Atkinson Hyperlegible as the card painter, so the widths
measured there are the widths drawn here.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from workshop_studio.export.card_layout import Box, TextBlock
from workshop_studio.export.fonts import BOLD, ITALIC, printable
from workshop_studio.ui.card_painter import paint_face
from workshop_studio.ui.fonts import card_font
from workshop_studio.ui.pictograms import pictogram
from workshop_studio.ui.stage.layout.primitives import PlacedCard, Segment, Shape, SlideLayout, px


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def paint_text(painter: QPainter, text: TextBlock) -> None:
    if not text.fitted.lines:
        return
    font = card_font(bold=text.font == BOLD, italic=text.font == ITALIC)
    font.setPixelSize(max(1, px(text.fitted)))
    painter.setFont(font)
    painter.setPen(QColor(text.colour))
    for line, x, baseline in text.baselines():
        painter.drawText(QPointF(x, baseline), printable(line))


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


def paint_slide(painter: QPainter, layout: SlideLayout, width: float, height: float) -> None:
    """Draw ``layout`` on a ``width`` × ``height`` surface (its coordinates are that surface's)."""
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
    for text in layout.texts:
        paint_text(painter, text)
    painter.restore()
