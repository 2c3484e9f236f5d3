"""Where cards go on paper, as arithmetic in millimetres (no reportlab here).

Origin at the page's top-left corner, y downwards, like :mod:`card_layout`. Three layouts:

- ``sheet``: cards butted in a centred grid, sharing cut lines; crop marks in the margins.
- ``sheet-bleed``: each card with its bleed, a gutter between bleeds; marks where they fit
  (margins and gutters), never over a card or its bleed.
- ``print-shop``: one card side per page, page = trim + 2 x bleed (TrimBox, BleedBox).

The trim of every card keeps :data:`MIN_TRIM_MARGIN_MM` (7.5 mm) from the paper's edge: office
printers cannot print the outer ~5 mm, and a mark needs the rest. Bleed may reach into it.

Backs. Behind a card at ``x`` on a portrait sheet flipped on its long edge lies the back at
``page_width - x - card_width``, same row; flipped on its short edge, rows mirror and each back
turns 180 degrees so it reads upright when the card is turned over sideways. A landscape page
goes onto portrait paper turned a quarter: the paper's long edge is then the page's top, so the
two rules swap. ``fold`` puts fronts on one half and their backs mirrored on the other half.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_studio.domain.card_sizes import CardSize
from workshop_studio.domain.geometry import Box as Rect

PAPERS: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
LAYOUTS = ("sheet", "sheet-bleed", "print-shop")
BACKS = ("none", "long-edge", "short-edge", "fold")
ORIENTATIONS = ("auto", "portrait", "landscape")

UNPRINTABLE_MM = 5.0  # crop marks stop this far from the paper's edge
MARK_GAP_MM = 1.0  # a mark stops at least this far from a card's trim
MIN_MARK_MM = 1.5  # shorter pieces of a cut line are not worth drawing
MIN_TRIM_MARGIN_MM = UNPRINTABLE_MM + MARK_GAP_MM + MIN_MARK_MM  # 7.5: room for a mark outside
SLUG_MM = 10.0  # room for marks around a print-shop page, when marks are asked for
_EPS = 1e-6


@dataclass(frozen=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def length(self) -> float:
        return abs(self.x2 - self.x1) + abs(self.y2 - self.y1)


@dataclass(frozen=True)
class Slot:
    """A card's place on a page: its trim, its bleed around it, and whether it is upside down."""

    trim: Rect
    bleed: float = 0.0
    rotated: bool = False

    @property
    def bleed_rect(self) -> Rect:
        return self.trim.expanded(self.bleed)


@dataclass(frozen=True)
class Sheet:
    """One page pattern. ``backs[i]`` lies behind ``fronts[i]`` (empty when there are no backs)."""

    layout: str
    width: float
    height: float
    columns: int
    rows: int
    fronts: tuple[Slot, ...]
    backs: tuple[Slot, ...] = ()
    marks: tuple[Segment, ...] = ()
    fold: tuple[Segment, ...] = ()  # the fold line's visible pieces (fold only)
    backs_on_own_page: bool = False  # duplex: a page of backs follows each page of fronts

    @property
    def per_page(self) -> int:
        return len(self.fronts)

    @property
    def orientation(self) -> str:
        return "landscape" if self.width > self.height + _EPS else "portrait"


class LayoutError(ValueError):
    """The cards do not fit the paper with these settings."""


def default_bleed(size: CardSize) -> float:
    """3 mm, or 1/8 inch for cards sized in inches (PRINT.md)."""
    return 3.175 if size.key.endswith("-us") else 3.0


def back_axis(backs: str, landscape: bool) -> str:
    """``"x"`` when backs mirror the columns, ``"y"`` when they mirror the rows (and turn 180°)."""
    if backs == "long-edge":
        return "y" if landscape else "x"
    if backs == "short-edge":
        return "x" if landscape else "y"
    raise ValueError(backs)


def mirror(slot: Slot, axis: str, width: float, height: float) -> Slot:
    t = slot.trim
    if axis == "x":
        return Slot(Rect(width - t.x - t.width, t.y, t.width, t.height), slot.bleed, slot.rotated)
    return Slot(Rect(t.x, height - t.y - t.height, t.width, t.height), slot.bleed, not slot.rotated)


def fit_count(space: float, item: float, between: float) -> int:
    """How many ``item`` fit in ``space`` with ``between`` separating neighbours."""
    if item <= 0 or space < item - _EPS:
        return 0
    return int((space + between + _EPS) // (item + between))


def _grid(region: Rect, size: CardSize, bleed: float, gutter: float) -> tuple[int, int, tuple[Slot, ...]]:
    """The largest grid centred in ``region``, trims at least the margin from its sides."""
    w, h = size.width_mm, size.height_mm
    between = 2 * bleed + gutter
    cols = fit_count(region.width - 2 * MIN_TRIM_MARGIN_MM, w, between)
    rows = fit_count(region.height - 2 * MIN_TRIM_MARGIN_MM, h, between)
    if not cols or not rows:
        return 0, 0, ()
    span_x = cols * w + (cols - 1) * between
    span_y = rows * h + (rows - 1) * between
    x0 = region.x + (region.width - span_x) / 2
    y0 = region.y + (region.height - span_y) / 2
    slots = tuple(
        Slot(Rect(x0 + c * (w + between), y0 + r * (h + between), w, h), bleed)
        for r in range(rows)
        for c in range(cols)
    )
    return cols, rows, slots


def _pages(paper: str, orientation: str) -> list[tuple[float, float]]:
    if paper not in PAPERS:
        raise ValueError(paper)
    short, long = PAPERS[paper]
    options = {"portrait": (short, long), "landscape": (long, short)}
    if orientation == "auto":
        return [options["portrait"], options["landscape"]]
    return [options[orientation]]


def _free(blocked: list[tuple[float, float]], low: float, high: float) -> list[tuple[float, float]]:
    pieces, start = [], low
    for a, b in sorted(blocked):
        if a > start:
            pieces.append((start, min(a, high)))
        start = max(start, b)
        if start >= high:
            break
    if start < high:
        pieces.append((start, high))
    return [(a, b) for a, b in pieces if b - a >= MIN_MARK_MM - _EPS]


def crop_marks(
    slots: tuple[Slot, ...], width: float, height: float, edge: float = UNPRINTABLE_MM
) -> tuple[Segment, ...]:
    """Each cut line, minus every card (with its bleed and a gap) and the paper's outer ``edge``."""
    if not slots:
        return ()
    gap = max(0.0, MARK_GAP_MM - slots[0].bleed)
    taken = [s.bleed_rect.expanded(gap) for s in slots]
    xs = sorted({round(v, 6) for s in slots for v in (s.trim.x, s.trim.right)})
    ys = sorted({round(v, 6) for s in slots for v in (s.trim.y, s.trim.bottom)})
    marks: list[Segment] = []
    for x in xs:
        blocked = [(r.y, r.bottom) for r in taken if r.x - _EPS <= x <= r.right + _EPS]
        marks += [Segment(x, a, x, b) for a, b in _free(blocked, edge, height - edge)]
    for y in ys:
        blocked = [(r.x, r.right) for r in taken if r.y - _EPS <= y <= r.bottom + _EPS]
        marks += [Segment(a, y, b, y) for a, b in _free(blocked, edge, width - edge)]
    return tuple(marks)


def plan_sheet(
    size: CardSize,
    paper: str = "a4",
    *,
    bleed: float = 0.0,
    gutter: float = 0.0,
    backs: str = "none",
    orientation: str = "auto",
    marks: bool = True,
) -> Sheet:
    """An office sheet: the orientation (and for ``fold`` the fold) that fits the most cards."""
    layout = "sheet-bleed" if bleed or gutter else "sheet"
    best: Sheet | None = None
    for width, height in _pages(paper, orientation):
        page = Rect(0.0, 0.0, width, height)
        if backs == "fold":
            candidates = [_fold(page, size, bleed, gutter, vertical) for vertical in (True, False)]
        else:
            cols, rows, fronts = _grid(page, size, bleed, gutter)
            backs_slots: tuple[Slot, ...] = ()
            if backs in ("long-edge", "short-edge") and fronts:
                axis = back_axis(backs, width > height)
                backs_slots = tuple(mirror(s, axis, width, height) for s in fronts)
            elif backs != "none":
                raise ValueError(backs)
            candidates = [
                Sheet(layout, width, height, cols, rows, fronts, backs_slots, backs_on_own_page=bool(backs_slots))
            ]
        for candidate in candidates:
            if best is None or candidate.per_page > best.per_page:
                best = candidate
    assert best is not None
    if not best.per_page:
        raise LayoutError(f"{size.key} cards do not fit on {paper} paper with this layout")
    if marks:
        slots = best.fronts + (best.backs if backs == "fold" else ())
        best = Sheet(
            best.layout,
            best.width,
            best.height,
            best.columns,
            best.rows,
            best.fronts,
            best.backs,
            crop_marks(slots, best.width, best.height),
            best.fold,
            best.backs_on_own_page,
        )
    return best


def _fold(page: Rect, size: CardSize, bleed: float, gutter: float, vertical: bool) -> Sheet:
    """Fronts on the first half, backs mirrored on the other; ``vertical`` fold line or not."""
    if vertical:
        half = Rect(0.0, 0.0, page.width / 2, page.height)
        line = Segment(page.width / 2, UNPRINTABLE_MM, page.width / 2, page.height - UNPRINTABLE_MM)
    else:
        half = Rect(0.0, 0.0, page.width, page.height / 2)
        line = Segment(UNPRINTABLE_MM, page.height / 2, page.width - UNPRINTABLE_MM, page.height / 2)
    cols, rows, fronts = _grid(half, size, bleed, gutter)
    axis = "x" if vertical else "y"
    backs = tuple(mirror(s, axis, page.width, page.height) for s in fronts)
    layout = "sheet-bleed" if bleed or gutter else "sheet"
    return Sheet(layout, page.width, page.height, cols, rows, fronts, backs, fold=(line,) if fronts else ())


def plan_print_shop(size: CardSize, *, bleed: float, backs: bool = False, marks: bool = False) -> Sheet:
    """One card side per page: trim plus bleed all round (plus a slug for marks, if asked)."""
    slug = SLUG_MM if marks else 0.0
    width, height = size.width_mm + 2 * (bleed + slug), size.height_mm + 2 * (bleed + slug)
    front = Slot(Rect(bleed + slug, bleed + slug, size.width_mm, size.height_mm), bleed)
    return Sheet(
        "print-shop",
        width,
        height,
        1,
        1,
        (front,),
        (front,) if backs else (),
        crop_marks((front,), width, height) if marks else (),
        backs_on_own_page=backs,
    )
