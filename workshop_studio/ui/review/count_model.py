"""A :class:`~workshop_studio.services.review_counts.CountTable` as a Qt table: stages down,
kinds (or roles) across, with a total column and a total row, each cell tinted as a heat map
and always printing its number. The view keeps the Total row in sight under the rows it
scrolls (:class:`CountTableView`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from workshop_studio.domain.colours import INK
from workshop_studio.services.review_counts import CountTable
from workshop_studio.services.review_heatmap import heat_fill, intensity
from workshop_studio.ui.text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class CountTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = CountTable((), (), ())
        self.scale_max: int | None = None
        self.total_label: str | None = None  # the last row's and column's header (default: Total)

    def set_table(self, table: CountTable, scale_max: int | None = None) -> None:
        """Show ``table``; ``scale_max`` shares one colour scale between tables shown side by side."""
        self.beginResetModel()
        self.table = table
        self.scale_max = scale_max
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.table.rows else len(self.table.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.table.rows else len(self.table.columns) + 1

    def _is_total(self, row: int, column: int) -> bool:
        return row == len(self.table.rows) or column == len(self.table.columns)

    def value(self, row: int, column: int) -> int:
        """The number shown at (row, column); the last row and column are the totals."""
        table = self.table
        if row == len(table.rows) and column == len(table.columns):
            return table.total
        if row == len(table.rows):
            return table.column_totals[column]
        if column == len(table.columns):
            return table.row_totals[row]
        return table.cells[row][column]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        axes = self.table.columns if orientation == Qt.Orientation.Horizontal else self.table.rows
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            label = axes[section].label if section < len(axes) else (self.total_label or self.tr("Total"))
            return label if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(label)
        if role == Qt.ItemDataRole.FontRole and section == len(axes):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        count = self.value(row, column)
        total = self._is_total(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count)
        if role == Qt.ItemDataRole.UserRole:
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not total:
            top = self.table.maximum if self.scale_max is None else self.scale_max
            return QBrush(QColor(heat_fill(intensity(count, top))))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(INK))
        if role == Qt.ItemDataRole.FontRole and (total or count):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not total:
            return plain_tooltip(f"{self.table.rows[row].label} — {self.table.columns[column].label}: {count}")
        return None


def count_table_view(model: CountTableModel, name: str, parent: QWidget | None = None) -> CountTableView:
    """A compact, read-only view of a count table, its Total row always in sight."""
    return CountTableView(model, name, parent)


def _read_only(view: QTableView) -> None:
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setWordWrap(False)


class CountTableView(QWidget):
    """The table's rows scroll in :attr:`body`; its Total row sits under them in :attr:`totals`,
    which follows the body sideways and keeps its column widths, so a long timeline or a short
    window never scrolls the totals out of sight."""

    def __init__(self, model: CountTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setAccessibleName(name)
        self.body = QTableView()
        self.body.setModel(model)
        self.body.setAccessibleName(name)
        _read_only(self.body)
        self.body.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.body.horizontalHeader().setMinimumSectionSize(36)
        self.totals = QTableView()
        self.totals.setModel(model)
        self.totals.setAccessibleName(self.tr("%1: totals").replace("%1", name))
        _read_only(self.totals)
        self.totals.horizontalHeader().hide()
        # the body's floor, not the style's (which follows the font): else a narrow column is wider below
        self.totals.horizontalHeader().setMinimumSectionSize(self.body.horizontalHeader().minimumSectionSize())
        self.totals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.horizontalHeader().sectionResized.connect(
            lambda index, _old, new: self.totals.setColumnWidth(index, new)
        )
        self.body.horizontalScrollBar().valueChanged.connect(self.totals.horizontalScrollBar().setValue)
        model.modelReset.connect(self._split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.totals)
        self._split()

    def _split(self) -> None:
        """The body shows every row but the last; the totals view, only the last."""
        rows = self.model.rowCount()
        for row in range(rows):
            self.body.setRowHidden(row, row == rows - 1)
            self.totals.setRowHidden(row, row != rows - 1)
        self.totals.setVisible(rows > 0)
        header = self.body.horizontalHeader()
        for column in range(self.model.columnCount()):  # wide enough for the rows and for the total under them
            width = max(
                self.body.sizeHintForColumn(column),
                self.totals.sizeHintForColumn(column),
                header.sectionSizeHint(column),
                header.minimumSectionSize(),
            )
            self.body.setColumnWidth(column, width)
            self.totals.setColumnWidth(column, width)
        header_width = max(
            self.body.verticalHeader().sizeHint().width(), self.totals.verticalHeader().sizeHint().width()
        )
        self.body.verticalHeader().setFixedWidth(header_width)
        self.totals.verticalHeader().setFixedWidth(header_width)
        self.totals.resizeRowsToContents()
        height = self.totals.verticalHeader().length() if rows else 0
        self.totals.setFixedHeight(height + 2 * self.totals.frameWidth())
        self.totals.horizontalScrollBar().setValue(self.body.horizontalScrollBar().value())
