"""Ordered lists the user rearranges by drag and drop: stages, linked cards, axis cards.

A drop never moves rows in the model itself: :meth:`OrderedListModel.dropMimeData` says
``moveRequested(ids, row)`` and the editor pushes an undo command; the list then redraws
from data (ARCHITECTURE.md, habit 3). ``row`` is the drop row as Qt counts it (the item the
dragged ones go before; the row count for "at the end"), which is what the services'
``move_…(to_index=…)`` take.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QDropEvent, QIcon
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workshop_studio.ui.text import plain_tooltip

ROW_MIME = "application/x-workshop-studio-rows"
IdRole = Qt.ItemDataRole.UserRole + 10


def encode_ids(ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ROW_MIME, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    raw = bytes(mime.data(ROW_MIME).data()).decode("ascii", "replace")
    return [int(part) for part in raw.split(",") if part.strip().lstrip("-").isdigit()]


def drop_row(view: QListView, position: QPoint) -> int:
    """The row a drop at ``position`` lands before: the item under it, or the one after when
    the drop is on the item's far half (right half in a left-to-right flow); else the end."""
    model = view.model()
    index = view.indexAt(position)
    if not index.isValid():
        return model.rowCount()
    rect = view.visualRect(index)
    if view.flow() == QListView.Flow.LeftToRight:
        after = position.x() > rect.center().x()
    else:
        after = position.y() > rect.center().y()
    return index.row() + (1 if after else 0)


@dataclass(frozen=True)
class ListRow:
    id: int
    text: str
    tooltip: str = ""
    icon: QIcon | None = None


class RowDragModel:
    """What a list model needs to have its rows dragged by id and dropped back in order.

    A model class lists it before its Qt base, declares ``moveRequested = Signal(list, int)``
    (ids dragged, drop row) and gives :meth:`row_ids`, the id of each row in order."""

    moveRequested: SignalInstance

    def row_ids(self) -> list[int | None]:
        raise NotImplementedError

    def row_of(self, row_id: int) -> int:
        return next((row for row, one in enumerate(self.row_ids()) if one == row_id), -1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = self.row_ids()
        return encode_ids(
            [one for one in (ids[r] for r in sorted({index.row() for index in indexes})) if one is not None]
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        ids = [i for i in decode_ids(data) if self.row_of(i) >= 0]
        if action != Qt.DropAction.MoveAction or not ids:
            return False
        self.moveRequested.emit(ids, len(self.row_ids()) if row < 0 else row)
        return True


class OrderedListModel(RowDragModel, QAbstractListModel):
    moveRequested = Signal(list, int)  # ids dragged, drop row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ListRow] = []

    def set_rows(self, rows: Sequence[ListRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.tooltip) if row.tooltip else None
        if role == Qt.ItemDataRole.DecorationRole:
            return row.icon
        if role == IdRole:
            return row.id
        return None

    def row_ids(self) -> list[int | None]:
        return [row.id for row in self._rows]


if TYPE_CHECKING:
    _ListView = QListView  # the views mixing this in are list views
else:
    _ListView = object


class DropOrderMixin(_ListView):
    """A list view whose internal drops ask the model (see :func:`drop_row`), never move rows."""

    def setup_drag_and_drop(self) -> None:
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        # DragDrop rather than InternalMove: the model accepts only its own row type anyway, and
        # InternalMove would make Qt move rows itself instead of asking the model.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(ROW_MIME):  # the model ignores ids that are not its own rows
            event.ignore()
            return
        row = drop_row(self, event.position().toPoint())
        self.model().dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex())
        event.setDropAction(Qt.DropAction.CopyAction)  # nothing for the source to remove
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()


class _GridCellDelegate(QStyledItemDelegate):
    """Each item as large as its grid cell: a strip's titles then wrap on words within it
    (sized from the first item, as uniform sizes are, a longer title was cut to « Les … »)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        grid = view.gridSize() if isinstance(view, QListView) else QSize()
        if grid.isValid():
            return QSize(grid.width() - 8, grid.height() - 8)
        return super().sizeHint(option, index)


class OrderedListView(DropOrderMixin, QListView):
    """A vertical (or, with ``horizontal``, wrapping left-to-right) list of :class:`ListRow`."""

    def __init__(
        self, model: OrderedListModel, parent: QWidget | None = None, *, horizontal: bool = False, icon_side: int = 0
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        if horizontal:
            self.setFlow(QListView.Flow.LeftToRight)
            self.setWrapping(True)
            self.setResizeMode(QListView.ResizeMode.Adjust)
            self.setWordWrap(True)
            self.setUniformItemSizes(True)
            self.setItemDelegate(_GridCellDelegate(self))  # titles wrap in their cell, none cut short
        if icon_side:
            self.setIconSize(QSize(icon_side, icon_side))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setup_drag_and_drop()

    def initViewItemOption(self, option: QStyleOptionViewItem) -> None:
        """In a left-to-right strip, pictograms sit above their text, as on the timeline."""
        super().initViewItemOption(option)
        if self.flow() == QListView.Flow.LeftToRight:
            option.decorationPosition = QStyleOptionViewItem.Position.Top
            option.displayAlignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop

    def count(self) -> int:
        return self.model().rowCount()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()})
        return [int(self.model().index(r, 0).data(IdRole)) for r in rows]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(IdRole)) if index.isValid() else None

    def select_ids(self, ids: Sequence[int]) -> None:
        """Select these rows (the first becomes current), e.g. after a redraw from data."""
        model = self.model()
        assert isinstance(model, OrderedListModel)
        rows = [model.row_of(i) for i in ids if model.row_of(i) >= 0]
        if not rows:
            return
        self.setCurrentIndex(model.index(rows[0]))
        for r in rows[1:]:
            self.selectionModel().select(model.index(r), self.selectionModel().SelectionFlag.Select)
