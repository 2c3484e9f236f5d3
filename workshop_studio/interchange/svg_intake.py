"""Untrusted SVG in: sanitise what editors add, refuse what could hurt, keep what was checked.

Removed (editors add them; they draw nothing or would run something): the DOCTYPE and
processing instructions (:mod:`svg_prolog`), ``<script>`` (Inkscape's mesh-gradient
polyfill), ``<foreignObject>`` (Illustrator's private ``i:pgf`` copy of the drawing sits
there), ``<metadata>``, and every element or attribute outside the SVG and XLink namespaces
(``sodipodi:``, ``inkscape:``, ``i:``, ``x:xmpmeta``…). What remains is written back as the
pictogram's bytes, so the database only ever holds the cleaned drawing.

Refused: entities that are not plain text (bombs, external entities), a root that is not
``<svg>``, real event attributes (``onclick``, ``onload``…: :data:`EVENT_ATTRIBUTES`; not any
name starting with "on"), and every reference to something outside the file
(``href``/``xlink:href``/``url(...)`` that is not ``#fragment`` or an inline ``data:`` image):
so nothing outside the file is ever read when the SVG is drawn. Parsing is bounded by
:data:`MAX_SVG_BYTES` read before parsing, and by a count of ``<`` before parsing (so a flat
file of a million tiny elements is refused without building a tree). Also refused: style
sheets from elsewhere, CSS escapes, and absurd declared sizes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from workshop_studio.domain.svg_budget import drawing_problem
from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.svg_prolog import clean_prolog

MAX_SVG_BYTES = 2 * 1024 * 1024
MAX_ELEMENTS = 20_000
MAX_SIDE = 100_000  # width or height, in whatever unit: beyond this it is not a pictogram
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_REMOVED_TAGS = {"script", "foreignObject", "metadata", "iframe", "embed", "object", "audio", "video", "canvas"}
# The event handler attributes of SVG 1.1/2 and HTML: the only "on…" names that run anything.
EVENT_ATTRIBUTES = frozenset(
    "on" + name
    for name in [
        "abort",
        "activate",
        "afterprint",
        "animationend",
        "animationiteration",
        "animationstart",
        "auxclick",
        "beforeinput",
        "beforeprint",
        "beforeunload",
        "begin",
        "blur",
        "cancel",
        "canplay",
        "canplaythrough",
        "change",
        "click",
        "close",
        "contextmenu",
        "copy",
        "cuechange",
        "cut",
        "dblclick",
        "drag",
        "dragend",
        "dragenter",
        "dragleave",
        "dragover",
        "dragstart",
        "drop",
        "durationchange",
        "emptied",
        "end",
        "ended",
        "error",
        "focus",
        "focusin",
        "focusout",
        "formdata",
        "hashchange",
        "input",
        "invalid",
        "keydown",
        "keypress",
        "keyup",
        "load",
        "loadeddata",
        "loadedmetadata",
        "loadstart",
        "message",
        "mousedown",
        "mouseenter",
        "mouseleave",
        "mousemove",
        "mouseout",
        "mouseover",
        "mouseup",
        "mousewheel",
        "offline",
        "online",
        "pagehide",
        "pageshow",
        "paste",
        "pause",
        "play",
        "playing",
        "pointercancel",
        "pointerdown",
        "pointerenter",
        "pointerleave",
        "pointermove",
        "pointerout",
        "pointerover",
        "pointerup",
        "popstate",
        "progress",
        "ratechange",
        "repeat",
        "reset",
        "resize",
        "scroll",
        "securitypolicyviolation",
        "seeked",
        "seeking",
        "select",
        "selectionchange",
        "slotchange",
        "stalled",
        "storage",
        "submit",
        "suspend",
        "timeupdate",
        "toggle",
        "touchcancel",
        "touchend",
        "touchmove",
        "touchstart",
        "transitionend",
        "unload",
        "volumechange",
        "waiting",
        "wheel",
        "zoom",
    ]
)
_URL_IN_STYLE = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_SAFE_DATA = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,", re.IGNORECASE)
# A font held in the file (``@font-face { src: url(data:…) }``): read by no renderer here, text is
# set in our fonts; it reaches nothing outside.
_INLINE_FONT = re.compile(
    r"^data:(font/[\w.+-]+|application/(x-)?font[\w.+-]*|application/octet-stream)?;base64,", re.IGNORECASE
)
_LEADING_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)")
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _namespace(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""


def _reference_is_safe(value: str) -> bool:
    value = value.strip()
    return value == "" or value.startswith("#") or bool(_SAFE_DATA.match(value))


def check_svg(data: bytes, source: str | Path = "SVG") -> bytes:
    """The drawing, cleaned of what editors add (``data`` itself when nothing was removed),
    if it is a harmless SVG; else raise :class:`ImportRefused`."""
    if len(data) > MAX_SVG_BYTES:
        raise ImportRefused(
            source,
            translate("SvgIntake", "the drawing is larger than {size} MB.").format(size=MAX_SVG_BYTES // (1024 * 1024)),
        )
    if data.count(b"<") > 2 * MAX_ELEMENTS + 100:
        raise ImportRefused(source, translate("SvgIntake", "the drawing has too many elements."))
    text = clean_prolog(data, source, MAX_SVG_BYTES)
    try:
        root = fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ImportRefused(
            source, translate("SvgIntake", "declarations and entities are not allowed in a pictogram.")
        ) from None
    except Exception as exc:  # noqa: BLE001 - ParseError, ValueError, expat errors
        raise ImportRefused(
            source, translate("SvgIntake", "this is not a readable SVG file ({detail}).").format(detail=exc)
        ) from None
    if _local(root.tag) != "svg":
        raise ImportRefused(source, translate("SvgIntake", "the file does not start with an <svg> element."))
    for side in ("width", "height"):
        number = _LEADING_NUMBER.match(root.get(side, ""))
        if number is not None and float(number.group(1)) > MAX_SIDE:
            raise ImportRefused(source, translate("SvgIntake", "the drawing declares an absurd size."))
    svg_ns = _namespace(root.tag)
    removed = _remove_editor_parts(root, svg_ns)
    for count, element in enumerate(root.iter()):
        if count > MAX_ELEMENTS:
            raise ImportRefused(source, translate("SvgIntake", "the drawing has too many elements."))
        tag = _local(element.tag) if isinstance(element.tag, str) else ""
        if tag == "style":
            _check_escapes(element.text or "", source)
            _check_references(
                [u for u in _URL_IN_STYLE.findall(element.text or "") if not _INLINE_FONT.match(u)], source
            )
            if "@import" in (element.text or ""):
                raise ImportRefused(source, translate("SvgIntake", "style sheets may not import other files."))
        for name, value in element.attrib.items():
            attribute = _local(name)
            if attribute.lower() in EVENT_ATTRIBUTES:
                raise ImportRefused(
                    source,
                    translate("SvgIntake", "the attribute “{name}” is not allowed in a pictogram.").format(
                        name=attribute
                    ),
                )
            if attribute == "style":
                _check_escapes(value, source)
            _check_references([value] if attribute == "href" else _URL_IN_STYLE.findall(value), source)
    if not removed and text == data:
        return data
    if svg_ns == "":  # a file without xmlns: give it the SVG namespace so every renderer reads it
        for element in root.iter():
            if isinstance(element.tag, str) and not element.tag.startswith("{"):
                element.tag = f"{{{SVG_NS}}}{element.tag}"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False)


def _remove_editor_parts(root: ET.Element, svg_ns: str) -> int:
    """Remove scripts, foreign objects, metadata and other namespaces' elements and
    attributes (what editors add); return how many things were removed."""
    removed = 0
    keep_ns = {svg_ns, ""}
    for parent in list(root.iter()):
        for child in list(parent):
            tag = child.tag if isinstance(child.tag, str) else ""
            if not tag or _namespace(tag) not in keep_ns or _local(tag) in _REMOVED_TAGS:
                parent.remove(child)
                removed += 1
    for element in root.iter():
        for name in list(element.attrib):
            if _namespace(name) not in {"", svg_ns, XLINK_NS, XML_NS}:
                del element.attrib[name]
                removed += 1
    return removed


def _check_escapes(css: str, source: str | Path) -> None:
    """CSS escapes (``u\\72l(…)``) could hide a ``url(`` from the check above."""
    if "\\" in css:
        raise ImportRefused(
            source, translate("SvgIntake", "escaped characters are not allowed in a pictogram's style.")
        )


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
        check_svg_drawable(check_svg(data))
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
