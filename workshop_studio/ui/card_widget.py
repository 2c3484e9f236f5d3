"""A widget that shows one card face, as large as it can while keeping the card's proportions."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_studio.domain.card_sizes import CARD_SIZES, DEFAULT_CARD_SIZE, CardSize
from workshop_studio.domain.materials import CardView
from workshop_studio.export.card_layout import CardFace, layout_back, layout_front
from workshop_studio.ui.card_painter import paint_face


class CardFaceWidget(QWidget):
    def __init__(self, parent: QWidget | None = None, *, back: bool = False) -> None:
        super().__init__(parent)
        self._back = back
        self._card: CardView | None = None
        self._face: CardFace | None = None
        self._size: CardSize = CARD_SIZES[DEFAULT_CARD_SIZE]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 160)

    def set_card(self, card: CardView | None, size: CardSize | None = None) -> None:
        self._card = card
        if size is not None:
            self._size = size
        if card is None:
            self._face = None
        else:
            self._face = layout_back(card, self._size) if self._back else layout_front(card, self._size)
        self.setAccessibleName(card.title if card is not None else "")
        self.update()

    @property
    def face(self) -> CardFace | None:
        return self._face

    def sizeHint(self) -> QSize:
        return QSize(260, 360)

    def paintEvent(self, event) -> None:
        if self._face is None:
            return
        painter = QPainter(self)
        paint_face(painter, self._face, QRectF(self.rect()).adjusted(4, 4, -4, -4), self._card)
        painter.end()
