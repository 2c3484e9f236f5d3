"""The recruiter-profiles-versus-advisor-postures matrix: row cards × column cards, a grid of cells.

Axis titles are labels (at least 3.3 % of the height). The grid keeps as many columns as
leave every word of every column title whole, and as many rows as leave each row title
room; what does not fit goes on further pages (rows first, then columns). Each cell shows its
notes as small post-its, the most voted first, "+3" for those that do not fit; a cell put in
focus shows them all, large (``matrix_focus.py``). A click or a touch on a cell puts it in
focus; a note dragged onto another cell moves there.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from workshop_studio.domain.agenda import MatrixView, StepView
from workshop_studio.domain.colours import INK
from workshop_studio.domain.materials import CardView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.export.card_layout import Box, TextBlock
from workshop_studio.export.fonts import BOLD
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.flow import Para, flow
from workshop_studio.ui.stage.layout.matrix_focus import cell_focus_parts, cell_title
from workshop_studio.ui.stage.layout.note_open import opened_note_parts
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.post_its import post_its
from workshop_studio.ui.stage.layout.primitives import (
    Region,
    Shape,
    SlideLayout,
    block,
    clamp_page,
    fit_px,
    longest_word_width,
    page_number,
)
from workshop_studio.ui.stage.shown import Board, card_key
from workshop_studio.ui.stage.sizes import LEADING, StageSizes
from workshop_studio.ui.stage.style import HEADER_FILL, INK_SOFT, PANEL, ROW_FILL, RULE

HEAD_SHARE = 1.35  # the row titles' column is this many cell widths wide
LINE = 2.0


def _title(card: CardView, box: Box, sizes: StageSizes, hidden: frozenset[str]) -> TextBlock | None:
    if card_key(card.card_id) in hidden:
        return None
    pad, vpad = sizes.gap / 2, sizes.gap / 4
    fitted = fit_px(
        card.title,
        BOLD,
        box.width - 2 * pad,
        box.height - 2 * vpad + 0.01,
        max_px=sizes.label,
        min_px=sizes.label,
        floor_px=sizes.floor,
    )
    top = box.y + (box.height - fitted.height_mm) / 2
    return block("axis", fitted, box.x + pad, top, box.width - 2 * pad, align="center")


def _lines(cards: Sequence[CardView], width: float, sizes: StageSizes) -> int:
    """The most lines a title of ``cards`` takes at label size in a box ``width`` wide."""
    inner = width - sizes.gap
    return max(
        (len(fit_px(c.title, BOLD, inner, sizes.height, max_px=sizes.label, min_px=sizes.label).lines) for c in cards),
        default=1,
    )


def _header_height(columns: Sequence[CardView], width: float, sizes: StageSizes) -> float:
    return _lines(columns, width, sizes) * sizes.label * LEADING + sizes.gap / 2


def _chunks(items: Sequence[CardView], size: int) -> list[list[CardView]]:
    size = max(size, 1)
    return [list(items[i : i + size]) for i in range(0, len(items), size)] or [[]]


def _balanced(count: int, most: int) -> int:
    """Items per page when ``count`` items go at most ``most`` to a page, spread evenly."""
    most = max(min(most, count), 1)
    return math.ceil(count / math.ceil(count / most)) if count else 1


def _widths(matrix: MatrixView, area: Box, sizes: StageSizes) -> tuple[int, float, float]:
    """(columns per page, cell width, row titles' width): every column title's words kept whole."""
    pad = sizes.gap / 2
    word = longest_word_width([c.title for c in matrix.columns], BOLD, sizes.label) + 2 * pad
    head_word = longest_word_width([c.title for c in matrix.rows], BOLD, sizes.label) + 2 * pad
    per_row = max(len(matrix.columns), 1)
    while True:
        cell_w = area.width / (per_row + HEAD_SHARE)
        if cell_w < word:  # narrow the row titles' column first, as far as their own words allow
            cell_w = word
        if area.width - per_row * cell_w >= head_word or per_row == 1:
            break
        per_row -= 1
    per_row = _balanced(len(matrix.columns), per_row)
    cell_w = max(area.width / (per_row + HEAD_SHARE), min(word, (area.width - head_word) / per_row))
    return per_row, cell_w, area.width - per_row * cell_w


def _rows_per_page(matrix: MatrixView, area: Box, head_w: float, head_h: float, sizes: StageSizes) -> int:
    row_need = _lines(matrix.rows, head_w, sizes) * sizes.label * LEADING + sizes.gap / 2
    return _balanced(len(matrix.rows), int((area.height - head_h) // row_need))


def cell_notes(notes: Sequence[NoteRecord]) -> dict[tuple[int | None, int | None], list[NoteRecord]]:
    per_cell: dict[tuple[int | None, int | None], list[NoteRecord]] = defaultdict(list)
    for note in notes:
        per_cell[(note.target.row_card_id, note.target.column_card_id)].append(note)
    return per_cell


def matrix_slide(
    step: StepView,
    matrix: MatrixView | None,
    sizes: StageSizes,
    hidden: frozenset[str] = frozenset(),
    page: int = 0,
    *,
    notes: Sequence[NoteRecord] = (),
    chosen: tuple[int, int] | None = None,
) -> SlideLayout:
    """The grid, its cells showing their notes as post-its; ``chosen``: a cell drawn outlined
    (the console's capture target)."""
    title = step.title.strip() or (matrix.name if matrix is not None else translate("StageSlides", "Matrix"))
    header = flow(
        [Para(title, "title", BOLD)],
        Box(sizes.margin, sizes.margin, sizes.content_width, sizes.height * 0.3),
        {"title": (sizes.title, sizes.body)},
    )
    top = sizes.margin + header.used[0] + sizes.gap
    area = Box(sizes.margin, top, sizes.content_width, sizes.height - sizes.margin - top)
    if matrix is None or not matrix.rows or not matrix.columns:
        text = fit_px(
            translate("StageSlides", "This workshop has no matrix yet."),
            BOLD,
            area.width,
            area.height,
            max_px=sizes.body,
            min_px=sizes.body,
        )
        return SlideLayout(texts=header.pages[0] + (block("empty", text, area.x, area.y, area.width, colour=INK_SOFT),))
    per_row, cell_w, head_w = _widths(matrix, area, sizes)
    head_h = _header_height(matrix.columns, cell_w, sizes)
    per_page = _rows_per_page(matrix, area, head_w, head_h, sizes)
    column_pages, row_pages = _chunks(matrix.columns, per_row), _chunks(matrix.rows, per_page)
    count = len(column_pages) * len(row_pages)
    if count > 1:
        area = Box(area.x, area.y, area.width, area.height - sizes.label * LEADING)
    page = clamp_page(page, count)
    columns, rows = column_pages[page // len(row_pages)], row_pages[page % len(row_pages)]
    row_h = (area.height - head_h) / len(rows)
    per_cell = cell_notes(notes)
    shapes: list[Shape] = []
    texts: list[TextBlock] = list(header.pages[0])
    cells = Parts()
    for c, card in enumerate(columns):
        box = Box(area.x + head_w + c * cell_w, area.y, cell_w, head_h)
        shapes.append(Shape(box, HEADER_FILL, RULE, LINE, dashed=card_key(card.card_id) in hidden))
        texts.extend(t for t in (_title(card, box, sizes, hidden),) if t is not None)
    for r, card in enumerate(rows):
        box = Box(area.x, area.y + head_h + r * row_h, head_w, row_h)
        shapes.append(Shape(box, ROW_FILL, RULE, LINE, dashed=card_key(card.card_id) in hidden))
        texts.extend(t for t in (_title(card, box, sizes, hidden),) if t is not None)
        for c, column in enumerate(columns):
            cell = Box(area.x + head_w + c * cell_w, box.y, cell_w, row_h)
            shapes.append(Shape(cell, PANEL, RULE, LINE))
            key = (card.card_id, column.card_id)
            if key[0] is not None and key[1] is not None:
                cells.regions.append(Region(cell, "cell", cell=(key[0], key[1])))
            pad = max(sizes.gap / 4, 3.0)
            inner = Box(cell.x + pad, cell.y + pad, cell.width - 2 * pad, cell.height - 2 * pad)
            cells.add(post_its(per_cell.get(key, []), inner, sizes.floor, sizes.gap / 2)[0])
            if chosen is not None and key == chosen:
                cells.shapes.append(Shape(cell, None, INK, 5.0))
    texts.extend(page_number(sizes, page, count))
    return SlideLayout(
        shapes=tuple(shapes) + tuple(cells.shapes),
        texts=tuple(texts) + tuple(cells.texts),
        marks=tuple(cells.marks),
        regions=tuple(cells.regions),
        page=page,
        page_count=count,
    )


def matrix_board(
    step: StepView,
    sizes: StageSizes,
    hidden: frozenset[str],
    page: int,
    board: Board,
    notes: Sequence[NoteRecord],
    *,
    outline: tuple[int, int] | None = None,
) -> SlideLayout:
    """The matrix as the board says: a note opened, a cell in focus, else the whole grid."""
    opened = next((n for n in notes if n.id == board.note_id), None) if board.note_id is not None else None
    if opened is not None:
        parts, page, count = opened_note_parts(opened, sizes, page)
        return parts.slide(page=page, page_count=count)
    matrix = step.matrix
    title = cell_title(matrix, board.cell) if matrix is not None and board.cell is not None else None
    if title is not None and board.cell is not None:
        mine = cell_notes(notes).get(board.cell, [])
        parts, page, count = cell_focus_parts(title, mine, sizes, page, board.cell)
        return parts.slide(page=page, page_count=count)
    return matrix_slide(step, matrix, sizes, hidden, page, notes=notes, chosen=outline)
