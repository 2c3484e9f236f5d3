"""SVG pictograms as PDF drawing operators, converted once and kept in a cache folder.

svglib (with lxml) turns the SVG into a reportlab drawing; we record the PDF path operators
that drawing produces and keep them, keyed by the SVG's sha256, in the user cache folder. A
later export reads a few kilobytes of text instead of importing svglib and lxml (the bulk of
an export's start-up). The cached text is checked token by token before use: only numbers and
path, colour and state operators, so a damaged cache file can never inject anything else.

Parsing is safe: no entities, no DTD, no network, and no file is ever opened for a reference
(the renderer has no source path). ``currentColor`` takes the ink colour. Text inside a
pictogram is dropped (it would need a font we do not embed).
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

log = logging.getLogger(__name__)

FORMAT = "WSPICTO1"
MAX_SVG_BYTES = 2 * 1024 * 1024
_OPERATORS = frozenset("q Q cm RG rg G g K k w J j d M m l c v y h re S s f f* F B B* b b* n W W* i".split())
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)$")
_FONT_ONLY = re.compile(r"BT /F[\w+]* [\d.]+ Tf [\d.]+ TL ET")
_SVG_NS = "{http://www.w3.org/2000/svg}"
_memory: dict[str, VectorArt | None] = {}


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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        temp.write_text(f"{FORMAT} {art.width!r} {art.height!r}\n{art.ops}", encoding="ascii")
        os.replace(temp, path)
    except OSError as error:  # a read-only cache only costs speed
        log.info("cannot cache pictogram: %s", error)


def vector_art(data: bytes, cache_dir: Path | None = None, colour: str = INK) -> VectorArt | RichArt | None:
    """The pictogram ``data`` (SVG bytes) ready to draw; ``None`` if it cannot be read."""
    key = cache_key(data, colour)
    if key in _memory:
        return _memory[key]
    folder = default_cache_dir() if cache_dir is None else cache_dir
    path = folder / f"{key}.txt"
    art: VectorArt | RichArt | None = _read_cached(path) if path.exists() else None
    if art is None:
        art = convert_svg(data, colour)
        if isinstance(art, VectorArt):
            _write_cached(path, art)
    if not isinstance(art, RichArt):  # a Drawing is not shared between canvases
        _memory[key] = art
    return art


def parse_svg(data: bytes, colour: str = INK) -> Any | None:
    """The ``<svg>`` root, parsed as untrusted input, text removed; ``None`` if unreadable."""
    if len(data) > MAX_SVG_BYTES:
        return None
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
                             remove_pis=True, huge_tree=False)
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
        drawing = SvgRenderer(None).render(root)  # no source path: references to files are never opened
        if not (float(drawing.width) > 0 and float(drawing.height) > 0):
            raise ValueError("the drawing has no size")
        return _record(drawing)
    except Exception as error:  # svglib and reportlab raise many kinds on odd input; the card still prints
        log.info("pictogram could not be drawn: %s", error)
        return None


def render_drawing(drawing: Any, canvas: Any, x: float = 0, y: float = 0) -> None:
    """``renderPDF.draw``, except that a picture inside the drawing becomes an image object:
    reportlab writes it inline otherwise, as bytes its page stream cannot join without the
    ASCII85 layer ``pdf_session`` turns off."""
    from reportlab.graphics import renderPDF
    from reportlab.lib.utils import ImageReader

    class _Renderer(renderPDF._PDFRenderer):  # type: ignore[misc,name-defined]
        def drawImage(self, image: Any) -> None:  # noqa: N802 - reportlab's name
            if hasattr(image.path, "mode"):  # svglib hands over the decoded picture
                self._canvas.drawImage(ImageReader(image.path), image.x, image.y, image.width, image.height,
                                       mask="auto")

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
