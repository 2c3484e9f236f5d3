"""Which notes belong with what a step shows: its card, its scenario, its matrix's cells, its timeline's stages."""

from __future__ import annotations

from workshop_studio.domain.agenda import StepView
from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.vocabulary import StepKind, TargetKind
from workshop_studio.ui.timeline.model import TimelineModel


def step_notes(model: TimelineModel, step: StepView) -> tuple[NoteRecord, ...]:
    """Notes pinned to the step's card, scenario, matrix cells or stages (hidden ones included:
    the stage leaves them out, the console shows them marked); a stage's notes in their order."""
    if step.kind == StepKind.CARD and step.card is not None and step.card.card_id is not None:
        return tuple(model.notes_on(Target.card(step.card.card_id)))
    if step.kind == StepKind.SCENARIO and step.scenario is not None:
        return tuple(model.notes_on(Target.scenario(step.scenario.id)))
    if step.kind == StepKind.MATRIX and step.matrix is not None:
        rows = {card.card_id for card in step.matrix.rows}
        columns = {card.card_id for card in step.matrix.columns}
        return tuple(
            n
            for n in model.notes()
            if n.target.kind == TargetKind.MATRIX_CELL
            and n.target.row_card_id in rows
            and n.target.column_card_id in columns
        )
    if step.kind == StepKind.TIMELINE:
        return tuple(note for stage in step.stages for note in model.stage_notes(stage.id))
    return ()
