"""A deck's cards as a grid of small cards, drawn by the shared card painter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workshop_studio.domain.card_sizes import CARD_SIZES, DEFAULT_CARD_SIZE, CardSize
from workshop_studio.domain.materials import CardView
from workshop_studio.export.card_layout import CardFace, layout_front
from workshop_studio.ui.card_painter import paint_face

CardRole = Qt.ItemDataRole.UserRole + 1
FaceRole = Qt.ItemDataRole.UserRole + 2
CardIdRole = Qt.ItemDataRole.UserRole + 3


class CardListModel(QAbstractListModel):
    """Cards and their computed faces; the faces are laid out once per card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[CardView] = []
        self._faces: dict[int, CardFace] = {}
        self._size: CardSize = CARD_SIZES[DEFAULT_CARD_SIZE]

    def set_cards(self, cards: list[CardView], size: CardSize | None = None) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self._faces.clear()
        if size is not None:
            self._size = size
        self.endResetModel()

    @property
    def card_size(self) -> CardSize:
        return self._size

    def card(self, row: int) -> CardView:
        return self._cards[row]

    def face(self, row: int) -> CardFace:
        face = self._faces.get(row)
        if face is None:
            face = self._faces[row] = layout_front(self._cards[row], self._size)
        return face

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            from workshop_studio.ui.text import plain_tooltip

            return plain_tooltip(f"{card.title}\n\n{card.body}")
        if role == CardRole:
            return card
        if role == FaceRole:
            return self.face(index.row())
        if role == CardIdRole:
            return card.card_id
        return None


class CardDelegate(QStyledItemDelegate):
    """Paints a card in its cell, with a selection frame drawn around it (never over its text)."""

    def __init__(self, cell: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell = cell

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self.cell

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        face = index.data(FaceRole)
        card = index.data(CardRole)
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 4)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 8, 8)
            painter.restore()
        if face is not None:
            paint_face(painter, face, rect, card)
        else:  # pragma: no cover - every row has a face
            painter.fillRect(rect, QColor("white"))


CARD_CELL = QSize(190, 262)  # a card's place in a grid, in pixels


class CardGridView(QListView):
    def __init__(self, model: CardListModel, parent: QWidget | None = None, cell: QSize = CARD_CELL) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CardDelegate(cell, self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
