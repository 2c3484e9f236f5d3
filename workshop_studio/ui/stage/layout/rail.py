"""The strip along the bottom of a board in focus: back to the whole board, the stages, the pages.

On an interactive whiteboard it is what the room touches: "Overview" goes back to every stage
(or "Whole grid" on the matrix), a stage's tab puts that stage in focus, a note dragged onto
a tab moves there, and "+ Note" opens the large dialog to add one to what is in focus. Every
target is at least 48 px tall (PRINT.md). At its right end, the page ("2 / 3") and, while
the focused part goes on, "continued" with an arrow.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_studio.domain.agenda import StageView
from workshop_studio.domain.colours import INK, PALETTE
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.primitives import Picture, Region, Segment, Shape, block, fitted_lines, text_width
from workshop_studio.ui.stage.shown import stage_key
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import INK_SOFT, PANEL, RULE

TOUCH = 48  # px: the smallest touch target


def rail_height(sizes: StageSizes) -> float:
    return max(TOUCH, sizes.floor * LEADING * 1.5)


def _button(words: str, box: Box, size: int, action: str) -> Parts:
    parts = Parts()
    parts.shapes.append(Shape(box, PANEL, INK, 2.0, box.height / 4))
    fitted = fitted_lines([words], size)
    parts.texts.append(
        block(action, fitted, box.x, box.y + (box.height - fitted.height_mm) / 2, box.width, align="center")
    )
    parts.regions.append(Region(box, action))
    return parts


def _continued(sizes: StageSizes, page: int, count: int, right: float, y: float, height: float) -> tuple[Parts, float]:
    """ "2 / 3  continued →" ending at ``right``; returns the parts and their left end."""
    parts = Parts()
    size = sizes.floor
    words = f"{page + 1} / {count}"
    more = page < count - 1
    if more:
        words += "   " + translate("StageBoard", "continued")
    arrow = size * 1.6 if more else 0.0
    width = text_width(words, BOLD, size) + 2
    left = right - width - arrow
    fitted = fitted_lines([words], size)
    top = y + (height - fitted.height_mm) / 2
    parts.texts.append(block("continued", fitted, left, top, width, colour=INK))
    if more:
        middle = y + height / 2
        parts.segments.append(
            Segment(right - arrow + size * 0.3, middle, right - 2, middle, INK, max(size / 7, 2.0), arrow=True)
        )
    return parts, left


def rail(
    stages: Sequence[StageView],
    current: int | None,
    hidden: frozenset[str],
    sizes: StageSizes,
    *,
    home: str,
    page: int,
    count: int,
    add: Region | None = None,
) -> Parts:
    """The strip at the bottom of the screen; ``stages`` empty on the matrix (only "home");
    ``add``: where "+ Note" adds a note (its box is laid out here)."""
    height = rail_height(sizes)
    y = sizes.height - sizes.margin - height
    left: float = sizes.margin
    right: float = sizes.width - sizes.margin
    size = sizes.floor
    parts = Parts()
    if count > 1:
        tail, right_end = _continued(sizes, page, count, right, y, height)
        parts.add(tail)
        right = right_end - sizes.gap
    if add is not None:
        words = translate("StageBoard", "+ Note")
        width = text_width(words, BOLD, size) + size * 1.6
        button = _button(words, Box(right - width, y, width, height), size, "add")
        button.regions[:] = [Region(r.box, "add", stage_id=add.stage_id, cell=add.cell) for r in button.regions]
        parts.add(button)
        right -= width + sizes.gap
    home_w = text_width(home, BOLD, size) + size * 1.6
    parts.add(_button(home, Box(left, y, home_w, height), size, "home"))
    left += home_w + sizes.gap
    if not stages:
        return parts
    gap = max(8.0, sizes.gap / 3)
    tab_w = (right - left - gap * (len(stages) - 1)) / len(stages)
    for index, stage in enumerate(stages):
        box = Box(left + index * (tab_w + gap), y, tab_w, height)
        veiled = stage_key(stage.id) in hidden
        chosen = stage.id == current
        fill = PALETTE["sky"].fill if chosen else PANEL
        parts.shapes.append(
            Shape(
                box,
                None if veiled else fill,
                INK if chosen else RULE,
                4.0 if chosen else 1.5,
                height / 5,
                dashed=veiled,
            )
        )
        number = str(index + 1)
        number_w = text_width(number, BOLD, size)
        side = min(height * 0.62, tab_w - number_w - size * 0.9)
        with_picture = bool(stage.pictogram_data) and not veiled and side >= size
        content = number_w + (size * 0.3 + side if with_picture else 0)
        x = box.x + (tab_w - content) / 2
        fitted = fitted_lines([number], size)
        parts.texts.append(
            block(
                "tab",
                fitted,
                x,
                y + (height - fitted.height_mm) / 2,
                number_w + 1,
                colour=INK if not veiled else INK_SOFT,
            )
        )
        if with_picture:
            parts.pictures.append(
                Picture(
                    Box(x + number_w + size * 0.3, y + (height - side) / 2, side, side),
                    stage.pictogram_data or b"",
                    stage.pictogram_media_type or "image/svg+xml",
                )
            )
        if not veiled:
            parts.regions.append(Region(box, "stage", stage_id=stage.id))
    return parts
