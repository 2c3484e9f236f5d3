"""The matrix on the console: the whole grid, drawn like the shared screen's, to drive it.

A click on a cell puts it in focus on the shared screen (all its notes, large) and makes it
where the next typed note goes; its frame says so here. The arrows move that cell; Home (or
the "Overview" button) gives the room the whole grid back. A double-click on a post-it shows
that note whole on the shared screen; a post-it dragged to another cell moves there (undo).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.ui.stage.layout.primitives import Region
from workshop_studio.ui.stage.presentation import Presentation
from workshop_studio.ui.stage.view import SlideView

ARROWS = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


class MatrixGrid(SlideView):
    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(presentation, parent, whole_board=True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("The matrix: click a cell to put it in focus and take the notes"))
        self.setMinimumSize(320, 180)

    def tap(self, region: Region, point: QPointF | None = None) -> None:
        """Anywhere in a cell, a post-it included, chooses the cell."""
        cell = self.region_at(point, "cell") if point is not None else None
        super().tap(cell or region, point)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position(), "note")
        if region is not None and region.note_id is not None:
            self.presentation.open_note(region.note_id)

    def _on_matrix(self) -> bool:
        step = self.presentation.shown().step
        return step is not None and step.kind == StepKind.MATRIX and step.matrix is not None

    def event(self, event: QEvent) -> bool:
        # The arrows move the cell here rather than the presentation's steps (see stage/keys.py).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in ARROWS
            and not event.modifiers()
            and self._on_matrix()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        move = ARROWS.get(Qt.Key(event.key()))
        if move is None or not self._on_matrix():
            super().keyPressEvent(event)
            return
        self.move_cell(*move)

    def move_cell(self, rows: int, columns: int) -> None:
        """The cell ``rows`` down and ``columns`` across from the one in focus (the first one first)."""
        step = self.presentation.shown().step
        matrix = step.matrix if step is not None else None
        if matrix is None or not matrix.rows or not matrix.columns:
            return
        row_ids = [card.card_id for card in matrix.rows]
        column_ids = [card.card_id for card in matrix.columns]
        cell = self.presentation.board.cell
        if cell is None or cell[0] not in row_ids or cell[1] not in column_ids:
            r, c = 0, 0
        else:
            r = max(0, min(row_ids.index(cell[0]) + rows, len(row_ids) - 1))
            c = max(0, min(column_ids.index(cell[1]) + columns, len(column_ids) - 1))
        row_id, column_id = row_ids[r], column_ids[c]
        if row_id is not None and column_id is not None:
            self.presentation.focus_cell((row_id, column_id))
