"""The timeline's overview on the shared screen: every stage at once, like the strip on the wall.

Each stage is a panel: its number, its pictogram, its title (wrapped on words, never cut, at
least 2.6 % of the screen height), then what it holds: a chip per kind of note (the kind's
fill, its drawn symbol and its name with the count: colour never alone) and the first words of
its most voted note. Stages run left to right in rows, an arrow of time between neighbours;
the arrangement chosen is the one giving the titles the largest size (8 to 12 stages: two
rows). Only a timeline too long for one screen even at the smallest size pages, by rows.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from workshop_studio.domain.agenda import StageView, StepView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.vocabulary import AnnotationKind
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD, ITALIC
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.note_card import ended, fill_of, kind_word
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.primitives import (
    Mark, Picture, Region, Segment, Shape, block, fitted_lines, text_width, wrap_px,
)
from workshop_studio.ui.stage.shown import stage_key
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import ACCENT, INK_SOFT, PANEL, RULE

MAX_ROWS = 4  # on one screen; more stages than this allows go on further pages


def most_voted(notes: Sequence[NoteRecord]) -> NoteRecord | None:
    """The note with the most votes (the first of them in the stage's order), else the first note."""
    return max(notes, key=lambda n: n.votes, default=None) if notes else None


def kind_counts(notes: Sequence[NoteRecord]) -> list[tuple[str, int]]:
    """(kind, count) for each kind present, in the vocabulary's order."""
    counts = Counter(note.kind for note in notes)
    known = [(str(kind), counts[str(kind)]) for kind in AnnotationKind if counts[str(kind)]]
    return known + sorted((k, c) for k, c in counts.items() if k not in {str(kind) for kind in AnnotationKind})


@dataclass(frozen=True)
class Panel:
    """One stage's panel laid out at the origin; ``ok`` when every title word is whole."""

    parts: Parts
    ok: bool
    title_px: int
    small_px: int = 0  # the chips' and the first words' size


def _chip(kind: str, count: int, size: int, width: float) -> tuple[Parts, float, float] | None:
    """A count chip (fill, symbol, "Idea 2"), or ``None`` when even the short name is too wide."""
    pad = max(3.0, size * 0.2)
    side = size * 0.9
    for short in (False, True):
        words = f"{kind_word(kind, short=short)} {count}"
        text_w = text_width(words, BOLD, size)
        chip_w = pad + side + size * 0.3 + text_w + pad
        if chip_w <= width:
            break
    else:
        return None
    height = size * LEADING + pad
    parts = Parts()
    parts.shapes.append(Shape(Box(0, 0, chip_w, height), fill_of(kind), radius=pad))
    parts.marks.append(Mark(Box(pad, (height - side) / 2, side, side), kind))
    parts.texts.append(block("count", fitted_lines([words], size), pad + side + size * 0.3, pad / 2, text_w + 1))
    return parts, chip_w, height


def _chips(counts: Sequence[tuple[str, int]], size: int, width: float, gap: float) -> tuple[Parts, float] | None:
    """The chips flowed left to right, wrapping; ``None`` when one cannot fit ``width``."""
    parts, x, y, row_h = Parts(), 0.0, 0.0, 0.0
    for kind, count in counts:
        chip = _chip(kind, count, size, width)
        if chip is None:
            return None
        piece, chip_w, chip_h = chip
        if x > 0 and x + chip_w > width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        parts.add(piece, x, y)
        x += chip_w + gap
        row_h = max(row_h, chip_h)
    return parts, y + row_h


def stage_panel(stage: StageView, number: int, box: Box, sizes: StageSizes, notes: Sequence[NoteRecord],
                hidden: bool, largest: tuple[int, int] | None = None) -> Panel:
    """The panel of one stage, at the origin, ``box.width`` × ``box.height``; its title as large
    as fits, then its chips and first words, up to ``largest`` (title px, chips px): all the
    panels of a timeline share the sizes the fullest one can have."""
    pad = sizes.gap / 2
    inner_w = box.width - 2 * pad
    parts = Parts()
    parts.shapes.append(Shape(Box(0, 0, box.width, box.height), PANEL, RULE, 2.0, pad, dashed=hidden))
    parts.texts.append(block("number", fitted_lines([str(number)], sizes.label), pad, pad * 0.6, inner_w,
                             colour=INK_SOFT))
    if hidden:
        return Panel(parts, True, 0)
    parts.regions.append(Region(Box(0, 0, box.width, box.height), "stage", stage_id=stage.id))
    side = max(min(box.height * 0.2, sizes.label * 2.4, inner_w * 0.4), sizes.label * 1.3)
    if stage.pictogram_data:
        parts.pictures.append(Picture(Box((box.width - side) / 2, pad * 0.6, side, side), stage.pictogram_data,
                                      stage.pictogram_media_type or "image/svg+xml"))
    top = pad * 0.6 + side + pad * 0.6
    counts = kind_counts(notes)
    title_most, small_most = largest or (max(sizes.body, sizes.label), sizes.label)
    for size in range(title_most, sizes.floor - 1, -1):
        lines, broke = wrap_px(stage.title, BOLD, size, inner_w)
        if broke:
            continue
        title_h = len(lines) * size * LEADING
        for small in range(min(size, small_most), sizes.floor - 1, -1):
            chips = _chips(counts, small, inner_w, pad / 2) if counts else (Parts(), 0.0)
            if chips is None:
                continue
            chip_parts, chips_h = chips
            rest = box.height - top - title_h - (pad / 2 + chips_h if counts else 0) - pad
            line = small * LEADING
            if rest + 1e-6 < line + pad / 2:
                continue
            parts.texts.append(block("stage", fitted_lines(lines, size), pad, top, inner_w, align="center"))
            y = top + title_h + pad / 2
            if counts:
                parts.add(chip_parts, pad, y)
                y += chips_h + pad / 2
            parts.texts.append(_first_words(notes, pad, y, inner_w, small, int((rest - pad / 2 + 1e-6) // line)))
            return Panel(parts, True, size, small)
    return Panel(parts, False, 0)


def _first_words(notes: Sequence[NoteRecord], x: float, y: float, width: float, size: int, room: int):  # type: ignore[no-untyped-def]
    """The most voted note's first words, in as many lines as there is room for (at most three)."""
    note = most_voted(notes)
    if note is None:
        fitted = fitted_lines([translate("StageNotes", "No notes yet")], size)
        return block("first-words", fitted, x, y, width, font=ITALIC, colour=INK_SOFT)
    lines, _ = wrap_px(f"« {note.text} »", ITALIC, size, width)
    room = max(1, min(room, 3))
    if len(lines) > room:
        lines = lines[:room]
        lines[-1] = ended(lines[-1], ITALIC, size, width)
    return block("first-words", fitted_lines(lines, size), x, y, width, font=ITALIC)


def _grids(count: int) -> list[tuple[int, int]]:
    """(columns, rows) worth trying for ``count`` stages, rows balanced (10: 5 + 5, not 7 + 3)."""
    seen, grids = set(), []
    for rows in range(1, count + 1):
        columns = math.ceil(count / rows)
        rows = math.ceil(count / columns)
        if (columns, rows) not in seen:
            seen.add((columns, rows))
            grids.append((columns, rows))
    return grids


def _across(sizes: StageSizes) -> float:
    return sizes.gap * 1.6  # room for the arrow of time between two stages


def _lay(stages: Sequence[StageView], area: Box, sizes: StageSizes, notes: dict[int, list[NoteRecord]],
         hidden: frozenset[str], columns: int, rows: int, first: int = 0) -> list[tuple[Box, Panel]] | None:
    col_w = (area.width - (columns - 1) * _across(sizes)) / columns
    row_h = (area.height - (rows - 1) * sizes.gap) / rows
    if col_w <= sizes.label * 2 or row_h <= sizes.label * 3:
        return None
    largest: tuple[int, int] | None = None
    for _attempt in range(2):  # the second time, every panel at the sizes the fullest one got
        laid = []
        for index, stage in enumerate(stages):
            row, column = divmod(index, columns)
            box = Box(area.x + column * (col_w + _across(sizes)), area.y + row * (row_h + sizes.gap), col_w, row_h)
            panel = stage_panel(stage, first + index + 1, box, sizes, notes.get(stage.id, []),
                                stage_key(stage.id) in hidden, largest)
            if not panel.ok:
                return None
            laid.append((box, panel))
        shown = [panel for _box, panel in laid if panel.title_px]
        common = (min((p.title_px for p in shown), default=0), min((p.small_px for p in shown), default=0))
        if common == largest or all((p.title_px, p.small_px) == common for p in shown):
            break
        largest = common
    return laid


def arrange(stages: Sequence[StageView], area: Box, sizes: StageSizes, notes: dict[int, list[NoteRecord]],
            hidden: frozenset[str]) -> tuple[list[tuple[Box, Panel]], int]:
    """The panels of the arrangement whose smallest title is largest (fewer rows on a tie), and
    the columns per row; a timeline too long for one screen returns its first rows (see :func:`pages`)."""
    best: tuple[tuple[int, int], list[tuple[Box, Panel]], int] | None = None
    for columns, rows in _grids(len(stages)):
        if rows > MAX_ROWS:
            break
        laid = _lay(stages, area, sizes, notes, hidden, columns, rows)
        if laid is None:
            continue
        score = (min((panel.title_px for _box, panel in laid if panel.title_px), default=0), -rows)
        if best is None or score > best[0]:
            best = (score, laid, columns)
    if best is None:
        return [], 0
    return best[1], best[2]


def overview_parts(stages: Sequence[StageView], area: Box, sizes: StageSizes, notes: dict[int, list[NoteRecord]],
                   hidden: frozenset[str], page: int = 0) -> tuple[Parts, int, int]:
    """The overview drawn in ``area``: (parts, page shown, page count). A timeline too long for
    one screen shows ``MAX_ROWS`` rows a page, of the narrowest columns keeping titles whole."""
    laid, _columns = arrange(stages, area, sizes, notes, hidden)
    count = 1
    if not laid and stages:
        columns = next((c for c, _r in reversed(_grids(len(stages)))
                        if _lay(stages[:c], area, sizes, notes, hidden, c, MAX_ROWS) is not None), 1)
        per_page = columns * MAX_ROWS
        count = math.ceil(len(stages) / per_page)
        page = max(0, min(page if page >= 0 else count + page, count - 1))
        chunk = stages[page * per_page:(page + 1) * per_page]
        laid = _lay(chunk, area, sizes, notes, hidden, columns, MAX_ROWS, first=page * per_page) or []
    else:
        page = 0
    parts = Parts()
    for box, panel in laid:
        parts.add(panel.parts, box.x, box.y)
    for (box, _panel), (after, _next) in zip(laid, laid[1:], strict=False):
        if abs(box.y - after.y) < 1 and after.x > box.x:
            y = box.y + sizes.label * 2
            parts.segments.append(Segment(box.right + 3, y, after.x - 3, y, ACCENT, max(sizes.label / 6, 2.0), arrow=True))
    return parts, page, count
