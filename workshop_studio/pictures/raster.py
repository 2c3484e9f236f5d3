"""Photos and other raster pictures brought to print size once, at intake.

A phone photo is 12 to 48 megapixels; printed on a card, a picture is at most
:data:`LARGEST_PRINTED_MM` wide (the shorter side of the largest card, less its safe margins).
At 300 dpi that is :data:`MAX_PIXELS_SIDE` pixels: anything larger is scaled down on import
(a JPEG is decoded at a reduced size straight away, so memory stays bounded), and stored as
JPEG (photos, no transparency) or PNG (drawings, or transparency). WebP is read and stored as
one of those two, which every PDF reader and Qt draw. Orientation from EXIF is applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from workshop_studio.domain.card_sizes import CARD_SIZES

PRINT_DPI = 300
SAFE_MARGIN_MM = 4.0
LARGEST_PRINTED_MM = max(min(size.width_mm, size.height_mm) for size in CARD_SIZES.values()) - 2 * SAFE_MARGIN_MM
MAX_PIXELS_SIDE = round(LARGEST_PRINTED_MM / 25.4 * PRINT_DPI)
MAX_SOURCE_PIXELS = 100_000_000  # a 48 MP phone photo passes; a decompression bomb does not
JPEG_QUALITY = 88
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}


class PictureProblem(ValueError):
    """The picture cannot be read (the message says why)."""


@dataclass(frozen=True)
class PrintPicture:
    data: bytes
    media_type: str  # image/png or image/jpeg
    width: int
    height: int
    scaled: bool  # made smaller than the file was


def print_picture(data: bytes) -> PrintPicture:
    """``data`` (PNG, JPEG or WebP) decoded whole, scaled to print size if larger, re-encoded
    when that changed it; raises :class:`PictureProblem`."""
    from PIL import Image, ImageOps

    try:
        image: Image.Image = Image.open(BytesIO(data))
        if image.format not in FORMATS:
            raise PictureProblem(f"not a PNG, JPEG or WebP picture ({image.format})")
        width, height = image.size
        if width * height > MAX_SOURCE_PIXELS:
            raise PictureProblem(f"{width} × {height} pixels is too large a picture")
        source_format = image.format
        if source_format == "JPEG":
            image.draft("RGB", (MAX_PIXELS_SIDE, MAX_PIXELS_SIDE))  # decode at 1/2, 1/4 or 1/8
        image.load()
        rotated = ImageOps.exif_transpose(image)
    except PictureProblem:
        raise
    except Exception as error:  # noqa: BLE001 - Pillow raises many kinds on a damaged stream
        raise PictureProblem(str(error)[:120] or type(error).__name__) from None
    turned = (rotated is not image and rotated.size != image.size) or _has_rotation(image)
    image = rotated
    scaled = max(image.size) > MAX_PIXELS_SIDE
    if scaled:
        image.thumbnail((MAX_PIXELS_SIDE, MAX_PIXELS_SIDE), Image.Resampling.LANCZOS)
    if not scaled and not turned and source_format in ("PNG", "JPEG") and image.size == (width, height):
        return PrintPicture(data, FORMATS[source_format], width, height, False)
    return _encoded(image, source_format, scaled)


def _has_rotation(image: Any) -> bool:
    try:
        return image.getexif().get(0x0112, 1) != 1
    except Exception:  # noqa: BLE001 - a damaged EXIF block only means "no rotation"
        return False


def _encoded(image: Any, source_format: str, scaled: bool) -> PrintPicture:
    out = BytesIO()
    transparent = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if source_format == "PNG" or transparent:
        image.save(out, "PNG", optimize=True)
        media_type = "image/png"
    else:
        image.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        media_type = "image/jpeg"
    return PrintPicture(out.getvalue(), media_type, image.size[0], image.size[1], scaled)
