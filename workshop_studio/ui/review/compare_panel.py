"""Workshops that used the same timeline template, side by side and merged into one heat map.

Each workshop's table is on the aligned stages (``compare_workshops``), all on one colour
scale, so the same shade means the same count everywhere; the merged table adds them up.
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
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.services.review_compare import Comparison, WorkshopRef
from workshop_studio.services.review_filters import NoteFilter
from workshop_studio.ui.lazy import ReloadWhenShown
from workshop_studio.ui.review.count_model import CountTableModel, count_table_view
from workshop_studio.ui.text import heading_label, plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


def shared_criteria(note_filter: NoteFilter) -> NoteFilter:
    """The part of a filter that means the same in every workshop."""
    return NoteFilter(roles=note_filter.roles, kinds=note_filter.kinds, text=note_filter.text,
                      include_hidden=note_filter.include_hidden)


def _label(ref: WorkshopRef) -> str:
    return f"{ref.title} — {ref.date.isoformat()}" if ref.date is not None else ref.title


class ComparePanel(ReloadWhenShown):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.note_filter = NoteFilter()
        self.comparison: Comparison | None = None
        self.models: list[CountTableModel] = []
        self.merged_model = CountTableModel(self)

        self.workshops = QListWidget()
        self.workshops.setAccessibleName(self.tr("Workshops compared"))
        self.workshops.itemChanged.connect(lambda _item: self.request_reload())
        self.dimension = QComboBox()
        self.dimension.addItem(self.tr("per kind"), "kind")
        self.dimension.addItem(self.tr("per role"), "role")
        self.dimension.currentIndexChanged.connect(lambda _i: self.request_reload())
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

        self.tables = QWidget()
        self.tables_layout = QHBoxLayout(self.tables)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tables)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- input ---------------------------------------------------------------------------------
    def set_workshops(self, refs: Sequence[WorkshopRef], current_id: int) -> None:
        """Offer the workshops sharing the template, all ticked (the one under review first)."""
        previous = {self.workshops.item(i).data(Qt.ItemDataRole.UserRole): self.workshops.item(i).checkState()
                    for i in range(self.workshops.count())}
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
        return [int(self.workshops.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.workshops.count())
                if self.workshops.item(i).checkState() == Qt.CheckState.Checked]

    # -- output --------------------------------------------------------------------------------
    def reload(self) -> None:
        from workshop_studio.services.review_compare import compare_workshops

        ids = self.chosen_ids()
        dimension = self.dimension.currentData() or "kind"
        note_filter = self.note_filter
        self.comparison = (self.workspace.query(lambda s: compare_workshops(s, ids, dimension, note_filter))
                           if ids else None)
        self._show()

    def _show(self) -> None:
        while self.tables_layout.count():
            widget = self.tables_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.models = []
        comparison = self.comparison
        if comparison is None:
            self.summary.setText(self.tr("Tick at least one workshop."))
            return
        count = len(comparison.workshops)
        self.summary.setText(self.tr("%n workshop(s) side by side; one colour scale (largest cell: %1).", "", count)
                             .replace("%1", str(comparison.scale_max)))
        for ref, table in zip(comparison.workshops, comparison.tables):
            model = CountTableModel(self)
            model.set_table(table, comparison.scale_max)
            self.models.append(model)
            self.tables_layout.addWidget(self._column(_label(ref), model))
        self.merged_model.set_table(comparison.merged)
        self.tables_layout.addWidget(self._column(self.tr("Merged: %n workshop(s)", "", count), self.merged_model))

    def _column(self, title: str, model: CountTableModel) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(heading_label(title, level=3))
        view = count_table_view(model, title)
        view.setMinimumWidth(360)
        layout.addWidget(view, 1)
        return box
