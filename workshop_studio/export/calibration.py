"""The duplex calibration sheet: crosses on the front, scales behind them on the back.

Printed double-sided and held against a light, each cross of the front falls on the back's
scales at the printer's drift. The numbers read there (right and down on the back, in mm) are
the back offset to enter: the back pages of later prints move by that much. This sheet itself
is printed without any offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workshop_studio.export.fonts import BOLD, REGULAR
from workshop_studio.export.print_options import ExportError, PrintOptions, plan
from workshop_studio.export.sheet_layout import back_axis
from workshop_studio.export.text_fit import wrap
from workshop_studio.i18n import translate

SCALE_MM = 10  # each scale runs from -SCALE_MM to +SCALE_MM
CROSS_MM = 14.0


@dataclass(frozen=True)
class CalibrationPlan:
    width: float
    height: float
    targets: tuple[tuple[float, float], ...]  # crosses on the front, mm from the top-left
    scales: tuple[tuple[float, float], ...]  # where each should fall on the back (back's frame)
    edge: str


def plan_calibration(options: PrintOptions) -> CalibrationPlan:
    """Targets on the deck's own page size and orientation, mirrored as its backs will be."""
    if options.backs not in ("long-edge", "short-edge") or options.layout == "print-shop":
        raise ExportError(
            translate(
                "DeckPdf",
                "The calibration sheet is for double-sided office printing: choose long-edge or short-edge backs.",
            )
        )
    sheet = plan(options)
    w, h = sheet.width, sheet.height
    targets = ((w / 2, h / 2), (w * 0.25, h * 0.3), (w * 0.75, h * 0.3), (w * 0.25, h * 0.8), (w * 0.75, h * 0.8))
    axis = back_axis(options.backs, w > h)
    scales = tuple((w - x, y) if axis == "x" else (x, h - y) for x, y in targets)
    return CalibrationPlan(w, h, targets, scales, options.backs)


def draw_calibration(canvas: Any, cal: CalibrationPlan) -> None:
    """Two pages: the crosses, then the scales."""
    from workshop_studio.export.pdf_painter import pt

    c = canvas
    edge = translate("DeckPdf", "long edge") if cal.edge == "long-edge" else translate("DeckPdf", "short edge")
    _text(
        c,
        cal,
        translate("DeckPdf", "Duplex calibration (front)"),
        [
            translate(
                "DeckPdf", "1. Print this sheet double-sided, flipping on the {edge}, at actual size (100 %)."
            ).format(edge=edge),
            translate(
                "DeckPdf",
                "2. Hold it against a light and look at the back: each cross of this side shows "
                "through on a pair of scales.",
            ),
            translate(
                "DeckPdf",
                "3. Read the scales where the cross's lines fall (right and down are positive) "
                "and enter the two numbers as this printer's back offset, in mm.",
            ),
        ],
    )
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.3)
    for x, y in cal.targets:
        c.line(pt(x - CROSS_MM), pt(cal.height - y), pt(x + CROSS_MM), pt(cal.height - y))
        c.line(pt(x), pt(cal.height - y - CROSS_MM), pt(x), pt(cal.height - y + CROSS_MM))
        c.circle(pt(x), pt(cal.height - y), pt(2.0), stroke=1, fill=0)
    c.showPage()
    _text(
        c,
        cal,
        translate("DeckPdf", "Duplex calibration (back)"),
        [
            translate(
                "DeckPdf",
                "Read here where the front's crosses fall. If they are far from every scale, "
                "print again flipping on the other edge.",
            ),
        ],
    )
    for x, y in cal.scales:
        _scales(c, x, cal.height - y)
    c.showPage()


def _text(c: Any, cal: CalibrationPlan, title: str, lines: list[str]) -> None:
    from workshop_studio.export.pdf_painter import pt

    left, width, top = 15.0, cal.width - 30.0, 15.0
    c.setFillColorRGB(0, 0, 0)
    c.setFont(BOLD, 12)
    c.drawString(pt(left), pt(cal.height - top - 4), title)
    c.setFont(REGULAR, 9)
    y = top + 11
    for paragraph in lines:
        for line in wrap(paragraph, REGULAR, 9, width)[0]:
            c.drawString(pt(left), pt(cal.height - y), line)
            y += 4.5
        y += 1.5


def _scales(c: Any, x_mm: float, y_from_bottom_mm: float) -> None:
    """A horizontal and a vertical scale crossing at (x, y); values grow rightwards and downwards."""
    from workshop_studio.export.pdf_painter import pt

    x, y = pt(x_mm), pt(y_from_bottom_mm)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.3)
    c.line(x - pt(SCALE_MM), y, x + pt(SCALE_MM), y)
    c.line(x, y - pt(SCALE_MM), x, y + pt(SCALE_MM))
    c.setFont(REGULAR, 5)
    for v in range(-SCALE_MM, SCALE_MM + 1):
        tick = pt(2.5 if v % 5 == 0 else 1.2)
        c.line(x + pt(v), y, x + pt(v), y + tick)  # horizontal scale: ticks upwards
        c.line(x, y - pt(v), x - tick, y - pt(v))  # vertical scale: ticks leftwards, + downwards
        if abs(v) == SCALE_MM:  # labels at the ends only, clear of the other scale
            c.drawCentredString(x + pt(v), y + pt(3.2), f"{v:+d}")
            c.drawRightString(x - pt(3.2), y - pt(v) - 1.8, f"{v:+d}")
