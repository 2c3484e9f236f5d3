"""An SVG pictogram as a one-page vector PDF, through typst's svg2pdf (``svg2pdf-py``).

Why this converter: measured side by side on 600 real SVGs from 15 producers (icon sets,
colour emoji, AAC symbols, Illustrator, Inkscape and QGIS files), against resvg's pixels,
svg2pdf printed 99.8 % of them as drawn, svglib alone 73.7 % (it ignores ``opacity``, fill
fallbacks, filters, text, and flattens gradients and clip paths); cairosvg 99.2 % but needs
the cairo library, which Windows and macOS lack (``benchmarks/pictogram_fidelity.py``).
svg2pdf parses with usvg, resvg's own normaliser, so paper follows the reference renderer.

The SVG given here was cleaned at intake (``interchange.svg_intake``); it is parsed again
without DTDs or entities, its budget checked (``domain.svg_budget``: a drawing stored by an
older version never reaches the converter if it could fan out), ``currentColor`` set to the
ink colour, and handed over as text. usvg reads no file: references outside the drawing were
refused at intake, and only our own fonts are given to it (text becomes outlines).

What the PDF cannot show as drawn is said in :attr:`SvgPdf.notes`, for the intake's warning
and the export's report: filters (soft shadows) are printed as a picture, and a drawing that
paints nothing prints blank.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from typing import Any

from workshop_studio.domain.colours import INK
from workshop_studio.domain.svg_budget import declared_size, drawing_problem, local_name
from workshop_studio.i18n import translate

log = logging.getLogger(__name__)

SVG_NS = "http://www.w3.org/2000/svg"
FILTERED = "filtered"  # a note: filters are printed as a picture
OUR_FONTS = "our-fonts"  # a note: its text asks for fonts we do not ship; it is set in ours
BLANK = "blank"  # a note: nothing is painted
FILTER_PIXELS = 1200  # a filtered part is rasterised with this many pixels on the drawing's longer side
FALLBACK_FAMILIES = "'Atkinson Hyperlegible', 'Noto Sans', 'Noto Sans Symbols', 'Noto Emoji'"
_OUR_FAMILIES = {"atkinson hyperlegible", "noto sans", "noto sans symbols", "noto emoji", "sans-serif"}
_FONT_IN_STYLE = re.compile(r"(font-family\s*:\s*)([^;]+)")
_PAINTING = re.compile(rb"(?<![\w/.*-])(f\*?|F|B\*?|b\*?|S|s|sh|Do|Tj|TJ)(?![\w*])")
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")


@dataclass(frozen=True)
class SvgPdf:
    """A pictogram as a one-page PDF of ``width`` x ``height`` pt, and what differs from the SVG
    (:data:`FILTERED`, :data:`BLANK`; :func:`describe` says it in words)."""

    pdf: bytes
    width: float
    height: float
    notes: tuple[str, ...] = ()


def available() -> bool:
    """Whether svg2pdf is installed (its wheels cover Windows x64, macOS arm64, Linux x64)."""
    try:
        import svg2pdf_py  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _font_database() -> Any:
    import svg2pdf_py

    from workshop_studio.pictures.font_files import text_font_files

    database = svg2pdf_py.FontDatabase()
    for path in text_font_files():
        database.load_font_file(str(path))
    return database


def prepared_svg(data: bytes, colour: str = INK) -> tuple[str, Any] | None:
    """The SVG as text for the converter, and its parsed root; ``None`` if it must not be drawn."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, ET.ParseError, ValueError) as error:
        log.info("unreadable pictogram: %s", error)
        return None
    if local_name(root.tag) != "svg":
        return None
    problem = drawing_problem(root)
    if problem is not None:
        log.info("pictogram not drawn: %s", problem)
        return None
    root.set("color", colour)
    _fall_back_to_our_fonts(root)
    return ET.tostring(root, encoding="unicode"), root


def _fall_back_to_our_fonts(root: Any) -> None:
    """Text asks for fonts by name (Arial, Helvetica…) that usvg only finds among ours: each
    family list gets ours appended, so text prints in them rather than not at all."""
    if root.get("font-family") is None:
        root.set("font-family", FALLBACK_FAMILIES)
    for element in root.iter():
        family = element.get("font-family")
        if family is not None and FALLBACK_FAMILIES not in family:
            element.set("font-family", f"{family}, {FALLBACK_FAMILIES}")
        style = element.get("style")
        if style and "font-family" in style:
            element.set(
                "style", _FONT_IN_STYLE.sub(lambda m: f"{m.group(1)}{m.group(2).strip()}, {FALLBACK_FAMILIES}", style)
            )


def _asks_for_other_fonts(root: Any) -> bool:
    """Whether the drawing has text in a family we do not ship (it then prints in ours)."""
    if not any(local_name(e.tag) == "text" for e in root.iter()):
        return False
    for element in root.iter():
        for text in (
            element.get("font-family") or "",
            *(m.group(2) for m in _FONT_IN_STYLE.finditer(element.get("style") or "")),
        ):
            first = text.split(",")[0].strip().strip("'\"").lower()
            if first and first not in _OUR_FAMILIES:
                return True
    return False


def svg_to_pdf(data: bytes, colour: str = INK) -> SvgPdf | None:
    """The drawing as a vector PDF, or ``None`` if it cannot be read or drawn."""
    import svg2pdf_py

    prepared = prepared_svg(data, colour)
    if prepared is None:
        return None
    text, root = prepared
    has_filter = any(local_name(e.tag) == "filter" for e in root.iter())
    other_fonts = _asks_for_other_fonts(root)
    size = declared_size(root) or (1.0, 1.0)
    scale = min(16.0, max(1.0, FILTER_PIXELS / max(size))) if has_filter else 1.0
    options = svg2pdf_py.ConversionOptions(compress=True, raster_scale=scale, embed_text=False)
    try:
        pdf = bytes(svg2pdf_py.svg_to_pdf(text, _font_database(), options))
        width, height, painted = _page_facts(pdf)
    except Exception as error:  # noqa: BLE001 - the converter raises on drawings usvg cannot read
        log.info("pictogram could not be converted: %s", error)
        return None
    if not (width > 0 and height > 0):
        return None
    notes = ((FILTERED,) if has_filter else ()) + ((OUR_FONTS,) if other_fonts else ()) + (() if painted else (BLANK,))
    return SvgPdf(pdf, width, height, notes)


def describe(note: str) -> str:
    """What a note of :attr:`SvgPdf.notes` means, for the person printing."""
    if note == FILTERED:
        return translate("SvgPdf", "its soft effects (filters, such as shadows) print as a picture, not as lines.")
    if note == OUR_FONTS:
        return translate(
            "SvgPdf",
            "its text asks for fonts that are not shipped: it prints in Atkinson Hyperlegible "
            "(or Noto), which may look different.",
        )
    if note == BLANK:
        return translate("SvgPdf", "it draws nothing visible: it would print blank.")
    return note


def _page_facts(pdf: bytes) -> tuple[float, float, bool]:
    """The first page's width and height, and whether anything on it paints."""
    from pypdf import PdfReader

    page = PdfReader(BytesIO(pdf)).pages[0]
    box = page.mediabox
    contents = page.get_contents()
    painted = contents is not None and _paints(contents.get_data(), page.get("/Resources"))
    return float(box.width), float(box.height), painted


def _paints(content: bytes, resources: Any, depth: int = 0) -> bool:
    """Whether ``content`` (or a form it draws) has a painting operator."""
    if any(op != b"Do" for op in _PAINTING.findall(content)):
        return True
    if b"Do" not in content or resources is None or depth > 8:
        return False
    xobjects = resources.get_object().get("/XObject")
    for item in xobjects.get_object().values() if xobjects is not None else ():
        xobject = item.get_object()
        if xobject.get("/Subtype") == "/Image":
            return True
        if xobject.get("/Subtype") == "/Form" and _paints(xobject.get_data(), xobject.get("/Resources"), depth + 1):
            return True
    return False
