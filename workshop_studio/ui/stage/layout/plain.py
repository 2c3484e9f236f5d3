"""The simplest slides: black, blank (with its title, e.g. "Pause"), and the welcome slide."""

from __future__ import annotations

from workshop_studio.domain.agenda import StepView, WorkshopHeader
from workshop_studio.domain.dates import place_text
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD, REGULAR
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.flow import Para, flow
from workshop_studio.ui.stage.layout.primitives import SlideLayout, clamp_page, moved, page_number
from workshop_studio.ui.stage.sizes import StageSizes
from workshop_studio.ui.stage.style import BLACK, INK_SOFT


def black_slide() -> SlideLayout:
    return SlideLayout(background=BLACK)


def _centred(paras: list[Para], sizes: StageSizes, ranges: dict[str, tuple[int, int]], page: int) -> SlideLayout:
    """Paragraphs centred on the screen; long ones page like everything else."""
    box = Box(sizes.margin, sizes.margin, sizes.content_width, sizes.content_height - sizes.label)
    laid = flow(paras, box, ranges)
    page = clamp_page(page, laid.page_count)
    offset = (box.height - laid.used[page]) / 2 if laid.page_count == 1 else 0.0
    texts = tuple(moved(t, dy=offset) for t in laid.pages[page])
    return SlideLayout(texts=texts + page_number(sizes, page, laid.page_count), page=page, page_count=laid.page_count)


def blank_slide(step: StepView, sizes: StageSizes, page: int = 0) -> SlideLayout:
    if not step.title.strip():
        return SlideLayout()
    return _centred([Para(step.title, "title", BOLD, "center")], sizes, {"title": (sizes.display, sizes.title)}, page)


def title_slide(
    step: StepView, workshop: WorkshopHeader | None, sizes: StageSizes, page: int = 0, date_text: str = ""
) -> SlideLayout:
    """The welcome slide: the step's title large, then the workshop, its date and place.

    ``date_text`` is the date as the UI's locale writes it (the caller formats it).
    """
    paras: list[Para] = []
    title = step.title.strip() or (workshop.title if workshop is not None else "")
    if title:
        paras.append(Para(title, "display", BOLD, "center"))
    if workshop is not None and workshop.title and workshop.title != title:
        paras.append(Para(workshop.title, "body", BOLD, "center", space_before=1.0))
    details = [part for part in (date_text, place_text(workshop.place, workshop.room) if workshop else "") if part]
    if details:
        paras.append(Para(" · ".join(details), "label", REGULAR, "center", space_before=0.8, colour=INK_SOFT))
    if workshop is not None and workshop.facilitator:
        facilitator = translate("StageSlides", "Facilitated by {name}").format(name=workshop.facilitator)
        paras.append(Para(facilitator, "label", REGULAR, "center", space_before=0.2, colour=INK_SOFT))
    ranges = {
        "display": (sizes.display, sizes.title),
        "body": (sizes.body_preferred, sizes.body),
        "label": (sizes.label, sizes.label),
    }
    return _centred(paras, sizes, ranges, page)
