"""The part of an SVG file before ``<svg>``: editors' DOCTYPEs made harmless, or refused.

Inkscape, Illustrator and many icon sets start with ``<!DOCTYPE svg PUBLIC … "svg11.dtd">``.
Without an internal subset it declares nothing: it is removed. Illustrator adds an internal
subset of namespace entities (``<!ENTITY ns_svg "http://www.w3.org/2000/svg">``) used in
``xmlns:`` attributes: plain text entities like these are expanded here, by a bounded text
replacement, and the DOCTYPE removed. Anything else in a subset (an entity whose value holds
``&`` or ``%``, that is how entity bombs nest; ``SYSTEM``/``PUBLIC`` entities, that read
outside files; parameter entities; element or attribute declarations) is refused, before any
XML parser sees it. Processing instructions that are not the XML declaration are removed,
except ``<?xml-stylesheet?>`` (a style sheet from elsewhere), which is refused.
"""

from __future__ import annotations

import re
from pathlib import Path

from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused

MAX_ENTITIES = 64
MAX_ENTITY_VALUE = 512
_DOCTYPE = re.compile(rb"<!DOCTYPE\s+(?P<name>[\w:.-]+)(?P<external>[^\[>]*)(?:\[(?P<subset>.*?)\]\s*)?>", re.DOTALL)
_ENTITY = re.compile(rb"""<!ENTITY\s+(?P<name>[A-Za-z_][\w.-]*)\s+(?:"(?P<v1>[^"&%<]*)"|'(?P<v2>[^'&%<]*)')\s*>""")
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_INSTRUCTION = re.compile(rb"<\?(?P<target>[\w:.-]+)(?P<body>.*?)\?>", re.DOTALL)
_STYLESHEET = b"xml-stylesheet"


def _refuse_declarations(source: str | Path) -> ImportRefused:
    return ImportRefused(source, translate("SvgIntake", "declarations and entities are not allowed in a pictogram."))


def clean_prolog(data: bytes, source: str | Path, limit: int) -> bytes:
    """``data`` without its DOCTYPE (plain entities expanded) and processing instructions;
    refused if the DOCTYPE declares anything else. The result is at most ``limit`` bytes."""
    data = _drop_instructions(data, source)
    if b"<!DOCTYPE" not in data and b"<!ENTITY" not in data:
        return data
    match = _DOCTYPE.search(data)
    if match is None or data.count(b"<!DOCTYPE") != 1:
        raise _refuse_declarations(source)
    entities = _entities(match.group("subset") or b"", source)
    body = data[: match.start()] + data[match.end() :]
    if b"<!ENTITY" in body or b"<!DOCTYPE" in body:
        raise _refuse_declarations(source)
    return _expand(body, entities, source, limit)


def _drop_instructions(data: bytes, source: str | Path) -> bytes:
    def replace(match: re.Match[bytes]) -> bytes:
        target = match.group("target").lower()
        if target == b"xml":
            return match.group(0)
        if target == _STYLESHEET:
            raise ImportRefused(
                source,
                translate(
                    "SvgIntake", "processing instructions (such as style sheet links) are not allowed in a pictogram."
                ),
            )
        return b""

    return _INSTRUCTION.sub(replace, data) if b"<?" in data else data


def _entities(subset: bytes, source: str | Path) -> dict[bytes, bytes]:
    found: dict[bytes, bytes] = {}
    rest = _COMMENT.sub(b"", subset)
    for entity in _ENTITY.finditer(rest):
        value = entity.group("v1") if entity.group("v1") is not None else entity.group("v2")
        if len(value) > MAX_ENTITY_VALUE or len(found) >= MAX_ENTITIES:
            raise _refuse_declarations(source)
        found[entity.group("name")] = value
    if _ENTITY.sub(b"", rest).strip():  # anything but plain text entities
        raise _refuse_declarations(source)
    return found


def _expand(body: bytes, entities: dict[bytes, bytes], source: str | Path, limit: int) -> bytes:
    """Replace ``&name;`` by its value; the size is counted before anything is built."""
    if not entities:
        return body
    pattern = re.compile(b"&(" + b"|".join(re.escape(name) for name in entities) + b");")
    grown = sum(len(entities[m.group(1)]) - len(m.group(0)) for m in pattern.finditer(body))
    if len(body) + grown > limit:
        raise ImportRefused(
            source, translate("SvgIntake", "the drawing is larger than {size} MB.").format(size=limit // (1024 * 1024))
        )
    return pattern.sub(lambda m: _escaped(entities[m.group(1)]), body)


def _escaped(value: bytes) -> bytes:
    return value.replace(b'"', b"&quot;").replace(b"<", b"&lt;")
