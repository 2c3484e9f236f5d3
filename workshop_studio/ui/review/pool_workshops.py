"""The pool's workshops as a table: date, workshop, agency, template, notes; sortable by any
column (dates and counts sort as dates and numbers), newest first to begin with."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from workshop_studio.services.review_pool import PooledWorkshop
from workshop_studio.services.review_pool_tables import place_label
from workshop_studio.ui.text import long_date, plain_tooltip

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole


class PoolWorkshopsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshops: tuple[PooledWorkshop, ...] = ()

    def set_workshops(self, workshops: Sequence[PooledWorkshop]) -> None:
        self.beginResetModel()
        self.workshops = tuple(workshops)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.workshops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Workshop"), self.tr("Agency"), self.tr("Template"), self.tr("Notes"))[
                section
            ]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        workshop = self.workshops[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return workshop.id
        shown = (
            long_date(workshop.date),  # the console's one date style
            workshop.title,
            place_label(workshop.place),
            workshop.timeline,
            str(workshop.note_count),
        )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2, 3):
            return plain_tooltip(shown)
        if role == SORT_ROLE:
            return (
                (workshop.date.isoformat() if workshop.date else ""),
                workshop.title.casefold(),
                workshop.place.casefold(),
                workshop.timeline.casefold(),
                workshop.note_count,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def pool_workshops_view(model: PoolWorkshopsModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, sortable table of the model; a row is one workshop."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # many rows in sight
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for column, width in ((0, 100), (2, 200), (3, 200), (4, 70)):
        view.setColumnWidth(column, width)
    return view
