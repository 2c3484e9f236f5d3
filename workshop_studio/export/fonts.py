"""Atkinson Hyperlegible, loaded from its package, Noto for what it lacks, and text measured
with their own metrics.

reportlab reads the TTF metrics without Qt, so the card layout computed here is the same
whichever painter (QPainter on screen, reportlab on paper) draws it. A character Atkinson
Hyperlegible lacks is set in the first fallback font that has it (``pictures.font_files``):
text is cut into :func:`runs` of one font each, measured and drawn run by run, on paper and
on screen alike. A few symbols no shipped font has are drawn with the closest one that is
(★ and ✰ with Noto Emoji's star, ✓ with its check mark); a character no font has at all is
:func:`missing`, and the export names the card it is on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any

from workshop_studio.pictures.font_files import ATKINSON, atkinson_file, fallback_files

REGULAR = "AtkinsonHyperlegible"
BOLD = "AtkinsonHyperlegible-Bold"
ITALIC = "AtkinsonHyperlegible-Italic"
FAMILY = "Atkinson Hyperlegible"

MM_PER_PT = 25.4 / 72
_FILES = ATKINSON
# Characters no shipped font has, drawn with a close glyph one has (Atkinson 1.006 has no
# U+202F; Noto Sans Symbols 2, which has the stars and ticks, is not packaged for Python).
_SUBSTITUTES = str.maketrans(
    {
        "\u202f": "\u00a0",
        "\u2009": " ",
        "\u200a": " ",
        "★": "⭐",
        "☆": "⭐",
        "✰": "⭐",
        "✩": "⭐",
        "✪": "⭐",
        "✫": "⭐",
        "✬": "⭐",
        "✭": "⭐",
        "✮": "⭐",
        "✯": "⭐",
        "✦": "✨",
        "✓": "✔",
        "✗": "✖",
        "✘": "✖",
        "✕": "✖",
        "☐": "⬜",
        "☒": "❎",
        "■": "⬛",
        "□": "⬜",
        "●": "⚫",
        "○": "⚪",
        "◆": "🔷",
        "▲": "🔺",
        "►": "▶",
        "➜": "➡",
        "✚": "➕",
        "☏": "☎",
    }
)
_SUBSTITUTED = re.compile("[" + "".join(re.escape(chr(code)) for code in _SUBSTITUTES) + "]")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f")


def font_file(name: str) -> Path:
    return atkinson_file(name)


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
    """``text`` with characters no font has replaced by near equivalents."""
    # A search in C first: most texts hold none, and translating a long body costs more.
    return text.translate(_SUBSTITUTES) if _SUBSTITUTED.search(text) else text


@lru_cache(maxsize=1)
def _fallbacks() -> tuple[tuple[str, Any], ...]:
    """The fallback fonts, parsed and registered with reportlab once (the first time a
    character needs one)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = []
    for name, path in fallback_files():
        try:
            font = TTFont(name, str(path))
        except Exception:  # noqa: BLE001 - a font reportlab cannot read is only skipped
            continue
        pdfmetrics.registerFont(font)
        fonts.append((name, font.face.charToGlyph))
    return tuple(fonts)


@lru_cache(maxsize=4096)
def font_for(char: str, font: str) -> str | None:
    """The font ``char`` is set in when the text's font is ``font``; ``None`` if none has it."""
    from reportlab.pdfbase.pdfmetrics import getFont

    register_fonts()
    code = ord(char)
    if code in getFont(font).face.charToGlyph or char in _INVISIBLE or char in "\n\r\t":
        return font
    for name, glyphs in _fallbacks():
        if code in glyphs:
            return name
    return None


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into ``(font, piece)`` runs; a character no font has stays in ``font``.

    Each distinct character is looked up once, and a text ``font`` has whole (the usual case)
    is one run: long texts cost in proportion to their length."""
    fonts = {char: font_for(char, font) or font for char in set(text)}
    if all(name == font for name in fonts.values()):
        return [(font, text)] if text else []
    return [(name, "".join(piece)) for name, piece in groupby(text, key=fonts.__getitem__)]


def missing(text: str) -> str:
    """The characters of ``text`` that no font has (each once, in order)."""
    return "".join(c for c in dict.fromkeys(printable(text)) if not c.isspace() and font_for(c, REGULAR) is None)


def text_width_mm(text: str, font: str, size_pt: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return sum(stringWidth(piece, name, size_pt) for name, piece in runs(text, font)) * MM_PER_PT


def draw_text(canvas: Any, x: float, y: float, text: str, font: str, size_pt: float) -> None:
    """Draw ``text`` (already :func:`printable`) from (x, y) pt, run by run in its fonts."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = runs(text, font)
    for index, (name, piece) in enumerate(pieces):
        canvas.setFont(name, size_pt)
        # canvas.drawString's own steps, less the width it measures and throws away
        # (reportlab without bidi support): the same PDF operators, a fifth of the cost gone.
        line = canvas.beginText(x, y)
        line.textLine(piece)
        canvas.drawText(line)
        if index < len(pieces) - 1:  # where the next run starts (measuring is most of the cost)
            x += stringWidth(piece, name, size_pt)


@lru_cache(maxsize=8)
def vertical_metrics(font: str) -> tuple[float, float]:
    """(ascent, descent) as fractions of the font size; descent is negative."""
    from reportlab.pdfbase.pdfmetrics import getFont

    register_fonts()
    face = getFont(font).face
    return face.ascent / 1000, face.descent / 1000
