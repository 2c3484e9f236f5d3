"""Pictograms in: an SVG, PNG, JPEG or WebP file (or bytes, dropped on the library) checked,
made ready to print, then stored.

The type comes from the bytes, not the file name. SVG goes through :mod:`svg_intake` (what
editors add is removed, what could hurt refused); then every pictogram is drawn once
(:mod:`pictogram_trial`) and refused if it cannot be, or accepted with a warning when it
will not print exactly as drawn. A PNG is first checked with the standard library alone: the
signature, then every chunk's length and CRC up to ``IEND``, with the width and height from
``IHDR`` bounded, so a "decompression bomb" is refused before anything draws it. Photos
(JPEG, WebP, large PNG) are scaled to print size (``pictures.raster``). The bytes kept are
stored in the database, which alone then carries them.
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
from workshop_studio.pictures.raster import PictureProblem, print_picture
from workshop_studio.storage.engine import Database

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PNG_BYTES = 40 * 1024 * 1024  # a photo saved as PNG; it is scaled to print size
MAX_PHOTO_BYTES = 40 * 1024 * 1024
MAX_PNG_SIDE = 12_000
SVG = "image/svg+xml"
PNG = "image/png"
JPEG = "image/jpeg"
WEBP = "image/webp"
_VALID_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}


def check_png(data: bytes, source: str | Path = "PNG") -> tuple[int, int]:
    """Return ``(width, height)`` of a well-formed, reasonably small PNG, else refuse it."""
    if len(data) > MAX_PNG_BYTES:
        raise ImportRefused(
            source,
            translate("PictogramIntake", "the picture is larger than {size} MB.").format(
                size=MAX_PNG_BYTES // (1024 * 1024)
            ),
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
    """``image/png``, ``image/jpeg``, ``image/webp`` or ``image/svg+xml``, from the bytes;
    anything else is refused."""
    if data.startswith(PNG_SIGNATURE):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<"):
        return SVG
    raise ImportRefused(source, translate("PictogramIntake", "a pictogram must be an SVG, PNG, JPEG or WebP picture."))


@dataclass(frozen=True)
class AcceptedPictogram:
    """A pictogram ready to store: its media type, its bytes (cleaned or scaled), and what
    the person importing it should know (it will not print exactly as drawn, it was scaled)."""

    media_type: str
    data: bytes
    warnings: tuple[str, ...] = ()


def accept_pictogram(data: bytes, source: str | Path = "", media_type: str | None = None) -> AcceptedPictogram:
    """Check the bytes as the type they are (or must be), and make them ready to store."""
    actual = media_type_of(data, source)
    declared_ok = media_type is None or media_type == actual or (media_type == "image/jpg" and actual == JPEG)
    if not declared_ok:
        raise ImportRefused(
            source,
            translate("PictogramIntake", "the picture is declared as {declared} but is {actual}.").format(
                declared=media_type, actual=actual
            ),
        )
    if actual == SVG:
        cleaned = check_svg(data, source)
        check_svg_drawable(cleaned, source)
        return AcceptedPictogram(SVG, cleaned, trial_draw_svg(cleaned, source))
    if actual == PNG:
        check_png(data, source)
    try:
        picture = print_picture(data)
    except PictureProblem as problem:
        raise ImportRefused(
            source,
            translate("PictogramTrial", "the picture's image data is damaged and cannot be drawn ({detail}).").format(
                detail=str(problem)
            ),
        ) from None
    warnings: tuple[str, ...] = ()
    if picture.scaled:
        warnings = (
            translate(
                "PictogramIntake",
                "the picture was scaled down to {width} × {height} pixels (300 dpi at the largest printed size).",
            ).format(width=picture.width, height=picture.height),
        )
    if picture.media_type == PNG:
        decode_picture(picture.data, source)
    return AcceptedPictogram(picture.media_type, picture.data, warnings)


def check_pictogram(data: bytes, source: str | Path = "", media_type: str | None = None) -> str:
    """Check the bytes as the type they are (or must be); return the media type they are stored as."""
    return accept_pictogram(data, source, media_type).media_type


def read_pictogram(path: Path) -> AcceptedPictogram:
    """A checked pictogram file, reading no more than the limit."""
    limit = max(MAX_SVG_BYTES, MAX_PNG_BYTES, MAX_PHOTO_BYTES)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise ImportRefused(path, error.strerror or str(error)) from None
    if len(data) > limit:
        raise ImportRefused(
            path,
            translate("PictogramIntake", "the picture is larger than {size} MB.").format(size=limit // (1024 * 1024)),
        )
    return accept_pictogram(data, path)


def read_pictogram_file(path: Path) -> tuple[str, bytes]:
    """``(media type, bytes to store)`` of a checked pictogram file."""
    accepted = read_pictogram(path)
    return accepted.media_type, accepted.data


def label_from_file_name(path: Path) -> str:
    """``poignee_de_main.svg`` -> ``Poignee de main``: a first label, to be corrected."""
    words = " ".join(path.stem.replace("_", " ").replace("-", " ").split())
    return (words[:1].upper() + words[1:]) or path.stem


@dataclass(frozen=True)
class PictogramImport:
    id: int
    key: str
    warnings: tuple[str, ...] = ()


def import_pictogram_file(db: Database, path: Path, *, label: str, label_en: str | None = None) -> PictogramImport:
    """Check the file, then store it in one transaction; the key is made from the label."""
    from workshop_studio.services.pictograms import new_pictogram

    accepted = read_pictogram(path)
    with db.write() as session:
        pictogram = new_pictogram(
            session,
            data=accepted.data,
            media_type=accepted.media_type,
            label_fr=label,
            label_en=label_en,
            source=path.name,
        )
        return PictogramImport(pictogram.id, pictogram.key, accepted.warnings)
