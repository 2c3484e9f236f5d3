"""The heat map drawn on the annotated timeline: one row per kind (or role), one cell per stage
column, right above the stage headers, so each stage's counts sit on top of its notes.

Every cell prints its number (colour never carries the count alone, PRINT.md); the fill comes
from ``review_heatmap`` (white to Okabe-Ito orange, dark text kept at 7:1). A last row gives
each stage's total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from workshop_studio.domain.colours import INK
from workshop_studio.services.review_counts import CountTable
from workshop_studio.services.review_heatmap import heat_fill, intensity
from workshop_studio.ui.fonts import card_font

ROW_HEIGHT = 34.0
CAPTION_HEIGHT = 40.0
LABEL_WIDTH = 170.0
MUTED_INK = "#595959"  # 7:1 on white: zeros stay readable but recede
CELL_BORDER = "#BDBDBD"


@dataclass(frozen=True)
class HeatGrid:
    """What the grid shows: ``counts[row][stage]``, in the scene's stage order."""

    caption: str
    row_labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    total_label: str

    @property
    def totals(self) -> tuple[int, ...]:
        if not self.counts:
            return ()
        return tuple(sum(row[i] for row in self.counts) for i in range(len(self.counts[0])))

    @property
    def scale_max(self) -> int:
        return max((value for row in self.counts for value in row), default=0)

    @property
    def height(self) -> float:
        return CAPTION_HEIGHT + (len(self.row_labels) + 1) * ROW_HEIGHT


def _font(pixels: int, bold: bool = False) -> QFont:
    font = card_font(bold=bold)
    font.setPixelSize(pixels)
    return font


class HeatGridItem(QGraphicsItem):
    """Paints a :class:`HeatGrid` with its top-left label corner at (``left``, ``top``) and the
    cells over the given stage columns (scene x and width of each)."""

    def __init__(self, grid: HeatGrid, columns: Sequence[tuple[float, float]], left: float, top: float) -> None:
        super().__init__()
        self.grid = grid
        self.columns = tuple(columns)
        self.left = left
        self.top = top
        right = max((x + w for x, w in self.columns), default=left + LABEL_WIDTH)
        self._bounds = QRectF(left, top, right - left, grid.height)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def cell_rect(self, row: int, stage_index: int) -> QRectF:
        """Where the count of ``row`` (``len(row_labels)``: the totals) at a stage is drawn."""
        x, width = self.columns[stage_index]
        y = self.top + CAPTION_HEIGHT + row * ROW_HEIGHT
        return QRectF(x, y, width, ROW_HEIGHT - 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        grid = self.grid
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(INK))
        painter.setFont(_font(20, bold=True))
        painter.drawText(
            QRectF(self.left + 12, self.top, self._bounds.width() - 12, CAPTION_HEIGHT - 8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            grid.caption,
        )
        label_font, number_font, zero_font = _font(16, bold=True), _font(18, bold=True), _font(16)
        metrics = QFontMetricsF(label_font)
        top = grid.scale_max
        rows = [*grid.counts, grid.totals]
        labels = [*grid.row_labels, grid.total_label]
        for r, (label, counts) in enumerate(zip(labels, rows, strict=True)):
            total_row = r == len(grid.row_labels)
            y = self.top + CAPTION_HEIGHT + r * ROW_HEIGHT
            painter.setPen(QColor(INK))
            painter.setFont(label_font)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 24)
            painter.drawText(
                QRectF(self.left + 12, y, LABEL_WIDTH - 24, ROW_HEIGHT - 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            for index, count in enumerate(counts):
                if index >= len(self.columns):
                    break
                rect = self.cell_rect(r, index)
                fill = "#FFFFFF" if total_row else heat_fill(intensity(count, top))
                painter.setPen(QPen(QColor(INK if total_row else CELL_BORDER), 2 if total_row else 1))
                painter.setBrush(QColor(fill))
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
                painter.setPen(QColor(INK if count else MUTED_INK))
                painter.setFont(number_font if count else zero_font)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))


def grid_from_table(table: CountTable, stage_ids: Sequence[int], caption: str, total_label: str) -> HeatGrid:
    """A stage × (kind | role) :class:`CountTable` turned on its side: one row per column of the
    table, one cell per stage in ``stage_ids``' order (rows are matched by stage id)."""
    row_of_stage = {axis.key: index for index, axis in enumerate(table.rows)}
    counts = []
    for c in range(len(table.columns)):
        counts.append(
            tuple(table.cells[row_of_stage[str(sid)]][c] if str(sid) in row_of_stage else 0 for sid in stage_ids)
        )
    return HeatGrid(caption, tuple(axis.label for axis in table.columns), tuple(counts), total_label)
