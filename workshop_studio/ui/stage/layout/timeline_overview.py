"""The timeline's overview on the shared screen: every stage at once, like the strip on the wall.

Each stage is a panel: its number, its pictogram, its title (wrapped on words, never cut, at
least 2.6 % of the screen height), then what it holds: a chip per kind of note (the kind's
fill, its drawn symbol and its name with the count: colour never alone) and the first words of
its most voted note. Stages run left to right in rows, an arrow of time between neighbours.

Every panel of a timeline is drawn with the same choices (:class:`Look`), the ones the fullest
panel can afford, tried in this order: chips that name their kind (in full, then shortened),
the largest title, the largest chips, a large pictogram. Only when even that fails do the
chips keep their symbol and count and a legend under the panels names the kinds. The
arrangement (two rows of five for ten stages) is the one giving the best look. Only a
timeline too long for one screen at the smallest sizes pages, by rows.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from workshop_studio.domain.agenda import StageView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.vocabulary import AnnotationKind
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD, ITALIC
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.note_card import ended, fill_of, kind_word
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.primitives import (
    Mark,
    Picture,
    Region,
    Segment,
    Shape,
    block,
    fitted_lines,
    text_width,
    wrap_px,
)
from workshop_studio.ui.stage.shown import stage_key
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import ACCENT, INK_SOFT, PANEL, RULE

MAX_ROWS = 4  # on one screen; more stages than this allows go on further pages
WORDS, SHORT, COMPACT = 0, 1, 2  # how a chip names its kind: in full, shortened, by its symbol only


def most_voted(notes: Sequence[NoteRecord]) -> NoteRecord | None:
    """The note with the most votes (the first of them in the stage's order), else the first note."""
    return max(notes, key=lambda n: n.votes, default=None) if notes else None


def kind_counts(notes: Sequence[NoteRecord]) -> list[tuple[str, int]]:
    """(kind, count) for each kind present, in the vocabulary's order."""
    counts = Counter(note.kind for note in notes)
    known = [(str(kind), counts[str(kind)]) for kind in AnnotationKind if counts[str(kind)]]
    return known + sorted((k, c) for k, c in counts.items() if k not in {str(kind) for kind in AnnotationKind})


@dataclass(frozen=True)
class Look:
    """The choices every panel of one overview shares."""

    chips: int  # WORDS, SHORT or COMPACT
    title: int  # px
    small: int  # px of the chips and the first words
    picture: float  # the pictogram's side, as a multiple of the label size
    first_words: bool = True  # the most voted note's first words (left out only as a last resort)


def looks(sizes: StageSizes) -> Iterator[Look]:
    """The looks worth trying, best first."""
    for first_words in (True, False):
        for chips in (WORDS, SHORT, COMPACT):
            for title in range(max(sizes.body, sizes.label), sizes.floor - 1, -1):
                for small in range(min(title, sizes.label), sizes.floor - 1, -1):
                    for picture in (2.4, 1.3):
                        yield Look(chips, title, small, picture, first_words)


def _tag(kind: str, words: str, size: int, role: str) -> tuple[Parts, float, float]:
    """The kind's fill, its symbol and ``words``; its width and height."""
    pad = max(3.0, size * 0.2)
    side = size * 0.9
    text_w = text_width(words, BOLD, size)
    width = pad + side + size * 0.3 + text_w + pad
    height = size * LEADING + pad
    parts = Parts()
    parts.shapes.append(Shape(Box(0, 0, width, height), fill_of(kind), radius=pad))
    parts.marks.append(Mark(Box(pad, (height - side) / 2, side, side), kind))
    parts.texts.append(block(role, fitted_lines([words], size), pad + side + size * 0.3, pad / 2, text_w + 1))
    return parts, width, height


def _chip(kind: str, count: int, size: int, mode: int) -> tuple[Parts, float, float]:
    """A count chip: "Idea 2" (shortened: "Emotion + 2"; compact: the symbol and "2")."""
    words = str(count) if mode == COMPACT else f"{kind_word(kind, short=mode == SHORT)} {count}"
    return _tag(kind, words, size, "count")


def _chips(
    counts: Sequence[tuple[str, int]], size: int, width: float, gap: float, mode: int
) -> tuple[Parts, float] | None:
    """The chips flowed left to right, wrapping; ``None`` when one is wider than ``width``."""
    parts, x, y, row_h = Parts(), 0.0, 0.0, 0.0
    for kind, count in counts:
        piece, chip_w, chip_h = _chip(kind, count, size, mode)
        if chip_w > width:
            return None
        if x > 0 and x + chip_w > width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        parts.add(piece, x, y)
        x += chip_w + gap
        row_h = max(row_h, chip_h)
    return parts, y + row_h


@lru_cache(maxsize=4096)
def _chips_height(counts: tuple[tuple[str, int], ...], size: int, width: float, gap: float, mode: int) -> float | None:
    chips = _chips(counts, size, width, gap, mode)
    return chips[1] if chips is not None else None


@lru_cache(maxsize=4096)
def _title_lines(title: str, size: int, width: float) -> tuple[str, ...] | None:
    """The title wrapped on words at ``size``, or ``None`` when a word is wider than ``width``."""
    lines, broke = wrap_px(title, BOLD, size, width)
    return None if broke else tuple(lines)


def _room(
    stage: StageView, width: float, height: float, sizes: StageSizes, counts: tuple[tuple[str, int], ...], look: Look
) -> tuple[float, float, tuple[str, ...], float] | None:
    """(pictogram side, title top, title lines, height left for the first words) with ``look``,
    or ``None`` when the panel does not hold its title, its chips and one line of first words."""
    pad = sizes.gap / 2
    inner_w = width - 2 * pad
    lines = _title_lines(stage.title, look.title, inner_w)
    if lines is None:
        return None
    side = max(min(height * 0.2, sizes.label * look.picture, inner_w * 0.4), sizes.label * 1.3)
    top = pad * 0.6 + side + pad * 0.6
    chips_h = _chips_height(counts, look.small, inner_w, pad / 2, look.chips) if counts else 0.0
    if chips_h is None:
        return None
    rest = height - top - len(lines) * look.title * LEADING - (pad / 2 + chips_h if counts else 0) - pad
    if rest + 1e-6 < (look.small * LEADING + pad / 2 if look.first_words else 0.0):
        return None
    return side, top, lines, rest


def stage_panel(
    stage: StageView,
    number: int,
    width: float,
    height: float,
    sizes: StageSizes,
    notes: Sequence[NoteRecord],
    hidden: bool,
    look: Look,
) -> Parts | None:
    """The panel of one stage at the origin, drawn with ``look``; ``None`` when it does not fit."""
    pad = sizes.gap / 2
    inner_w = width - 2 * pad
    parts = Parts()
    parts.shapes.append(Shape(Box(0, 0, width, height), PANEL, RULE, 2.0, pad, dashed=hidden))
    parts.texts.append(
        block("number", fitted_lines([str(number)], sizes.label), pad, pad * 0.6, inner_w, colour=INK_SOFT)
    )
    if hidden:
        return parts
    parts.regions.append(Region(Box(0, 0, width, height), "stage", stage_id=stage.id))
    counts = tuple(kind_counts(notes))
    room = _room(stage, width, height, sizes, counts, look)
    if room is None:
        return None
    side, top, lines, rest = room
    title_h = len(lines) * look.title * LEADING
    line = look.small * LEADING
    if stage.pictogram_data:
        parts.pictures.append(
            Picture(
                Box((width - side) / 2, pad * 0.6, side, side),
                stage.pictogram_data,
                stage.pictogram_media_type or "image/svg+xml",
            )
        )
    parts.texts.append(block("stage", fitted_lines(lines, look.title), pad, top, inner_w, align="center"))
    y = top + title_h + pad / 2
    if counts:
        chip_parts, chips_h = _chips(counts, look.small, inner_w, pad / 2, look.chips) or (Parts(), 0.0)
        parts.add(chip_parts, pad, y)
        y += chips_h + pad / 2
    if look.first_words:
        parts.texts.append(_first_words(notes, pad, y, inner_w, look.small, int((rest - pad / 2 + 1e-6) // line)))
    return parts


def _first_words(notes: Sequence[NoteRecord], x: float, y: float, width: float, size: int, room: int):
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


def legend(kinds: Sequence[str], box: Box, size: int) -> Parts:
    """Each kind's fill and symbol with its name, in a row: the words compact chips leave out."""
    parts, x = Parts(), box.x
    for kind in kinds:
        piece, width, _height = _tag(kind, kind_word(kind, short=True), size, "legend")
        parts.add(piece, x, box.y)
        x += width + size * 0.6
    return parts


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


def _fullest_first(stages: Sequence[StageView], notes: dict[int, list[NoteRecord]]) -> list[int]:
    """Panel indexes, those most likely not to fit first (so a look that fails, fails fast)."""

    def weight(index: int) -> tuple[int, int]:
        stage = stages[index]
        return (len(kind_counts(notes.get(stage.id, []))), len(stage.title))

    return sorted(range(len(stages)), key=weight, reverse=True)


def _lay(
    stages: Sequence[StageView],
    area: Box,
    sizes: StageSizes,
    notes: dict[int, list[NoteRecord]],
    hidden: frozenset[str],
    columns: int,
    rows: int,
    first: int = 0,
) -> tuple[Look, list[tuple[Box, Parts]]] | None:
    """The best look at which every panel of a ``columns`` × ``rows`` grid fits, and the panels."""
    col_w = (area.width - (columns - 1) * _across(sizes)) / columns
    row_h = (area.height - (rows - 1) * sizes.gap) / rows
    if col_w <= sizes.label * 2 or row_h <= sizes.label * 3:
        return None
    shown = [index for index in _fullest_first(stages, notes) if stage_key(stages[index].id) not in hidden]
    counts = {index: tuple(kind_counts(notes.get(stages[index].id, []))) for index in shown}
    for look in looks(sizes):
        if all(_room(stages[i], col_w, row_h, sizes, counts[i], look) is not None for i in shown):
            boxes = []
            for index, stage in enumerate(stages):
                row, column = divmod(index, columns)
                box = Box(area.x + column * (col_w + _across(sizes)), area.y + row * (row_h + sizes.gap), col_w, row_h)
                panel = stage_panel(
                    stage,
                    first + index + 1,
                    col_w,
                    row_h,
                    sizes,
                    notes.get(stage.id, []),
                    stage_key(stage.id) in hidden,
                    look,
                )
                assert panel is not None
                boxes.append((box, panel))
            return look, boxes
    return None


def _score(look: Look, rows: int) -> tuple[bool, int, int, int, float, int]:
    return (look.first_words, -look.chips, look.title, look.small, look.picture, -rows)


def _page_grid(
    stages: Sequence[StageView],
    area: Box,
    sizes: StageSizes,
    notes: dict[int, list[NoteRecord]],
    hidden: frozenset[str],
) -> tuple[int, int]:
    """(columns, rows) of the fullest page on which the first stages fit; (1, 1) at worst."""
    for columns in range(min(len(stages), 12), 0, -1):
        for rows in range(MAX_ROWS, 0, -1):
            if _lay(stages[: columns * rows], area, sizes, notes, hidden, columns, rows) is not None:
                return columns, rows
    return 1, 1


def overview_parts(
    stages: Sequence[StageView],
    area: Box,
    sizes: StageSizes,
    notes: dict[int, list[NoteRecord]],
    hidden: frozenset[str],
    page: int = 0,
) -> tuple[Parts, int, int]:
    """The overview drawn in ``area``: (parts, page shown, page count)."""
    kinds = [kind for kind, _count in kind_counts([n for found in notes.values() for n in found])]
    best: tuple[tuple[bool, int, int, int, float, int], Look, list[tuple[Box, Parts]]] | None = None
    for columns, rows in _grids(len(stages)):
        if rows > MAX_ROWS:
            break
        found = _lay(stages, area, sizes, notes, hidden, columns, rows)
        if found is not None and found[0].chips == COMPACT and kinds:  # keep a line for the legend
            short = Box(area.x, area.y, area.width, area.height - sizes.floor * LEADING * 1.4)
            found = _lay(stages, short, sizes, notes, hidden, columns, rows)
        if found is not None and (best is None or _score(found[0], rows) > best[0]):
            best = (_score(found[0], rows), found[0], found[1])
    count = 1
    if best is None and stages:  # too many stages for one screen: pages of the largest grid that fits
        columns, rows = _page_grid(stages, area, sizes, notes, hidden)
        per_page = columns * rows
        count = math.ceil(len(stages) / per_page)
        page = max(0, min(page if page >= 0 else count + page, count - 1))
        chunk = stages[page * per_page : (page + 1) * per_page]
        found = _lay(chunk, area, sizes, notes, hidden, columns, rows, first=page * per_page)
        if found is not None:
            best = (_score(found[0], rows), found[0], found[1])
    else:
        page = 0
    parts = Parts()
    if best is None:
        return parts, page, count
    _, look, laid = best
    for box, panel in laid:
        parts.add(panel, box.x, box.y)
    for (box, _panel), (after, _next) in itertools.pairwise(laid):
        if abs(box.y - after.y) < 1 and after.x > box.x:
            y = box.y + sizes.gap / 2 * 0.6 + min(box.height * 0.2, sizes.label * look.picture) / 2
            parts.segments.append(
                Segment(box.right + 3, y, after.x - 3, y, ACCENT, max(sizes.label / 6, 2.0), arrow=True)
            )
    if look.chips == COMPACT and kinds:
        bottom = max(box.bottom for box, _ in laid)
        parts.add(
            legend(kinds, Box(area.x, bottom + sizes.floor * 0.3, area.width, sizes.floor * LEADING), sizes.floor)
        )
    return parts, page, count
