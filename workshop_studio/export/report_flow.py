"""Text and tables flowing down report pages, as drawing operations.

A small layout engine of our own rather than reportlab's platypus: user text stays literal
text (no markup to escape), widths come from the embedded font's metrics (``text_fit``), and
the result is plain operations that tests can read. Long text wraps at spaces and breaks
words too wide for their column; a table row taller than what is left of a page continues
on the next one, under a repeated header, so no text is ever cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop_studio.domain.colours import INK
from workshop_studio.export.fonts import BOLD, REGULAR, vertical_metrics
from workshop_studio.export.report_ops import Page, Rect, Symbol, Text
from workshop_studio.export.report_style import (
    BODY_PT,
    HEADER_FILL,
    HEADING_PT,
    RULE,
    TABLE_PT,
    ZEBRA_FILL,
    Frame,
    drawable,
    line_mm,
)
from workshop_studio.export.text_fit import wrap

if TYPE_CHECKING:
    from workshop_studio.export.report_stream import PageSink

PAD = 1.5  # inside a table cell
SYMBOL = 3.4  # a kind's symbol in a table cell


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    align: str = "left"


@dataclass(frozen=True)
class Cell:
    text: str
    fill: str | None = None
    bold: bool = False
    symbol: str | None = None  # a note kind: its symbol before the text
    align: str | None = None  # default: the column's


def lines_of(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` wrapped to ``width`` mm (words too wide are broken); at least one line."""
    lines, _ = wrap(drawable(text), font, size, max(width, 1.0))
    return lines or [""]


def ascent_mm(font: str, size: float) -> float:
    return vertical_metrics(font)[0] * size * 25.4 / 72


class Flow:
    """A cursor going down pages; ``pages`` grows as content is added."""

    def __init__(self, frame: Frame, pages: list[Page] | PageSink, head: str) -> None:
        self.frame = frame
        self.pages = pages
        self.head = head
        self.y = frame.bottom  # forces a page on first use
        self._fresh = False

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self, head: str | None = None) -> None:
        if head is not None:
            self.head = head
        self.pages.append(Page(head=self.head))
        self.y = self.frame.top
        self._fresh = True

    def room(self) -> float:
        return self.frame.bottom - self.y

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` mm fit below the cursor."""
        if (self.room() < height and not self._fresh) or not self.pages:
            self.new_page()

    def space(self, mm: float) -> None:
        self.y += mm

    def add(self, op) -> None:
        self.page.ops.append(op)
        self._fresh = False

    def text_lines(self, lines: Sequence[str], x: float, size: float, font: str = REGULAR, colour: str = INK) -> None:
        height = line_mm(size)
        for line in lines:
            self.need(height)
            self.add(Text(x, self.y + ascent_mm(font, size), line, font, size, colour))
            self.y += height

    def heading(self, text: str, size: float = HEADING_PT, keep: float = 25.0) -> None:
        """A bold heading kept with at least ``keep`` mm of what follows."""
        lines = lines_of(text, BOLD, size, self.frame.content_width)
        if not self._fresh:
            self.space(3.0)
        self.need(len(lines) * line_mm(size) + keep)
        self.text_lines(lines, self.frame.left, size, BOLD)
        self.space(1.5)

    def paragraph(
        self, text: str, size: float = BODY_PT, font: str = REGULAR, indent: float = 0.0, colour: str = INK
    ) -> None:
        lines = lines_of(text, font, size, self.frame.content_width - indent)
        self.text_lines(lines, self.frame.left + indent, size, font, colour)

    def table(
        self, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, size: float = TABLE_PT, zebra: bool = True
    ) -> None:
        """A table with a header row repeated on each page it spans."""
        lh = line_mm(size)
        header = [lines_of(c.title, BOLD, size, c.width - 2 * PAD) for c in columns]
        header_h = max(len(h) for h in header) * lh + 2 * PAD
        self.need(header_h + lh + 2 * PAD)
        page_capacity = int((self.frame.bottom - self.frame.top - header_h - 2 * PAD + 1e-6) // lh)
        self._header(columns, header, header_h, size)
        for index, row in enumerate(rows):
            fonts = [BOLD if cell.bold else REGULAR for cell in row]
            texts = [
                lines_of(cell.text, font, size, col.width - 2 * PAD - (SYMBOL + 1 if cell.symbol else 0))
                for cell, font, col in zip(row, fonts, columns, strict=False)
            ]
            zebra_fill = ZEBRA_FILL if zebra and index % 2 else None
            done = 0
            total = max(len(t) for t in texts)
            while done < total:
                capacity = int((self.room() - 2 * PAD + 1e-6) // lh)
                left = total - done
                # A row that fits on a page moves there whole; only a taller one is split.
                if left > capacity and (left <= page_capacity or capacity < 2) and not self._fresh_table:
                    self.new_page()
                    self._header(columns, header, header_h, size)
                    continue
                take = max(1, min(capacity, total - done))
                self._row_slice(columns, row, texts, fonts, done, take, size, zebra_fill, first=done == 0)
                done += take

    _fresh_table = False

    def _header(self, columns: Sequence[Column], header: list[list[str]], height: float, size: float) -> None:
        x = self.frame.left
        lh = line_mm(size)
        for column, lines in zip(columns, header, strict=False):
            self.add(Rect(x, self.y, column.width, height, fill=HEADER_FILL, stroke=RULE, line_pt=0.4))
            for n, line in enumerate(lines):
                self.add(
                    _aligned(
                        line, x, column.width, self.y + PAD + n * lh + ascent_mm(BOLD, size), BOLD, size, column.align
                    )
                )
            x += column.width
        self.y += height
        self._fresh_table = True

    def _row_slice(
        self,
        columns: Sequence[Column],
        row: Sequence[Cell],
        texts: list[list[str]],
        fonts: list[str],
        start: int,
        count: int,
        size: float,
        zebra_fill: str | None,
        first: bool,
    ) -> None:
        lh = line_mm(size)
        height = count * lh + 2 * PAD
        x = self.frame.left
        for column, cell, lines, font in zip(columns, row, texts, fonts, strict=False):
            fill = cell.fill or zebra_fill
            self.add(Rect(x, self.y, column.width, height, fill=fill, stroke=RULE, line_pt=0.4))
            inner_x = x
            if cell.symbol and first:
                self.add(Symbol(x + PAD, self.y + PAD + (lh - SYMBOL) / 2, SYMBOL, cell.symbol))
            if cell.symbol:
                inner_x += SYMBOL + 1
            for n, line in enumerate(lines[start : start + count]):
                baseline = self.y + PAD + n * lh + ascent_mm(font, size)
                self.add(
                    _aligned(
                        line, inner_x, column.width - (inner_x - x), baseline, font, size, cell.align or column.align
                    )
                )
            x += column.width
        self.y += height
        self._fresh_table = False


def _aligned(text: str, x: float, width: float, baseline: float, font: str, size: float, align: str) -> Text:
    if align == "center":
        return Text(x + width / 2, baseline, text, font, size, align="center")
    if align == "right":
        return Text(x + width - PAD, baseline, text, font, size, align="right")
    return Text(x + PAD, baseline, text, font, size)
