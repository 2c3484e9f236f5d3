"""Card trim sizes in millimetres (PRINT.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CardSize:
    key: str
    width_mm: float
    height_mm: float


CARD_SIZES: dict[str, CardSize] = {
    s.key: s
    for s in (
        CardSize("poker", 63, 88),
        CardSize("poker-us", 63.5, 88.9),
        CardSize("bridge", 57, 89),
        CardSize("tarot", 70, 120),
        CardSize("mini", 44, 63),
        CardSize("euro", 59, 92),
        CardSize("square", 70, 70),
        CardSize("a6", 105, 148),
        CardSize("a7", 74, 105),
        CardSize("business", 85, 55),
    )
}
DEFAULT_CARD_SIZE = "poker"
