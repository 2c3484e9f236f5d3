"""Slide layouts: pure arithmetic from what is shown and the window's size to boxes and fitted text.

No Qt in this package: the tests check its numbers (sizes at 1920×1080 and 1366×768, pages,
nothing cut), and ``ui/stage/painter.py`` draws the result.
"""

from __future__ import annotations

from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.ui.stage.layout.cards import one_card, spread
from workshop_studio.ui.stage.layout.instruction import instruction_slide
from workshop_studio.ui.stage.layout.matrix import matrix_board
from workshop_studio.ui.stage.layout.plain import black_slide, blank_slide, title_slide
from workshop_studio.ui.stage.layout.primitives import SlideLayout
from workshop_studio.ui.stage.layout.scenario import scenario_slide
from workshop_studio.ui.stage.layout.timeline import timeline_slide
from workshop_studio.ui.stage.shown import Shown
from workshop_studio.ui.stage.sizes import stage_sizes


def layout_slide(
    shown: Shown, width: int, height: int, *, date_text: str = "", outline: tuple[int, int] | None = None
) -> SlideLayout:
    """What the stage draws for ``shown`` in a ``width`` × ``height`` window (``outline``: a
    matrix cell to frame, the console's capture target)."""
    step = shown.step
    if shown.black or step is None or step.kind == StepKind.BLACK:
        return black_slide()
    sizes = stage_sizes(width, height)
    kind, page, hidden, notes = step.kind, shown.page, shown.hidden, shown.notes_for_room()
    if kind == StepKind.TITLE:
        return title_slide(step, shown.workshop, sizes, page, date_text=date_text)
    if kind == StepKind.INSTRUCTION:
        return instruction_slide(step, sizes, page, shown.countdown)
    if kind == StepKind.CARD and step.card is not None:
        return one_card(step, step.card, sizes, page, notes=notes)
    if kind == StepKind.CARDS:
        return spread(step, sizes, hidden, page)
    if kind == StepKind.SCENARIO and step.scenario is not None:
        return scenario_slide(step.scenario, sizes, hidden, page, notes=notes)
    if kind == StepKind.TIMELINE:
        return timeline_slide(step, sizes, hidden, page, board=shown.board, notes=notes)
    if kind == StepKind.MATRIX:
        return matrix_board(step, sizes, hidden, page, shown.board, notes, outline=outline)
    return blank_slide(step, sizes, page)  # blank, and a card or scenario step whose content was deleted


__all__ = ["SlideLayout", "layout_slide"]
