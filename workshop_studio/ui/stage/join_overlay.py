"""On the shared screen, while phones may join: the QR code, the short address, the room code;
and, for a few seconds, the phone note that just arrived.

A transparent layer over the slide view (so the console's miniature, a picture of that view,
shows it too); it paints two panels and lets every click through. Sizes follow the window's
height (PRINT.md): the code at a title's size, words at a label's, the QR code a third of
the height so it scans from the back of the room. Every text is drawn as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from workshop_studio.domain.colours import INK
from workshop_studio.ui.fonts import card_font
from workshop_studio.ui.stage.sizes import stage_sizes
from workshop_studio.ui.stage.style import INK_SOFT, PANEL, RULE

QR_SHARE = 0.34  # of the window's height
NOTE_SECONDS = 10


@dataclass(frozen=True)
class JoinCard:
    modules: tuple[tuple[bool, ...], ...]  # the QR code, quiet zone included
    address: str  # the short address, typed with the room code by those who cannot scan
    code: str


@dataclass(frozen=True)
class ArrivingNote:
    who: str  # "CDE (Léa)"
    kind: str
    text: str


class JoinOverlay(QWidget):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.card: JoinCard | None = None
        self.note: ArrivingNote | None = None
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.timeout.connect(self.clear_note)
        view.installEventFilter(self)
        self.setGeometry(view.rect())
        self.hide()

    # -- what it shows -------------------------------------------------------------------------
    def show_card(self, card: JoinCard | None) -> None:
        """The join panel (``None``: participation closed, nothing shows)."""
        self.card = card
        if card is None:
            self.clear_note()
        self._update_visibility()

    def show_note(self, note: ArrivingNote) -> None:
        self.note = note
        self._note_timer.start(NOTE_SECONDS * 1000)
        self._update_visibility()

    def clear_note(self) -> None:
        self.note = None
        self._update_visibility()

    def _update_visibility(self) -> None:
        visible = self.card is not None or self.note is not None
        self.setVisible(visible)
        if visible:
            self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        elif event.type() == QEvent.Type.ChildAdded and self.isVisible():
            QTimer.singleShot(0, self, self.raise_)  # a slide's own widget must not cover the panels
        return False

    # -- geometry (tests read it) ----------------------------------------------------------------
    def _lines(self) -> list[tuple[str, int, bool, str]]:
        """The words under the QR code: (text, pixel size, bold, colour)."""
        sizes = stage_sizes(self.width(), self.height())
        card = self.card
        address = card.address.removeprefix("http://").rstrip("/") if card is not None else ""
        return [
            (self.tr("Write from your phone"), sizes.label, False, INK),
            (self.tr("or go to %1").replace("%1", address), sizes.label, False, INK_SOFT),
            (self.tr("and type the code"), sizes.label, False, INK_SOFT),
            (card.code if card is not None else "", sizes.title, True, INK),
        ]

    @staticmethod
    def _font(size: int, bold: bool, *, spaced: bool = False) -> QFont:
        font = card_font(bold=bold)
        font.setPixelSize(size)
        if spaced:  # the room code, read letter by letter from the back of the room
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, size * 0.12)
        return font

    def card_rect(self) -> QRectF:
        sizes = stage_sizes(self.width(), self.height())
        side = self.height() * QR_SHARE
        words = max(
            (
                QFontMetricsF(self._font(size, bold, spaced=bold)).horizontalAdvance(text)
                for text, size, bold, _colour in self._lines()
            ),
            default=0.0,
        )
        width = min(max(side, words) + 2 * sizes.gap, self.width() * 0.45)
        height = side + 2 * sizes.gap + sum(size * 1.3 for _text, size, _bold, _colour in self._lines())
        return QRectF(self.width() - sizes.margin - width, self.height() - sizes.margin - height, width, height)

    def qr_rect(self) -> QRectF:
        card, pad = self.card_rect(), stage_sizes(self.width(), self.height()).gap
        side = self.height() * QR_SHARE
        return QRectF(card.center().x() - side / 2, card.top() + pad, side, side)

    def note_rect(self) -> QRectF:
        sizes = stage_sizes(self.width(), self.height())
        right = self.card_rect().left() - sizes.gap if self.card is not None else self.width() - sizes.margin
        width = max(right - sizes.margin, 10)
        lines = 1
        if self.note is not None:  # the note's own height, up to three lines
            box = QRectF(0, 0, width - 2 * sizes.gap, 10_000)
            flags = int(Qt.AlignmentFlag.AlignLeft) | _wrap(self.note.text)
            used = QFontMetricsF(self._font(sizes.label, False)).boundingRect(box, flags, self.note.text).height()
            lines = max(1, min(3, round(used / QFontMetricsF(self._font(sizes.label, False)).lineSpacing())))
        height = sizes.label * 1.3 * (1 + lines) + 2 * sizes.gap
        return QRectF(sizes.margin, self.height() - sizes.margin - height, width, height)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self.card is not None:
            self._paint_card(painter, self.card)
        if self.note is not None:
            self._paint_note(painter, self.note)
        painter.end()

    def _panel(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor(RULE), max(2, self.height() // 400)))
        painter.setBrush(QColor(PANEL))
        painter.drawRect(rect)

    def _paint_card(self, painter: QPainter, card: JoinCard) -> None:
        sizes = stage_sizes(self.width(), self.height())
        self._panel(painter, self.card_rect())
        qr = self.qr_rect()
        count = len(card.modules)
        cell = qr.width() / max(count, 1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for row, cells in enumerate(card.modules):
            for column, dark in enumerate(cells):
                if dark:  # whole pixels, so neighbouring modules never leave a hairline between them
                    x0, y0 = round(qr.left() + column * cell), round(qr.top() + row * cell)
                    x1, y1 = round(qr.left() + (column + 1) * cell), round(qr.top() + (row + 1) * cell)
                    painter.drawRect(x0, y0, x1 - x0, y1 - y0)
        card_box = self.card_rect().adjusted(sizes.gap, 0, -sizes.gap, 0)
        top = qr.bottom()
        for text, size, bold, colour in self._lines():
            font = self._font(size, bold, spaced=bold)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            box = QRectF(card_box.left(), top, card_box.width(), size * 1.3)
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, card_box.width()),
            )
            top += size * 1.3

    def _paint_note(self, painter: QPainter, note: ArrivingNote) -> None:
        sizes = stage_sizes(self.width(), self.height())
        rect = self.note_rect()
        self._panel(painter, rect)
        inner = rect.adjusted(sizes.gap, sizes.gap, -sizes.gap, -sizes.gap)
        painter.setFont(self._font(sizes.label, True))
        painter.setPen(QColor(INK_SOFT))
        head = QRectF(inner.left(), inner.top(), inner.width(), sizes.label * 1.3)
        painter.drawText(
            head,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.tr("From a phone — %1 · %2").replace("%1", note.who).replace("%2", note.kind),
        )
        font = self._font(sizes.label, False)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        body = QRectF(inner.left(), head.bottom(), inner.width(), inner.bottom() - head.bottom())
        text = _fit(note.text, QFontMetricsF(font), body)
        painter.setClipRect(body)
        painter.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | _wrap(note.text), text)


def _wrap(text: str) -> int:
    """Wrap between words, unless a word is too long for any line (then anywhere)."""
    longest = max((len(word) for word in text.split()), default=0)
    return int(Qt.TextFlag.TextWrapAnywhere if longest > 30 else Qt.TextFlag.TextWordWrap)


def _fit(text: str, metrics: QFontMetricsF, box: QRectF) -> str:
    """``text`` cut with an ellipsis so it fits ``box`` (a phone note can be long)."""
    flags = int(Qt.AlignmentFlag.AlignLeft) | _wrap(text)
    if metrics.boundingRect(box, flags, text).height() <= box.height():
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.boundingRect(box, flags, text[:middle] + "…").height() <= box.height():
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"
