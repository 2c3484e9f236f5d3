"""One participant's note as the room sees it: a sticky note laid out at the origin.

A note says four things: its kind (the kind's fill, a drawn symbol AND its name: colour never
alone), the words said, who said it (a name and a role) and its votes. The name is the only
thing ever shortened: a 60-character name gives way, with an ellipsis, before the role or the
votes lose a letter. The words are never cut on a full note (``note_card``); the small
post-its of a matrix cell (``post_it``) show the first words, the cell in focus shows them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop_studio.domain.colours import ANNOTATION_SWATCH, PALETTE
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.export.card_layout import Box
from workshop_studio.export.fonts import BOLD, REGULAR
from workshop_studio.export.text_fit import ELLIPSIS
from workshop_studio.i18n import QT_TRANSLATE_NOOP, translate
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.primitives import (
    Mark,
    Region,
    Shape,
    block,
    fit_px,
    fitted_lines,
    text_width,
    wrap_px,
)
from workshop_studio.ui.stage.sizes import LEADING

_SHORT_KINDS = {
    "emotion_positive": QT_TRANSLATE_NOOP("StageNotes", "Emotion +"),
    "emotion_negative": QT_TRANSLATE_NOOP("StageNotes", "Emotion −"),
}


def kind_word(kind: str, *, short: bool = False) -> str:
    if short and kind in _SHORT_KINDS:
        return translate("StageNotes", _SHORT_KINDS[kind])
    try:
        return AnnotationKind(kind).display()
    except ValueError:
        return kind


def role_word(role: str | None) -> str:
    if not role:
        return ""
    try:
        return Role(role).display()
    except ValueError:
        return role


def votes_word(votes: int) -> str:
    if votes <= 0:
        return ""
    if votes == 1:
        return translate("StageNotes", "1 vote")
    return translate("StageNotes", "{votes} votes").format(votes=votes)


def fill_of(kind: str) -> str:
    return PALETTE[ANNOTATION_SWATCH.get(kind, "grey")].fill


def accent_of(kind: str) -> str:
    return PALETTE[ANNOTATION_SWATCH.get(kind, "grey")].accent


def shorten(text: str, font: str, size: int, width: float) -> str:
    """``text`` whole if it fits ``width``, else its longest beginning that fits with "…"."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ELLIPSIS


def ended(line: str, font: str, size: int, width: float) -> str:
    """``line`` followed by "…" (more words follow), shortened until both fit ``width``."""
    while line and text_width(line.rstrip() + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


@dataclass(frozen=True)
class NoteSizes:
    text: int  # px of the words said
    label: int  # px of the kind, the votes, the name and the role


@dataclass(frozen=True)
class NoteCard:
    """A note laid out at the origin, ``width`` × ``height`` px."""

    note: NoteRecord
    width: float
    height: float
    parts: Parts
    complete: bool  # every word of the note is drawn


def _geometry(label: int) -> tuple[float, float]:
    pad = max(4.0, round(label * 0.4))
    stripe = max(5.0, round(label * 0.25))
    return pad, stripe


def text_lines(note: NoteRecord, width: float, sizes: NoteSizes) -> list[str]:
    """The note's words wrapped for a card ``width`` px wide."""
    pad, stripe = _geometry(sizes.label)
    return wrap_px(note.text, REGULAR, sizes.text, width - stripe - 2 * pad)[0]


def note_card(
    note: NoteRecord,
    width: float,
    sizes: NoteSizes,
    *,
    lines: Sequence[str] | None = None,
    head: bool = True,
    foot: bool = True,
    whole_name: bool = False,
) -> NoteCard:
    """The whole note (or, for a note longer than a page, the ``lines`` given, with or without
    its ``head``: kind and votes, and its ``foot``: name and role); ``whole_name``: the name
    wrapped rather than shortened (a note opened large)."""
    pad, stripe = _geometry(sizes.label)
    inner_x, inner_w = stripe + pad, width - stripe - 2 * pad
    label, row = sizes.label, sizes.label * LEADING
    parts = Parts()
    y = pad
    if head:
        y = _head(parts, note, inner_x, inner_w, y, label) + pad * 0.4
    words = list(lines) if lines is not None else wrap_px(note.text, REGULAR, sizes.text, inner_w)[0]
    if words:
        fitted = fitted_lines(words, sizes.text)
        parts.texts.append(block("note", fitted, inner_x, y, inner_w, font=REGULAR))
        y += fitted.height_mm
    if foot:
        y = _foot(parts, note, inner_x, inner_w, y + pad * 0.4, label, whole_name)
    height = y + pad if (head or foot or words) else row
    box = Box(0.0, 0.0, width, height)
    parts.shapes[:0] = [
        Shape(box, fill_of(note.kind), radius=max(4.0, pad * 0.6)),
        Shape(Box(0.0, pad * 0.5, stripe, height - pad), accent_of(note.kind)),
    ]
    parts.regions.append(Region(box, "note", note_id=note.id))
    return NoteCard(note, width, height, parts, complete=True)


def _head(parts: Parts, note: NoteRecord, x: float, width: float, y: float, label: int) -> float:
    """Symbol, kind and votes on one row (the votes on a row of their own when too narrow)."""
    row = label * LEADING
    side = label * 0.95
    parts.marks.append(Mark(Box(x, y + (row - side) / 2, side, side), note.kind))
    text_x = x + side + label * 0.35
    votes = votes_word(note.votes)
    votes_w = text_width(votes, BOLD, label) if votes else 0.0
    room = width - (text_x - x)
    kind = kind_word(note.kind)
    if text_width(kind, BOLD, label) + (votes_w + label if votes else 0) > room:
        kind = kind_word(note.kind, short=True)
    together = text_width(kind, BOLD, label) + (votes_w + label * 0.5 if votes else 0) <= room
    kind_fit = fit_px(kind.upper(), BOLD, room, row * 3, max_px=label, min_px=label)
    parts.texts.append(block("kind", kind_fit, text_x, y, room))
    y += kind_fit.height_mm
    if votes:
        fitted = fitted_lines([votes], label)
        parts.texts.append(block("votes", fitted, x, y - row if together else y, width, align="right"))
        if not together:
            y += row
    return y


def _foot(parts: Parts, note: NoteRecord, x: float, width: float, y: float, label: int, whole_name: bool) -> float:
    """The name, shortened first, then " · " and the role, kept whole."""
    role = role_word(note.role)
    name = (note.author or "").strip()
    if not name and not role:
        return y
    row = label * LEADING
    if name and whole_name and text_width(f"{name} · {role}", BOLD, label) > width:
        fitted = fit_px(name, REGULAR, width, row * 50, max_px=label, min_px=label)
        parts.texts.append(block("author", fitted, x, y, width, font=REGULAR))
        y += fitted.height_mm
        name = ""
        if not role:
            return y
    if not name:
        fitted = fit_px(role, BOLD, width, row * 3, max_px=label, min_px=label)
        parts.texts.append(block("role", fitted, x, y, width))
        return y + fitted.height_mm
    tail = f" · {role}" if role else ""
    tail_w = text_width(tail, BOLD, label)
    if role and width - tail_w >= text_width("M" + ELLIPSIS, REGULAR, label):
        short = shorten(name, REGULAR, label, width - tail_w)
        name_w = text_width(short, REGULAR, label)
        parts.texts.append(block("author", fitted_lines([short], label), x, y, name_w + 1, font=REGULAR))
        parts.texts.append(block("role", fitted_lines([tail], label), x + name_w, y, tail_w + 1))
        return y + row
    parts.texts.append(
        block("author", fitted_lines([shorten(name, REGULAR, label, width)], label), x, y, width, font=REGULAR)
    )
    y += row
    if role:
        fitted = fit_px(role, BOLD, width, row * 3, max_px=label, min_px=label)
        parts.texts.append(block("role", fitted, x, y, width))
        y += fitted.height_mm
    return y


def post_it(note: NoteRecord, width: float, size: int, max_lines: int) -> NoteCard:
    """A small post-it: the kind's fill and symbol, then the first words (cut with "…")."""
    pad, stripe = _geometry(size)
    side = size * 0.9
    inner_x = stripe + pad * 0.6
    inner_w = width - inner_x - pad * 0.6
    indent = side + size * 0.3
    lines, _ = wrap_px(note.text, REGULAR, size, inner_w - indent)
    if len(lines) > 1:  # later lines use the full width: wrap them again after the first
        first = lines[0]
        rest, _ = wrap_px(note.text[len(first) :].lstrip(), REGULAR, size, inner_w)
        lines = [first, *rest]
    complete = len(lines) <= max_lines
    if not complete:
        lines = lines[:max_lines]
        lines[-1] = ended(lines[-1], REGULAR, size, inner_w if max_lines > 1 else inner_w - indent)
    parts = Parts()
    top = pad * 0.5
    row = size * LEADING
    parts.marks.append(Mark(Box(inner_x, top + (row - side) / 2, side, side), note.kind))
    parts.texts.append(
        block("post-it", fitted_lines(lines[:1], size), inner_x + indent, top, inner_w - indent, font=REGULAR)
    )
    if len(lines) > 1:
        parts.texts.append(block("post-it", fitted_lines(lines[1:], size), inner_x, top + row, inner_w, font=REGULAR))
    height = top * 2 + len(lines) * row
    box = Box(0.0, 0.0, width, height)
    parts.shapes[:0] = [
        Shape(box, fill_of(note.kind), radius=max(3.0, pad * 0.5)),
        Shape(Box(0.0, pad * 0.4, stripe * 0.8, height - pad * 0.8), accent_of(note.kind)),
    ]
    parts.regions.append(Region(box, "note", note_id=note.id))
    return NoteCard(note, width, height, parts, complete=complete)


def post_it_height(size: int, lines: int) -> float:
    pad, _stripe = _geometry(size)
    return pad + lines * size * LEADING
