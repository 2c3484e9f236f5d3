"""The decks: a list to choose one, and the deck-level edits (new, duplicate, delete).

Deleting asks nothing: it is undoable, so the status bar says "Deck deleted — Ctrl+Z to
undo" instead. A question before every deletion trains people to click "Yes" unread, and
the undo also brings back what pointed at the deck's cards (scenarios, matrix, agendas).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from workshop_studio.ui import prompts
from workshop_studio.ui.undo import library as commands
from workshop_studio.ui.undo.authoring import push_or_warn

if TYPE_CHECKING:
    from workshop_studio.services.library import DeckSummary
    from workshop_studio.ui.workspace import Workspace


class DeckListPanel(QWidget):
    deckChosen = Signal(object)  # a deck id, or None
    deckCreated = Signal(int)  # a new (or duplicated) deck, to name it

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Decks"))
        self.list.currentItemChanged.connect(lambda _current, _previous: self.deckChosen.emit(self.current_deck_id()))

        self.new_button = QPushButton(self.tr("New deck"))
        self.new_button.clicked.connect(self.new_deck)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("A copy of this deck and its cards"))
        self.duplicate_button.clicked.connect(self.duplicate_deck)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this deck and its cards (Ctrl+Z brings it back)"))
        self.delete_button.clicked.connect(self.delete_deck)
        delete_action = QAction(self.tr("Delete deck"), self.list)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_deck)
        self.list.addAction(delete_action)

        buttons = QGridLayout()  # two rows, so that a narrow deck list keeps whole words
        buttons.addWidget(self.new_button, 0, 0, 1, 2)
        buttons.addWidget(self.duplicate_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def current_deck_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def reload(self, select: int | None = None) -> None:
        """Redraw from data, keeping (or moving to ``select``) the chosen deck."""
        from workshop_studio.services.library import list_deck_summaries

        wanted = select if select is not None else self.current_deck_id()
        row = self.list.currentRow()
        summaries = self.workspace.query(list_deck_summaries)
        self.list.blockSignals(True)
        self.list.clear()
        for deck in summaries:
            item = QListWidgetItem(self._label(deck))
            item.setData(Qt.ItemDataRole.UserRole, deck.id)
            self.list.addItem(item)
            if deck.id == wanted:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
        self.list.blockSignals(False)
        self.duplicate_button.setEnabled(self.list.count() > 0)
        self.delete_button.setEnabled(self.list.count() > 0)
        self.deckChosen.emit(self.current_deck_id())

    def show_counts(self) -> None:
        """Names and card counts again, the list and its choice left as they are (a card was
        added, removed or moved: the grid keeps its selection)."""
        from workshop_studio.services.library import list_deck_summaries

        labels = {deck.id: self._label(deck) for deck in self.workspace.query(list_deck_summaries)}
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = labels.get(int(item.data(Qt.ItemDataRole.UserRole)))
            if label is not None:
                item.setText(label)

    def _label(self, deck: DeckSummary) -> str:
        return f"{deck.name}\n" + self.tr("%n card(s)", "", deck.card_count)

    def select_deck(self, deck_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == deck_id:
                self.list.setCurrentRow(row)
                return

    # -- edits -----------------------------------------------------------------------------
    def _push(self, command: commands.AuthoringCommand) -> bool:
        return push_or_warn(self, self.tr("Decks"), self.workspace, command)

    def new_deck(self) -> None:
        command = commands.new_deck(self.workspace, self.tr("New deck"))
        if self._push(command):
            self.select_deck(command.id_)
            self.deckCreated.emit(command.id_)

    def duplicate_deck(self) -> None:
        deck_id = self.current_deck_id()
        if deck_id is None:
            return
        command = commands.duplicate_deck(self.workspace, deck_id)
        if self._push(command):
            self.select_deck(command.id_)
            self.deckCreated.emit(command.id_)

    def delete_deck(self) -> None:
        deck_id = self.current_deck_id()
        item = self.list.currentItem()
        if deck_id is None or item is None:
            return
        name = item.text().split("\n", 1)[0]
        if self._push(commands.delete_deck(self.workspace, deck_id)):
            prompts.show_status(self, self.tr("Deck “%1” deleted — Ctrl+Z to undo").replace("%1", name))
