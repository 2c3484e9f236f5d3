"""Counts per stage × kind and per stage × role, as two heat-tinted tables side by side.

They count the notes passing the filters that are pinned to a stage (a card's or a
scenario's notes have no stage), with the services' own arithmetic (``stage_counts``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from workshop_studio.services.review import NoteRow
from workshop_studio.services.review_counts import Axis, stage_counts
from workshop_studio.ui.review.count_model import CountTableModel, count_table_view
from workshop_studio.ui.text import heading_label, plain_label


class CountsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_kind = CountTableModel(self)
        self.by_role = CountTableModel(self)
        self.kind_view = count_table_view(self.by_kind, self.tr("Notes per stage and kind"))
        self.role_view = count_table_view(self.by_role, self.tr("Notes per stage and role"))
        tables = QHBoxLayout()
        for title, view in (
            (self.tr("Per stage and kind"), self.kind_view),
            (self.tr("Per stage and role"), self.role_view),
        ):
            column = QVBoxLayout()
            column.addWidget(heading_label(title, level=3))
            column.addWidget(view, 1)
            tables.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tables, 1)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Notes pinned to a stage, after the filters. Each cell prints its "
                    "number; the darker, the more notes."
                )
            )
        )

    def set_notes(self, notes: Sequence[NoteRow], stage_axes: Sequence[Axis]) -> None:
        self.by_kind.set_table(stage_counts(list(notes), list(stage_axes), "kind"))
        self.by_role.set_table(stage_counts(list(notes), list(stage_axes), "role"))
