"""What the timeline scene is made of: stage headers, sticky notes, role lanes.

A note's kind is shown by its colour AND written on it; its author's role is written too
(never colour alone, PRINT.md). Text is drawn as plain text. Zoomed far out, notes are
drawn as plain coloured blocks: thousands of them still repaint within a frame.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from workshop_studio.domain.colours import ANNOTATION_SWATCH, INK, PALETTE
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.overview import StageLine
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.i18n import QT_TRANSLATE_NOOP
from workshop_studio.ui.fonts import card_font
from workshop_studio.ui.pictograms import pictogram

NOTE_TEXT_PX = 18
NOTE_LABEL_PX = 15
DETAIL_THRESHOLD = 0.35  # below this zoom, notes are drawn without their words
HEADER_PICTURE_PX = 160


@lru_cache(maxsize=16)
def _font(pixels: int, bold: bool = False) -> QFont:
    font = card_font(bold=bold)
    font.setPixelSize(pixels)
    return font


@lru_cache(maxsize=16)
def _metrics(pixels: int, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(_font(pixels, bold))


MAX_FACES = 600  # laid-out notes kept; more would hold megabytes of glyph layouts on big timelines
_faces: OrderedDict[int, NoteItem] = OrderedDict()


def _remember_face(item: NoteItem) -> None:
    """Keep the layouts of the notes painted last; older ones are laid out again if shown."""
    _faces[id(item)] = item
    _faces.move_to_end(id(item))
    while len(_faces) > MAX_FACES:
        _key, oldest = _faces.popitem(last=False)
        oldest._face = None


def _static(text: str, font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    static.prepare(font=font)
    return static


@lru_cache(maxsize=32)
def _colour(name: str) -> QColor:
    return QColor(name)


_SHORT_KINDS = {
    "emotion_positive": QT_TRANSLATE_NOOP("TimelineNote", "Emotion +"),
    "emotion_negative": QT_TRANSLATE_NOOP("TimelineNote", "Emotion −"),
}


def kind_label(kind: str) -> str:
    """The kind as written on a note (short enough to sit beside the author's role)."""
    if kind in _SHORT_KINDS:
        return QCoreApplication.translate("TimelineNote", _SHORT_KINDS[kind])
    try:
        return AnnotationKind(kind).display()
    except ValueError:
        return kind


def role_label(role: str | None) -> str:
    if not role:
        return ""
    try:
        return Role(role).display()
    except ValueError:
        return role


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap; the last line that fits ends with an ellipsis when text remains."""
    lines: list[str] = []
    for paragraph in text.replace("\r", "").split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if metrics.horizontalAdvance(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while metrics.horizontalAdvance(word) > width and len(word) > 1:  # a word wider than the note
                cut = len(word)
                while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
                    cut = max(1, cut * 3 // 4) if cut > 8 else cut - 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = metrics.elidedText(lines[-1] + " …", Qt.TextElideMode.ElideRight, width)
    return lines


_NO_PEN = QPen(Qt.PenStyle.NoPen)  # one pen shared by every item (Qt shares its data)


class _Box(QGraphicsRectItem):
    """A rectangle item whose geometry Qt keeps natively: repaints and hit tests of thousands
    of notes then never call back into Python except to paint what is visible."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__(0, 0, width, height)
        self.setPen(_NO_PEN)


class NoteItem(_Box):
    """A sticky note. ``record`` is the note as stored; the item keeps nothing else of its own."""

    def __init__(self, record: NoteRecord, width: float, height: float, *, show_hidden_mark: bool = True) -> None:
        super().__init__(width, height)
        self.record = record
        self._face: tuple[QStaticText, QStaticText, float, list[QStaticText], QStaticText | None] | None = None
        self.show_hidden_mark = show_hidden_mark
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    def set_record(self, record: NoteRecord) -> None:
        self.record = record
        self._face = None
        self.update()

    def _prepare(self) -> tuple[QStaticText, QStaticText, float, list[QStaticText], QStaticText | None]:
        """Words and positions, computed once per record (painting then only draws)."""
        record = self.record
        label_metrics = _metrics(NOTE_LABEL_PX, True)
        text_metrics = _metrics(NOTE_TEXT_PX)
        rect = self.rect()
        kind = kind_label(record.kind).upper()
        if record.hidden and self.show_hidden_mark:
            kind = f"{kind} · {_hidden_word()}"
        role = role_label(record.role)
        role_width = label_metrics.horizontalAdvance(role)
        kind = label_metrics.elidedText(kind, Qt.TextElideMode.ElideRight, rect.width() - 34 - role_width)
        footer = self._footer(label_metrics, rect.width() - 26)
        top = 8 + label_metrics.ascent()
        room = rect.height() - top - 8 - (label_metrics.height() + 4 if footer else 0)
        lines = wrap_lines(record.text, text_metrics, rect.width() - 26, max(1, int(room // text_metrics.height())))
        # Laid out once: drawStaticText then skips text shaping on every repaint.
        return (
            _static(kind, _font(NOTE_LABEL_PX, True)),
            _static(role, _font(NOTE_LABEL_PX, True)),
            rect.width() - 10 - role_width,
            [_static(line, _font(NOTE_TEXT_PX)) for line in lines],
            _static(footer, _font(NOTE_LABEL_PX)) if footer else None,
        )

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        record = self.record
        swatch = PALETTE[ANNOTATION_SWATCH.get(record.kind, "grey")]
        rect = self.rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_colour(swatch.fill))
        if option.levelOfDetailFromTransform(painter.worldTransform()) < DETAIL_THRESHOLD:
            painter.drawRect(rect)
            return
        if self._face is None:
            self._face = self._prepare()
            _remember_face(self)
        kind, role, role_x, lines, footer = self._face
        painter.drawRoundedRect(rect, 6, 6)
        painter.setBrush(_colour(swatch.accent))
        painter.drawRect(QRectF(0, 3, 8, rect.height() - 6))
        if record.hidden and self.show_hidden_mark:
            painter.setBrush(QBrush(QColor(0, 0, 0, 40), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 6, 6)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(_colour(INK), 3))
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)
        painter.setPen(_colour(INK))
        label_metrics = _metrics(NOTE_LABEL_PX, True)
        painter.setFont(_font(NOTE_LABEL_PX, True))
        painter.drawStaticText(QPointF(role_x, 8), role)  # static texts are placed by their top-left corner
        painter.drawStaticText(QPointF(16, 8), kind)
        painter.setFont(_font(NOTE_TEXT_PX))
        y = 8 + label_metrics.ascent() + 6
        height = _metrics(NOTE_TEXT_PX).height()
        for line in lines:
            painter.drawStaticText(QPointF(16, y), line)
            y += height
        if footer is not None:
            painter.setFont(_font(NOTE_LABEL_PX))
            painter.drawStaticText(QPointF(16, rect.height() - 8 - label_metrics.ascent()), footer)

    def _footer(self, metrics: QFontMetricsF, width: float) -> str:
        """The author, then the votes; a long name is shortened, never the votes."""
        votes = ""
        if self.record.votes:
            votes = "●" * min(self.record.votes, 5) + (f" {self.record.votes}" if self.record.votes > 5 else "")
        author = self.record.author or ""
        if not author:
            return votes
        if not votes:
            return metrics.elidedText(author, Qt.TextElideMode.ElideRight, width)
        tail = " · " + votes
        return metrics.elidedText(author, Qt.TextElideMode.ElideRight, width - metrics.horizontalAdvance(tail)) + tail


def _hidden_word() -> str:
    return QCoreApplication.translate("TimelineNote", "hidden")


class StageHeaderItem(_Box):
    """A stage's pictogram and title; drawn highlighted when it is the current target."""

    def __init__(self, stage: StageLine, width: float, height: float) -> None:
        super().__init__(width, height)
        self.stage = stage
        self.current = False
        self.count = 0

    def set_state(self, *, current: bool | None = None, count: int | None = None) -> None:
        if count is not None:
            self.count = count
        if current is not None and current != self.current:
            self.current = current
            self.update()  # the count is not drawn: a new note does not repaint its header

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(INK), 4 if self.current else 1))
        painter.setBrush(QColor("#FFFFFF" if not self.current else PALETTE["sky"].fill))
        painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 8, 8)
        if self.stage.pictogram_data:
            side = 56.0
            picture = _header_picture(self.stage.pictogram_data, self.stage.pictogram_media_type or "image/svg+xml")
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(QRectF((rect.width() - side) / 2, 10, side, side), picture, QRectF(picture.rect()))
        font = _font(20, bold=True)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        metrics = QFontMetricsF(font)
        y = 74 + metrics.ascent()
        for line in wrap_lines(self.stage.title, metrics, rect.width() - 20, 2):
            painter.drawText(QPointF((rect.width() - metrics.horizontalAdvance(line)) / 2, y), line)
            y += metrics.height()


@lru_cache(maxsize=64)
def _header_picture(data: bytes, media_type: str) -> QPixmap:
    """A stage's pictogram drawn once, sharp up to the stage's zoom (an SVG costs a lot to draw)."""
    return pictogram(data, media_type).pixmap(HEADER_PICTURE_PX)


class LaneItem(_Box):
    """A role's swimlane: a light band across the stages and the role's name at its left."""

    def __init__(self, role: str, width: float, height: float, label_width: float, shaded: bool) -> None:
        super().__init__(width, height)
        self.role = role
        self.label_width = label_width
        self.shaded = shaded
        self.setZValue(-1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#F1F1F1" if self.shaded else "#FAFAFA"))
        painter.drawRect(rect)
        font = _font(20, bold=True)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        metrics = QFontMetricsF(font)
        y = 16 + metrics.ascent()
        for line in wrap_lines(role_label(self.role), metrics, self.label_width - 20, 3):
            painter.drawText(QPointF(12, y), line)
            y += metrics.height()
