"""Draws report pages (``report_ops``) on a reportlab canvas: vector shapes, literal text in
the embedded Atkinson Hyperlegible (``drawString``, never markup), pictograms as forms
defined once. Coordinates arrive in mm from the top-left; PDF wants points from the bottom.
"""

from __future__ import annotations

from typing import Any

from workshop_studio.domain.colours import INK, hex_to_rgb
from workshop_studio.export.fonts import BOLD, REGULAR, draw_text, printable, text_width_mm
from workshop_studio.export.report_ops import Line, Op, Page, Picture, Rect, Symbol, Text
from workshop_studio.export.report_style import KIND_SYMBOLS, RULE, SMALL_PT, Frame, drawable

PT_PER_MM = 72 / 25.4


def pt(mm: float) -> float:
    return mm * PT_PER_MM


def _rgb(colour: str) -> tuple[float, float, float]:
    r, g, b = hex_to_rgb(colour)
    return r / 255, g / 255, b / 255


class ReportPainter:
    def __init__(self, canvas: Any, frame: Frame, forms: dict[int, tuple[str, float, float]], draw_form: Any) -> None:
        self.c = canvas
        self.frame = frame
        self.forms = forms  # picture index -> (form name, width pt, height pt)
        self.draw_form = draw_form  # form name -> draws it at the origin

    def y(self, mm: float) -> float:
        return pt(self.frame.height - mm)

    def page(self, page: Page, number: int, total: int, title: str, anonymised: str) -> None:
        for op in page.ops:
            self.op(op)
        self._margins(page, number, total, title, anonymised)
        self.c.showPage()

    def op(self, op: Op) -> None:
        if isinstance(op, Text):
            self.text(op)
        elif isinstance(op, Rect):
            self.rect(op)
        elif isinstance(op, Line):
            self.line(op)
        elif isinstance(op, Symbol):
            draw_symbol(self.c, KIND_SYMBOLS.get(op.kind, ""), pt(op.x), self.y(op.y + op.size), pt(op.size))
        elif isinstance(op, Picture):
            self.picture(op)

    def text(self, op: Text) -> None:
        if not op.text:
            return
        c = self.c
        c.setFont(op.font, op.size)
        c.setFillColorRGB(*_rgb(op.colour))
        text = printable(drawable(op.text))
        width = pt(text_width_mm(text, op.font, op.size)) if op.align in ("center", "right") else 0.0
        x = pt(op.x) - (width / 2 if op.align == "center" else width if op.align == "right" else 0.0)
        draw_text(c, x, self.y(op.baseline), text, op.font, op.size)

    def rect(self, op: Rect) -> None:
        c = self.c
        c.saveState()
        if op.fill:
            c.setFillColorRGB(*_rgb(op.fill))
        if op.stroke:
            c.setStrokeColorRGB(*_rgb(op.stroke))
            c.setLineWidth(op.line_pt)
            if op.dashed:
                c.setDash(2.5, 1.5)
        args = (pt(op.x), self.y(op.y + op.h), pt(op.w), pt(op.h))
        if op.radius:
            c.roundRect(*args, pt(op.radius), stroke=1 if op.stroke else 0, fill=1 if op.fill else 0)
        else:
            c.rect(*args, stroke=1 if op.stroke else 0, fill=1 if op.fill else 0)
        c.restoreState()

    def line(self, op: Line) -> None:
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*_rgb(op.colour))
        c.setFillColorRGB(*_rgb(op.colour))
        c.setLineWidth(op.line_pt)
        x1, y1, x2, y2 = pt(op.x1), self.y(op.y1), pt(op.x2), self.y(op.y2)
        c.line(x1, y1, x2, y2)
        if op.arrow:  # horizontal arrows only, pointing right
            head = pt(2.2)
            path = c.beginPath()
            path.moveTo(x2, y2)
            path.lineTo(x2 - head, y2 + head / 2)
            path.lineTo(x2 - head, y2 - head / 2)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        c.restoreState()

    def picture(self, op: Picture) -> None:
        form = self.forms.get(op.index)
        if form is None:
            return
        name, width, height = form
        scale = min(pt(op.w) / width, pt(op.h) / height)
        dx = pt(op.x) + (pt(op.w) - width * scale) / 2
        dy = self.y(op.y + op.h) + (pt(op.h) - height * scale) / 2
        self.c.saveState()
        self.c.transform(scale, 0, 0, scale, dx, dy)
        self.draw_form(name)
        self.c.restoreState()

    def _margins(self, page: Page, number: int, total: int, title: str, anonymised: str) -> None:
        f = self.frame
        head_baseline = f.margin + 5.0
        self.text(Text(f.left, head_baseline, page.head, BOLD, SMALL_PT + 1.5))
        self.line(Line(f.left, f.margin + 7.0, f.right, f.margin + 7.0, RULE, 0.5))
        self.text(
            Text(f.left, f.footer_baseline, title + (f" · {anonymised}" if anonymised else ""), REGULAR, SMALL_PT)
        )
        self.text(Text(f.right, f.footer_baseline, f"{number} / {total}", REGULAR, SMALL_PT, align="right"))


def draw_symbol(c: Any, shape: str, x: float, y: float, size: float) -> None:
    """A note kind's symbol in the square with bottom-left (x, y) and side ``size``, in points."""
    c.saveState()
    c.setStrokeColorRGB(*_rgb(INK))
    c.setFillColorRGB(*_rgb(INK))
    c.setLineWidth(max(size * 0.09, 0.6))
    c.setLineCap(1)
    c.setLineJoin(1)
    s, cx, cy = size, x + size / 2, y + size / 2
    if shape == "warning":
        path = c.beginPath()
        path.moveTo(cx, y + s * 0.95)
        path.lineTo(x + s * 0.03, y + s * 0.08)
        path.lineTo(x + s * 0.97, y + s * 0.08)
        path.close()
        c.drawPath(path, stroke=1, fill=0)
        c.line(cx, y + s * 0.68, cx, y + s * 0.38)
        c.circle(cx, y + s * 0.22, s * 0.04, stroke=1, fill=1)
    elif shape == "bulb":
        c.circle(cx, y + s * 0.6, s * 0.3, stroke=1, fill=0)
        c.line(cx - s * 0.14, y + s * 0.2, cx + s * 0.14, y + s * 0.2)
        c.line(cx - s * 0.1, y + s * 0.06, cx + s * 0.1, y + s * 0.06)
    elif shape == "question":
        c.circle(cx, cy, s * 0.46, stroke=1, fill=0)
        c.setFont(BOLD, s * 0.75)
        c.drawCentredString(cx, y + s * 0.24, "?")
    elif shape == "quote":
        c.setFont(BOLD, s * 0.95)
        c.drawCentredString(cx, y + s * 0.18, "«»")
    elif shape == "check":
        path = c.beginPath()
        path.moveTo(x + s * 0.1, y + s * 0.5)
        path.lineTo(x + s * 0.4, y + s * 0.18)
        path.lineTo(x + s * 0.92, y + s * 0.85)
        c.setLineWidth(max(size * 0.14, 0.8))
        c.drawPath(path, stroke=1, fill=0)
    elif shape in ("smile", "frown"):
        c.circle(cx, cy, s * 0.46, stroke=1, fill=0)
        c.circle(cx - s * 0.16, y + s * 0.62, s * 0.05, stroke=1, fill=1)
        c.circle(cx + s * 0.16, y + s * 0.62, s * 0.05, stroke=1, fill=1)
        if shape == "smile":
            c.arc(cx - s * 0.24, y + s * 0.18, cx + s * 0.24, y + s * 0.52, startAng=200, extent=140)
        else:
            c.arc(cx - s * 0.22, y + s * 0.2, cx + s * 0.22, y + s * 0.5, startAng=20, extent=140)
    else:
        c.rect(x + s * 0.2, y + s * 0.2, s * 0.6, s * 0.6, stroke=1, fill=0)
    c.restoreState()
