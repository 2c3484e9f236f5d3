"""Running text on the stage: shrink every paragraph together down to its minimum, then page.

A flow is a list of paragraphs, each with a role (``title``, ``body``, ``label``…) whose size
range comes from :class:`~workshop_studio.ui.stage.sizes.StageSizes`. All roles shrink one
pixel at a time, each stopping at its own minimum; if the text still does not fit the box,
it is cut into pages between lines. Nothing is ever clipped or ellipsed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workshop_studio.domain.colours import INK
from workshop_studio.export.card_layout import Box, TextBlock
from workshop_studio.export.fonts import REGULAR
from workshop_studio.ui.stage.layout.primitives import block, fitted_lines, text_width, wrap_px
from workshop_studio.ui.stage.sizes import LEADING


@dataclass(frozen=True)
class Para:
    text: str
    role: str  # a key of the size ranges
    font: str = REGULAR
    align: str = "left"
    bullet: str = ""  # drawn in the margin; the text hangs indented after it
    hang: str = ""  # the widest bullet of its list, so that a list's texts line up (default: ``bullet``)
    space_before: float = 0.0  # in lines of this paragraph's size; dropped at the top of a page
    keep_with_next: bool = False  # a heading: never the last thing on a page
    colour: str = INK


@dataclass(frozen=True)
class Flow:
    pages: tuple[tuple[TextBlock, ...], ...]
    used: tuple[float, ...]  # height taken on each page
    sizes: Mapping[str, int]  # the size each role was drawn at

    @property
    def page_count(self) -> int:
        return len(self.pages)


@dataclass(frozen=True)
class _Wrapped:
    para: Para
    size: int
    lines: tuple[str, ...]
    indent: float
    broke: bool

    @property
    def line_height(self) -> float:
        return self.size * LEADING

    @property
    def space(self) -> float:
        return self.para.space_before * self.line_height


def _wrap(paras: Sequence[Para], sizes: Mapping[str, int], width: float) -> list[_Wrapped]:
    result = []
    for para in paras:
        size = sizes[para.role]
        indent = text_width((para.hang or para.bullet) + " ", para.font, size) if para.bullet else 0.0
        lines, broke = wrap_px(para.text, para.font, size, width - indent)
        if lines:
            result.append(_Wrapped(para, size, tuple(lines), indent, broke))
    return result


def _height(wrapped: Sequence[_Wrapped]) -> float:
    total = 0.0
    for index, item in enumerate(wrapped):
        total += (item.space if index else 0.0) + len(item.lines) * item.line_height
    return total


def _blocks(item: _Wrapped, lines: Sequence[str], box: Box, y: float, first: bool) -> list[TextBlock]:
    para = item.para
    fitted = fitted_lines(lines, item.size)
    text = block(
        para.role,
        fitted,
        box.x + item.indent,
        y,
        box.width - item.indent,
        font=para.font,
        align=para.align,
        colour=para.colour,
    )
    if not (para.bullet and first):
        return [text]
    bullet = block(
        para.role, fitted_lines([para.bullet], item.size), box.x, y, item.indent, font=para.font, colour=para.colour
    )
    return [bullet, text]


def _single_page(wrapped: Sequence[_Wrapped], box: Box) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    y = box.y
    for index, item in enumerate(wrapped):
        y += item.space if index else 0.0
        blocks.extend(_blocks(item, item.lines, box, y, True))
        y += len(item.lines) * item.line_height
    return blocks


def _paginate(wrapped: Sequence[_Wrapped], box: Box) -> tuple[list[list[TextBlock]], list[float]]:
    pages: list[list[TextBlock]] = [[]]
    used: list[float] = [0.0]
    y = 0.0  # within the current page

    def new_page() -> None:
        nonlocal y
        used[-1] = y
        pages.append([])
        used.append(0.0)
        y = 0.0

    for index, item in enumerate(wrapped):
        lh = item.line_height
        need = item.space + lh * (len(item.lines) if item.para.keep_with_next else 1)
        chain = index
        while wrapped[chain].para.keep_with_next and chain + 1 < len(wrapped):  # headings stay with
            following = wrapped[chain + 1]  # what they head, even a heading over a heading
            keep = following.para.keep_with_next
            need += following.space + following.line_height * (len(following.lines) if keep else 1)
            chain += 1
        whole = item.space + lh * len(item.lines)
        if y > 0 and (
            y + need > box.height + 1e-6 or (y + whole > box.height + 1e-6 and whole - item.space <= box.height + 1e-6)
        ):
            new_page()  # a paragraph that fits a page of its own is never cut in two
        y += item.space if y > 0 else 0.0
        start, first = 0, True
        while start < len(item.lines):
            room = max(int((box.height - y + 1e-6) // lh), 0)
            if room == 0:
                if y == 0:  # a line taller than the box: it still gets a page of its own
                    room = 1
                else:
                    new_page()
                    continue
            taken = item.lines[start : start + room]
            pages[-1].extend(_blocks(item, taken, box, box.y + y, first))
            y += len(taken) * lh
            start += len(taken)
            first = False
            if start < len(item.lines):
                new_page()
    used[-1] = y
    return pages, used


def flow(paras: Sequence[Para], box: Box, ranges: Mapping[str, tuple[int, int]]) -> Flow:
    """Lay ``paras`` out in ``box``; ``ranges`` maps each role to (preferred px, minimum px)."""
    roles = {para.role for para in paras}
    steps = max((max(ranges[r][0] - ranges[r][1], 0) for r in roles), default=0)
    for shrink in range(steps + 1):
        sizes = {r: max(ranges[r][1], ranges[r][0] - shrink) for r in ranges}
        wrapped = _wrap(paras, sizes, box.width)
        at_minimum = shrink == steps
        broke = any(item.broke for item in wrapped)
        if _height(wrapped) <= box.height + 1e-6 and (not broke or at_minimum):
            return Flow((tuple(_single_page(wrapped, box)),), (_height(wrapped),), sizes)
    pages, used = _paginate(wrapped, box)
    return Flow(tuple(tuple(p) for p in pages if p) or ((),), tuple(used[: max(len(pages), 1)]), sizes)


def lines_that_fit(height: float, size: int) -> int:
    return max(math.floor((height + 1e-6) / (size * LEADING)), 1)
