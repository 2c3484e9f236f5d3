"""Atkinson Hyperlegible for the whole interface, loaded from its Python package."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from workshop_studio.export.fonts import FAMILY, font_files


@lru_cache(maxsize=1)
def load_fonts() -> str:
    """Register the TTFs with Qt once; return the family name Qt knows them by."""
    family = FAMILY
    for path in font_files().values():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def card_font(bold: bool = False, italic: bool = False) -> QFont:
    """A font for drawing layout text: no hinting or kerning, so widths match the PDF's."""
    font = QFont(load_fonts())
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
