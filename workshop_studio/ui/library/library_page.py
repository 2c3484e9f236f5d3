"""The Library page: decks on the left, the chosen deck's cards as a grid, the card up close."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.card_sizes import CARD_SIZES, DEFAULT_CARD_SIZE
from workshop_studio.ui.card_widget import CardFaceWidget
from workshop_studio.ui.library.card_grid import CardGridView, CardListModel
from workshop_studio.ui.text import heading_label, plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class LibraryPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

        self.decks = QListWidget()
        self.decks.setAccessibleName(self.tr("Decks"))
        self.decks.currentItemChanged.connect(lambda current, _previous: self._show_deck())

        self.cards_model = CardListModel(self)
        self.grid = CardGridView(self.cards_model)
        self.grid.setAccessibleName(self.tr("Cards"))
        self.grid.selectionModel().selectionChanged.connect(self._on_selection)

        self.deck_title = heading_label(level=2)
        self.deck_details = plain_label()
        self.front = CardFaceWidget()
        self.back = CardFaceWidget(back=True)
        self.card_text = plain_label(selectable=True)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.deck_title)
        centre_layout.addWidget(self.deck_details)
        centre_layout.addWidget(self.grid, 1)

        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        faces = QHBoxLayout()
        faces.addWidget(self.front)
        faces.addWidget(self.back)
        preview_layout.addLayout(faces, 3)
        preview_layout.addWidget(self.card_text, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.decks)
        splitter.addWidget(centre)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        workspace.changed.connect(self._on_changed)
        self.reload_decks()

    def _on_changed(self, area: str) -> None:
        if area in ("decks", "all"):
            self.reload_decks()
        elif area in ("cards", "pictograms"):
            self._show_deck()

    def reload_decks(self) -> None:
        from workshop_studio.services.library import list_deck_summaries

        current = self.current_deck_id()
        self.decks.blockSignals(True)
        self.decks.clear()
        for deck in self.workspace.query(list_deck_summaries):
            item = QListWidgetItem(f"{deck.name}\n" + self.tr("%n card(s)", "", deck.card_count))
            item.setData(Qt.ItemDataRole.UserRole, deck.id)
            self.decks.addItem(item)
            if deck.id == current:
                self.decks.setCurrentItem(item)
        self.decks.blockSignals(False)
        if self.decks.currentItem() is None and self.decks.count():
            self.decks.setCurrentRow(0)
        else:
            self._show_deck()

    def current_deck_id(self) -> int | None:
        item = self.decks.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_deck(self) -> None:
        from workshop_studio.services.library import card_view, deck_cards, find_deck

        deck_id = self.current_deck_id()
        if deck_id is None:
            self.cards_model.set_cards([])
            return

        def read(session):  # type: ignore[no-untyped-def]
            deck = find_deck(session, deck_id)
            return deck.name, deck.description, deck.card_size, [card_view(c) for c in deck_cards(session, deck_id)]

        name, description, size_key, cards = self.workspace.query(read)
        self.deck_title.setText(name)
        self.deck_details.setText(description)
        self.cards_model.set_cards(cards, CARD_SIZES.get(size_key, CARD_SIZES[DEFAULT_CARD_SIZE]))
        if cards:
            self.grid.setCurrentIndex(self.cards_model.index(0))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.grid.currentIndex()
        if not index.isValid():
            self.front.set_card(None)
            self.back.set_card(None)
            self.card_text.setText("")
            return
        card = self.cards_model.card(index.row())
        size = self.cards_model.card_size
        self.front.set_card(card, size)
        self.back.set_card(card, size)
        copies = self.tr("%n copy(ies)", "", card.copies)
        self.card_text.setText(f"{card.title}\n\n{card.body}\n\n{self.tr('Back:')} {card.back}\n{copies}")
