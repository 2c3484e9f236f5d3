"""Pictograms in: an SVG or PNG file (or bytes, dropped on the library) checked, then stored.

The type comes from the bytes, not the file name. SVG goes through :mod:`svg_intake`; then
every pictogram is drawn once (:mod:`pictogram_trial`) and refused if it cannot be.
PNG is checked with the standard library alone: the signature, then every chunk's length
and CRC up to ``IEND``, with the size and the width and height from ``IHDR`` bounded, so
a "decompression bomb" (a tiny file declaring a huge picture) is refused before anything
draws it. The checked bytes are stored in the database, which alone then carries them.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.pictogram_trial import decode_picture, trial_draw_svg
from workshop_studio.interchange.svg_intake import MAX_SVG_BYTES, check_svg, check_svg_drawable
from workshop_studio.storage.engine import Database

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PNG_BYTES = 2 * 1024 * 1024
MAX_PNG_SIDE = 4096
SVG = "image/svg+xml"
PNG = "image/png"
_VALID_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}


def check_png(data: bytes, source: str | Path = "PNG") -> tuple[int, int]:
    """Return ``(width, height)`` of a well-formed, reasonably small PNG, else refuse it."""
    if len(data) > MAX_PNG_BYTES:
        raise ImportRefused(
            source, translate("PictogramIntake", "the picture is larger than {size} MB.").format(size=MAX_PNG_BYTES // (1024 * 1024))
        )
    if not data.startswith(PNG_SIGNATURE):
        raise ImportRefused(source, translate("PictogramIntake", "this is not a PNG picture."))
    offset = len(PNG_SIGNATURE)
    size: tuple[int, int] | None = None
    seen_data = False
    while True:
        if offset + 12 > len(data):
            raise ImportRefused(source, translate("PictogramIntake", "the PNG picture is cut short."))
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        end = offset + 8 + length
        if end + 4 > len(data):
            raise ImportRefused(source, translate("PictogramIntake", "the PNG picture is cut short."))
        body = data[offset + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(kind + body) != crc:
            raise ImportRefused(source, translate("PictogramIntake", "the PNG picture is damaged (checksum)."))
        if size is None:
            size = _header(kind, body, source)
        elif kind == b"IDAT":
            seen_data = True
        elif kind == b"IEND":
            break
        offset = end + 4
    if not seen_data:
        raise ImportRefused(source, translate("PictogramIntake", "the PNG picture has no image data."))
    return size


def _header(kind: bytes, body: bytes, source: str | Path) -> tuple[int, int]:
    if kind != b"IHDR" or len(body) != 13:
        raise ImportRefused(source, translate("PictogramIntake", "the PNG picture has no valid header."))
    width, height, depth, colour_type, compression, filtering, interlace = struct.unpack(">IIBBBBB", body)
    if depth not in _VALID_DEPTHS.get(colour_type, ()) or compression or filtering or interlace > 1:
        raise ImportRefused(source, translate("PictogramIntake", "the PNG picture has no valid header."))
    if not (0 < width <= MAX_PNG_SIDE and 0 < height <= MAX_PNG_SIDE):
        raise ImportRefused(
            source,
            translate("PictogramIntake", "the picture is {width} × {height} pixels; at most {max} × {max}.").format(
                width=width, height=height, max=MAX_PNG_SIDE
            ),
        )
    return width, height


def media_type_of(data: bytes, source: str | Path = "") -> str:
    """``image/png`` or ``image/svg+xml``, from the bytes; anything else is refused."""
    if data.startswith(PNG_SIGNATURE):
        return PNG
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<"):
        return SVG
    raise ImportRefused(source, translate("PictogramIntake", "a pictogram must be an SVG or PNG picture."))


def check_pictogram(data: bytes, source: str | Path = "", media_type: str | None = None) -> str:
    """Check the bytes as the type they are (or must be); return that media type."""
    actual = media_type_of(data, source)
    if media_type is not None and media_type != actual:
        raise ImportRefused(
            source,
            translate("PictogramIntake", "the picture is declared as {declared} but is {actual}.").format(
                declared=media_type, actual=actual
            ),
        )
    if actual == PNG:
        check_png(data, source)
        decode_picture(data, source)
    else:
        check_svg(data, source)
        check_svg_drawable(data, source)
        trial_draw_svg(data, source)
    return actual


def read_pictogram_file(path: Path) -> tuple[str, bytes]:
    """``(media type, bytes)`` of a checked SVG or PNG file, reading no more than the limit."""
    limit = max(MAX_SVG_BYTES, MAX_PNG_BYTES)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise ImportRefused(path, error.strerror or str(error)) from None
    if len(data) > limit:
        raise ImportRefused(
            path, translate("PictogramIntake", "the picture is larger than {size} MB.").format(size=limit // (1024 * 1024))
        )
    return check_pictogram(data, path), data


@dataclass(frozen=True)
class PictogramImport:
    id: int
    key: str


def import_pictogram_file(db: Database, path: Path, *, label: str, label_en: str | None = None) -> PictogramImport:
    """Check the file, then store it in one transaction; the key is made from the label."""
    from workshop_studio.services.pictograms import new_pictogram

    media_type, data = read_pictogram_file(path)
    with db.write() as session:
        pictogram = new_pictogram(
            session, data=data, media_type=media_type, label_fr=label, label_en=label_en, source=path.name
        )
        return PictogramImport(pictogram.id, pictogram.key)
