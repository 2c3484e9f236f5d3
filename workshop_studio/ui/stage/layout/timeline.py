"""The workshop's timeline on the stage: one column per stage, with its pictogram and title.

The seam for what comes next: notes pinned to stages will go under each stage's title (the
free space of :attr:`StageColumn.notes`). A later engineer may instead draw the timeline
with the shared ``QGraphicsView`` of ``ui/timeline/``: ``ui/stage/view.py`` lets a step kind
be shown by a widget of its own (``SlideView.set_widget_for``), and this layout then goes.

Stages run left to right, in as few rows as keep every word of every title whole at label
size; if even one stage per column is too narrow, rows go on further pages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from workshop_studio.domain.agenda import StageView, StepView
from workshop_studio.export.card_layout import Box, TextBlock
from workshop_studio.export.fonts import BOLD
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.flow import Para, flow
from workshop_studio.ui.stage.layout.primitives import (
    Picture, Segment, Shape, SlideLayout, block, clamp_page, fit_px, fitted_lines, longest_word_width, page_number,
)
from workshop_studio.ui.stage.shown import stage_key
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import ACCENT, INK_SOFT, PANEL, RULE


@dataclass(frozen=True)
class StageColumn:
    stage: StageView
    number: int
    panel: Box
    picture: Box
    title: TextBlock | None
    notes: Box  # free room under the title, for the notes feature
    hidden: bool


def _grid(stages: Sequence[StageView], area: Box, sizes: StageSizes) -> tuple[int, int, int]:
    """(columns, rows in all, rows per page) for ``stages`` in ``area``."""
    pad = sizes.gap / 2
    word = longest_word_width([s.title for s in stages], BOLD, sizes.label)
    n = len(stages)
    columns = n
    while columns > 1 and (area.width - (columns - 1) * _across(sizes)) / columns - 2 * pad < word:
        columns -= 1
    rows = math.ceil(n / columns)
    columns = math.ceil(n / rows)  # balance the rows: 10 stages in two rows of 5, not 7 + 3
    per_page = rows
    while per_page > 1 and (area.height - (per_page - 1) * sizes.gap) / per_page < _column_need(sizes):
        per_page -= 1
    return columns, rows, per_page


def _across(sizes: StageSizes) -> float:
    """The gap between two stages of a row: room for the arrow of time."""
    return sizes.gap * 1.6


def _column_need(sizes: StageSizes) -> float:
    """The least height of a column: number, a small pictogram, two lines of title."""
    return sizes.gap + sizes.label * LEADING + sizes.label * 2 + 2 * sizes.label * LEADING + sizes.gap


def _column(stage: StageView, number: int, panel: Box, sizes: StageSizes, hidden: bool) -> StageColumn:
    pad = sizes.gap / 2
    inner_w = panel.width - 2 * pad
    number_h = sizes.label * LEADING
    side = max(min(inner_w * 0.6, (panel.height - number_h - 2 * pad) * 0.4), sizes.label * 1.5)
    picture = Box(panel.x + (panel.width - side) / 2, panel.y + pad + number_h, side, side)
    title_top = picture.bottom + pad
    room = panel.bottom - pad - title_top
    title = None
    if not hidden:
        fitted = fit_px(stage.title, BOLD, inner_w, room, max_px=sizes.body, min_px=sizes.label, floor_px=sizes.floor)
        title = block("stage", fitted, panel.x + pad, title_top, inner_w, align="center")
    notes_top = title.box.bottom + pad if title is not None else title_top
    notes = Box(panel.x, notes_top, panel.width, panel.bottom - notes_top)
    return StageColumn(stage, number, panel, picture, title, notes, hidden)


def timeline_columns(step: StepView, area: Box, sizes: StageSizes, hidden: frozenset[str],
                     page: int) -> tuple[list[StageColumn], int, int]:
    """The columns shown on ``page`` (clamped), the page and the page count.

    Rows per page shrink while a long title would not fit its column, checked on every page,
    so that the page count never depends on the page shown.
    """
    stages = list(step.stages)
    columns, rows, per_page = _grid(stages, area, sizes)
    col_w = (area.width - (columns - 1) * _across(sizes)) / columns
    while True:
        pages = math.ceil(rows / per_page)
        row_h = (area.height - (per_page - 1) * sizes.gap) / per_page
        laid: list[tuple[int, StageColumn]] = []
        for index, stage in enumerate(stages):
            row, column = divmod(index, columns)
            y = area.y + (row % per_page) * (row_h + sizes.gap)
            panel = Box(area.x + column * (col_w + _across(sizes)), y, col_w, row_h)
            laid.append((row // per_page, _column(stage, index + 1, panel, sizes, stage_key(stage.id) in hidden)))
        if per_page == 1 or not any(c.title is not None and c.title.fitted.truncated for _, c in laid):
            shown = clamp_page(page, pages)
            return [c for on_page, c in laid if on_page == shown], shown, pages
        per_page -= 1


def timeline_slide(step: StepView, sizes: StageSizes, hidden: frozenset[str] = frozenset(), page: int = 0) -> SlideLayout:
    title = step.title.strip() or step.timeline_name or translate("StageSlides", "Timeline")
    header = flow([Para(title, "title", BOLD)], Box(sizes.margin, sizes.margin, sizes.content_width, sizes.height * 0.3),
                  {"title": (sizes.title, sizes.body)})
    top = sizes.margin + header.used[0] + sizes.gap
    area = Box(sizes.margin, top, sizes.content_width, sizes.height - sizes.margin - top)
    if not step.stages:
        empty = fit_px(translate("StageSlides", "This workshop has no timeline stages."), BOLD, area.width, area.height,
                       max_px=sizes.body, min_px=sizes.body, floor_px=sizes.floor)
        return SlideLayout(texts=header.pages[0] + (block("empty", empty, area.x, area.y, area.width, colour=INK_SOFT),))
    columns, _page, pages = timeline_columns(step, area, sizes, hidden, page)
    if pages > 1:
        area = Box(area.x, area.y, area.width, area.height - sizes.label * LEADING)
        columns, page, pages = timeline_columns(step, area, sizes, hidden, page)
    else:
        page = 0
    shapes, segments, pictures, texts = [], [], [], list(header.pages[0])
    rows: dict[float, list[StageColumn]] = {}
    for column in columns:
        rows.setdefault(column.panel.y, []).append(column)
    for row in rows.values():  # the flow of time: an arrow from each stage to the next
        for before, after in zip(row, row[1:], strict=False):
            y = before.picture.y + before.picture.height / 2
            segments.append(Segment(before.panel.right + 3, y, after.panel.x - 3, y, ACCENT,
                                    max(sizes.label / 6, 2.0), arrow=True))
    for column in columns:
        shapes.append(Shape(column.panel, PANEL, RULE, 2.0, sizes.gap / 2, dashed=column.hidden))
        number = fitted_lines([str(column.number)], sizes.label)
        texts.append(block("number", number, column.panel.x + sizes.gap / 2, column.panel.y + sizes.gap / 2,
                           column.panel.width - sizes.gap, colour=INK_SOFT))
        if column.title is not None:
            texts.append(column.title)
        if not column.hidden and column.stage.pictogram_data:
            pictures.append(Picture(column.picture, column.stage.pictogram_data,
                                    column.stage.pictogram_media_type or "image/svg+xml"))
    texts.extend(page_number(sizes, page, pages))
    return SlideLayout(shapes=tuple(shapes), segments=tuple(segments), pictures=tuple(pictures),
                       texts=tuple(texts), page=page, page_count=pages)

