"""A fictional scenario on the stage: its title, the persona, the story, the questions; paged when long."""

from __future__ import annotations

from collections.abc import Sequence

from workshop_studio.domain.agenda import ScenarioView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD, REGULAR
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.flow import Flow, Para, flow
from workshop_studio.ui.stage.layout.notes import note_paras
from workshop_studio.ui.stage.layout.primitives import Picture, SlideLayout, clamp_page, page_number
from workshop_studio.ui.stage.shown import question_key, story_key
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import INK_SOFT


def _persona(scenario: ScenarioView) -> list[Para]:
    facts = [fact for fact in (scenario.trade, scenario.company_size) if fact.strip()]
    facts.append(
        translate("StageSlides", "family business")
        if scenario.family_business
        else translate("StageSlides", "not a family business")
    )
    paras = [Para(" · ".join(facts), "label", BOLD, colour=INK_SOFT)]
    if scenario.agency_history.strip():
        history = translate("StageSlides", "With the agency: {history}").format(history=scenario.agency_history)
        paras.append(Para(history, "label", REGULAR, space_before=0.2, colour=INK_SOFT))
    return paras


def _body(scenario: ScenarioView, hidden: frozenset[str]) -> list[Para]:
    paras = _persona(scenario)
    if story_key(scenario.id) not in hidden:
        for index, paragraph in enumerate(p for p in scenario.story.split("\n") if p.strip()):
            paras.append(Para(paragraph.strip(), "body", space_before=0.6 if index == 0 else 0.3))
    questions = [(i, q) for i, q in enumerate(scenario.questions) if question_key(scenario.id, i) not in hidden]
    if questions:
        paras.append(
            Para(
                translate("StageSlides", "Questions for the group"),
                "label",
                BOLD,
                space_before=1.0,
                keep_with_next=True,
            )
        )
        hang = "8" * len(str(len(questions))) + "."  # as wide as the widest number of the list
        for number, (_index, question) in enumerate(questions, start=1):
            paras.append(Para(question, "body", bullet=f"{number}.", hang=hang, space_before=0.25))
    return paras


def _header(scenario: ScenarioView, sizes: StageSizes) -> tuple[Flow, Box | None]:
    """The kind and the title, with the scenario's pictogram on the right."""
    side = sizes.title * 2 if scenario.pictogram_data else 0
    width = sizes.content_width - (side + sizes.gap if side else 0)
    paras = [
        Para(translate("StageSlides", "SCENARIO"), "label", BOLD, colour=INK_SOFT),
        Para(scenario.title, "title", BOLD, space_before=0.1),
    ]
    laid = flow(
        paras,
        Box(sizes.margin, sizes.margin, width, sizes.content_height * 0.35),
        {"label": (sizes.label, sizes.label), "title": (sizes.title, sizes.body)},
    )
    picture = Box(sizes.width - sizes.margin - side, sizes.margin, side, side) if side else None
    return laid, picture


def scenario_slide(
    scenario: ScenarioView,
    sizes: StageSizes,
    hidden: frozenset[str] = frozenset(),
    page: int = 0,
    *,
    notes: Sequence[NoteRecord] = (),
) -> SlideLayout:
    """The scenario, then what the group said about it (its notes), paged as one text."""
    header, picture = _header(scenario, sizes)
    top = sizes.margin + max(header.used[0], picture.height if picture else 0.0) + sizes.gap
    box = Box(sizes.margin, top, sizes.content_width, sizes.height - sizes.margin - top)
    body = _body(scenario, hidden) + note_paras(notes)
    ranges = {"label": (sizes.label, sizes.label), "body": (sizes.body_preferred, sizes.body)}
    laid = flow(body, box, ranges)
    if laid.page_count > 1:  # keep the last line clear of the page number
        box = Box(box.x, box.y, box.width, box.height - sizes.label * LEADING)
        laid = flow(body, box, ranges)
    page = clamp_page(page, laid.page_count)
    pictures: tuple[Picture, ...] = ()
    if picture is not None and scenario.pictogram_data:
        pictures = (Picture(picture, scenario.pictogram_data, scenario.pictogram_media_type or "image/svg+xml"),)
    texts = header.pages[0] + laid.pages[page] + page_number(sizes, page, laid.page_count)
    return SlideLayout(pictures=pictures, texts=texts, page=page, page_count=laid.page_count)
