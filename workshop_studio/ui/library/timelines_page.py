"""The Timelines page: the timeline templates on the left, the chosen one in the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from workshop_studio.domain.changes import Area, Changes
from workshop_studio.ui import prompts
from workshop_studio.ui.library.master_detail import list_beside_editor
from workshop_studio.ui.library.timeline_editor import TimelineEditor
from workshop_studio.ui.undo import materials as commands
from workshop_studio.ui.undo.authoring import AuthoringCommand, push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class TimelinesPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.timelines = QListWidget()
        self.timelines.setAccessibleName(self.tr("Timeline templates"))
        self.timelines.currentItemChanged.connect(lambda current, _previous: self._show_current())
        self.editor = TimelineEditor(workspace)
        self.stages = self.editor.stages
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setToolTip(self.tr("A new, empty timeline template"))
        self.new_button.clicked.connect(self.new_timeline)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("A copy of this template and its stages"))
        self.duplicate_button.clicked.connect(self.duplicate_timeline)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete this template (workshops keep their own stages; Ctrl+Z brings it back)")
        )
        self.delete_button.clicked.connect(self.delete_timeline)
        delete = QAction(self.tr("Delete timeline"), self.timelines)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_timeline)
        self.timelines.addAction(delete)

        list_beside_editor(
            self, self.timelines, (self.new_button, self.duplicate_button, self.delete_button), self.editor
        )
        workspace.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.TIMELINES):
            self.reload()
        elif changes.touches(Area.PICTOGRAMS):
            self.editor.refresh()

    def reload(self, select: int | None = None) -> None:
        from workshop_studio.services.timelines import list_timelines

        rows = self.workspace.query(lambda s: [(t.id, t.name, len(t.stages)) for t in list_timelines(s)])
        current = select if select is not None else self.current_timeline_id()
        row = self.timelines.currentRow()
        self.timelines.blockSignals(True)
        self.timelines.clear()
        for tid, name, count in rows:
            item = QListWidgetItem(f"{name}\n" + self.tr("%n stage(s)", "", count))
            item.setData(Qt.ItemDataRole.UserRole, tid)
            self.timelines.addItem(item)
            if tid == current:
                self.timelines.setCurrentItem(item)
        if self.timelines.currentItem() is None and self.timelines.count():
            self.timelines.setCurrentRow(max(0, min(row, self.timelines.count() - 1)))
        self.timelines.blockSignals(False)
        self._show_current()

    def current_timeline_id(self) -> int | None:
        item = self.timelines.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_current(self) -> None:
        self.editor.show_timeline(self.current_timeline_id())
        for button in (self.duplicate_button, self.delete_button):
            button.setEnabled(self.current_timeline_id() is not None)

    def _push(self, command: AuthoringCommand) -> bool:
        return push_or_warn(self, self.tr("Timelines"), self.workspace, command)

    def new_timeline(self) -> None:
        command = commands.new_timeline(self.workspace, self.tr("New timeline"))
        if self._push(command):
            self.reload(select=command.id_)
            self.editor.name.setFocus()
            self.editor.name.selectAll()

    def duplicate_timeline(self) -> None:
        timeline_id = self.current_timeline_id()
        if timeline_id is not None:
            command = commands.duplicate_timeline(self.workspace, timeline_id)
            if self._push(command):
                self.reload(select=command.id_)

    def delete_timeline(self) -> None:
        timeline_id = self.current_timeline_id()
        item = self.timelines.currentItem()
        if timeline_id is None or item is None:
            return
        name = item.text().split("\n", 1)[0]
        if self._push(commands.delete_timeline(self.workspace, timeline_id)):
            prompts.show_status(self, self.tr("Timeline “%1” deleted — Ctrl+Z to undo").replace("%1", name))
