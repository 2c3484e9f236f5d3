"""The shared screen's boards tied to the workshop's notes: focus follows the console, drops move notes.

* A stage clicked on any of the console's timelines (or touched on the whiteboard) is put in
  focus on the shared screen while it shows the timeline; a stage put in focus there (the
  arrows, the clicker) becomes the console's current stage, where new notes go.
* A note dragged onto a stage's tab or another matrix cell, on the shared screen or on the
  console's grid, moves there through the undo stack.
* "+ Note" touched on the whiteboard opens the large note dialog over the shared screen; the
  note goes to the stage or the cell in focus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.ui.stage.board import room_stages
from workshop_studio.ui.stage.layout.primitives import Region

if TYPE_CHECKING:
    from workshop_studio.ui.stage.presentation import Presentation
    from workshop_studio.ui.stage.view import SlideView
    from workshop_studio.ui.workspace import Workspace


class BoardLink(QObject):
    def __init__(
        self,
        presentation: Presentation,
        workspace: Workspace,
        parent: QObject | None = None,
        ask: Callable[[QDialog], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.presentation = presentation
        self.workspace = workspace
        self.ask = ask  # how the note dialog is run (tests answer it); None: exec() it
        workspace.timeline.stagePicked.connect(self._stage_picked)
        presentation.boardChanged.connect(self._board_changed)

    def watch(self, view: SlideView) -> None:
        """Notes dropped on ``view`` (the stage's, the console's grid) move where they were dropped."""
        view.noteDropped.connect(self.move_note)
        view.addNoteRequested.connect(lambda region, view=view: self.add_note(region, view))

    def _stage_picked(self, stage_id: int) -> None:
        model = self.presentation
        step = model.shown().step
        if (
            step is not None
            and step.kind == StepKind.TIMELINE
            and model.override is None
            and stage_id in {stage.id for stage in room_stages(step, model.hidden)}
        ):
            model.focus_stage(stage_id)

    def _board_changed(self) -> None:
        stage_id = self.presentation.board.stage_id
        if stage_id is not None:
            self.workspace.timeline.set_current_stage(stage_id)

    def add_note(self, region: Region, parent: QWidget | None = None) -> None:
        from workshop_studio.ui.timeline.note_dialog import add_from_dialog
        from workshop_studio.ui.timeline.panel import run_dialog

        if region.stage_id is not None:
            target = Target.stage(region.stage_id)
        elif region.cell is not None:
            target = Target.matrix_cell(*region.cell)
        else:
            return
        title = QCoreApplication.translate("BoardLink", "New note")
        add_from_dialog(self.workspace, target, title=title, parent=parent, ask=self.ask or run_dialog)

    def move_note(self, note_id: int, region: Region) -> None:
        from workshop_studio.ui.undo.authoring import push_or_warn
        from workshop_studio.ui.undo.notes import MoveNoteCommand

        note = self.workspace.timeline.note(note_id)
        if note is None:
            return
        if region.action == "stage" and region.stage_id is not None:
            target = Target.stage(region.stage_id)
            if note.target == target:
                return
            column = self.workspace.timeline.stage_notes(region.stage_id)
            position = column[-1].position + 1.0 if column else 1.0  # at the end of the stage's notes
        elif region.action == "cell" and region.cell is not None:
            target = Target.matrix_cell(*region.cell)
            if note.target == target:
                return
            position = None
        else:
            return
        push_or_warn(
            None,
            QCoreApplication.translate("BoardLink", "Notes"),
            self.workspace,
            MoveNoteCommand(self.workspace, note_id, target, position),
        )
