"""What a report page is made of: plain drawing operations in millimetres from the page's
top-left corner. The layout modules produce them, ``report_paint`` draws them with
reportlab, and tests read them as numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_studio.domain.colours import INK


@dataclass(frozen=True)
class Text:
    """One line of literal text (never markup). ``x`` is the left edge, the centre or the right
    edge, as ``align`` says; ``baseline`` is from the page's top."""

    x: float
    baseline: float
    text: str
    font: str
    size: float
    colour: str = INK
    align: str = "left"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    line_pt: float = 0.5
    dashed: bool = False
    radius: float = 0.0


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str = INK
    line_pt: float = 0.75
    arrow: bool = False  # an arrow head at (x2, y2)


@dataclass(frozen=True)
class Symbol:
    """A note kind's drawn symbol in the square (x, y, size)."""

    x: float
    y: float
    size: float
    kind: str


@dataclass(frozen=True)
class Picture:
    """Pictogram number ``index`` of the document, fitted and centred in the box."""

    x: float
    y: float
    w: float
    h: float
    index: int


Op = Text | Rect | Line | Symbol | Picture


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)
    head: str = ""  # the running head: which part of the report this is

    def texts(self) -> list[str]:
        return [op.text for op in self.ops if isinstance(op, Text)]
