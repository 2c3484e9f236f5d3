"""One stage of the timeline in focus on the shared screen: all its notes, in full, large.

Top: the stage's pictogram and title, and "Stage 4 / 10". Middle: its notes in columns, as
large as lets them all fit, else paged by whole notes (``note_columns.py``). Bottom: the rail
(back to the overview, every stage's tab, "2 / 3  continued →").
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_studio.domain.agenda import StageView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.note_columns import NotePages, note_pages
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.primitives import (
    Picture,
    Region,
    block,
    clamp_page,
    fit_px,
    fitted_lines,
    text_width,
)
from workshop_studio.ui.stage.layout.rail import rail, rail_height
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import INK_SOFT


def columns_for(sizes: StageSizes) -> int:
    """Three columns on a wide screen, two on a squarer one."""
    return 3 if sizes.width / sizes.height >= 1.5 else 2


def stage_words(number: int, total: int) -> str:
    return translate("StageBoard", "Stage {number} / {total}").format(number=number, total=total)


def focus_header(title: str, counter: str, picture: tuple[bytes, str] | None, sizes: StageSizes) -> tuple[Parts, float]:
    """Pictogram, title (two lines at most, shrinking to body size) and counter; its height."""
    parts = Parts()
    x: float = sizes.margin
    top = sizes.margin
    side = sizes.title * 1.2
    if picture is not None:
        parts.pictures.append(Picture(Box(x, top, side, side), picture[0], picture[1]))
        x += side + sizes.gap
    counter_w = text_width(counter, BOLD, sizes.label) + 2 if counter else 0.0
    width = sizes.width - sizes.margin - x - (counter_w + sizes.gap if counter else 0)
    fitted = fit_px(
        title, BOLD, width, sizes.title * LEADING * 2, max_px=sizes.title, min_px=sizes.body, floor_px=sizes.label
    )
    parts.texts.append(block("title", fitted, x, top, width))
    if counter:
        parts.texts.append(
            block(
                "counter",
                fitted_lines([counter], sizes.label),
                sizes.width - sizes.margin - counter_w,
                top + (min(fitted.line_height_mm, side) - sizes.label * LEADING) / 2,
                counter_w,
                colour=INK_SOFT,
            )
        )
    height = max(fitted.height_mm, side if picture is not None else 0.0)
    return parts, height


def notes_area(sizes: StageSizes, header_height: float) -> Box:
    top = sizes.margin + header_height + sizes.gap
    bottom = sizes.height - sizes.margin - rail_height(sizes) - sizes.gap
    return Box(sizes.margin, top, sizes.content_width, max(bottom - top, sizes.label * 2))


def lay_notes(notes: Sequence[NoteRecord], area: Box, sizes: StageSizes) -> NotePages:
    return note_pages(
        notes,
        area,
        columns=columns_for(sizes),
        gap=sizes.gap,
        text_px=(sizes.body_preferred, sizes.label),
        label=sizes.label,
        floor=sizes.floor,
    )


def adding(*, stage_id: int | None = None, cell: tuple[int, int] | None = None) -> Region:
    """Where the rail's "+ Note" adds a note (its box comes from the rail)."""
    return Region(Box(0, 0, 0, 0), "add", stage_id=stage_id, cell=cell)


def placed_notes(pages: NotePages, page: int) -> Parts:
    parts = Parts()
    for placed in pages.pages[page]:
        parts.add(placed.card.parts, placed.x, placed.y)
    return parts


def empty_words(words: str, area: Box, sizes: StageSizes) -> Parts:
    parts = Parts()
    fitted = fit_px(words, BOLD, area.width, area.height, max_px=sizes.body, min_px=sizes.label)
    parts.texts.append(block("empty", fitted, area.x, area.y + sizes.gap, area.width, align="center", colour=INK_SOFT))
    return parts


def focus_parts(
    stage: StageView,
    number: int,
    stages: Sequence[StageView],
    notes: Sequence[NoteRecord],
    hidden: frozenset[str],
    sizes: StageSizes,
    page: int,
) -> tuple[Parts, int, int]:
    """The focused stage: (parts, page shown, page count)."""
    picture = (stage.pictogram_data, stage.pictogram_media_type or "image/svg+xml") if stage.pictogram_data else None
    parts, height = focus_header(stage.title, stage_words(number, len(stages)), picture, sizes)
    area = notes_area(sizes, height)
    if not notes:
        parts.add(empty_words(translate("StageBoard", "No notes on this stage yet."), area, sizes))
        count, page = 1, 0
    else:
        pages = lay_notes(notes, area, sizes)
        count = pages.page_count
        page = clamp_page(page, count)
        parts.add(placed_notes(pages, page))
    parts.add(
        rail(
            stages,
            stage.id,
            hidden,
            sizes,
            home=translate("StageBoard", "Overview"),
            page=page,
            count=count,
            add=adding(stage_id=stage.id),
        )
    )
    return parts, page, count
