"""One matrix cell in focus on the shared screen: the profile × the posture, and all its notes large.

The notes are laid out like a focused stage's (``note_columns.py``): in columns, as large as
fits, paged by whole notes. The rail at the bottom goes back to the whole grid.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_studio.domain.agenda import MatrixView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.post_its import by_votes
from workshop_studio.ui.stage.layout.primitives import clamp_page
from workshop_studio.ui.stage.layout.rail import rail
from workshop_studio.ui.stage.layout.timeline_focus import (
    adding,
    empty_words,
    focus_header,
    lay_notes,
    notes_area,
    placed_notes,
)
from workshop_studio.ui.stage.sizes import StageSizes


def cell_title(matrix: MatrixView, cell: tuple[int, int]) -> str | None:
    """ "Profile × posture", or ``None`` when the cell is no longer in the matrix."""
    row = next((card for card in matrix.rows if card.card_id == cell[0]), None)
    column = next((card for card in matrix.columns if card.card_id == cell[1]), None)
    if row is None or column is None:
        return None
    return f"{row.title} × {column.title}"


def cell_focus_parts(
    title: str, notes: Sequence[NoteRecord], sizes: StageSizes, page: int, cell: tuple[int, int] | None = None
) -> tuple[Parts, int, int]:
    """The focused cell: (parts, page shown, page count); its notes most voted first."""
    parts, height = focus_header(title, "", None, sizes)
    area = notes_area(sizes, height)
    if not notes:
        parts.add(empty_words(translate("StageBoard", "No notes in this cell yet."), area, sizes))
        count, page = 1, 0
    else:
        pages = lay_notes(by_votes(notes), area, sizes)
        count = pages.page_count
        page = clamp_page(page, count)
        parts.add(placed_notes(pages, page))
    parts.add(
        rail(
            (),
            None,
            frozenset(),
            sizes,
            home=translate("StageBoard", "Whole grid"),
            page=page,
            count=count,
            add=adding(cell=cell) if cell is not None else None,
        )
    )
    return parts, page, count
