"""The review's notes table with its order (timeline, most voted, oldest first)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.services.review import NoteRow
from workshop_studio.services.review_filters import NoteOrder, sort_notes
from workshop_studio.ui.review.notes_model import NotesTableModel


class NotesTab(QWidget):
    selectionChanged = Signal(list)  # note ids selected in the table
    noteActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotesTableModel(self)
        self.order = QComboBox()
        self.order.addItem(self.tr("Timeline order"), "timeline")
        self.order.addItem(self.tr("Most voted first"), "votes")
        self.order.addItem(self.tr("Oldest first"), "time")
        order_label = QLabel(self.tr("&Order:"))
        order_label.setBuddy(self.order)
        self.group_button = QPushButton(self.tr("&Group…"))
        self.group_button.setToolTip(self.tr("Make a group of the selected notes (they say the same thing)"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Notes"))
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NotesTableModel.WHERE, 180), (NotesTableModel.GROUP, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit(self.selected_ids()))
        self.table.doubleClicked.connect(lambda index: self.noteActivated.emit(self.model.rows[index.row()].id))
        self.order.currentIndexChanged.connect(lambda _i: self._resort())
        self._rows: list[NoteRow] = []
        self._groups: Mapping[int, str] = {}

        row = QHBoxLayout()
        row.addWidget(order_label)
        row.addWidget(self.order)
        row.addStretch(1)
        row.addWidget(self.group_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    @property
    def note_order(self) -> NoteOrder:
        return self.order.currentData() or "timeline"

    def set_notes(self, rows: Sequence[NoteRow], group_titles: Mapping[int, str]) -> None:
        selected = set(self.selected_ids())
        self._rows, self._groups = list(rows), group_titles
        self._resort(selected)

    def _resort(self, selected: set[int] | None = None) -> None:
        keep = set(self.selected_ids()) if selected is None else selected
        self.model.set_rows(sort_notes(self._rows, self.note_order), self._groups)
        self.select_ids(keep, scroll=False)

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def select_ids(self, note_ids: Sequence[int] | set[int], *, scroll: bool = True) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        wanted = set(note_ids)
        for r, note in enumerate(self.model.rows):
            if note.id in wanted:
                selection.select(self.model.index(r, 0), self.model.index(r, self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if scroll and not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])
