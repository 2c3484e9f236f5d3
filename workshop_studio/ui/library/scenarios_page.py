"""The Scenarios page: the fictional cases on the left, the chosen one in the editor."""

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
from workshop_studio.ui.library.scenario_editor import ScenarioEditor
from workshop_studio.ui.undo import materials as commands
from workshop_studio.ui.undo.authoring import push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

RELOAD_AREAS = (Area.SCENARIOS, Area.CARDS, Area.DECKS, Area.TIMELINES, Area.PICTOGRAMS)


class ScenariosPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scenarios = QListWidget()
        self.scenarios.setAccessibleName(self.tr("Scenarios"))
        self.scenarios.currentItemChanged.connect(lambda current, _previous: self._show_current())
        self.editor = ScenarioEditor(workspace)
        self.story = self.editor.story
        self.new_button = QPushButton(self.tr("New scenario"))
        self.new_button.clicked.connect(self.new_scenario)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this scenario (Ctrl+Z brings it back)"))
        self.delete_button.clicked.connect(self.delete_scenario)
        delete = QAction(self.tr("Delete scenario"), self.scenarios)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_scenario)
        self.scenarios.addAction(delete)

        list_beside_editor(self, self.scenarios, (self.new_button, self.delete_button), self.editor)
        workspace.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.SCENARIOS):
            self.reload()
        elif changes.touches(*RELOAD_AREAS):
            self.editor.refresh()

    def reload(self) -> None:
        from workshop_studio.services.scenarios import list_scenario_summaries

        current = self.current_scenario_id()
        self.scenarios.blockSignals(True)
        self.scenarios.clear()
        for summary in self.workspace.query(list_scenario_summaries):
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.scenarios.addItem(item)
            if summary.id == current:
                self.scenarios.setCurrentItem(item)
        self.scenarios.blockSignals(False)
        if self.scenarios.currentItem() is None and self.scenarios.count():
            self.scenarios.setCurrentRow(0)
        else:
            self._show_current()

    def current_scenario_id(self) -> int | None:
        item = self.scenarios.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_current(self) -> None:
        self.editor.show_scenario(self.current_scenario_id())
        self.delete_button.setEnabled(self.current_scenario_id() is not None)

    def select_scenario(self, scenario_id: int) -> None:
        for row in range(self.scenarios.count()):
            if self.scenarios.item(row).data(Qt.ItemDataRole.UserRole) == scenario_id:
                self.scenarios.setCurrentRow(row)
                return

    def new_scenario(self) -> None:
        command = commands.new_scenario(self.workspace, self.tr("New scenario"))
        if not push_or_warn(self, self.tr("Scenarios"), self.workspace, command):
            return
        self.select_scenario(command.id_)
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def delete_scenario(self) -> None:
        scenario_id = self.current_scenario_id()
        item = self.scenarios.currentItem()
        if scenario_id is None or item is None:
            return
        row, name = self.scenarios.currentRow(), item.text()
        if not push_or_warn(
            self, self.tr("Scenarios"), self.workspace, commands.delete_scenario(self.workspace, scenario_id)
        ):
            return
        if self.scenarios.count():
            self.scenarios.setCurrentRow(min(row, self.scenarios.count() - 1))
        prompts.show_status(self, self.tr("Scenario “%1” deleted — Ctrl+Z to undo").replace("%1", name))
