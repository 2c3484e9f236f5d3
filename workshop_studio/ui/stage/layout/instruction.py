"""An instruction ("Consigne") on the stage: what the group is asked to do, and its countdown.

The kind and the title at the top (the pictogram on their right), the bullets below at body
size, and, when the step has one, the countdown in a panel on the right, its digits far
larger than anything else (a sixth of the height) with a word saying whether it runs, waits
or is over: the back row reads the time left, and colour never says it alone.
"""

from __future__ import annotations

from workshop_studio.domain.agenda import StepView
from workshop_studio.domain.countdown import CountdownView
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD, REGULAR
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.flow import Para, flow
from workshop_studio.ui.stage.layout.primitives import (
    Picture,
    Shape,
    SlideLayout,
    block,
    clamp_page,
    fitted_lines,
    page_number,
    text_width,
)
from workshop_studio.ui.stage.sizes import LEADING, StageSizes, share
from workshop_studio.ui.stage.style import INK_SOFT, PANEL, RULE
from workshop_studio.ui.stage.timing import clock_text

COUNTDOWN_SHARE = 0.16  # the countdown's digits, of the window's height
BULLET_GAPS = (0.5, 0.2)  # the space between bullets, in lines: airy, then tight


def countdown_words(countdown: CountdownView) -> str:
    if countdown.finished:
        return translate("StageSlides", "Time is up")
    if countdown.running:
        return translate("StageSlides", "left")
    return translate("StageSlides", "ready")


def _countdown(countdown: CountdownView, sizes: StageSizes, top: float) -> tuple[Shape, tuple, float]:
    """The panel on the right: digits and their word; returns it, its texts and its width."""
    digits = share(sizes.height, COUNTDOWN_SHARE)
    text = clock_text(countdown.remaining_seconds)
    inner = max(text_width("00:00", BOLD, digits), text_width(countdown_words(countdown), BOLD, sizes.label))
    width = inner + 2 * sizes.gap
    height = digits * LEADING + sizes.label * LEADING + 2 * sizes.gap
    x = sizes.width - sizes.margin - width
    y = top + max((sizes.height - sizes.margin - top - height) / 2, 0.0)
    panel = Shape(
        Box(x, y, width, height),
        fill=PANEL,
        stroke=RULE,
        stroke_width=max(sizes.height / 400, 1.0),
        radius=sizes.gap / 2,
    )
    number = block(
        "countdown", fitted_lines([text], digits), x + sizes.gap, y + sizes.gap, inner, font=BOLD, align="center"
    )
    word = block(
        "countdown_state",
        fitted_lines([countdown_words(countdown)], sizes.label),
        x + sizes.gap,
        y + sizes.gap + digits * LEADING,
        inner,
        font=BOLD,
        align="center",
        colour=INK_SOFT,
    )
    return panel, (number, word), width


def instruction_slide(
    step: StepView, sizes: StageSizes, page: int = 0, countdown: CountdownView | None = None
) -> SlideLayout:
    side = sizes.title * 2 if step.pictogram_data else 0
    header_width = sizes.content_width - (side + sizes.gap if side else 0)
    heading = [Para(translate("StageSlides", "INSTRUCTION"), "label", BOLD, colour=INK_SOFT)]
    if step.title.strip():
        heading.append(Para(step.title, "title", BOLD, space_before=0.1))
    header = flow(
        heading,
        Box(sizes.margin, sizes.margin, header_width, sizes.content_height * 0.4),
        {"label": (sizes.label, sizes.label), "title": (sizes.title, sizes.body)},
    )
    top = sizes.margin + max(header.used[0], float(side)) + sizes.gap

    shapes: tuple[Shape, ...] = ()
    clock: tuple = ()
    body_width = float(sizes.content_width)
    if countdown is not None:
        panel, clock, width = _countdown(countdown, sizes, top)
        shapes = (panel,)
        body_width -= width + 2 * sizes.gap

    box = Box(sizes.margin, top, body_width, sizes.height - sizes.margin - top)
    ranges = {"body": (sizes.body_preferred, sizes.body)}
    for gap in BULLET_GAPS:  # closer bullets before a second page: the room sees them at once
        bullets = [
            Para(b, "body", REGULAR, bullet="•", space_before=gap if i else 0.0) for i, b in enumerate(step.bullets)
        ]
        laid = flow(bullets, box, ranges)
        if laid.page_count == 1:
            break
    if laid.page_count > 1:  # keep the last line clear of the page number
        laid = flow(bullets, Box(box.x, box.y, box.width, box.height - sizes.label * LEADING), ranges)
    page = clamp_page(page, laid.page_count)
    pictures: tuple[Picture, ...] = ()
    if side and step.pictogram_data:
        pictures = (
            Picture(
                Box(sizes.width - sizes.margin - side, sizes.margin, side, side),
                step.pictogram_data,
                step.pictogram_media_type or "image/svg+xml",
            ),
        )
    texts = header.pages[0] + laid.pages[page] + clock + page_number(sizes, page, laid.page_count)
    return SlideLayout(shapes=shapes, pictures=pictures, texts=texts, page=page, page_count=laid.page_count)
