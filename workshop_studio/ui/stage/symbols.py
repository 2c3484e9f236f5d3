"""A note kind's symbol drawn with QPainter: the same shapes as the printed report's
(``export/report_paint.draw_symbol``), so a kind looks the same on the wall and on paper."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from workshop_studio.domain.colours import INK
from workshop_studio.export.report_style import KIND_SYMBOLS
from workshop_studio.ui.fonts import card_font


def paint_symbol(painter: QPainter, kind: str, box: QRectF) -> None:
    """The symbol of note kind ``kind`` in the square ``box`` (ink strokes, no fill)."""
    shape = KIND_SYMBOLS.get(kind, "")
    s, x, y = min(box.width(), box.height()), box.x(), box.y()
    cx, cy = x + s / 2, y + s / 2
    ink = QColor(INK)
    pen = QPen(ink, max(s * 0.09, 1.2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)

    def dot(px: float, py: float, r: float) -> None:
        painter.setBrush(ink)
        painter.drawEllipse(QPointF(px, py), r, r)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    if shape == "warning":
        path = QPainterPath(QPointF(cx, y + s * 0.05))
        path.lineTo(x + s * 0.03, y + s * 0.92)
        path.lineTo(x + s * 0.97, y + s * 0.92)
        path.closeSubpath()
        painter.drawPath(path)
        painter.drawLine(QPointF(cx, y + s * 0.32), QPointF(cx, y + s * 0.62))
        dot(cx, y + s * 0.78, s * 0.05)
    elif shape == "bulb":
        painter.drawEllipse(QPointF(cx, y + s * 0.4), s * 0.3, s * 0.3)
        painter.drawLine(QPointF(cx - s * 0.14, y + s * 0.8), QPointF(cx + s * 0.14, y + s * 0.8))
        painter.drawLine(QPointF(cx - s * 0.1, y + s * 0.94), QPointF(cx + s * 0.1, y + s * 0.94))
    elif shape in ("question", "quote"):
        if shape == "question":
            painter.drawEllipse(QPointF(cx, cy), s * 0.46, s * 0.46)
        font = card_font(bold=True)
        font.setPixelSize(max(1, round(s * (0.75 if shape == "question" else 0.95))))
        painter.setFont(font)
        painter.drawText(QRectF(x, y, s, s), Qt.AlignmentFlag.AlignCenter, "?" if shape == "question" else "«»")
    elif shape == "check":
        pen.setWidthF(max(s * 0.14, 1.6))
        painter.setPen(pen)
        path = QPainterPath(QPointF(x + s * 0.1, y + s * 0.5))
        path.lineTo(x + s * 0.4, y + s * 0.82)
        path.lineTo(x + s * 0.92, y + s * 0.15)
        painter.drawPath(path)
    elif shape in ("smile", "frown"):
        painter.drawEllipse(QPointF(cx, cy), s * 0.46, s * 0.46)
        dot(cx - s * 0.16, y + s * 0.38, s * 0.05)
        dot(cx + s * 0.16, y + s * 0.38, s * 0.05)
        if shape == "smile":
            painter.drawArc(QRectF(cx - s * 0.24, y + s * 0.48, s * 0.48, s * 0.34), 200 * 16, 140 * 16)
        else:
            painter.drawArc(QRectF(cx - s * 0.22, y + s * 0.62, s * 0.44, s * 0.3), 20 * 16, 140 * 16)
    else:
        painter.drawRect(QRectF(x + s * 0.2, y + s * 0.2, s * 0.6, s * 0.6))
    painter.restore()
