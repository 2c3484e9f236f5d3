"""Pictograms as Qt can draw them: an SVG from the very PDF printing uses, pictures through QImage.

The room's screen and the paper must agree, so an SVG is not handed to QSvgRenderer (which
ignores filters and much of CSS): it is converted as printing converts it
(``export.pictogram_art``, svg2pdf) and that PDF is rendered by QtPdf at the pixel size it is
shown at (re-rendered when that size changes). Where svg2pdf is not installed, QSvgRenderer
draws it. Tabler icons draw with ``currentColor``; it takes the ink colour so strokes keep
their contrast on every card fill. An SVG is checked as the intake checks it before any
renderer sees it (``svg_intake.svg_drawing_problem``): one that would make the renderer loop
or fan out for minutes is not drawn at all.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
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
        self._pdf: _PdfPicture | None = None
        if media_type == "image/svg+xml":
            problem = svg_drawing_problem(data)  # a bomb accepted by an older version never reaches Qt
            if problem is not None:
                log.warning("pictogram not drawn: %s", problem)
                return
            from workshop_studio.export.pictogram_art import vector_art
            from workshop_studio.pictures.svg_pdf import SvgPdf

            art = vector_art(data, colour=colour)
            if isinstance(art, SvgPdf):
                self._pdf = _PdfPicture(art.pdf, art.width, art.height)
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
        return self._svg is not None or self._image is not None or self._pdf is not None

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        if self._pdf is not None:
            self._pdf.paint(painter, rect)
        elif self._svg is not None:
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


class _PdfPicture:
    """A one-page PDF drawn into a rectangle, rendered at the device pixels it covers."""

    def __init__(self, pdf: bytes, width: float, height: float) -> None:
        from PySide6.QtPdf import QPdfDocument

        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document: Any = QPdfDocument()
        self._document.load(self._buffer)
        self._aspect = width / height
        self._rendered: tuple[QSize, QImage] | None = None

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        target = QRectF(rect)
        if target.width() / max(target.height(), 1e-9) > self._aspect:
            target.setWidth(target.height() * self._aspect)
        else:
            target.setHeight(target.width() / self._aspect)
        target.moveCenter(rect.center())
        device = painter.transform().mapRect(target)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = QSize(
            max(1, min(4096, round(device.width() * ratio))), max(1, min(4096, round(device.height() * ratio)))
        )
        if self._rendered is None or self._rendered[0] != size:
            image = self._document.render(0, size)
            self._rendered = (size, image)
        painter.drawImage(target, self._rendered[1])
