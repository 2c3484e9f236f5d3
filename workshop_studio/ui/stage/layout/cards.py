"""Cards on the stage: one card large, or a spread side by side, drawn by the shared card layout.

A projected card is laid out by ``export/card_layout.layout_front`` like a printed one, with
two differences: its shape follows the room (landscape when one card fills a 16:9 screen), and
its type sizes are a :class:`LayoutProfile` computed from the window height, so the words meet
the stage's percentages whatever the card's size on screen.

The card's millimetres: the card is always 88 units tall (a poker card's height) and at least
63 wide, so the layout's own scale factor stays 1 and the profile's sizes are used as given.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from workshop_studio.domain.agenda import StepView
from workshop_studio.domain.card_sizes import CardSize
from workshop_studio.domain.materials import CardView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.export.card_layout import SAFE_MM, Box, CardFace, LayoutProfile, layout_back, layout_front
from workshop_studio.export.fonts import BOLD, MM_PER_PT, REGULAR
from workshop_studio.export.text_fit import wrap
from workshop_studio.ui.stage.layout.flow import Para, flow
from workshop_studio.ui.stage.layout.notes import note_paras
from workshop_studio.ui.stage.layout.primitives import PlacedCard, SlideLayout, clamp_page, keep_together, page_number
from workshop_studio.ui.stage.shown import card_key
from workshop_studio.ui.stage.sizes import LEADING, StageSizes

CARD_HEIGHT_MM = 88.0
PORTRAIT = 63.0 / 88.0  # the narrowest a projected card gets
LANDSCAPE = 1.6  # the widest


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes a card's texts should have on screen."""

    label: int
    title_max: int
    title_min: int
    body_max: int
    body_min: int
    floor: int


def single_sizes(sizes: StageSizes) -> Sizes:
    """One card fills the screen: its body is running text (4.5 %), its title a title."""
    return Sizes(_label(sizes), sizes.title, sizes.body, sizes.body_preferred, sizes.body, sizes.body)


def spread_sizes(sizes: StageSizes) -> Sizes:
    """Several cards share the screen: titles as body text, bodies as labels, never under the floor."""
    return Sizes(_label(sizes), sizes.body, sizes.label, sizes.label, sizes.floor, sizes.floor)


def _label(sizes: StageSizes) -> int:
    # The card layout may shrink a kind label to 80 % to keep it on one line.
    return max(sizes.label, math.ceil(sizes.floor / 0.8))


def profile_for(card_height_px: float, wanted: Sizes) -> LayoutProfile:
    """The card layout profile whose point sizes come out at ``wanted`` pixels on screen."""
    per_mm = card_height_px / CARD_HEIGHT_MM

    def to_pt(px: float) -> float:
        return px / per_mm / MM_PER_PT

    return LayoutProfile(
        label_pt=to_pt(wanted.label),
        title_max_pt=to_pt(wanted.title_max),
        title_min_pt=to_pt(wanted.title_min),
        body_max_pt=to_pt(wanted.body_max),
        body_min_pt=to_pt(wanted.body_min),
        floor_pt=to_pt(wanted.floor),
        footer_pt=to_pt(wanted.label),
    )


def card_box(area: Box, aspect_min: float = PORTRAIT, aspect_max: float = LANDSCAPE) -> Box:
    """The largest card box centred in ``area`` whose aspect lies between the two bounds."""
    aspect = min(max(area.width / area.height, aspect_min), aspect_max)
    height = min(area.height, area.width / aspect)
    width = height * aspect
    return Box(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height)


def card_size(box: Box) -> CardSize:
    return CardSize("stage", max(box.width / box.height * CARD_HEIGHT_MM, 63.0), CARD_HEIGHT_MM)


def _cut(face: CardFace) -> bool:
    return any(t.fitted.truncated for t in face.texts)


def _typeset(card: CardView) -> CardView:
    return replace(card, title=keep_together(card.title), body=keep_together(card.body), back=keep_together(card.back))


def face_pages(card: CardView, box: Box, wanted: Sizes) -> list[CardFace]:
    """The card's front, in as many faces as its body needs at ``wanted.body_min``."""
    card = _typeset(card)
    size, profile = card_size(box), profile_for(box.height, wanted)
    face = layout_front(card, size, profile=profile)
    body = face.text("body")
    if body is None or not body.fitted.truncated:
        return [face]
    room = size.height_mm - SAFE_MM - body.box.y
    smallest = _smallest_tried(profile.body_max_pt, profile.body_min_pt)
    lines, _ = wrap(card.body, REGULAR, smallest, body.box.width)  # in the card's millimetres
    per_page = max(int((room + 1e-6) // (smallest * MM_PER_PT * LEADING)), 1)
    while True:
        chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
        faces = [layout_front(replace(card, body="\n".join(chunk)), size, profile=profile) for chunk in chunks]
        if per_page == 1 or not any(_cut(face) for face in faces):
            return faces
        per_page -= 1


def _smallest_tried(max_pt: float, min_pt: float, step: float = 0.25) -> float:
    """The smallest size ``text_fit.fit`` tries between ``max_pt`` and ``min_pt`` (its own steps)."""
    size = max(max_pt, min_pt)
    while size - step >= min_pt - 1e-9:
        size = round(size - step, 4)
    return size


def _placed(card: CardView, box: Box, wanted: Sizes, face_down: bool) -> PlacedCard:
    size, profile = card_size(box), profile_for(box.height, wanted)
    typeset = _typeset(card)
    face = layout_back(typeset, size, profile=profile) if face_down else layout_front(typeset, size, profile=profile)
    return PlacedCard(box, face, card, face_down)


def _heading(step: StepView, sizes: StageSizes) -> tuple[list, float]:
    if not step.title.strip():
        return [], 0.0
    box = Box(sizes.margin, sizes.margin, sizes.content_width, sizes.content_height * 0.3)
    laid = flow([Para(step.title, "title", BOLD)], box, {"title": (sizes.title, sizes.body)})
    return list(laid.pages[0]), laid.used[0] + sizes.gap


NOTES_SHARE = 0.42  # of the width, for the notes beside a card that has some


def one_card(
    step: StepView, card: CardView, sizes: StageSizes, page: int = 0, *, notes: Sequence[NoteRecord] = ()
) -> SlideLayout:
    """One card as large as the screen allows; its notes, if any, in a column beside it."""
    texts, used = _heading(step, sizes) if step.title.strip() != card.title.strip() else ([], 0.0)
    area = Box(sizes.margin, sizes.margin + used, sizes.content_width, sizes.content_height - used)
    notes_box = None
    if notes:
        notes_width = area.width * NOTES_SHARE
        notes_box = Box(area.right - notes_width, area.y, notes_width, area.height)
        area = Box(area.x, area.y, area.width - notes_width - sizes.gap, area.height)
    ranges = {"label": (sizes.label, sizes.label), "body": (sizes.body, sizes.body)}

    def lay(area: Box, notes_box: Box | None):
        faces = face_pages(
            card, card_box(area, aspect_max=LANDSCAPE if notes_box is None else 1.0), single_sizes(sizes)
        )
        said = flow(note_paras(notes), notes_box, ranges) if notes_box is not None else None
        return faces, said

    faces, said = lay(area, notes_box)
    count = max(len(faces), said.page_count if said is not None else 1)
    if count > 1:  # leave room for the page number under the card
        shorten = sizes.label * LEADING
        area = Box(area.x, area.y, area.width, area.height - shorten)
        notes_box = Box(notes_box.x, notes_box.y, notes_box.width, notes_box.height - shorten) if notes_box else None
        faces, said = lay(area, notes_box)
        count = max(len(faces), said.page_count if said is not None else 1)
    page = clamp_page(page, count)
    face = faces[min(page, len(faces) - 1)]
    placed = PlacedCard(card_box(area, aspect_max=LANDSCAPE if notes_box is None else 1.0), face, card)
    note_texts = said.pages[page] if said is not None and page < said.page_count else ()
    return SlideLayout(
        cards=(placed,),
        texts=tuple(texts) + tuple(note_texts) + page_number(sizes, page, count),
        page=page,
        page_count=count,
        problems=face.problems,
    )


def _arrange(
    cards: Sequence[CardView], area: Box, sizes: StageSizes, hidden: frozenset[str]
) -> list[PlacedCard] | None:
    """The best grid for ``cards`` in ``area``: no text cut, the largest body text; else ``None``."""
    best: tuple[float, list[PlacedCard]] | None = None
    wanted = spread_sizes(sizes)
    for rows in range(1, len(cards) + 1):
        columns = math.ceil(len(cards) / rows)
        if rows > 1 and math.ceil(len(cards) / (rows - 1)) == columns:
            continue  # the same grid as with fewer rows
        cell_w = (area.width - (columns - 1) * sizes.gap) / columns
        cell_h = (area.height - (rows - 1) * sizes.gap) / rows
        if cell_w <= 0 or cell_h <= 0:
            continue
        placed = []
        for index, card in enumerate(cards):
            row, column = divmod(index, columns)
            in_row = min(columns, len(cards) - row * columns)
            left = area.x + (area.width - (in_row * cell_w + (in_row - 1) * sizes.gap)) / 2
            cell = Box(left + column * (cell_w + sizes.gap), area.y + row * (cell_h + sizes.gap), cell_w, cell_h)
            placed.append(_placed(card, card_box(cell), wanted, card_key(card.card_id) in hidden))
        if any(_cut(p.face) for p in placed):
            continue
        smallest = min(min(p.text_sizes().values(), default=0.0) for p in placed)
        if best is None or smallest > best[0] + 0.5:
            best = (smallest, placed)
    return best[1] if best is not None else None


def spread(step: StepView, sizes: StageSizes, hidden: frozenset[str] = frozenset(), page: int = 0) -> SlideLayout:
    """Cards side by side (a face-down card is hidden from the room); too many for one screen: pages."""
    texts, used = _heading(step, sizes)
    cards = list(step.cards)
    if not cards:
        return SlideLayout(texts=tuple(texts))
    area = Box(sizes.margin, sizes.margin + used, sizes.content_width, sizes.content_height - used)
    arranged = _arrange(cards, area, sizes, hidden)
    if arranged is not None:
        return SlideLayout(cards=tuple(arranged), texts=tuple(texts))
    area = Box(area.x, area.y, area.width, area.height - sizes.label * LEADING)
    for per_page in range(len(cards) - 1, 0, -1):
        chunks = [cards[i : i + per_page] for i in range(0, len(cards), per_page)]
        laid = [_arrange(chunk, area, sizes, hidden) for chunk in chunks]
        if all(item is not None for item in laid) or per_page == 1:
            break
    page = clamp_page(page, len(chunks))
    chosen = laid[page]
    if chosen is None:  # a single card too long even alone: its faces page instead
        card = chunks[page][0]
        chosen = [PlacedCard(card_box(area), face_pages(card, card_box(area), spread_sizes(sizes))[0], card)]
    return SlideLayout(
        cards=tuple(chosen),
        texts=tuple(texts) + page_number(sizes, page, len(chunks)),
        page=page,
        page_count=len(chunks),
    )
