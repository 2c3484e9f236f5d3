"""The font files text is set in: Atkinson Hyperlegible, then Noto for what it lacks.

Atkinson Hyperlegible (``fontpkg-atkinson-hyperlegible``, OFL) covers French and most of
Western Europe, 343 characters. Card text is anyone's: a star, a check mark, an emoji, a
name in Arabic. Those are set in the Noto fonts of ``manimgx-fonts`` (OFL 1.1, Noto
unmodified: Noto Sans, Noto Sans Symbols, Noto Emoji in outline, and Noto Sans for Arabic,
Hebrew, Devanagari, Thai…), tried in :data:`FALLBACK_ORDER`. The licence is beside the
fonts in ``licenses/`` of this repository and in the package's metadata.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ATKINSON = {
    "AtkinsonHyperlegible": "AtkinsonHyperlegible-Regular.ttf",
    "AtkinsonHyperlegible-Bold": "AtkinsonHyperlegible-Bold.ttf",
    "AtkinsonHyperlegible-Italic": "AtkinsonHyperlegible-Italic.ttf",
}
# Noto Sans first (Latin, Greek, Cyrillic beyond Atkinson), then symbols, emoji, other scripts.
FALLBACK_ORDER = (
    "NotoSans",
    "NotoSansSymbols",
    "NotoEmoji",
    "NotoSansArabic",
    "NotoSansHebrew",
    "NotoSansDevanagari",
    "NotoSansBengali",
    "NotoSansThai",
    "NotoSansArmenian",
    "NotoSansGeorgian",
    "NotoSansEthiopic",
    "NotoSansTamil",
    "NotoSansTelugu",
    "NotoSansKannada",
    "NotoSansMalayalam",
    "NotoSansGujarati",
    "NotoSansGurmukhi",
    "NotoSansOriya",
    "NotoSansSinhala",
    "NotoSansKhmer",
    "NotoSansLao",
    "NotoSansMyanmar",
)


def atkinson_file(name: str) -> Path:
    import fontpkg_atkinson_hyperlegible as package

    return Path(package.ROOT) / "files" / ATKINSON[name]


@lru_cache(maxsize=1)
def fallback_files() -> tuple[tuple[str, Path], ...]:
    """``(name, file)`` of each fallback font present, in the order they are tried."""
    try:
        import manimgx_fonts
    except ImportError:  # the text still prints; characters Atkinson lacks are reported
        return ()
    folder = Path(manimgx_fonts.__file__).parent
    found = []
    for name in FALLBACK_ORDER:
        path = folder / f"{name}[wght].ttf"
        if path.is_file():
            found.append((f"WS-{name}", path))
    return tuple(found)


def text_font_files() -> list[Path]:
    """Every file text may be set in (for a converter that sets a pictogram's text)."""
    return [atkinson_file(name) for name in ATKINSON] + [path for _, path in fallback_files()]
