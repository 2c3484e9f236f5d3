"""The workshop's timeline on the stage: the overview, a stage in focus, by role, a note opened.

What is drawn follows the :class:`Board`: no stage in focus, the overview of every stage
(``timeline_overview.py``); a stage in focus, all its notes large (``timeline_focus.py``);
either by role when the facilitator asks (``timeline_roles.py``); and over all of it, a note
opened whole (``note_open.py``). A stage hidden from the room is never put in focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_studio.domain.agenda import StepView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.flow import Para, flow
from workshop_studio.ui.stage.layout.note_open import opened_note_parts
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.primitives import SlideLayout, block, fit_px, page_number
from workshop_studio.ui.stage.layout.timeline_focus import focus_parts
from workshop_studio.ui.stage.layout.timeline_overview import overview_parts
from workshop_studio.ui.stage.layout.timeline_roles import roles_focus_parts, roles_overview_parts
from workshop_studio.ui.stage.shown import OVERVIEW, Board, stage_key
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import INK_SOFT


def notes_by_stage(notes: Sequence[NoteRecord]) -> dict[int, list[NoteRecord]]:
    """Each stage's notes, in the order they came (the timeline's order)."""
    grouped: dict[int, list[NoteRecord]] = {}
    for note in notes:
        if note.target.stage_id is not None:
            grouped.setdefault(note.target.stage_id, []).append(note)
    return grouped


def timeline_slide(
    step: StepView,
    sizes: StageSizes,
    hidden: frozenset[str] = frozenset(),
    page: int = 0,
    *,
    board: Board = OVERVIEW,
    notes: Sequence[NoteRecord] = (),
) -> SlideLayout:
    by_stage = notes_by_stage(notes)
    if board.note_id is not None:
        opened = next((n for n in notes if n.id == board.note_id), None)
        if opened is not None:
            parts, page, count = opened_note_parts(opened, sizes, page)
            return parts.slide(page=page, page_count=count)
    stages = list(step.stages)
    visible = [s for s in stages if stage_key(s.id) not in hidden]
    focused = next((s for s in visible if s.id == board.stage_id), None)
    if focused is not None:
        number = stages.index(focused) + 1
        lay = roles_focus_parts if board.by_role else focus_parts
        parts, page, count = lay(focused, number, stages, by_stage.get(focused.id, []), hidden, sizes, page)
        return parts.slide(page=page, page_count=count)
    title = step.title.strip() or step.timeline_name or translate("StageSlides", "Timeline")
    header = flow(
        [Para(title, "title", BOLD)],
        Box(sizes.margin, sizes.margin, sizes.content_width, sizes.height * 0.3),
        {"title": (sizes.title, sizes.body)},
    )
    top = sizes.margin + header.used[0] + sizes.gap
    area = Box(sizes.margin, top, sizes.content_width, sizes.height - sizes.margin - top)
    parts = Parts()
    parts.texts.extend(header.pages[0])
    if not stages:
        empty = fit_px(
            translate("StageSlides", "This workshop has no timeline stages."),
            BOLD,
            area.width,
            area.height,
            max_px=sizes.body,
            min_px=sizes.body,
            floor_px=sizes.floor,
        )
        parts.texts.append(block("empty", empty, area.x, area.y, area.width, colour=INK_SOFT))
        return parts.slide()
    lay_overview = roles_overview_parts if board.by_role else None
    if lay_overview is not None:
        body, page, count = roles_overview_parts(stages, by_stage, hidden, area, sizes, page)
        if count > 1:  # leave the page number its line
            short = Box(area.x, area.y, area.width, area.height - sizes.label * LEADING)
            body, page, count = roles_overview_parts(stages, by_stage, hidden, short, sizes, page)
    else:
        body, page, count = overview_parts(stages, area, sizes, by_stage, hidden, page)
        if count > 1:
            short = Box(area.x, area.y, area.width, area.height - sizes.label * LEADING)
            body, page, count = overview_parts(stages, short, sizes, by_stage, hidden, page)
    parts.add(body)
    parts.texts.extend(page_number(sizes, page, count))
    return parts.slide(page=page, page_count=count)
