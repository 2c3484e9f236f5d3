"""What an SVG costs to draw, read from its parsed tree before any renderer sees it.

A renderer draws a ``<use>`` by drawing what it points at again. Ten ``<use>`` of a group of
ten ``<use>``, fifteen levels deep, is a 2 KB file that asks for 10^15 shapes: Qt's
renderer then runs for minutes, svglib for gigabytes. A ``<use>`` (or a gradient's ``href``)
that points back at itself never ends. So, counting each reference as a copy of what it
points at, a drawing is refused when:

* it has no size (no ``viewBox``, no ``width`` and ``height``): renderers divide by it;
* its references loop;
* it would draw more than :data:`MAX_DRAWN` elements once expanded (the intake's own limit
  on elements, so a drawing without references is never refused here);
* an ``<image>`` points inside the file (``href="#x"``) instead of holding its picture.

Plain Python on any ElementTree-like tree (the standard library's, lxml's), so the intake,
the PDF painter and the console's renderer apply the same rule to the same bytes.
"""

from __future__ import annotations

import math
import re
from typing import Any

from workshop_studio.i18n import translate

MAX_DRAWN = 20_000
_URL_REF = re.compile(r"url\(\s*['\"]?\s*#([^)'\"\s]+)")
_NUMBER = re.compile(r"^\s*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in)?\s*$")


def local_name(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _length(text: str | None) -> float | None:
    match = _NUMBER.match(text or "")
    if match is None:
        return None
    value = float(match.group(1))
    return value if math.isfinite(value) and value > 0 else None


def declared_size(root: Any) -> tuple[float, float] | None:
    """The drawing's width and height in its own units: from ``viewBox``, else from absolute
    ``width`` and ``height``; ``None`` when it has no usable size."""
    box = (root.get("viewBox") or "").replace(",", " ").split()
    if len(box) == 4:
        try:
            width, height = float(box[2]), float(box[3])
        except ValueError:
            width = height = 0.0
        if math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0:
            return width, height
    absolute_width, absolute_height = _length(root.get("width")), _length(root.get("height"))
    if absolute_width is not None and absolute_height is not None:
        return absolute_width, absolute_height
    return None


def _href(element: Any) -> str:
    for name, value in element.attrib.items():
        if local_name(name) == "href":
            return str(value).strip()
    return ""


def _references(element: Any) -> list[str]:
    """The ids ``element`` draws again or paints with (``href="#id"``, ``url(#id)``)."""
    found = []
    href = _href(element)
    if href.startswith("#"):
        found.append(href[1:])
    for name, value in element.attrib.items():
        if local_name(name) != "href":
            found.extend(_URL_REF.findall(str(value)))
    if local_name(element.tag) == "style":
        found.extend(_URL_REF.findall(element.text or ""))
    return found


class _Loop(Exception):
    def __init__(self, ref: str) -> None:
        self.ref = ref


def drawn_elements(root: Any, limit: int = MAX_DRAWN) -> int:
    """How many elements drawing ``root`` visits, each reference expanded (capped at
    ``limit + 1``). Raises :class:`_Loop` when references loop. Iterative: a deep tree is fine."""
    by_id = {str(e.get("id")): e for e in root.iter() if isinstance(e.tag, str) and e.get("id") is not None}
    weight: dict[int, int] = {}
    visiting: set[int] = set()

    def edges(element: Any) -> list[tuple[Any, str]]:
        children = [(child, "") for child in element if isinstance(child.tag, str)]
        return children + [(by_id[ref], ref) for ref in _references(element) if ref in by_id]

    stack: list[tuple[Any, list[tuple[Any, str]], int]] = [(root, edges(root), 1)]
    visiting.add(id(root))
    while stack:
        element, pending, total = stack[-1]
        if pending:
            target, ref = pending.pop()
            key = id(target)
            if key in weight:
                stack[-1] = (element, pending, min(limit + 1, total + weight[key]))
            elif key in visiting:
                raise _Loop(ref or str(target.get("id") or local_name(target.tag)))
            else:
                visiting.add(key)
                stack.append((target, edges(target), 1))
            continue
        stack.pop()
        visiting.discard(id(element))
        weight[id(element)] = total
        if stack:
            parent, parent_pending, parent_total = stack[-1]
            stack[-1] = (parent, parent_pending, min(limit + 1, parent_total + total))
    return weight[id(root)]


def drawing_problem(root: Any) -> str | None:
    """Why ``root`` (a parsed ``<svg>``) must not be drawn, or ``None`` (see the module)."""
    if declared_size(root) is None:
        return translate("SvgBudget", "the drawing has no size: its <svg> needs a viewBox (or a width and a height).")
    for element in root.iter():
        if local_name(element.tag) == "image" and _href(element).startswith("#"):
            return translate("SvgBudget", "an <image> must hold its picture, not point at “{ref}”.").format(
                ref=_href(element)[:40]
            )
    try:
        drawn = drawn_elements(root)
    except _Loop as loop:
        return translate("SvgBudget", "the drawing refers to itself in a loop (through “#{ref}”).").format(
            ref=loop.ref[:40]
        )
    if drawn > MAX_DRAWN:
        return translate(
            "SvgBudget", "once its <use> references are expanded, the drawing has more than {max} elements."
        ).format(max=MAX_DRAWN)
    return None
