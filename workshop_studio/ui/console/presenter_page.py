"""The presenter console: the console's page for running a workshop on the shared screen.

Top: a live miniature of the stage, the current and next step, the timers, the buttons.
Left: the agenda (jump, add, remove, reorder, minutes, titles, all with undo).
Right: what the room sees of the current step (hide, reveal), and anything shown on the fly.
It draws from the controller's :class:`Presentation` and keeps no state of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from workshop_studio.ui.console.presenter_agenda import AgendaPanel
from workshop_studio.ui.console.presenter_items import StagePanel
from workshop_studio.ui.console.presenter_now import NowPanel

if TYPE_CHECKING:
    from workshop_studio.ui.console.presenter_controller import PresenterController
    from workshop_studio.ui.workspace import Workspace


class PresenterPage(QWidget):
    def __init__(self, controller: PresenterController, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterPage")
        self.controller = controller
        self.presentation = controller.presentation
        self.now = NowPanel(controller)
        self.agenda = AgendaPanel(controller.presentation, workspace)
        self.stage_panel = StagePanel(controller.presentation, workspace)

        agenda_box = QGroupBox(self.tr("Agenda"))
        QVBoxLayout(agenda_box).addWidget(self.agenda)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(agenda_box)
        splitter.addWidget(self.stage_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now)
        layout.addWidget(splitter, 1)
