"""Fit text into a box: wrap at spaces, shrink to a readable minimum, then break long words,
then shrink further, and only as a last resort cut with an ellipsis, saying so.

Widths come from the TTF's glyph advances (no kerning, as reportlab draws), summed per
character, so a 10,000-character word is measured in linear time. A text is measured once
(its words and their widths, cached), then each size tried is wrapped with arithmetic,
stopping at the first line too many; sizes at which the words end to end are already longer
than the box's lines are skipped unwrapped. So a 5,000-character body costs about what a
short one does, whatever the number of sizes tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workshop_studio.export.fonts import MM_PER_PT, printable

ELLIPSIS = "…"
_BREAKABLE = re.compile(r"[ \t\u2000-\u200b]+")  # not the no-break spaces U+00A0, U+202F
_BEFORE_MARK = re.compile(r"[ \t]+([»?!:;])")
_AFTER_GUILLEMET = re.compile(r"«[ \t]+")


def keep_together(text: str) -> str:
    """French punctuation stays with its word: « and » and the space before ? ! : ; never break
    (a line never starts with « ? »). Only what is drawn changes; the data keeps the spaces its
    author typed."""
    return _AFTER_GUILLEMET.sub("«\u00a0", _BEFORE_MARK.sub("\u00a0\\1", text))


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size_pt: float
    line_height_mm: float
    below_minimum: bool = False  # shrunk under the readable minimum to fit
    broke_words: bool = False  # a word wider than the box was split
    truncated: bool = False  # could not fit even at the floor size

    @property
    def height_mm(self) -> float:
        return len(self.lines) * self.line_height_mm

    @property
    def ok(self) -> bool:
        return not (self.below_minimum or self.truncated)


@lru_cache(maxsize=16)
def _advances(font: str) -> dict[str, float]:
    return {}


def char_width_mm(char: str, font: str) -> float:
    """Advance of ``char`` at 1 pt, in mm."""
    table = _advances(font)
    width = table.get(char)
    if width is None:
        from workshop_studio.export.fonts import text_width_mm

        width = table[char] = text_width_mm(char, font, 1.0)
    return width


def width_mm(text: str, font: str, size_pt: float) -> float:
    return sum(char_width_mm(c, font) for c in text) * size_pt


def _split_word(word: str, font: str, size_pt: float, width: float) -> list[str]:
    pieces: list[str] = []
    current, used = "", 0.0
    for char in word:
        w = char_width_mm(char, font) * size_pt
        if current and used + w > width:
            pieces.append(current)
            current, used = "", 0.0
        current += char
        used += w
    if current:
        pieces.append(current)
    return pieces


@dataclass(frozen=True)
class _Measured:
    """A text cut into paragraphs of words, each word with its width at 1 pt: measured once,
    then wrapped at every size ``fit`` tries with arithmetic alone."""

    paragraphs: tuple[tuple[tuple[str, float], ...], ...]
    glyphs_mm: float  # all the words' widths at 1 pt, end to end
    widest_char_mm: float


@lru_cache(maxsize=65536)
def _word_width(word: str, font: str) -> tuple[float, float]:
    """A word's width at 1 pt (summed as :func:`width_mm` sums it) and its widest character."""
    widths = [char_width_mm(c, font) for c in word]
    return sum(widths), max(widths)


@lru_cache(maxsize=256)
def _measure(text: str, font: str) -> _Measured:
    paragraphs = []
    glyphs = widest = 0.0
    for paragraph in keep_together(printable(text)).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = []
        for word in (w for w in _BREAKABLE.split(paragraph) if w):
            width, widest_here = _word_width(word, font)
            words.append((word, width))
            glyphs += width
            widest = max(widest, widest_here)
        paragraphs.append(tuple(words))
    while paragraphs and not paragraphs[-1]:  # trailing empty lines are dropped anyway
        paragraphs.pop()
    return _Measured(tuple(paragraphs), glyphs, widest)


def _wrap_measured(
    measured: _Measured, font: str, size_pt: float, width: float, max_lines: int | None = None
) -> tuple[list[str], bool]:
    """The lines (stopping once there are more than ``max_lines``) and whether a word was split."""
    space = char_width_mm(" ", font) * size_pt
    lines: list[str] = []
    broke = False
    for paragraph in measured.paragraphs:
        if max_lines is not None and len(lines) > max_lines:  # enough to know it does not fit
            return lines, broke or _splits_a_word(measured, size_pt, width)
        current, used = "", 0.0
        for word, width_1pt in paragraph:
            w = width_1pt * size_pt
            if w > width:
                broke = True
                pieces = _split_word(word, font, size_pt, width)
                if current:
                    lines.append(current)
                lines.extend(pieces[:-1])
                current, used = pieces[-1], width_mm(pieces[-1], font, size_pt)
            elif not current:
                current, used = word, w
            elif used + space + w <= width:
                current, used = f"{current} {word}", used + space + w
            else:
                lines.append(current)
                current, used = word, w
            if max_lines is not None and len(lines) > max_lines:
                break
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        return lines, broke or _splits_a_word(measured, size_pt, width)
    while lines and not lines[-1]:
        lines.pop()
    return lines, broke


def _splits_a_word(measured: _Measured, size_pt: float, width: float) -> bool:
    return any(w * size_pt > width for paragraph in measured.paragraphs for _, w in paragraph)


def wrap(text: str, font: str, size_pt: float, width: float) -> tuple[list[str], bool]:
    """Lines of ``text`` no wider than ``width`` mm at ``size_pt``; and whether a word was split."""
    return _wrap_measured(_measure(text, font), font, size_pt, width)


def _cannot_fit(measured: _Measured, size_pt: float, width: float, lines: int) -> bool:
    """Whether the words alone, end to end, are longer than ``lines`` full lines: then no
    wrapping fits them, and the size is skipped without wrapping (a long text would
    otherwise be wrapped whole at every size tried)."""
    if measured.widest_char_mm * size_pt > width:  # a line may then be wider than the box
        return False
    return measured.glyphs_mm * size_pt > width * lines + 1e-9


def line_height_mm(size_pt: float, leading: float) -> float:
    return size_pt * leading * MM_PER_PT


def fit(
    text: str,
    font: str,
    width: float,
    height: float,
    *,
    max_pt: float,
    min_pt: float,
    floor_pt: float | None = None,
    max_lines: int | None = None,
    leading: float = 1.2,
    step: float = 0.25,
) -> FittedText:
    """The largest size from ``max_pt`` down at which ``text`` fits ``width`` × ``height`` mm."""
    floor = min_pt if floor_pt is None else min(floor_pt, min_pt)
    measured = _measure(text, font)
    size = max_pt
    while True:
        limit = int((height + 1e-9) // line_height_mm(size, leading))
        if max_lines is not None:
            limit = min(limit, max_lines)
        if not _cannot_fit(measured, size, width, limit):
            lines, broke = _wrap_measured(measured, font, size, width, max_lines=limit)
            # Shrink before breaking words: a split word is accepted only from the minimum down.
            if len(lines) <= limit and (not broke or size <= min_pt + 1e-9):
                return FittedText(tuple(lines), size, line_height_mm(size, leading), size < min_pt, broke)
        if size - step < floor - 1e-9:
            break
        size = round(size - step, 4)
    lines, broke = _wrap_measured(measured, font, size, width, max_lines=max(limit, 1))
    kept = lines[: max(limit, 1)]
    kept[-1] = _with_ellipsis(kept[-1], font, size, width)
    return FittedText(tuple(kept), size, line_height_mm(size, leading), size < min_pt, broke, truncated=True)


def _with_ellipsis(line: str, font: str, size_pt: float, width: float) -> str:
    """The longest start of ``line`` that, followed by an ellipsis, fits ``width`` (linear: the
    widths of its starts are summed once)."""
    ellipsis = char_width_mm(ELLIPSIS, font)
    keep, total = 0, 0.0
    for index, char in enumerate(line):
        total += char_width_mm(char, font)
        if (total + ellipsis) * size_pt <= width:
            keep = index + 1
    return line[:keep].rstrip() + ELLIPSIS
