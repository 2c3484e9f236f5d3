"""Untrusted SVG in: refuse what could hurt, keep the bytes that were checked.

Refused: DTDs and entities (bombs, external entities), a root that is not ``<svg>``,
scripts, ``foreignObject``, event attributes, and every reference to something outside the
file (``href``/``xlink:href``/``url(...)`` that is not ``#fragment`` or an inline ``data:``
image). So nothing outside the file is ever read when the SVG is drawn, and the database
alone carries the picture. Parsing is bounded by :data:`MAX_SVG_BYTES` read before parsing,
and by a count of ``<`` before parsing (so a flat file of a million tiny elements is refused
without building a tree). Also refused: processing instructions such as
``<?xml-stylesheet href=…?>`` (a style sheet from elsewhere), and absurd declared sizes.
"""

from __future__ import annotations

import re
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from workshop_studio.domain.svg_budget import drawing_problem
from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused

MAX_SVG_BYTES = 2 * 1024 * 1024
MAX_ELEMENTS = 20_000
MAX_SIDE = 100_000  # width or height, in whatever unit: beyond this it is not a pictogram
SVG_NS = "http://www.w3.org/2000/svg"
_FORBIDDEN_TAGS = {"script", "foreignObject", "iframe", "embed", "object", "audio", "video"}
_URL_IN_STYLE = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_SAFE_DATA = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,", re.IGNORECASE)
_PROCESSING_INSTRUCTION = re.compile(rb"<\?(?!xml[\s?])", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)")


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _reference_is_safe(value: str) -> bool:
    value = value.strip()
    return value == "" or value.startswith("#") or bool(_SAFE_DATA.match(value))


def check_svg(data: bytes, source: str | Path = "SVG") -> bytes:
    """Return ``data`` unchanged if it is a harmless SVG drawing, else raise :class:`ImportRefused`."""
    if len(data) > MAX_SVG_BYTES:
        raise ImportRefused(
            source,
            translate("SvgIntake", "the drawing is larger than {size} MB.").format(size=MAX_SVG_BYTES // (1024 * 1024)),
        )
    if data.count(b"<") > 2 * MAX_ELEMENTS + 100:
        raise ImportRefused(source, translate("SvgIntake", "the drawing has too many elements."))
    if _PROCESSING_INSTRUCTION.search(data):
        raise ImportRefused(
            source, translate("SvgIntake", "processing instructions (such as style sheet links) are not allowed in a pictogram.")
        )
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ImportRefused(
            source, translate("SvgIntake", "declarations and entities are not allowed in a pictogram.")
        ) from None
    except Exception as exc:  # ParseError, ValueError, expat errors
        raise ImportRefused(
            source, translate("SvgIntake", "this is not a readable SVG file ({detail}).").format(detail=exc)
        ) from None
    if _local(root.tag) != "svg":
        raise ImportRefused(source, translate("SvgIntake", "the file does not start with an <svg> element."))
    for side in ("width", "height"):
        number = _LEADING_NUMBER.match(root.get(side, ""))
        if number is not None and float(number.group(1)) > MAX_SIDE:
            raise ImportRefused(source, translate("SvgIntake", "the drawing declares an absurd size."))
    for count, element in enumerate(root.iter()):
        if count > MAX_ELEMENTS:
            raise ImportRefused(source, translate("SvgIntake", "the drawing has too many elements."))
        tag = _local(element.tag) if isinstance(element.tag, str) else ""
        if tag in _FORBIDDEN_TAGS:
            raise ImportRefused(
                source, translate("SvgIntake", "the element <{tag}> is not allowed in a pictogram.").format(tag=tag)
            )
        if tag == "style":
            _check_escapes(element.text or "", source)
            _check_references(_URL_IN_STYLE.findall(element.text or ""), source)
            if "@import" in (element.text or ""):
                raise ImportRefused(source, translate("SvgIntake", "style sheets may not import other files."))
        for name, value in element.attrib.items():
            attribute = _local(name)
            if attribute.lower().startswith("on"):
                raise ImportRefused(
                    source,
                    translate("SvgIntake", "the attribute “{name}” is not allowed in a pictogram.").format(name=attribute),
                )
            if attribute == "style":
                _check_escapes(value, source)
            _check_references([value] if attribute == "href" else _URL_IN_STYLE.findall(value), source)
    return data


def _check_escapes(css: str, source: str | Path) -> None:
    """CSS escapes (``u\\72l(…)``) could hide a ``url(`` from the check above."""
    if "\\" in css:
        raise ImportRefused(source, translate("SvgIntake", "escaped characters are not allowed in a pictogram's style."))


def _check_references(references: list[str], source: str | Path) -> None:
    for reference in references:
        if not _reference_is_safe(reference):
            raise ImportRefused(
                source,
                translate(
                    "SvgIntake", "the drawing refers to an outside file (“{ref}”); pictograms must be self-contained."
                ).format(ref=reference[:80]),
            )


def check_svg_drawable(data: bytes, source: str | Path = "SVG") -> None:
    """Refuse an SVG, already checked by :func:`check_svg`, that cannot be drawn in bounded time:
    no size, references that loop or fan out (``domain.svg_budget``), a picture inside it
    that is not a PNG or JPEG that decodes (``pictogram_trial``)."""
    from workshop_studio.interchange.pictogram_trial import check_embedded_pictures

    root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    problem = drawing_problem(root)
    if problem is not None:
        raise ImportRefused(source, problem)
    check_embedded_pictures(root, source)


def svg_drawing_problem(data: bytes) -> str | None:
    """Why a stored SVG must not be handed to a renderer, or ``None`` (for the console's
    renderer, which must never hang on a drawing accepted by an older version)."""
    try:
        check_svg(data)
        check_svg_drawable(data)
    except ImportRefused as refused:
        return refused.reason
    return None


def read_svg_file(path: Path) -> bytes:
    """Read at most :data:`MAX_SVG_BYTES` (+1 to notice more) and check the drawing."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SVG_BYTES + 1)
    except OSError as exc:
        raise ImportRefused(path, exc.strerror or str(exc)) from None
    return check_svg(data, path)
