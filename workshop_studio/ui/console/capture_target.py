"""Where a note typed in the capture bar goes: it follows the step the room is looking at.

While presenting: the card or the scenario on the shared screen; on the matrix, the cell in
focus (a click on the console's grid), else the "to sort" tray, never the stage of an earlier
step; on the timeline, the stage in focus, else the stage chosen on the console's timeline.
Otherwise, the stage chosen on the timeline. With nothing chosen, the "to sort" tray, so that
Enter never drops what was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import StepKind

if TYPE_CHECKING:
    from workshop_studio.domain.agenda import StepView
    from workshop_studio.ui.stage.presentation import Presentation
    from workshop_studio.ui.workspace import Workspace


translate = QCoreApplication.translate


class CaptureTargets:
    def __init__(self, workspace: Workspace, presentation: Presentation | None) -> None:
        self.workspace = workspace
        self.presentation = presentation

    def _step(self) -> StepView | None:
        presentation = self.presentation
        if presentation is None or not presentation.running:
            return None
        return presentation.shown().step

    def current(self) -> tuple[Target, str]:
        step = self._step()
        if step is not None:
            if step.kind == StepKind.CARD and step.card is not None and step.card.card_id is not None:
                return Target.card(step.card.card_id), translate("CaptureTarget", "the card “%1”").replace(
                    "%1", step.card.title
                )
            if step.kind == StepKind.SCENARIO and step.scenario is not None:
                return Target.scenario(step.scenario.id), translate("CaptureTarget", "the scenario “%1”").replace(
                    "%1", step.scenario.title
                )
            if step.kind == StepKind.MATRIX:
                return self._matrix(step)
            if step.kind == StepKind.TIMELINE and self.presentation is not None:
                stage_id = self.presentation.board.stage_id
                stage = next((s for s in step.stages if s.id == stage_id), None)
                if stage is not None:
                    return Target.stage(stage.id), translate("CaptureTarget", "the stage “%1”").replace(
                        "%1", stage.title
                    )
        model = self.workspace.timeline
        index = model.stage_index(model.current_stage_id)
        if index is not None:
            line = model.stages[index]
            return Target.stage(line.id), translate("CaptureTarget", "the stage “%1”").replace("%1", line.title)
        return Target.tray(), translate(
            "CaptureTarget", "“To sort” (choose a stage on the timeline to pin notes there)"
        )

    def _matrix(self, step: StepView) -> tuple[Target, str]:
        cell = self.presentation.board.cell if self.presentation is not None else None
        matrix = step.matrix
        if cell is not None and matrix is not None:
            row = next((card for card in matrix.rows if card.card_id == cell[0]), None)
            column = next((card for card in matrix.columns if card.card_id == cell[1]), None)
            if row is not None and column is not None:
                return Target.matrix_cell(*cell), translate("CaptureTarget", "the cell “%1”").replace(
                    "%1", f"{row.title} × {column.title}"
                )
        return Target.tray(), translate("CaptureTarget", "“To sort” (click a cell of the matrix to pin notes there)")
