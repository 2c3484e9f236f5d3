"""A slide under construction: lists of primitives that layouts fill, move and turn into a slide.

Board slides (the timeline's overview and focus, the matrix, a note shown whole) are built
from pieces laid out at the origin (a sticky note, a stage panel) and then placed; this is
the one place that knows how to move each kind of primitive.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from workshop_studio.export.card_layout import Box, TextBlock
from workshop_studio.ui.stage.layout.primitives import Mark, Picture, Region, Segment, Shape, SlideLayout


def shifted(box: Box, dx: float, dy: float) -> Box:
    return Box(box.x + dx, box.y + dy, box.width, box.height)


@dataclass
class Parts:
    shapes: list[Shape] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    texts: list[TextBlock] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)

    def add(self, other: Parts, dx: float = 0.0, dy: float = 0.0) -> None:
        """Add ``other``'s primitives, moved by (dx, dy)."""
        self.shapes += [replace(s, box=shifted(s.box, dx, dy)) for s in other.shapes]
        self.segments += [replace(s, x1=s.x1 + dx, y1=s.y1 + dy, x2=s.x2 + dx, y2=s.y2 + dy) for s in other.segments]
        self.pictures += [replace(p, box=shifted(p.box, dx, dy)) for p in other.pictures]
        self.texts += [replace(t, box=shifted(t.box, dx, dy)) for t in other.texts]
        self.marks += [replace(m, box=shifted(m.box, dx, dy)) for m in other.marks]
        self.regions += [replace(r, box=shifted(r.box, dx, dy)) for r in other.regions]

    def slide(self, *, page: int = 0, page_count: int = 1) -> SlideLayout:
        return SlideLayout(
            shapes=tuple(self.shapes),
            segments=tuple(self.segments),
            pictures=tuple(self.pictures),
            texts=tuple(self.texts),
            marks=tuple(self.marks),
            regions=tuple(self.regions),
            page=page,
            page_count=page_count,
        )
