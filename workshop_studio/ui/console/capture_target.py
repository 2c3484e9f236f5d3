"""Where a note typed in the capture bar goes.

While presenting, to what the room is looking at: the card or the scenario on the shared
screen (on the matrix, to the cell chosen in the capture bar). Otherwise, and on the
timeline, to the stage chosen on the timeline. With nothing chosen, to the "to sort" tray,
so that Enter never drops what was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import StepKind

if TYPE_CHECKING:
    from workshop_studio.ui.stage.presentation import Presentation
    from workshop_studio.ui.workspace import Workspace


class CaptureTargets:
    def __init__(self, workspace: Workspace, presentation: Presentation | None) -> None:
        self.workspace = workspace
        self.presentation = presentation

    def _step(self):  # type: ignore[no-untyped-def]
        presentation = self.presentation
        if presentation is None or not presentation.running:
            return None
        return presentation.shown().step

    def current(self) -> tuple[Target, str]:
        step = self._step()
        if step is not None:
            if step.kind == StepKind.CARD and step.card is not None and step.card.card_id is not None:
                return Target.card(step.card.card_id), QCoreApplication.translate("CaptureTarget", "the card “%1”").replace("%1", step.card.title)
            if step.kind == StepKind.SCENARIO and step.scenario is not None:
                return (Target.scenario(step.scenario.id),
                        QCoreApplication.translate("CaptureTarget", "the scenario “%1”").replace("%1", step.scenario.title))
        model = self.workspace.timeline
        index = model.stage_index(model.current_stage_id)
        if index is not None:
            stage = model.stages[index]
            return Target.stage(stage.id), QCoreApplication.translate("CaptureTarget", "the stage “%1”").replace("%1", stage.title)
        return Target.tray(), QCoreApplication.translate("CaptureTarget", "“To sort” (choose a stage on the timeline to pin notes there)")

    def cells(self) -> list[tuple[str, Target]]:
        """The matrix cells a note may go to, when the shared screen shows the matrix."""
        step = self._step()
        if step is None or step.kind != StepKind.MATRIX or step.matrix is None:
            return []
        return [
            (f"{row.title} × {column.title}", Target.matrix_cell(row.card_id, column.card_id))
            for row in step.matrix.rows
            for column in step.matrix.columns
            if row.card_id is not None and column.card_id is not None
        ]
