"""What a slide is made of, in window pixels, and text fitted in pixels (no Qt here).

A slide layout is plain data: frames, lines, pictures, cards (laid out by the shared card
layout) and fitted text blocks. ``ui/stage/painter.py`` draws it; tests read its numbers.

Text reuses the card layout's machinery (``export/text_fit.py``) with one convention: a
*pixel* is passed where it expects a millimetre. A size of ``p`` px is then ``p / MM_PER_PT``
"points", widths and heights come back in pixels, and the shrink step is one pixel, so every
fitted size is a whole pixel size, which is what Qt draws.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from workshop_studio.domain.colours import INK
from workshop_studio.domain.materials import CardView
from workshop_studio.export.card_layout import Box, CardFace, TextBlock
from workshop_studio.export.fonts import BOLD, MM_PER_PT
from workshop_studio.export.text_fit import FittedText, fit, keep_together, width_mm, wrap
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import GROUND, INK_SOFT


def pt(px: float) -> float:
    """The "point" size that stands for ``px`` pixels under the pixel-as-millimetre convention."""
    return px / MM_PER_PT


def px(fitted: FittedText) -> int:
    """The pixel size a fitted text is drawn at."""
    return round(fitted.size_pt * MM_PER_PT)


def fit_px(
    text: str,
    font: str,
    width: float,
    height: float,
    *,
    max_px: int,
    min_px: int,
    floor_px: int | None = None,
    max_lines: int | None = None,
) -> FittedText:
    """``text`` in ``width`` × ``height`` px, from ``max_px`` down to ``min_px`` (then ``floor_px``)."""
    top = max(max_px, min_px)
    return fit(
        keep_together(text),
        font,
        max(width, 1.0),
        max(height, 1.0),
        max_pt=pt(top),
        min_pt=pt(min_px),
        floor_pt=pt(floor_px) if floor_px is not None else None,
        max_lines=max_lines,
        leading=LEADING,
        step=pt(1),
    )


def wrap_px(text: str, font: str, size: int, width: float) -> tuple[list[str], bool]:
    return wrap(keep_together(text), font, pt(size), max(width, 1.0))


def text_width(text: str, font: str, size: int) -> float:
    return width_mm(text, font, pt(size))


def longest_word_width(texts: Iterable[str], font: str, size: int) -> float:
    return max((text_width(word, font, size) for text in texts for word in text.split()), default=0.0)


def fitted_lines(lines: Iterable[str], size: int) -> FittedText:
    return FittedText(tuple(lines), pt(size), size * LEADING)


def block(
    role: str,
    fitted: FittedText,
    x: float,
    y: float,
    width: float,
    *,
    font: str = BOLD,
    align: str = "left",
    colour: str = INK,
) -> TextBlock:
    return TextBlock(role, Box(x, y, width, fitted.height_mm), font, fitted, align, colour)


def moved(item: TextBlock, dx: float = 0.0, dy: float = 0.0) -> TextBlock:
    return replace(item, box=Box(item.box.x + dx, item.box.y + dy, item.box.width, item.box.height))


@dataclass(frozen=True)
class Shape:
    """A rectangle: a panel, a frame, a placeholder."""

    box: Box
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.0
    radius: float = 0.0
    dashed: bool = False


@dataclass(frozen=True)
class Segment:
    """A straight line, with an arrow head at its end when ``arrow``."""

    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float
    arrow: bool = False


@dataclass(frozen=True)
class Picture:
    box: Box
    data: bytes
    media_type: str


@dataclass(frozen=True)
class Mark:
    """A note kind's drawn symbol (the report's shapes: warning, bulb, question…) in a square."""

    box: Box
    kind: str  # a note kind (``AnnotationKind`` value)


@dataclass(frozen=True)
class Region:
    """Where a click or a touch on the slide does something; nothing is drawn for it.

    ``action``: ``stage`` (focus that stage), ``cell`` (focus that matrix cell), ``note`` (show
    it whole; dragged, it moves), ``home`` (back to the whole board), ``dismiss`` (close what
    is shown whole). A note dropped on a ``stage`` or ``cell`` region moves there.
    """

    box: Box
    action: str
    stage_id: int | None = None
    note_id: int | None = None
    cell: tuple[int, int] | None = None  # (row card id, column card id)

    def contains(self, x: float, y: float) -> bool:
        return self.box.x <= x <= self.box.right and self.box.y <= y <= self.box.bottom


@dataclass(frozen=True)
class PlacedCard:
    """A card face drawn into ``box`` (aspect kept); ``face_down`` shows its back."""

    box: Box
    face: CardFace
    card: CardView
    face_down: bool = False

    @property
    def scale(self) -> float:
        """Window pixels per card millimetre."""
        return min(self.box.width / self.face.width, self.box.height / self.face.height)

    def text_sizes(self) -> dict[str, float]:
        """Each text's size in window pixels, by role (kind, title, body, back…)."""
        return {t.role: t.fitted.size_pt * MM_PER_PT * self.scale for t in self.face.texts if t.fitted.lines}


@dataclass(frozen=True)
class SlideLayout:
    background: str = GROUND
    shapes: tuple[Shape, ...] = ()
    segments: tuple[Segment, ...] = ()
    pictures: tuple[Picture, ...] = ()
    cards: tuple[PlacedCard, ...] = ()
    texts: tuple[TextBlock, ...] = ()
    page: int = 0
    page_count: int = 1
    problems: tuple[str, ...] = ()
    marks: tuple[Mark, ...] = ()
    regions: tuple[Region, ...] = ()  # the last one listed is on top

    def region_at(self, x: float, y: float, *, action: str | None = None) -> Region | None:
        """The topmost region under (x, y), of ``action`` when given."""
        for region in reversed(self.regions):
            if region.contains(x, y) and (action is None or region.action == action):
                return region
        return None

    def text_sizes(self) -> list[tuple[str, float]]:
        """(role, size in px) of every piece of text on the slide, cards included."""
        sizes = [(t.role, float(px(t.fitted))) for t in self.texts if t.fitted.lines]
        for card in self.cards:
            sizes.extend(card.text_sizes().items())
        return sizes

    def words(self) -> str:
        """All the slide's text, for tests and accessibility."""
        parts = [" ".join(t.fitted.lines) for t in self.texts]
        parts += [" ".join(" ".join(t.fitted.lines) for t in c.face.texts) for c in self.cards]
        return " ".join(parts)


def page_number(sizes: StageSizes, page: int, count: int) -> tuple[TextBlock, ...]:
    """ "2 / 3" in the bottom-right corner, at label size, when a slide has pages."""
    if count <= 1:
        return ()
    text = f"{page + 1} / {count}"
    width = text_width(text, BOLD, sizes.label) + 2
    fitted = fitted_lines([text], sizes.label)
    y = sizes.height - sizes.margin / 2 - fitted.height_mm * 0.9
    return (block("page", fitted, sizes.width - sizes.margin - width, y, width, align="right", colour=INK_SOFT),)


def clamp_page(page: int, count: int) -> int:
    """``page`` within ``0..count-1``; a negative page counts from the end (-1: the last)."""
    if page < 0:
        page = count + page
    return max(0, min(page, count - 1))
