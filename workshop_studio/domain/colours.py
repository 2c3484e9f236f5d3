"""Colours that stay readable on a washed-out projector and in black-and-white print.

Fills come from the Okabe-Ito colour-blind-safe palette, lightened into tints so that dark
text on them keeps a WCAG contrast of at least 7:1 (PRINT.md). Colour never carries meaning
alone: every kind is also named in words on the card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INK = "#1A1A1A"  # text colour on every fill
PAPER = "#FFFFFF"
MIN_TEXT_CONTRAST = 7.0


@dataclass(frozen=True)
class Swatch:
    key: str
    fill: str  # light tint behind text
    accent: str  # the saturated Okabe-Ito colour, for bands and strokes (never behind text)


# Okabe-Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey.
_OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
}


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(colour)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02X}" for c in rgb)


def relative_luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in hex_to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def tint(colour: str, amount: float) -> str:
    """Mix ``colour`` with white; ``amount`` 0 keeps it, 1 gives white."""
    r, g, b = hex_to_rgb(colour)
    return rgb_to_hex((r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount))


def readable_tint(colour: str, ink: str = INK, minimum: float = MIN_TEXT_CONTRAST) -> str:
    """The least-lightened tint of ``colour`` on which ``ink`` reaches ``minimum`` contrast."""
    for step in range(101):
        candidate = tint(colour, step / 100)
        if contrast_ratio(candidate, ink) >= minimum:
            return candidate
    return PAPER


PALETTE: dict[str, Swatch] = {
    key: Swatch(key, readable_tint(tint(accent, 0.45)), accent) for key, accent in _OKABE_ITO.items()
}

# Card kind -> swatch key. Neighbouring kinds in a spread get distinguishable hues.
KIND_SWATCH: dict[str, str] = {
    "recruiter_profile": "orange",
    "advisor_posture": "blue",
    "scenario_prompt": "purple",
    "question": "sky",
    "verbatim": "grey",
    "theme": "green",
    "hypothesis": "vermillion",
    "golden_ticket": "yellow",
    "timeline_stage": "green",
}

# Note kind -> swatch key, for sticky notes (their kind is also written on them).
ANNOTATION_SWATCH: dict[str, str] = {
    "irritant": "vermillion",
    "idea": "yellow",
    "question": "sky",
    "quote": "grey",
    "good_practice": "green",
    "emotion_positive": "orange",
    "emotion_negative": "purple",
}


_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def is_card_colour(colour: str) -> bool:
    """A card's own colour: a palette name or ``#RRGGBB``."""
    return colour in PALETTE or bool(_HEX.match(colour))


def swatch_for_kind(kind: str) -> Swatch:
    return PALETTE[KIND_SWATCH.get(kind, "grey")]


def card_fill(kind: str, colour: str | None) -> str:
    """The fill a card is drawn with: its own colour if set (and a colour), else its kind's."""
    if colour and colour in PALETTE:
        return PALETTE[colour].fill
    if colour and _HEX.match(colour):
        return readable_tint(colour)
    return swatch_for_kind(kind).fill


def card_accent(kind: str, colour: str | None) -> str:
    if colour and colour in PALETTE:
        return PALETTE[colour].accent
    if colour and _HEX.match(colour):
        return colour
    return swatch_for_kind(kind).accent
