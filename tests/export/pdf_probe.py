"""Read exported PDFs back with pypdf, the way a print shop's preflight would.

Card positions come from the PDF itself: the painter draws each card inside one
transformation whose origin is the card's corner, so the matrix under a card's text tells
where that card landed and whether it is upside down.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import IndirectObject

PT_PER_MM = 72 / 25.4
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def mm(value_pt: float) -> float:
    return value_pt / PT_PER_MM


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


@dataclass(frozen=True)
class Placed:
    text: str
    x: float  # card's left edge, pt from the page's left
    y: float  # card's bottom edge, pt from the page's bottom
    rotated: bool


def placed_texts(page, card_w_mm: float, card_h_mm: float) -> list[Placed]:
    """Each text line with the rectangle of the card it was drawn in."""
    found: list[Placed] = []
    w, h = card_w_mm * PT_PER_MM, card_h_mm * PT_PER_MM

    def visit(text, cm, tm, font, size):
        text = text.strip()
        if not text:
            return
        a, _, _, d, e, f = cm
        rotated = a < 0 and d < 0
        found.append(Placed(text, e - w if rotated else e, f - h if rotated else f, rotated))

    page.extract_text(visitor_text=visit)
    return found


def card_at(page, label: str, card_w_mm: float, card_h_mm: float) -> Placed:
    matches = [p for p in placed_texts(page, card_w_mm, card_h_mm) if p.text == label]
    assert len(matches) == 1, (label, [p.text for p in placed_texts(page, card_w_mm, card_h_mm)])
    return matches[0]


def line_segments(page) -> list[tuple[float, float, float, float]]:
    """Straight segments (moveto + lineto) drawn on the page itself, in pt (crop and fold marks)."""
    segments: list[tuple[float, float, float, float]] = []
    start: list[float] = []

    def visit(op, args, cm, tm):
        if list(cm) != [1, 0, 0, 1, 0, 0]:
            return
        if op == b"m":
            start[:] = [float(args[0]), float(args[1])]
        elif op == b"l" and start:
            segments.append((start[0], start[1], float(args[0]), float(args[1])))

    page.extract_text(visitor_operand_before=visit)
    return segments


def _resolve(obj):
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def walk_resources(page):
    """(kind, object) for every font and XObject a page uses, forms followed recursively."""
    seen: set[int] = set()
    stack = [_resolve(page.get("/Resources")) or {}]
    while stack:
        resources = stack.pop()
        for _name, font in (_resolve(resources.get("/Font")) or {}).items():
            yield "font", _resolve(font)
        for _name, ref in (_resolve(resources.get("/XObject")) or {}).items():
            xobject = _resolve(ref)
            key = ref.idnum if isinstance(ref, IndirectObject) else id(xobject)
            yield "xobject", xobject
            if key not in seen and xobject.get("/Subtype") == "/Form":
                seen.add(key)
                stack.append(_resolve(xobject.get("/Resources")) or {})


def viewer_preferences(data: bytes) -> dict[str, str]:
    prefs = _resolve(reader(data).trailer["/Root"].get("/ViewerPreferences")) or {}
    return {str(k): str(v) for k, v in prefs.items()}
