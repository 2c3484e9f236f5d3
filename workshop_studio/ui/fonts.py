"""Atkinson Hyperlegible for the whole interface, and the Noto fallbacks for what it lacks,
loaded from their Python packages (the same files printing uses)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from workshop_studio.export.fonts import FAMILY, font_files
from workshop_studio.pictures.font_files import fallback_files


@lru_cache(maxsize=1)
def load_fonts() -> str:
    """Register the TTFs with Qt once, the fallbacks with them (a font added later changes
    Qt's font database under open views, which then lay out again); return the family name
    Qt knows Atkinson Hyperlegible by."""
    family = FAMILY
    for path in font_files().values():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    fallback_families()
    return family


@lru_cache(maxsize=1)
def fallback_families() -> dict[str, str]:
    """The Qt family of each fallback font, by the name printing registers it under."""
    found = {}
    for name, path in fallback_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            found[name] = families[0]
    return found


def card_font(bold: bool = False, italic: bool = False, fallback: str | None = None) -> QFont:
    """A font for drawing layout text: no hinting or kerning, so widths match the PDF's.
    ``fallback``: the printing name of a fallback font (a run of :func:`export.fonts.runs`)."""
    family = fallback_families().get(fallback or "") or load_fonts()
    font = QFont(family)
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
