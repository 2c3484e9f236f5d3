"""The presenter console: the console's page for running a workshop on the shared screen.

Top: a live miniature of the stage, the current and next step, the timers, the buttons.
Left: the agenda (jump, add, remove, reorder, minutes, titles, all with undo), in a second
tab the annotated timeline (shown by itself when the timeline is on the stage: a click on a
stage puts it in focus on the shared screen), in a third the matrix's grid (likewise: a
click on a cell puts it in focus there and takes the next notes).
Right: what the room sees of the current step (hide, reveal), and anything shown on the fly.
It draws from the controller's :class:`Presentation` and keeps no state of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

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

        from workshop_studio.ui.console.matrix_grid import MatrixGrid
        from workshop_studio.ui.timeline.panel import TimelinePanel

        self.timeline = TimelinePanel(workspace, show_note=self.presentation.open_note)
        self.matrix = MatrixGrid(self.presentation)
        if controller.board_link is not None:
            controller.board_link.watch(self.matrix)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.timeline, self.tr("Timeline and notes"))
        self.tabs.addTab(self.matrix, self.tr("Matrix"))
        self.presentation.currentChanged.connect(lambda _index: self._follow_step())
        self.presentation.overrideChanged.connect(self._follow_step)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.stage_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now)
        layout.addWidget(splitter, 1)
        self._follow_step()

    def _follow_step(self) -> None:
        """On a timeline or a matrix step, the board is what the facilitator works on: show it;
        leaving a matrix step, the agenda again (the matrix tab would show another slide)."""
        step = self.presentation.shown().step
        if step is not None and step.kind == "timeline":
            self.tabs.setCurrentWidget(self.timeline)
        elif step is not None and step.kind == "matrix":
            self.tabs.setCurrentWidget(self.matrix)
        elif self.tabs.currentWidget() is self.matrix:  # the grid draws the room's slide: off a matrix, the agenda
            self.tabs.setCurrentWidget(self.agenda)
