"""An ordered list of links the user edits: add from a list of choices, remove, reorder
(drag and drop, Alt+Up / Alt+Down, or the arrow buttons). Used for a scenario's cards and
stages and for the two axes of the matrix.

The widget asks (``addWanted``, ``removeWanted``, ``orderWanted``); its owner pushes the
undo command and redraws it from data with :meth:`set_items`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from workshop_studio.services.edits import moved
from workshop_studio.ui.library.ordered_list import ListRow, OrderedListModel, OrderedListView
from workshop_studio.ui.text import heading_label


class LinkListEditor(QWidget):
    addWanted = Signal(int)
    removeWanted = Signal(list)
    orderWanted = Signal(list)

    def __init__(self, title: str, add_prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading_label(title, level=3)
        self.model = OrderedListModel(self)
        self.view = OrderedListView(self.model)
        self.view.setAccessibleName(title)
        self.view.setMinimumHeight(110)
        self.model.moveRequested.connect(lambda ids, row: self._want_order(moved(self.model.ids(), ids, row)))
        self.choices = QComboBox()
        self.choices.setAccessibleName(add_prompt)
        self.choices.setPlaceholderText(add_prompt)
        self.choices.setMinimumContentsLength(18)
        self.choices.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        remove = QAction(self.tr("Remove"), self.view)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self._remove)
        self.view.addAction(remove)
        self.up_button = self._arrow("▲", self.tr("Move up (Alt+Up)"), "Alt+Up", -1)
        self.down_button = self._arrow("▼", self.tr("Move down (Alt+Down)"), "Alt+Down", 1)

        add_row = QHBoxLayout()
        add_row.addWidget(self.choices, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(add_row)

    def _arrow(self, text: str, tip: str, keys: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda: self.move_by(step))
        action = QAction(tip, self.view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self.move_by(step))
        self.view.addAction(action)
        return button

    def set_items(self, rows: Sequence[ListRow], choices: Sequence[tuple[int, str]]) -> None:
        """The links (in order) and what may be added (the rest)."""
        selected = self.view.selected_ids()
        self.model.set_rows(rows)
        self.view.select_ids(selected)
        self.choices.clear()
        for item_id, text in choices:
            self.choices.addItem(text, item_id)
        self.choices.setCurrentIndex(-1)
        self.add_button.setEnabled(bool(choices))

    def ids(self) -> list[int]:
        return self.model.ids()

    def _add(self) -> None:
        item_id = self.choices.currentData()
        if item_id is not None:
            self.addWanted.emit(int(item_id))

    def _remove(self) -> None:
        ids = self.view.selected_ids()
        if ids:
            self.removeWanted.emit(ids)

    def _want_order(self, order: Sequence[int]) -> None:
        if list(order) != self.model.ids():
            self.orderWanted.emit(list(order))

    def move_by(self, step: int) -> None:
        ids = self.view.selected_ids()
        current = self.model.ids()
        if not ids:
            return
        first, last = current.index(ids[0]), current.index(ids[-1])
        if step < 0 and first > 0:
            self._want_order(moved(current, ids, first - 1))
        elif step > 0 and last < len(current) - 1:
            self._want_order(moved(current, ids, last + 2))
