"""Small post-its filling a box: the notes of a matrix cell, of a stage in a role lane.

The most voted come first; each shows its kind (fill and symbol) and its first words; those
that do not fit are counted in a "+3" at the bottom. The room reads them whole by putting the
cell in focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_studio.domain.notes import NoteRecord
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD
from workshop_studio.ui.stage.layout.note_card import post_it, post_it_height
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.primitives import block, fitted_lines, text_width
from workshop_studio.ui.stage.sizes import LEADING

MAX_LINES = 4  # a cell's only note shows this many lines at most


def by_votes(notes: Sequence[NoteRecord]) -> list[NoteRecord]:
    """Most voted first; equal votes keep their order."""
    return sorted(notes, key=lambda n: -n.votes)


def more_words(count: int) -> str:
    return f"+{count}"


def post_its(notes: Sequence[NoteRecord], box: Box, size: int, gap: float) -> tuple[Parts, int]:
    """Post-its for ``notes`` inside ``box`` (at ``size`` px); how many are shown."""
    ordered = by_votes(notes)
    parts = Parts()
    if not ordered:
        return parts, 0
    more_h = size * LEADING
    shown, lines = 0, 1
    for lines in (MAX_LINES, 3, 2, 1):
        step = post_it_height(size, lines) + gap / 2
        if len(ordered) * step - gap / 2 <= box.height + 1e-6:
            shown = len(ordered)  # all fit: no "+n" line
            break
        shown = max(int((box.height - more_h + gap / 2 + 1e-6) // step), 0)  # keep a line for "+n"
        if shown >= 2:
            break
    y = box.y
    for note in ordered[:shown]:
        card = post_it(note, box.width, size, lines)
        parts.add(card.parts, box.x, y)
        y += card.height + gap / 2
    rest = len(ordered) - shown
    if rest:
        words = more_words(rest)
        width = text_width(words, BOLD, size) + 2
        fitted = fitted_lines([words], size)
        parts.texts.append(
            block("more", fitted, box.right - width, min(y, box.bottom - fitted.height_mm), width, align="right")
        )
    return parts, shown
