"""A pictogram is drawn once before it is accepted: what cannot be drawn is refused, with why.

The checks before (``svg_intake``, ``domain.svg_budget``, the PNG chunk walk) bound the work,
so this trial ends quickly: the PNG (or a picture inside an SVG) is decoded whole with Pillow,
which finds a damaged image stream that checksums do not; the SVG is turned into a reportlab
drawing converted to PDF in memory, as printing will (``pictures.svg_pdf``; svglib where
svg2pdf is not installed). Any failure refuses the file: otherwise every deck PDF and report
using the pictogram would fail later, far from here. What converts but will not print exactly
as drawn (filters, a drawing that paints nothing) comes back as warnings.
"""

from __future__ import annotations

import base64
import binascii
import logging
from io import BytesIO
from pathlib import Path
from typing import Any

from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused

log = logging.getLogger(__name__)

MAX_SIDE = 4096  # pixels, for a PNG pictogram or a picture inside an SVG
_EMBEDDED = {"image/png": "PNG", "image/jpeg": "JPEG", "image/jpg": "JPEG"}


def decode_picture(data: bytes, source: str | Path, expected: str = "PNG") -> None:
    """Decode a PNG (or JPEG) picture whole, bounded in size; refuse it if that fails."""
    from PIL import Image

    try:
        with Image.open(BytesIO(data)) as image:
            if image.format != expected:
                raise ImportRefused(
                    source,
                    translate("PictogramTrial", "the picture is not a {format} picture.").format(format=expected),
                )
            if max(image.size) > MAX_SIDE:
                raise ImportRefused(
                    source,
                    translate(
                        "PictogramTrial", "the picture is {width} × {height} pixels; at most {max} × {max}."
                    ).format(width=image.size[0], height=image.size[1], max=MAX_SIDE),
                )
            image.load()
    except ImportRefused:
        raise
    except Exception as error:  # noqa: BLE001 - Pillow raises many kinds for a damaged stream
        raise ImportRefused(
            source,
            translate("PictogramTrial", "the picture's image data is damaged and cannot be drawn ({detail}).").format(
                detail=str(error)[:120] or type(error).__name__
            ),
        ) from None


def check_embedded_pictures(root: Any, source: str | Path) -> None:
    """Every ``<image>`` inside an SVG holds a PNG or JPEG (``data:``) that decodes."""
    from workshop_studio.domain.svg_budget import local_name

    for element in root.iter():
        if local_name(element.tag) != "image":
            continue
        href = next((str(v).strip() for k, v in element.attrib.items() if local_name(k) == "href"), "")
        if not href:
            continue
        head, _, payload = href.partition(",")
        media = head[len("data:") :].split(";")[0].lower() if head.lower().startswith("data:") else ""
        if media not in _EMBEDDED or not head.lower().endswith(";base64"):
            raise ImportRefused(
                source,
                translate(
                    "PictogramTrial", "a picture inside the drawing must be a PNG or JPEG picture held in the file."
                ),
            )
        try:
            data = base64.b64decode("".join(payload.split()), validate=True)
        except (ValueError, binascii.Error):
            raise ImportRefused(
                source, translate("PictogramTrial", "a picture inside the drawing is not valid base64.")
            ) from None
        decode_picture(data, source, _EMBEDDED[media])


def trial_draw_svg(data: bytes, source: str | Path) -> tuple[str, ...]:
    """Draw the SVG as printing will, in memory; refuse it if that fails; return the warnings."""
    from workshop_studio.pictures import svg_pdf

    if not svg_pdf.available():
        _trial_with_svglib(data, source)
        return ()
    converted = svg_pdf.svg_to_pdf(data)
    if converted is None:
        raise ImportRefused(
            source,
            translate("PictogramTrial", "the drawing cannot be drawn ({detail}).").format(
                detail=translate("PictogramTrial", "the converter could not read it")
            ),
        )
    return tuple(svg_pdf.describe(note) for note in converted.notes)


def _trial_with_svglib(data: bytes, source: str | Path) -> None:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
        from reportlab.graphics import renderPDF
        from svglib.svglib import SvgRenderer

        # No source path: no file is ever opened. svglib takes None (it checks for a str path) but its
        # hints leave it out.
        drawing = SvgRenderer(None).render(root)  # type: ignore[arg-type]  # None: no source path, see above
        if not (float(drawing.width) > 0 and float(drawing.height) > 0):
            raise ValueError("no size")
        renderPDF.drawToString(drawing)
    except Exception as error:  # noqa: BLE001 - svglib and reportlab raise many kinds on odd input
        log.info("pictogram refused by the trial drawing: %r", error)
        raise ImportRefused(
            source,
            translate("PictogramTrial", "the drawing cannot be drawn ({detail}).").format(
                detail=str(error)[:120] or type(error).__name__
            ),
        ) from None
