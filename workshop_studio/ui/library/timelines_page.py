"""The Timelines page: each timeline template and its stages, with their pictograms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from workshop_studio.ui.pictograms import pictogram
from workshop_studio.ui.text import heading_label, plain_label, plain_tooltip

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class TimelinesPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.timelines = QListWidget()
        self.timelines.setAccessibleName(self.tr("Timeline templates"))
        self.timelines.currentItemChanged.connect(lambda current, _previous: self._show_current())
        self.title = heading_label()
        self.description = plain_label()
        self.stages = QListWidget()
        self.stages.setAccessibleName(self.tr("Stages"))
        self.stages.setViewMode(QListWidget.ViewMode.IconMode)
        self.stages.setFlow(QListWidget.Flow.LeftToRight)
        self.stages.setWrapping(True)
        self.stages.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.stages.setMovement(QListWidget.Movement.Static)
        self.stages.setIconSize(QSize(72, 72))
        self.stages.setGridSize(QSize(190, 170))
        self.stages.setWordWrap(True)
        self.stage_description = plain_label()

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.description)
        detail_layout.addWidget(self.stages, 1)
        detail_layout.addWidget(self.stage_description)
        self.stages.currentItemChanged.connect(
            lambda item, _previous: self.stage_description.setText(
                item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else ""
            )
        )

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.timelines)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        workspace.changed.connect(lambda area: self.reload() if area in ("timelines", "pictograms", "all") else None)
        self.reload()

    def reload(self) -> None:
        from workshop_studio.services.timelines import list_timelines

        def read(session):  # type: ignore[no-untyped-def]
            return [
                (
                    t.id,
                    t.name,
                    t.description,
                    [
                        (s.title, s.description, s.pictogram.data if s.pictogram else None,
                         s.pictogram.media_type if s.pictogram else None)
                        for s in t.stages
                    ],
                )
                for t in list_timelines(session)
            ]

        self._data = {tid: (name, description, stages) for tid, name, description, stages in self.workspace.query(read)}
        current = self.current_timeline_id()
        self.timelines.blockSignals(True)
        self.timelines.clear()
        for tid, (name, _description, stages) in self._data.items():
            item = QListWidgetItem(f"{name}\n" + self.tr("%n stage(s)", "", len(stages)))
            item.setData(Qt.ItemDataRole.UserRole, tid)
            self.timelines.addItem(item)
            if tid == current:
                self.timelines.setCurrentItem(item)
        self.timelines.blockSignals(False)
        if self.timelines.currentItem() is None and self.timelines.count():
            self.timelines.setCurrentRow(0)
        else:
            self._show_current()

    def current_timeline_id(self) -> int | None:
        item = self.timelines.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_current(self) -> None:
        timeline_id = self.current_timeline_id()
        if timeline_id is None:
            return
        name, description, stages = self._data[timeline_id]
        self.title.setText(name)
        self.description.setText(description)
        self.stages.clear()
        for number, (title, stage_description, data, media_type) in enumerate(stages, start=1):
            item = QListWidgetItem(f"{number}. {title}")
            item.setToolTip(plain_tooltip(stage_description))
            item.setData(Qt.ItemDataRole.UserRole + 1, stage_description)
            if data:
                item.setIcon(pictogram(data, media_type or "image/svg+xml").icon(96))
            self.stages.addItem(item)
