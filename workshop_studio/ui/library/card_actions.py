"""What one does to the cards of a deck: add, duplicate, delete, move, filter by kind.

Shortcuts (all but "New card" only while the grid has the focus, so Delete in a text field
deletes text, not cards): Insert new card (whenever the deck editor shows); Ctrl+D duplicate; Delete delete;
Alt+Left / Alt+Right move the selected cards one place. Ctrl+N is kept for note capture.
The same actions are in the grid's context menu and on the toolbar.

A filtered grid shows some of the deck's cards: moves are worked out against the whole
deck's order, so hidden cards keep their places.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.ui import prompts
from workshop_studio.ui.undo import library as commands
from workshop_studio.ui.undo.authoring import AuthoringCommand, push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.library.deck_grid import DeckCardsModel, DeckGridView
    from workshop_studio.ui.workspace import Workspace


def _action(
    parent: QObject,
    text: str,
    keys: Sequence[QKeySequence | QKeySequence.StandardKey | str],
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> QAction:
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
    return action


class CardActions(QObject):
    cardCreated = Signal(int)  # a new card, to be titled at once

    def __init__(
        self,
        workspace: Workspace,
        page: QWidget,
        grid: DeckGridView,
        model: DeckCardsModel,
        deck_id: Callable[[], int | None],
    ) -> None:
        super().__init__(page)
        self.workspace, self.page, self.grid, self.model, self.deck_id = workspace, page, grid, model, deck_id
        # Window-wide, but only while the deck editor is on screen (hidden pages take no shortcuts).
        self.new_card_action = _action(
            self, self.tr("New card"), ["Ins"], self.new_card, Qt.ShortcutContext.WindowShortcut
        )
        self.duplicate_action = _action(self, self.tr("Duplicate"), ["Ctrl+D"], self.duplicate)
        self.delete_action = _action(self, self.tr("Delete"), [QKeySequence.StandardKey.Delete], self.delete)
        self.left_action = _action(self, self.tr("Move left"), ["Alt+Left"], lambda: self.move_by(-1))
        self.right_action = _action(self, self.tr("Move right"), ["Alt+Right"], lambda: self.move_by(1))
        page.addAction(self.new_card_action)
        grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.new_card_action,
            self.duplicate_action,
            self.delete_action,
            self.left_action,
            self.right_action,
        ):
            grid.addAction(action)
        model.moveRequested.connect(self.drop)  # the grid's model

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show cards of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in CardKind:
            self.kind_filter.addItem(kind.display(), kind.value)
        # A tool bar, so that in a narrow window what does not fit goes behind its » button.
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_card_action, self.duplicate_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action, arrow in ((self.left_action, "◀"), (self.right_action, "▶")):
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setText(arrow)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(QLabel(self.tr("Show") + " "))
        self.toolbar.addWidget(self.kind_filter)

    # -- helpers ---------------------------------------------------------------------------
    def kinds(self) -> list[str] | None:
        """The kinds the grid shows (``None``: all)."""
        kind = self.kind_filter.currentData()
        return [kind] if kind else None

    def selected_ids(self) -> list[int]:
        card_ids = (self.model.card(r).card_id for r in self.grid.selected_rows())
        return [int(card_id) for card_id in card_ids if card_id is not None]

    def _deck_order(self, deck_id: int) -> list[int]:
        from workshop_studio.services.cards import deck_card_ids

        return self.workspace.query(lambda s: deck_card_ids(s, deck_id))

    def _push(self, command: AuthoringCommand) -> bool:
        return push_or_warn(self.page, self.tr("Cards"), self.workspace, command)

    # -- the edits -------------------------------------------------------------------------
    def new_card(self) -> int | None:
        """A new card after the current one, of the filtered kind or the current card's."""
        deck_id = self.deck_id()
        if deck_id is None:
            return None
        index = self.grid.currentIndex()
        current = self.model.card(index.row()) if index.isValid() else None
        kind = self.kind_filter.currentData() or (current.kind if current else CardKind.QUESTION.value)
        order = self._deck_order(deck_id)
        at = order.index(current.card_id) + 1 if current is not None and current.card_id in order else None
        command = commands.add_card(self.workspace, deck_id, kind=kind, title=self.tr("New card"), index=at)
        if not self._push(command):
            return None
        self.grid.select_card_ids([command.id_])
        self.cardCreated.emit(command.id_)
        return command.id_

    def duplicate(self) -> None:
        ids = self.selected_ids()
        if ids:
            command = commands.duplicate_cards(self.workspace, ids)
            if self._push(command):
                self.grid.select_card_ids(command.ids)

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = self.grid.selected_rows()
        if self._push(commands.delete_cards(self.workspace, ids)):
            if self.model.rowCount():
                self.grid.setCurrentIndex(self.model.index(min(rows[0], self.model.rowCount() - 1)))
            prompts.show_status(self.page, self.tr("%n card(s) deleted — Ctrl+Z to undo", "", len(ids)))

    def _move(self, ids: Sequence[int], to_index: int) -> None:
        deck_id = self.deck_id()
        if deck_id is not None and ids and self._push(commands.move_cards(self.workspace, deck_id, ids, to_index)):
            self.grid.select_card_ids(ids)

    def move_by(self, step: int) -> None:
        """One place left (-1) or right (+1) among the cards shown."""
        deck_id = self.deck_id()
        ids = self.selected_ids()
        if deck_id is None or not ids:
            return
        shown = self.model.card_ids()
        chosen = set(ids)
        order = self._deck_order(deck_id)
        if step < 0:
            before = [i for i in shown[: shown.index(ids[0])] if i not in chosen]
            if before:
                self._move(ids, order.index(before[-1]))
        else:
            after = [i for i in shown[shown.index(ids[-1]) + 1 :] if i not in chosen]
            if after:
                self._move(ids, order.index(after[0]) + 1)

    def drop(self, ids: list[int], row: int) -> None:
        """Dragged cards dropped before the shown card at ``row`` (or after the last)."""
        deck_id = self.deck_id()
        if deck_id is None:
            return
        shown = self.model.card_ids()
        order = self._deck_order(deck_id)
        to_index = (
            order.index(shown[row]) if row < len(shown) else (order.index(shown[-1]) + 1 if shown else len(order))
        )
        self._move(ids, to_index)
