"""The arithmetic of a heat map, pure: how dark a cell is, and with which colour.

A cell's intensity grows linearly with its count, from 0 (an empty cell stays white) to 1
(the largest count of the scale). A cell holding a single note still gets a visible tint
(:data:`MIN_INTENSITY`), so "one note" never looks like "none". The fill goes from white to
Okabe-Ito orange, whose darkest shade keeps dark text at the 7:1 contrast PRINT.md asks for,
since every cell also prints its number: colour never carries the count alone.

Several heat maps shown side by side share one scale (``scale_max``): the same colour then
means the same count in each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workshop_studio.domain.colours import INK, MIN_TEXT_CONTRAST, PAPER, hex_to_rgb, readable_tint, rgb_to_hex
from workshop_studio.services.review_counts import CountTable

MIN_INTENSITY = 0.15
HEAT_BASE = "#E69F00"  # Okabe-Ito orange
HEAT_FULL = readable_tint(HEAT_BASE, INK, MIN_TEXT_CONTRAST)


def intensity(count: int, maximum: int) -> float:
    """0 for an empty cell, :data:`MIN_INTENSITY` up to 1 for counts from 1 up to ``maximum``."""
    if count <= 0 or maximum <= 0:
        return 0.0
    return MIN_INTENSITY + (1 - MIN_INTENSITY) * min(count, maximum) / maximum


def heat_fill(value: float) -> str:
    """The fill for an intensity: white at 0, :data:`HEAT_FULL` at 1."""
    value = max(0.0, min(1.0, value))
    (pr, pg, pb), (fr, fg, fb) = hex_to_rgb(PAPER), hex_to_rgb(HEAT_FULL)
    return rgb_to_hex((pr + (fr - pr) * value, pg + (fg - pg) * value, pb + (fb - pb) * value))


def share(count: int, total: int) -> float:
    """``count`` as a fraction of ``total`` (0 when there is nothing), e.g. a stage's irritants
    among all its notes."""
    return count / total if total > 0 else 0.0


def percent(count: int, total: int) -> int:
    """:func:`share` as a whole percentage, rounded half up."""
    return int(share(count, total) * 100 + 0.5)


@dataclass(frozen=True)
class HeatCell:
    count: int
    intensity: float
    fill: str


@dataclass(frozen=True)
class HeatMap:
    table: CountTable
    cells: tuple[tuple[HeatCell, ...], ...]
    scale_max: int


def common_scale(tables: Iterable[CountTable]) -> int:
    """The largest cell of all ``tables``: the scale for showing them side by side."""
    return max((table.maximum for table in tables), default=0)


def heat_map(table: CountTable, scale_max: int | None = None) -> HeatMap:
    """Each cell's intensity and fill, on the table's own scale unless ``scale_max`` is given."""
    top = table.maximum if scale_max is None else scale_max
    cells = tuple(
        tuple(HeatCell(count, intensity(count, top), heat_fill(intensity(count, top))) for count in row)
        for row in table.cells
    )
    return HeatMap(table, cells, top)
