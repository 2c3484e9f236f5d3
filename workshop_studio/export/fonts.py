"""Atkinson Hyperlegible, loaded from its package, and text measured with its own metrics.

reportlab reads the TTF metrics without Qt, so the card layout computed here is the same
whichever painter (QPainter on screen, reportlab on paper) draws it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

REGULAR = "AtkinsonHyperlegible"
BOLD = "AtkinsonHyperlegible-Bold"
ITALIC = "AtkinsonHyperlegible-Italic"
FAMILY = "Atkinson Hyperlegible"

MM_PER_PT = 25.4 / 72
_FILES = {
    REGULAR: "AtkinsonHyperlegible-Regular.ttf",
    BOLD: "AtkinsonHyperlegible-Bold.ttf",
    ITALIC: "AtkinsonHyperlegible-Italic.ttf",
}
# Characters the font lacks, drawn with a close glyph it has (1.006 has no U+202F).
_SUBSTITUTES = str.maketrans({"\u202f": "\u00a0", "\u2009": " ", "\u200a": " "})


def font_file(name: str) -> Path:
    import fontpkg_atkinson_hyperlegible as package

    return Path(package.ROOT) / "files" / _FILES[name]


def font_files() -> dict[str, Path]:
    return {name: font_file(name) for name in _FILES}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the family with reportlab once per process."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def printable(text: str) -> str:
    """``text`` with characters the font lacks replaced by near equivalents."""
    return text.translate(_SUBSTITUTES)


def text_width_mm(text: str, font: str, size_pt: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return stringWidth(text, font, size_pt) * MM_PER_PT


@lru_cache(maxsize=8)
def vertical_metrics(font: str) -> tuple[float, float]:
    """(ascent, descent) as fractions of the font size; descent is negative."""
    from reportlab.pdfbase.pdfmetrics import getFont

    register_fonts()
    face = getFont(font).face
    return face.ascent / 1000, face.descent / 1000
