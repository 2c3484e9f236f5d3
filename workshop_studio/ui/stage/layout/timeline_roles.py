"""The timeline by role on the shared screen: one lane per role, as on the console.

Overview: the stages across, one lane per role that has spoken down the side, each crossing
showing its notes as small post-its (most voted first, "+3"); stages too many for one screen
go on pages, never a title cut. Focus: the focused stage's notes in role lanes side by side,
each headed by its role, as large as fits, else paged by whole notes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from workshop_studio.domain.agenda import StageView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.timeline_layout import LANE_ROLES
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.note_card import role_word
from workshop_studio.ui.stage.layout.note_columns import NotePages, note_pages
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.post_its import post_its
from workshop_studio.ui.stage.layout.primitives import (
    Region,
    Shape,
    block,
    clamp_page,
    fit_px,
    longest_word_width,
)
from workshop_studio.ui.stage.layout.rail import rail
from workshop_studio.ui.stage.layout.timeline_focus import adding, empty_words, focus_header, notes_area, stage_words
from workshop_studio.ui.stage.shown import stage_key
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import LANE, PANEL, RULE


def lane_of(note: NoteRecord) -> str:
    """The lane a note goes in: its role's (the console's rule: no known role, the last lane)."""
    return note.role if note.role in LANE_ROLES else LANE_ROLES[-1]


def lanes_of(notes: Sequence[NoteRecord]) -> list[tuple[str, list[NoteRecord]]]:
    """(role, its notes) for each role that has notes, in the lanes' order."""
    lanes = [(role, [n for n in notes if lane_of(n) == role]) for role in LANE_ROLES]
    return [(role, found) for role, found in lanes if found]


def _label_width(roles: Sequence[str], sizes: StageSizes, share: float) -> float:
    words = longest_word_width([role_word(r) for r in roles], BOLD, sizes.label) + sizes.gap
    return min(max(words, sizes.content_width * 0.1), sizes.content_width * share)


# -- overview -------------------------------------------------------------------------------------
def roles_overview_parts(
    stages: Sequence[StageView],
    notes: dict[int, list[NoteRecord]],
    hidden: frozenset[str],
    area: Box,
    sizes: StageSizes,
    page: int,
) -> tuple[Parts, int, int]:
    """Stages across, role lanes down: (parts, page shown, page count)."""
    every = [n for stage in stages for n in notes.get(stage.id, [])]
    roles = [role for role, _found in lanes_of(every)] or [LANE_ROLES[0]]
    label_w = _label_width(roles, sizes, 0.2)
    pad = sizes.gap / 2
    word = longest_word_width([s.title for s in stages], BOLD, sizes.floor) + 2 * pad
    most = max(int((area.width - label_w) // max(word, sizes.floor * 6)), 1)
    count = max(math.ceil(len(stages) / most), 1)
    per_page = math.ceil(len(stages) / count) if stages else 1
    page = clamp_page(page, count)
    first = page * per_page
    shown = list(stages[first : first + per_page])
    col_w = (area.width - label_w) / max(len(shown), 1)
    titles = []
    for offset, stage in enumerate(shown):
        words = f"{first + offset + 1}. {stage.title}" if stage_key(stage.id) not in hidden else str(first + offset + 1)
        titles.append(fit_px(words, BOLD, col_w - 2 * pad, sizes.height, max_px=sizes.label, min_px=sizes.floor))
    head_h = max((t.height_mm for t in titles), default=sizes.label * LEADING) + pad
    row_h = (area.height - head_h) / len(roles)
    parts = Parts()
    for r, role in enumerate(roles):
        y = area.y + head_h + r * row_h
        parts.shapes.append(Shape(Box(area.x, y, area.width, row_h), LANE if r % 2 == 0 else PANEL, RULE, 1.0))
        fitted = fit_px(role_word(role), BOLD, label_w - pad, row_h, max_px=sizes.label, min_px=sizes.floor)
        parts.texts.append(block("lane", fitted, area.x + pad / 2, y + pad / 2, label_w - pad))
    for c, stage in enumerate(shown):
        x = area.x + label_w + c * col_w
        veiled = stage_key(stage.id) in hidden
        parts.shapes.append(Shape(Box(x, area.y, col_w, area.height), None, RULE, 1.5, dashed=veiled))
        parts.texts.append(block("stage", titles[c], x + pad, area.y, col_w - 2 * pad, align="center"))
        if veiled:
            continue
        parts.regions.append(Region(Box(x, area.y, col_w, area.height), "stage", stage_id=stage.id))
        for r, role in enumerate(roles):
            mine = [n for n in notes.get(stage.id, []) if lane_of(n) == role]
            cell = Box(x + pad / 2, area.y + head_h + r * row_h + pad / 2, col_w - pad, row_h - pad)
            parts.add(post_its(mine, cell, sizes.floor, pad)[0])
    return parts, page, count


# -- focus ----------------------------------------------------------------------------------------
def roles_focus_parts(
    stage: StageView,
    number: int,
    stages: Sequence[StageView],
    notes: Sequence[NoteRecord],
    hidden: frozenset[str],
    sizes: StageSizes,
    page: int,
) -> tuple[Parts, int, int]:
    """The focused stage's notes in role lanes side by side, each headed by its role: (parts,
    page shown, page count); every lane turns its pages together, by whole notes."""
    counter = stage_words(number, len(stages)) + " · " + translate("StageBoard", "by role")
    picture = (stage.pictogram_data, stage.pictogram_media_type or "image/svg+xml") if stage.pictogram_data else None
    parts, height = focus_header(stage.title, counter, picture, sizes)
    area = notes_area(sizes, height)
    lanes = lanes_of(notes)
    home = translate("StageBoard", "Overview")
    if not lanes:
        parts.add(empty_words(translate("StageBoard", "No notes on this stage yet."), area, sizes))
        parts.add(rail(stages, stage.id, hidden, sizes, home=home, page=0, count=1, add=adding(stage_id=stage.id)))
        return parts, 0, 1
    gap = sizes.gap
    width = (area.width - (len(lanes) - 1) * gap) / len(lanes)
    heads = [
        fit_px(f"{role_word(role)} ({len(found)})", BOLD, width, sizes.height, max_px=sizes.label, min_px=sizes.floor)
        for role, found in lanes
    ]
    head_h = max(head.height_mm for head in heads) + gap / 2
    boxes = [Box(area.x + i * (width + gap), area.y + head_h, width, area.height - head_h) for i in range(len(lanes))]
    largest = min(sizes.body_preferred, max(sizes.label, int(width / 8)))  # some fourteen letters a line

    def at(size: int) -> list[NotePages]:
        return [
            note_pages(found, box, columns=1, gap=gap, text_px=(size, size), label=sizes.label, floor=sizes.floor)
            for (_role, found), box in zip(lanes, boxes, strict=True)
        ]

    paged = at(sizes.label)  # the smallest first: a busy stage pages at once, laid out once
    if all(lane.page_count == 1 for lane in paged):
        low, high = sizes.label, largest  # else the largest size at which every lane fits, by bisection
        while low < high:
            middle = (low + high + 1) // 2
            if all(lane.page_count == 1 for lane in at(middle)):
                low = middle
            else:
                high = middle - 1
        paged = at(low)
    count = max(lane.page_count for lane in paged)
    page = clamp_page(page, count)
    for index, (head, box, lane) in enumerate(zip(heads, boxes, paged, strict=True)):
        parts.shapes.append(
            Shape(Box(box.x - gap / 4, area.y, width + gap / 2, area.height), LANE if index % 2 == 0 else None)
        )
        parts.texts.append(block("lane", head, box.x, area.y, width, align="center"))
        for placed in lane.pages[page] if page < lane.page_count else ():
            parts.add(placed.card.parts, placed.x, placed.y)
    parts.add(rail(stages, stage.id, hidden, sizes, home=home, page=page, count=count, add=adding(stage_id=stage.id)))
    return parts, page, count
