"""The report's paper, margins, type sizes and the look of each note kind, in millimetres.

Pure numbers and words: the layout modules (``report_flow``, ``report_poster``) compute
boxes from these, the painter (``report_paint``) draws them.

A note's kind is never told by colour alone: each has a fill (an Okabe-Ito tint, dark text
at 7:1), a darker stripe, a drawn symbol (``KIND_SYMBOLS``) and its name in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_studio.domain.colours import ANNOTATION_SWATCH, PALETTE, Swatch
from workshop_studio.domain.vocabulary import AnnotationKind
from workshop_studio.export.fonts import MM_PER_PT

PAPERS: dict[str, tuple[float, float]] = {"a4": (297.0, 210.0), "a3": (420.0, 297.0)}  # landscape
MARGIN = 12.0  # office printers cannot print the outer ~5 mm; 12 mm leaves room to pin the poster
RUNNING_HEAD = 9.0  # the page's title line
FOOTER = 7.0

TITLE_PT = 22.0
HEADING_PT = 14.0
SUBHEADING_PT = 11.5
BODY_PT = 9.5
TABLE_PT = 8.5
SMALL_PT = 7.5
LEADING = 1.22

RULE = "#8A8A8A"
HEADER_FILL = "#E6E6E6"
ZEBRA_FILL = "#F5F5F5"
STAGE_FILL = PALETTE["green"].fill

# The drawn symbol of each kind (see report_paint.draw_symbol): shape names, not glyphs,
# since the font has no pictographs.
KIND_SYMBOLS: dict[str, str] = {
    str(AnnotationKind.IRRITANT): "warning",
    str(AnnotationKind.IDEA): "bulb",
    str(AnnotationKind.QUESTION): "question",
    str(AnnotationKind.QUOTE): "quote",
    str(AnnotationKind.GOOD_PRACTICE): "check",
    str(AnnotationKind.EMOTION_POSITIVE): "smile",
    str(AnnotationKind.EMOTION_NEGATIVE): "frown",
}


# Invisible characters (zero-width, bidirectional controls, soft hyphen, control codes) are
# dropped before text is measured and drawn: the font would draw each as a box.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x09),
        0x0B,
        0x0C,
        *range(0x0E, 0x20),
        0x7F,
        0xAD,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2065),
        *range(0x2066, 0x206A),
        0xFEFF,
    ]
)


def drawable(text: str) -> str:
    """``text`` without the invisible characters the font would draw as boxes."""
    return text.translate(_INVISIBLE)


def kind_swatch(kind: str) -> Swatch:
    return PALETTE[ANNOTATION_SWATCH.get(kind, "grey")]


def line_mm(size_pt: float, leading: float = LEADING) -> float:
    return size_pt * leading * MM_PER_PT


@dataclass(frozen=True)
class Frame:
    """One page: its size and the box text may use (between margins, head and footer)."""

    width: float
    height: float
    margin: float = MARGIN

    @classmethod
    def for_paper(cls, paper: str) -> Frame:
        if paper not in PAPERS:
            raise ValueError(paper)
        width, height = PAPERS[paper]
        return cls(width, height)

    @property
    def left(self) -> float:
        return self.margin

    @property
    def right(self) -> float:
        return self.width - self.margin

    @property
    def content_width(self) -> float:
        return self.right - self.left

    @property
    def top(self) -> float:
        """Where content starts, under the running head."""
        return self.margin + RUNNING_HEAD

    @property
    def bottom(self) -> float:
        """Where content must stop, above the footer."""
        return self.height - self.margin - FOOTER

    @property
    def footer_baseline(self) -> float:
        return self.height - self.margin
