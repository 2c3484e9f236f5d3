"""Workshops that used the same timeline template, side by side and merged into one heat map.

Side by side: one column per workshop on the aligned stages (``compare_workshops``), for one
kind or role at a time (or all notes), so "which stages collect irritants, in which session"
reads across a row; one colour scale for the whole table, and the total column is the merge.
Below, the merged heat map: every workshop added up, per stage and kind (or role).
Only the filters that mean the same in every workshop apply here (roles, kinds, words,
hidden notes): a stage, a participant or a card belongs to one workshop.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.services.review_compare import Comparison, WorkshopRef
from workshop_studio.services.review_counts import Axis, CountTable, Dimension
from workshop_studio.services.review_filters import NoteFilter
from workshop_studio.ui.lazy import ReloadWhenShown
from workshop_studio.ui.review.count_model import CountTableModel, count_table_view
from workshop_studio.ui.text import heading_label, long_date, plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


def shared_criteria(note_filter: NoteFilter) -> NoteFilter:
    """The part of a filter that means the same in every workshop."""
    return NoteFilter(
        roles=note_filter.roles,
        kinds=note_filter.kinds,
        text=note_filter.text,
        include_hidden=note_filter.include_hidden,
    )


def _label(ref: WorkshopRef) -> str:
    return f"{ref.title} — {long_date(ref.date)}" if ref.date is not None else ref.title


def _column_label(ref: WorkshopRef, width: int = 22) -> str:
    title = ref.title if len(ref.title) <= width else ref.title[: width - 1] + "…"
    return f"{title}\n{long_date(ref.date)}" if ref.date is not None else title


def side_by_side(comparison: Comparison, column_key: str = "") -> CountTable:
    """Aligned stages × workshops: each workshop's count of ``column_key`` (a kind or a role;
    ``""``: all its notes) at each stage."""
    merged = comparison.merged
    index = next((i for i, axis in enumerate(merged.columns) if axis.key == column_key), None)
    cells = []
    for r in range(len(merged.rows)):
        cells.append(
            tuple((sum(table.cells[r]) if index is None else table.cells[r][index]) for table in comparison.tables)
        )
    columns = tuple(Axis(str(ref.id), _column_label(ref)) for ref in comparison.workshops)
    return CountTable(merged.rows, columns, tuple(cells))


class ComparePanel(ReloadWhenShown):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.note_filter = NoteFilter()
        self.comparison: Comparison | None = None
        self.side_model = CountTableModel(self)
        self.side_model.total_label = self.tr("Merged")
        self.merged_model = CountTableModel(self)

        self.workshops = QListWidget()
        self.workshops.setAccessibleName(self.tr("Workshops compared"))
        self.workshops.itemChanged.connect(lambda _item: self.request_reload())
        self.dimension = QComboBox()
        self.dimension.addItem(self.tr("per kind"), "kind")
        self.dimension.addItem(self.tr("per role"), "role")
        self.dimension.currentIndexChanged.connect(lambda _i: self.request_reload())
        self.column = QComboBox()
        self.column.setAccessibleName(self.tr("Notes compared side by side"))
        self.column.currentIndexChanged.connect(lambda _i: self._show_side_by_side())
        self.summary = plain_label()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(plain_label(self.tr("Workshops that used the same timeline template:")))
        left_layout.addWidget(self.workshops, 1)
        counts = QLabel(self.tr("&Count notes"))
        counts.setBuddy(self.dimension)
        row = QHBoxLayout()
        row.addWidget(counts)
        row.addWidget(self.dimension, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.summary)

        side_row = QHBoxLayout()
        side_label = QLabel(self.tr("&Side by side:"))
        side_label.setBuddy(self.column)
        side_row.addWidget(side_label)
        side_row.addWidget(self.column, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(side_row)
        self.side_view = count_table_view(self.side_model, self.tr("Workshops side by side"))
        side_layout.addWidget(self.side_view, 1)
        merged = QWidget()
        merged_layout = QVBoxLayout(merged)
        merged_layout.setContentsMargins(0, 0, 0, 0)
        self.merged_title = heading_label(level=3)
        merged_layout.addWidget(self.merged_title)
        self.merged_view = count_table_view(self.merged_model, self.tr("Merged heat map"))
        merged_layout.addWidget(self.merged_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.addWidget(merged)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([240, 420, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- input ---------------------------------------------------------------------------------
    def set_workshops(self, refs: Sequence[WorkshopRef], current_id: int) -> None:
        """Offer the workshops sharing the template, all ticked (the one under review first)."""
        previous = {
            self.workshops.item(i).data(Qt.ItemDataRole.UserRole): self.workshops.item(i).checkState()
            for i in range(self.workshops.count())
        }
        self.workshops.blockSignals(True)
        self.workshops.clear()
        ordered = sorted(refs, key=lambda r: r.id != current_id)
        for ref in ordered:
            item = QListWidgetItem(_label(ref))
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(previous.get(ref.id, Qt.CheckState.Checked))
            self.workshops.addItem(item)
        self.workshops.blockSignals(False)
        self.request_reload()

    def set_filter(self, note_filter: NoteFilter) -> None:
        shared = shared_criteria(note_filter)
        if shared != self.note_filter:
            self.note_filter = shared
            self.request_reload()

    def chosen_ids(self) -> list[int]:
        return [
            int(self.workshops.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.workshops.count())
            if self.workshops.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- output --------------------------------------------------------------------------------
    def reload(self) -> None:
        from workshop_studio.services.review_compare import compare_workshops

        ids = self.chosen_ids()
        dimension: Dimension = self.dimension.currentData() or "kind"
        note_filter = self.note_filter
        self.comparison = (
            self.workspace.query(lambda s: compare_workshops(s, ids, dimension, note_filter)) if ids else None
        )
        self._show()

    def _show(self) -> None:
        comparison = self.comparison
        chosen = self.column.currentData()
        self.column.blockSignals(True)
        self.column.clear()
        self.column.addItem(self.tr("All notes"), "")
        if comparison is not None:
            for axis in comparison.merged.columns:
                self.column.addItem(axis.label, axis.key)
        index = self.column.findData(chosen) if chosen is not None else 0
        self.column.setCurrentIndex(max(index, 0))
        self.column.blockSignals(False)
        if comparison is None:
            self.summary.setText(self.tr("Tick at least one workshop."))
            self.side_model.set_table(CountTable((), (), ()))
            self.merged_model.set_table(CountTable((), (), ()))
            self.merged_title.setText("")
            return
        count = len(comparison.workshops)
        self.summary.setText(self.tr("%n workshop(s) compared on the same stages.", "", count))
        self.merged_title.setText(self.tr("Merged heat map: %n workshop(s)", "", count))
        self.merged_model.set_table(comparison.merged)
        self._show_side_by_side()

    def _show_side_by_side(self) -> None:
        if self.comparison is not None:
            self.side_model.set_table(side_by_side(self.comparison, self.column.currentData() or ""))
