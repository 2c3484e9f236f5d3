"""The Library page: tabs for the decks (deck list, card grid, card editor), the pictograms
and the matrix. A deck file (CSV, XLSX, JSON) dropped on the page is imported as a new deck;
SVG or PNG files dropped on it are imported as pictograms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.card_sizes import CARD_SIZES, DEFAULT_CARD_SIZE
from workshop_studio.domain.changes import Area, Changes
from workshop_studio.services.errors import NotFound
from workshop_studio.ui.library.card_actions import CardActions
from workshop_studio.ui.library.card_editor import CardEditor
from workshop_studio.ui.library.deck_files_ui import DeckFiles, is_deck_file, is_picture_file
from workshop_studio.ui.library.deck_grid import DeckCardsModel, DeckGridView
from workshop_studio.ui.library.deck_header import DeckHeader
from workshop_studio.ui.library.deck_list import DeckListPanel

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class LibraryPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._deck_shown: int | None = None
        self.setAcceptDrops(True)  # deck files and pictures, from a file manager
        self.files = DeckFiles(workspace, self)

        self.deck_panel = DeckListPanel(workspace)
        self.decks = self.deck_panel.list
        self.deck_panel.deckChosen.connect(lambda _deck_id: self._show_deck())
        self.deck_panel.deckCreated.connect(self._name_new_deck)
        self.files.deckImported.connect(self._show_imported_deck)

        self.cards_model = DeckCardsModel(self)
        self.grid = DeckGridView(self.cards_model)
        self.grid.setAccessibleName(self.tr("Cards"))
        self.grid.selectionModel().currentChanged.connect(self._on_current_card)
        self.card_actions = CardActions(workspace, self, self.grid, self.cards_model, self.current_deck_id)
        self.card_actions.kind_filter.currentIndexChanged.connect(lambda _row: self._show_deck())
        self.card_actions.cardCreated.connect(lambda _card_id: self._title_new_card())

        self.header = DeckHeader(workspace)
        self.deck_title = self.header.name  # the deck's name, edited in place
        self.deck_details = self.header.details  # its description and card size
        self.card_editor = CardEditor(workspace)
        self.front, self.back = self.card_editor.front, self.card_editor.back

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the deck, or the selected cards, as a PDF"))
        self.print_button.clicked.connect(self.print_cards)
        title_row = QHBoxLayout()
        title_row.addWidget(self.deck_title, 1)
        title_row.addWidget(self.print_button)
        centre_layout.addLayout(title_row)
        centre_layout.addWidget(self.deck_details)
        centre_layout.addWidget(self.card_actions.toolbar)
        centre_layout.addWidget(self.grid, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.deck_panel)
        splitter.addWidget(centre)
        splitter.addWidget(self.card_editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([200, 560, 420])
        splitter.setChildrenCollapsible(False)  # a narrow window squeezes the grid, never the editor
        self.deck_panel.setMinimumWidth(170)
        self.card_editor.setMinimumWidth(360)

        from workshop_studio.ui.library.matrix_editor import MatrixEditor
        from workshop_studio.ui.library.pictogram_library import PictogramLibrary

        self.pictograms = PictogramLibrary(workspace, self.files)
        self.matrix = MatrixEditor(workspace)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Decks"))
        self.tabs.addTab(self.pictograms, self.tr("Pictograms"))
        self.tabs.addTab(self.matrix, self.tr("Matrix"))
        self.files.pictogramsImported.connect(lambda _ids: self.tabs.setCurrentWidget(self.pictograms))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        workspace.changed.connect(self._on_changed)
        self.reload_decks()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.DECKS):
            self.reload_decks()
        elif changes.touches(Area.CARDS, Area.PICTOGRAMS):
            if changes.touches(Area.CARDS):
                self.deck_panel.show_counts()
            self._show_deck()

    def reload_decks(self) -> None:
        """Redraw the deck list (names, counts); it then shows the chosen deck again."""
        self.deck_panel.reload()

    def current_deck_id(self) -> int | None:
        return self.deck_panel.current_deck_id()

    def current_card_id(self) -> int | None:
        index = self.grid.currentIndex()
        return self.cards_model.card(index.row()).card_id if index.isValid() else None

    def selected_card_ids(self) -> list[int]:
        """The ids of the cards selected in the grid, in deck order."""
        from workshop_studio.ui.library.card_grid import CardIdRole

        rows = sorted(index.row() for index in self.grid.selectionModel().selectedIndexes())
        ids = (self.cards_model.index(row).data(CardIdRole) for row in rows)
        return [int(i) for i in ids if i is not None]

    def print_cards(self) -> None:
        from workshop_studio.ui.library.print_dialog import open_print_dialog

        self.print_dialog = open_print_dialog(
            self.workspace, self.window(), self.current_deck_id(), self.selected_card_ids()
        )

    def _show_deck(self) -> None:
        """Redraw the chosen deck from data, keeping the cards that were selected."""
        from workshop_studio.services.cards import cards_of_kind
        from workshop_studio.services.library import card_view, get_deck

        deck_id = self.current_deck_id()
        kinds = self.card_actions.kinds()

        def read(session, shown_id: int):
            deck = get_deck(session, shown_id)
            cards = [card_view(c) for c in cards_of_kind(session, shown_id, kinds)]
            return deck.name, deck.description, deck.card_size, cards, deck.show_kind_label, len(deck.kinds)

        try:
            if deck_id is not None:
                shown_id = deck_id  # not narrowed in the lambda: deck_id changes below
                name, description, size_key, cards, show_kind, own_kinds = self.workspace.query(
                    lambda s: read(s, shown_id)
                )
            else:
                name, description, size_key, cards, show_kind, own_kinds = "", "", "", [], True, 0
        except NotFound:  # deleted a moment ago: the deck list is about to move on
            deck_id, name, description, size_key, cards, show_kind, own_kinds = None, "", "", "", [], True, 0
        self.header.show_deck(deck_id, name, description, size_key or DEFAULT_CARD_SIZE, show_kind, own_kinds)
        self.print_button.setEnabled(deck_id is not None)  # no deck: nothing to print, nowhere for a card
        self.card_actions.new_card_action.setEnabled(deck_id is not None)
        same_deck = deck_id == self._deck_shown
        self._deck_shown = deck_id
        current, row = self.current_card_id(), self.grid.currentIndex().row()
        wanted = [i for i in [current, *self.selected_card_ids()] if i is not None] if same_deck else []
        self.cards_model.update_cards(cards, CARD_SIZES.get(size_key, CARD_SIZES[DEFAULT_CARD_SIZE]))
        present = set(self.cards_model.card_ids())
        wanted = list(dict.fromkeys(i for i in wanted if i in present))
        if wanted:
            if self.current_card_id() != wanted[0] or set(self.selected_card_ids()) != set(wanted):
                self.grid.select_card_ids(wanted)
        elif self.cards_model.rowCount():
            self.grid.setCurrentIndex(self.cards_model.index(max(0, min(row, self.cards_model.rowCount() - 1))))
        self._on_current_card()

    def _on_current_card(self, _current: QModelIndex | None = None, _previous: QModelIndex | None = None) -> None:
        self.card_editor.show_card(self.current_card_id(), self.cards_model.card_size)

    def _title_new_card(self) -> None:
        self.card_editor.title.setFocus()
        self.card_editor.title.selectAll()

    def _name_new_deck(self, _deck_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.deck_title.setFocus()
        self.deck_title.selectAll()

    def _show_imported_deck(self, deck_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.deck_panel.select_deck(deck_id)

    # -- files dropped from a file manager -----------------------------------------------------
    @staticmethod
    def dropped_files(mime: QMimeData) -> list[str]:
        """Local deck files and pictures among what is dragged."""
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        return [p for p in paths if is_deck_file(p) or is_picture_file(p)]

    def dragEnterEvent(self, event: QDragMoveEvent) -> None:  # also dragMoveEvent's
        if self.dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self.dropped_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        decks = [p for p in paths if is_deck_file(p)]
        pictures = [p for p in paths if is_picture_file(p)]
        if decks:
            self.files.import_decks(decks)
        if pictures:
            self.files.import_pictograms(pictures)
