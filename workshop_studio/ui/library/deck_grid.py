"""The deck editor's card grid: the shared card grid, plus reordering by drag and drop.

A drop asks for a move (``moveRequested(card ids, drop row)``) and the deck editor pushes
the undo command; the grid redraws from data. Redraws keep the selection: when only some
cards changed, only those rows are repainted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from workshop_studio.domain.card_sizes import CardSize
from workshop_studio.domain.materials import CardView
from workshop_studio.ui.library.card_grid import CardGridView, CardListModel
from workshop_studio.ui.library.ordered_list import DropOrderMixin, RowDragModel


class DeckCardsModel(RowDragModel, CardListModel):
    moveRequested = Signal(list, int)  # card ids, drop row (in this model's rows)

    def update_cards(self, cards: Sequence[CardView], size: CardSize) -> None:
        """Show ``cards``; same cards in the same order: repaint the changed ones only."""
        new = list(cards)
        old = self._cards
        if size != self._size or [c.card_id for c in new] != [c.card_id for c in old]:
            self.set_cards(new, size)
            return
        for row, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                self._cards[row] = after
                self._faces.pop(row, None)
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def card_ids(self) -> list[int]:
        return [int(c.card_id) for c in self._cards if c.card_id is not None]

    def row_ids(self) -> list[int | None]:
        return [c.card_id for c in self._cards]


DECK_CELL = QSize(176, 242)  # a card's place in the deck editor, in pixels


class DeckGridView(DropOrderMixin, CardGridView):
    """Cards left to right, wrapping; a drop indicator shows where dragged cards will go."""

    def __init__(self, model: DeckCardsModel, parent: QWidget | None = None, cell: QSize = DECK_CELL) -> None:
        super().__init__(model, parent, cell)
        # List mode flowing left to right lays cards out as the icon mode does, but its drag
        # and drop shows where cards will land instead of letting them float freely.
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Snap)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setup_drag_and_drop()

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedIndexes()})

    def select_card_ids(self, ids: Sequence[int]) -> None:
        model = self.model()
        assert isinstance(model, DeckCardsModel)
        rows = [r for r in (model.row_of(i) for i in ids) if r >= 0]
        if not rows:
            return
        selection = self.selectionModel()
        selection.clearSelection()
        self.setCurrentIndex(model.index(rows[0]))
        for row in rows[1:]:
            selection.select(model.index(row), selection.SelectionFlag.Select)
        self.scrollTo(model.index(rows[0]))
