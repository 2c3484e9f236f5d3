"""The agenda in the presenter console: every step with its minutes; jump to one; edit them with undo.

A click selects a step for editing (and, before presenting, makes it the step the stage opens
on); during a presentation the stage moves only on a double-click, Enter or "Go to This
Step", so that a stray click never changes what the room sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.services.agenda import MAX_MINUTES
from workshop_studio.ui.console.presenter_now import kind_label
from workshop_studio.ui.text import plain_label
from workshop_studio.ui.undo import agenda as commands
from workshop_studio.ui.undo.authoring import AuthoringCommand, push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.console.step_dialog import StepDialog
    from workshop_studio.ui.stage.presentation import Presentation
    from workshop_studio.ui.workspace import Workspace


class AgendaPanel(QWidget):
    def __init__(self, presentation: Presentation, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = presentation
        self.workspace = workspace
        self._filling = False

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Agenda"))
        self.steps.setWordWrap(True)
        self.steps.setAlternatingRowColors(True)
        self.steps.currentRowChanged.connect(self._on_selected)
        self.steps.itemActivated.connect(lambda item: self.go_to_selected())
        self.steps.itemDoubleClicked.connect(lambda item: self.go_to_selected())
        self.total = plain_label()

        self.go_button = QPushButton(self.tr("&Go to This Step"))
        self.go_button.clicked.connect(self.go_to_selected)
        self.add_button = QPushButton(self.tr("&Add a Step…"))
        self.add_button.clicked.connect(self.add_step)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change what the step shows: its card, scenario, bullets, countdown"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.setCheckable(True)
        self.skip_button.setToolTip(self.tr("Skip this step when going through the agenda"))
        self.skip_button.clicked.connect(lambda checked: self.skip_selected(checked))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("▲ Move &Up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("▼ Move &Down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Step title"))
        self.title.setPlaceholderText(self.tr("(no title: the card's or scenario's own)"))
        self.title.editingFinished.connect(self._commit_title)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Planned minutes"))
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.valueChanged.connect(self._commit_minutes)

        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title)
        minutes_label = QLabel(self.tr("&Minutes:"))
        minutes_label.setBuddy(self.minutes)
        fields = QGridLayout()
        fields.addWidget(title_label, 0, 0)
        fields.addWidget(self.title, 0, 1, 1, 4)
        fields.addWidget(minutes_label, 1, 0)
        fields.addWidget(self.minutes, 1, 1)
        fields.addWidget(self.up_button, 1, 3)
        fields.addWidget(self.down_button, 1, 4)
        fields.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        for button in (self.go_button, self.add_button, self.edit_button, self.skip_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.total)
        layout.addLayout(fields)
        layout.addLayout(buttons)

        presentation.agendaChanged.connect(self.fill)  # an edit: the selection stays on its step
        presentation.currentChanged.connect(lambda _index: self.fill(follow=True))
        presentation.runningChanged.connect(lambda _running: self.fill(follow=True))
        self.fill(follow=True)

    # -- drawing -------------------------------------------------------------------------------
    def fill(self, follow: bool = False) -> None:
        """One row per step, the step on the stage marked ▶ and in bold; ``follow`` selects that step."""
        selected = self.selected_step_id()
        self._filling = True
        self.steps.clear()
        model = self.presentation
        for number, step in enumerate(model.steps, start=1):
            current = number - 1 == model.index
            parts = [kind_label(step.kind), self.tr("%n min", "", step.planned_minutes)]
            if step.hidden:
                parts.append(self.tr("skipped"))
            marker = "▶ " if current else ""
            item = QListWidgetItem(f"{marker}{number}. {step.heading}\n" + " · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            if current:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.steps.addItem(item)
        self.total.setText(
            self.tr("%n step(s)", "", len(model.steps))
            + " · "
            + self.tr("%n minute(s) planned", "", model.agenda.planned_minutes if model.agenda else 0)
        )
        wanted = None if follow else selected
        row = next(
            (r for r in range(self.steps.count()) if self.steps.item(r).data(Qt.ItemDataRole.UserRole) == wanted),
            model.index,
        )
        self.steps.setCurrentRow(row)
        self._filling = False
        self._show_fields()

    def selected_step_id(self) -> int | None:
        item = self.steps.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selected_step(self):
        row = self.steps.currentRow()
        return self.presentation.steps[row] if 0 <= row < len(self.presentation.steps) else None

    def _show_fields(self) -> None:
        step = self._selected_step()
        for widget in (
            self.title,
            self.minutes,
            self.remove_button,
            self.go_button,
            self.edit_button,
            self.skip_button,
        ):
            widget.setEnabled(step is not None)
        self.skip_button.setChecked(bool(step is not None and step.hidden))
        row = self.steps.currentRow()
        self.up_button.setEnabled(step is not None and row > 0)
        self.down_button.setEnabled(step is not None and row < self.steps.count() - 1)
        self._filling = True
        self.title.setText(step.title if step is not None else "")
        self.minutes.setValue(step.planned_minutes if step is not None else 0)
        self._filling = False

    def _on_selected(self, row: int) -> None:
        if self._filling:
            return
        self._show_fields()
        if not self.presentation.running and row >= 0:
            self.presentation.go_to(row)

    # -- actions -------------------------------------------------------------------------------
    def go_to_selected(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.presentation.go_to(row)

    def _push(self, command: AuthoringCommand) -> bool:
        """Push an agenda command; a refusal is said, not recorded."""
        return push_or_warn(self, self.tr("Agenda"), self.workspace, command)

    def _commit_title(self) -> None:
        step = self._selected_step()
        if self._filling or step is None or step.id is None or self.title.text() == step.title:
            return
        self._push(commands.set_title(self.workspace, step.id, self.title.text()))

    def _commit_minutes(self, value: int) -> None:
        step = self._selected_step()
        if self._filling or step is None or step.id is None or value == step.planned_minutes:
            return
        self._push(commands.set_minutes(self.workspace, step.id, value))

    def remove_selected(self) -> None:
        step = self._selected_step()
        if step is not None and step.id is not None:
            self._push(commands.remove_step(self.workspace, step.id))

    def move_selected(self, offset: int) -> None:
        step, row = self._selected_step(), self.steps.currentRow()
        if step is None or step.id is None or not 0 <= row + offset < self.steps.count():
            return
        step_id = step.id
        if self._push(commands.move_step(self.workspace, step_id, row + offset)):
            self._select(step_id)

    def _select(self, step_id: int) -> None:
        for row in range(self.steps.count()):
            if self.steps.item(row).data(Qt.ItemDataRole.UserRole) == step_id:
                self._filling = True
                self.steps.setCurrentRow(row)
                self._filling = False
                self._show_fields()

    def add_step(self) -> StepDialog | None:
        """The step dialog (window-modal); OK adds the step after the selected one."""
        from workshop_studio.ui.console.step_dialog import open_step_dialog

        self.dialog = open_step_dialog(self.workspace, self, on_new=lambda fields: self.add(**fields))
        return self.dialog

    def edit_selected(self) -> StepDialog | None:
        from workshop_studio.ui.console.step_dialog import open_step_dialog

        step = self._selected_step()
        self.dialog = open_step_dialog(self.workspace, self, step=step) if step is not None else None
        return self.dialog

    def skip_selected(self, skipped: bool) -> None:
        from workshop_studio.ui.console.step_dialog import skip_step

        skip_step(self.workspace, self, self._selected_step(), skipped)

    def add(self, **fields) -> int | None:
        """Add a step after the selected one; returns its id."""
        workshop_id = self.workspace.workshop_id
        if workshop_id is None:
            return None
        row = self.steps.currentRow()
        command = commands.add_step(self.workspace, workshop_id, index=row + 1 if row >= 0 else None, **fields)
        if not self._push(command):
            return None
        self._select(command.id_)
        return command.id_
