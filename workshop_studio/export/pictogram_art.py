"""SVG pictograms ready to print, converted once and kept in a cache folder.

Where svg2pdf is installed (``pictures.svg_pdf``: Windows x64, macOS arm64, Linux x64 wheels),
the SVG becomes a one-page vector PDF, kept with its notes, keyed by the SVG's sha256, in the
user cache folder; ``pdf_form`` copies only its drawing resources into the document, so a
damaged cache file cannot inject anything that acts.

Elsewhere, the older path: svglib (with lxml) turns the SVG into a reportlab drawing; we
record the PDF path operators that drawing produces and keep them in the same folder. The
cached text is checked token by token before use: only numbers and path, colour and state
operators, so a damaged cache file can never inject anything else. This path prints flat
icons well but ignores opacity, filters and text (the export's report says so).

Parsing is safe: no entities, no DTD, no network, and no file is ever opened for a reference
(the renderer has no source path). ``currentColor`` takes the ink colour. On the svglib
path, text inside a pictogram is dropped; svg2pdf sets it in our fonts, as outlines.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop_studio.domain.colours import INK
from workshop_studio.domain.svg_budget import drawing_problem
from workshop_studio.pictures import svg_pdf
from workshop_studio.pictures.svg_pdf import SvgPdf

log = logging.getLogger(__name__)

FORMAT = "WSPICTO1"
PDF_FORMAT = b"WSPICTO2"
SIMPLER = "simpler-converter"  # a note: printed by svglib, without svg2pdf
MAX_SVG_BYTES = 2 * 1024 * 1024
_OPERATORS = frozenset(
    [
        "q",
        "Q",
        "cm",
        "RG",
        "rg",
        "G",
        "g",
        "K",
        "k",
        "w",
        "J",
        "j",
        "d",
        "M",
        "m",
        "l",
        "c",
        "v",
        "y",
        "h",
        "re",
        "S",
        "s",
        "f",
        "f*",
        "F",
        "B",
        "B*",
        "b",
        "b*",
        "n",
        "W",
        "W*",
        "i",
    ]
)
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)$")
_FONT_ONLY = re.compile(r"BT /F[\w+]* [\d.]+ Tf [\d.]+ TL ET")
_SVG_NS = "{http://www.w3.org/2000/svg}"
_memory: dict[str, VectorArt | SvgPdf | None] = {}


@dataclass(frozen=True)
class VectorArt:
    """A pictogram as PDF operators drawing in a ``width`` x ``height`` pt box, origin bottom-left."""

    width: float
    height: float
    ops: str


@dataclass(frozen=True)
class RichArt:
    """A pictogram that needs PDF resources (gradients, transparency): a reportlab Drawing."""

    drawing: Any


def default_cache_dir() -> Path:
    from platformdirs import user_cache_path

    from workshop_studio.paths import APP_AUTHOR, APP_NAME

    return user_cache_path(APP_NAME, APP_AUTHOR) / "pictograms"


def cache_key(data: bytes, colour: str = INK) -> str:
    return hashlib.sha256(f"{FORMAT}\0{colour}\0".encode() + data).hexdigest()


def ops_are_safe(ops: str) -> bool:
    tokens = ops.replace("[", " ").replace("]", " ").split()
    return all(t in _OPERATORS or _NUMBER.match(t) for t in tokens)


def _read_cached(path: Path) -> VectorArt | None:
    try:
        header, ops = path.read_text(encoding="ascii").split("\n", 1)
        magic, width, height = header.split()
        if magic == FORMAT and ops_are_safe(ops):
            return VectorArt(float(width), float(height), ops)
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    log.info("ignoring unreadable cached pictogram %s", path)
    return None


def _write_cached(path: Path, art: VectorArt) -> None:
    _write_bytes(path, f"{FORMAT} {art.width!r} {art.height!r}\n{art.ops}".encode("ascii"))


def vector_art(data: bytes, cache_dir: Path | None = None, colour: str = INK) -> VectorArt | RichArt | SvgPdf | None:
    """The pictogram ``data`` (SVG bytes) ready to draw; ``None`` if it cannot be read."""
    key = cache_key(data, colour)
    if key in _memory:
        return _memory[key]
    folder = default_cache_dir() if cache_dir is None else cache_dir
    art: VectorArt | RichArt | SvgPdf | None
    if svg_pdf.available():
        path = folder / f"{key}.pdf"
        art = _read_cached_pdf(path) if path.exists() else None
        if art is None:
            art = svg_pdf.svg_to_pdf(data, colour)
            if art is not None:
                _write_cached_pdf(path, art)
    else:
        path = folder / f"{key}.txt"
        art = _read_cached(path) if path.exists() else None
        if art is None:
            art = convert_svg(data, colour)
            if isinstance(art, VectorArt):
                _write_cached(path, art)
    if not isinstance(art, RichArt):  # a Drawing is not shared between canvases
        _memory[key] = art
    return art


def art_notes(art: VectorArt | RichArt | SvgPdf | None) -> tuple[str, ...]:
    """What will not print as drawn (codes of ``svg_pdf``, or :data:`SIMPLER`)."""
    if isinstance(art, SvgPdf):
        return art.notes
    return (SIMPLER,) if art is not None else ()


def describe_note(note: str) -> str:
    from workshop_studio.i18n import translate

    if note == SIMPLER:
        return translate(
            "PictogramArt",
            "it is printed by the simpler converter of this computer, which ignores transparency, filters and text.",
        )
    return svg_pdf.describe(note)


def _read_cached_pdf(path: Path) -> SvgPdf | None:
    try:
        header, pdf = path.read_bytes().split(b"\n", 1)
        magic, width, height, *notes = header.decode("ascii").split()
        if magic.encode() == PDF_FORMAT and pdf.startswith(b"%PDF-"):
            return SvgPdf(pdf, float(width), float(height), tuple(notes))
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    log.info("ignoring unreadable cached pictogram %s", path)
    return None


def _write_cached_pdf(path: Path, art: SvgPdf) -> None:
    header = " ".join([PDF_FORMAT.decode(), repr(art.width), repr(art.height), *art.notes]).encode("ascii")
    _write_bytes(path, header + b"\n" + art.pdf)


def _write_bytes(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError as error:  # a read-only cache only costs speed
        log.info("cannot cache pictogram: %s", error)


def parse_svg(data: bytes, colour: str = INK) -> Any | None:
    """The ``<svg>`` root, parsed as untrusted input, text removed; ``None`` if unreadable."""
    if len(data) > MAX_SVG_BYTES:
        return None
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        log.info("unreadable pictogram: %s", error)
        return None
    if root is None or root.tag not in (f"{_SVG_NS}svg", "svg"):
        return None
    for element in list(root.iter(f"{_SVG_NS}text", "text")):
        element.getparent().remove(element)
    root.set("color", colour)
    return root


def convert_svg(data: bytes, colour: str = INK) -> VectorArt | RichArt | None:
    """Parse ``data`` and record its drawing operators (slow path: imports svglib and lxml)."""
    root = parse_svg(data, colour)
    if root is None:
        return None
    problem = drawing_problem(root)  # stored by an older version: never hand a bomb to svglib
    if problem is not None:
        log.info("pictogram not drawn: %s", problem)
        return None
    from svglib.svglib import SvgRenderer

    try:
        # No source path: references to files are never opened. svglib takes None (it checks for a str path)
        # but its hints leave it out.
        drawing = SvgRenderer(None).render(root)  # type: ignore[arg-type]  # None: no source path, see above
        if not (float(drawing.width) > 0 and float(drawing.height) > 0):
            raise ValueError("the drawing has no size")
        return _record(drawing)
    except Exception as error:  # noqa: BLE001 - svglib and reportlab raise many kinds on odd input; the card still prints
        log.info("pictogram could not be drawn: %s", error)
        return None


def render_drawing(drawing: Any, canvas: Any, x: float = 0, y: float = 0) -> None:
    """``renderPDF.draw``, except that a picture inside the drawing becomes an image object:
    reportlab writes it inline otherwise, as bytes its page stream cannot join without the
    ASCII85 layer ``pdf_session`` turns off."""
    from reportlab.graphics import renderPDF
    from reportlab.lib.utils import ImageReader

    class _Renderer(renderPDF._PDFRenderer):
        def drawImage(self, image: Any) -> None:
            if hasattr(image.path, "mode"):  # svglib hands over the decoded picture
                self._canvas.drawImage(
                    ImageReader(image.path), image.x, image.y, image.width, image.height, mask="auto"
                )

    _Renderer().draw(renderPDF.renderScaledDrawing(drawing), canvas, x, y)


def _record(drawing: Any) -> VectorArt | RichArt:
    """The operators ``drawing`` produces, if they need no resources; else the drawing itself."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    scratch = Canvas(BytesIO())
    start = len(scratch._code)
    render_drawing(drawing, scratch)
    ops = _FONT_ONLY.sub("", "\n".join(scratch._code[start:]))
    ops = "\n".join(line for line in ops.splitlines() if line.strip())
    if ops_are_safe(ops):
        return VectorArt(float(drawing.width), float(drawing.height), ops)
    return RichArt(drawing)
