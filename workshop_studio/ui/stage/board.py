"""How a board step (the timeline, the matrix) is shown on the shared screen, as plain data.

A board opens on the whole of it (the *overview*: every stage, every cell); one part can be
put *in focus* (a stage, with all its notes large; a matrix cell, likewise), by the arrows and
the clicker, a click on the console or a touch on an interactive whiteboard. The room may see
the timeline *by role* (role lanes), and one note may be *opened*: shown whole and large
until dismissed. Stepping rules live here, as functions of the step and the board, so the
presentation model only applies them.
"""

from __future__ import annotations

from dataclasses import replace

from workshop_studio.domain.agenda import StageView, StepView
from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.ui.stage.shown import Board, stage_key

__all__ = ["Board", "is_board", "last_stage", "next_stage", "previous_stage", "room_stages", "stage_number"]


def is_board(step: StepView | None) -> bool:
    return step is not None and step.kind in (StepKind.TIMELINE, StepKind.MATRIX)


def room_stages(step: StepView | None, hidden: frozenset[str]) -> list[StageView]:
    """The timeline's stages the room may see, in order (a stage hidden by hand is passed over)."""
    if step is None or step.kind != StepKind.TIMELINE:
        return []
    return [stage for stage in step.stages if stage_key(stage.id) not in hidden]


def stage_number(step: StepView, stage_id: int | None) -> int | None:
    """The stage's number on the timeline (1 first), hidden stages counted."""
    for index, stage in enumerate(step.stages):
        if stage.id == stage_id:
            return index + 1
    return None


def next_stage(step: StepView, board: Board, hidden: frozenset[str]) -> Board | None:
    """The board with the next stage in focus (from the overview: the first), or ``None`` past the last."""
    stages = room_stages(step, hidden)
    ids = [stage.id for stage in stages]
    if board.stage_id is None:
        return replace(board, stage_id=ids[0], note_id=None) if ids else None
    if board.stage_id not in ids:
        return None
    index = ids.index(board.stage_id)
    return replace(board, stage_id=ids[index + 1], note_id=None) if index + 1 < len(ids) else None


def previous_stage(step: StepView, board: Board, hidden: frozenset[str]) -> Board | None:
    """The board with the stage before in focus; the overview before the first; ``None`` from the overview."""
    if board.stage_id is None:
        return None
    ids = [stage.id for stage in room_stages(step, hidden)]
    index = ids.index(board.stage_id) if board.stage_id in ids else 0
    return replace(board, stage_id=ids[index - 1] if index > 0 else None, note_id=None)


def last_stage(step: StepView, board: Board, hidden: frozenset[str]) -> Board:
    """Coming back into a timeline step from the next step: its last stage in focus."""
    stages = room_stages(step, hidden)
    return replace(board, stage_id=stages[-1].id if stages else None, cell=None, note_id=None)
