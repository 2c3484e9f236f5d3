"""Notes in columns, large, paged by whole notes: the focused stage, the focused matrix cell.

The words are drawn as large as lets every note fit one screen (from the preferred size down
to the notes' minimum); below that, the notes go on as many pages as they need, a note never
split between two pages or two columns. Each page's notes are spread over the columns in
reading order (down the first column, then the next) with the columns as even as possible.
Only a note longer than a whole column is cut, between lines, at the smallest size: its
pieces follow each other, the first with its kind and votes, the last with its author.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from workshop_studio.domain.notes import NoteRecord
from workshop_studio.export.card_layout import Box
from workshop_studio.ui.stage.layout.note_card import NoteCard, NoteSizes, note_card, text_lines


@dataclass(frozen=True)
class PlacedNote:
    card: NoteCard
    x: float
    y: float

    @property
    def box(self) -> Box:
        return Box(self.x, self.y, self.card.width, self.card.height)


@dataclass(frozen=True)
class NotePages:
    pages: tuple[tuple[PlacedNote, ...], ...]
    sizes: NoteSizes
    column_width: float

    @property
    def page_count(self) -> int:
        return len(self.pages)


def _columns_needed(heights: Sequence[float], capacity: float, gap: float) -> int:
    """Columns that ``heights`` fill in order, each at most ``capacity`` tall."""
    columns, used = 1, 0.0
    for height in heights:
        need = height if used == 0 else used + gap + height
        if need <= capacity + 1e-6 or used == 0:
            used = need
        else:
            columns, used = columns + 1, height
    return columns


def balance(heights: Sequence[float], columns: int, gap: float) -> list[int]:
    """Where each column starts (indexes into ``heights``): contiguous runs in order, the
    tallest column as short as it can be."""
    if not heights:
        return [0]
    low, high = max(heights), sum(heights) + gap * len(heights)
    for _ in range(40):  # a bisection on the tallest column's height
        middle = (low + high) / 2
        if _columns_needed(heights, middle, gap) <= columns:
            high = middle
        else:
            low = middle
    starts, used = [0], 0.0
    for index, height in enumerate(heights):
        need = height if used == 0 else used + gap + height
        if need <= high + 1e-6 or used == 0:
            used = need
        else:
            starts.append(index)
            used = height
    return starts


def _pieces(note: NoteRecord, width: float, sizes: NoteSizes, room: float) -> list[NoteCard]:
    """A note taller than a column, cut between lines into cards that each fit ``room``."""
    lines = text_lines(note, width, sizes)
    cards: list[NoteCard] = []
    start = 0
    while start < len(lines):
        count = len(lines) - start
        while True:
            head, foot = start == 0, start + count >= len(lines)
            card = note_card(note, width, sizes, lines=lines[start : start + count], head=head, foot=foot)
            if card.height <= room + 1e-6 or count == 1:
                break
            count = max(1, min(count - 1, int(count * room / card.height)))
        cards.append(NoteCard(note, card.width, card.height, card.parts, complete=False))
        start += count
    return cards


def _place(cards: Sequence[NoteCard], area: Box, columns: int, width: float, gap: float) -> tuple[PlacedNote, ...]:
    heights = [card.height for card in cards]
    starts = [*balance(heights, columns, gap), len(cards)]
    placed: list[PlacedNote] = []
    for column, (start, end) in enumerate(itertools.pairwise(starts)):
        y = area.y
        for card in cards[start:end]:
            placed.append(PlacedNote(card, area.x + column * (width + gap), y))
            y += card.height + gap
    return tuple(placed)


def note_pages(
    notes: Sequence[NoteRecord],
    area: Box,
    *,
    columns: int,
    gap: float,
    text_px: tuple[int, int],
    label: int,
    floor: int,
) -> NotePages:
    """``notes`` in ``columns`` columns of ``area``; ``text_px`` is (largest, smallest) for the
    words said, the smallest kept whenever the notes need more than one page; kind, votes, name
    and role at ``label`` px, or ``floor`` px once the words are down to ``label``."""
    columns = max(columns, 1)
    width = (area.width - (columns - 1) * gap) / columns
    largest, smallest = max(text_px), min(text_px)

    def one_page(cards: Sequence[NoteCard]) -> bool:
        heights = [c.height for c in cards]
        return max(heights, default=0.0) <= area.height + 1e-6 and _columns_needed(heights, area.height, gap) <= columns

    def at(size: int) -> tuple[NoteSizes, list[NoteCard]]:
        sizes = NoteSizes(size, label if size > label else floor)  # labels stay smaller than the words
        return sizes, [note_card(note, width, sizes) for note in notes]

    sizes, cards = at(smallest)  # many notes (hundreds, on a busy stage) are laid out once
    if one_page(cards):
        low, high = smallest, largest  # the largest size that still fits one page, by bisection
        while low < high:
            middle = (low + high + 1) // 2
            if one_page(at(middle)[1]):
                low = middle
            else:
                high = middle - 1
        sizes, cards = at(low)
        return NotePages((_place(cards, area, columns, width, gap),), sizes, width)
    ready: list[NoteCard] = []
    for card in cards:
        if card.height <= area.height + 1e-6:
            ready.append(card)
            continue
        small = NoteSizes(min(floor, sizes.text), min(floor, label))
        whole = note_card(card.note, width, small)
        ready.extend([whole] if whole.height <= area.height + 1e-6 else _pieces(card.note, width, small, area.height))
    pages: list[tuple[PlacedNote, ...]] = []
    start = 0
    while start < len(ready):
        end = start + 1
        while (
            end < len(ready)
            and _columns_needed([c.height for c in ready[start : end + 1]], area.height, gap) <= columns
        ):
            end += 1
        pages.append(_place(ready[start:end], area, columns, width, gap))
        start = end
    return NotePages(tuple(pages) or ((),), sizes, width)
