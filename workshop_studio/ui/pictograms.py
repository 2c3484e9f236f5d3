"""Pictograms as Qt can draw them: SVG through QSvgRenderer, PNG through QImage.

Tabler icons draw with ``currentColor``; we give it the ink colour so strokes keep their
contrast on every card fill. An SVG is checked as the intake checks it before Qt sees it
(``svg_intake.svg_drawing_problem``): one that would make the renderer loop or fan out for
minutes is not drawn at all.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from workshop_studio.domain.colours import INK

log = logging.getLogger(__name__)


class Pictogram:
    """A drawable pictogram, whatever its format."""

    def __init__(self, data: bytes, media_type: str, colour: str = INK) -> None:
        from PySide6.QtSvg import QSvgRenderer  # loaded with the first pictogram, not at start-up

        from workshop_studio.interchange.svg_intake import svg_drawing_problem

        self._svg: QSvgRenderer | None = None
        self._image: QImage | None = None
        if media_type == "image/svg+xml":
            problem = svg_drawing_problem(data)  # a bomb accepted by an older version never reaches Qt
            if problem is not None:
                log.warning("pictogram not drawn: %s", problem)
                return
            text = data.replace(b"currentColor", colour.encode("ascii"))
            renderer = QSvgRenderer(QByteArray(text))
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            self._svg = renderer if renderer.isValid() else None
        else:
            image = QImage.fromData(data)
            self._image = None if image.isNull() else image

    @property
    def is_valid(self) -> bool:
        return self._svg is not None or self._image is not None

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        if self._svg is not None:
            self._svg.render(painter, rect)
        elif self._image is not None:
            scaled = self._image.size().scaled(rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, scaled.width(), scaled.height())
            target.moveCenter(rect.center())
            painter.drawImage(target, self._image)

    def pixmap(self, side: int) -> QPixmap:
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(0, 0, side, side))
        painter.end()
        return pixmap

    def icon(self, side: int = 48) -> QIcon:
        return QIcon(self.pixmap(side))


@lru_cache(maxsize=512)
def pictogram(data: bytes, media_type: str, colour: str = INK) -> Pictogram:
    """A shared, cached :class:`Pictogram` for these bytes."""
    return Pictogram(data, media_type, colour)
