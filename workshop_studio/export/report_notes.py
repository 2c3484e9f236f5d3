"""One sticky note of the poster, laid out in millimetres (pure: the painter draws the ops).

A note shows its kind three ways: the fill colour, a drawn symbol, and the kind's name; its
text fitted to the note's width (shrunk to a floor, then cut with an ellipsis, the full
text being in the stage's table); and a footer with the author's role in a tag, the author
(or, anonymised, the role and number alone) and the votes. A note hidden from the shared
screen during the session has a dashed border and says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_studio.domain.colours import INK
from workshop_studio.domain.vocabulary import AnnotationKind
from workshop_studio.export.fonts import BOLD, REGULAR
from workshop_studio.export.report_flow import ascent_mm
from workshop_studio.export.report_ops import Op, Rect, Symbol, Text
from workshop_studio.export.report_style import RULE, SMALL_PT, drawable, kind_swatch
from workshop_studio.export.text_fit import FittedText, fit, width_mm
from workshop_studio.i18n import translate
from workshop_studio.services.review import NoteRow
from workshop_studio.services.review_anonymise import role_label

PAD = 1.8
STRIPE = 1.6
HEAD = 4.4
SYMBOL = 3.4
FOOT = 4.2
BODY_MAX_PT = 8.5
BODY_MIN_PT = 7.0
BODY_FLOOR_PT = 6.0
MAX_BODY = 27.0  # mm of text at most; the rest is in the stage's table
TAG_PAD = 0.9


def kind_label(kind: str) -> str:
    try:
        return AnnotationKind(kind).display()
    except ValueError:
        return kind


def votes_label(votes: int) -> str:
    if votes <= 0:
        return ""
    if votes == 1:
        return translate("ReviewExport", "1 vote")
    return translate("ReviewExport", "{count} votes").format(count=votes)


@dataclass(frozen=True)
class NoteLayout:
    note: NoteRow
    width: float
    body: FittedText
    tag: str  # the role, or the pseudonym when anonymised
    author: str  # after the tag; empty when anonymised
    anonymised: bool

    @property
    def height(self) -> float:
        return PAD + HEAD + 0.6 + self.body.height_mm + 1.2 + FOOT + PAD

    @property
    def truncated(self) -> bool:
        return self.body.truncated


def layout_note(note: NoteRow, width: float, *, anonymised: bool) -> NoteLayout:
    text_width = width - STRIPE - 2 * PAD
    body = fit(
        drawable(note.text) or " ",
        REGULAR,
        text_width,
        MAX_BODY,
        max_pt=BODY_MAX_PT,
        min_pt=BODY_MIN_PT,
        floor_pt=BODY_FLOOR_PT,
    )
    if anonymised:
        tag, author = (note.author or (role_label(note.role) if note.role else "")), ""
    else:
        tag, author = (role_label(note.role) if note.role else ""), (note.author or "")
    return NoteLayout(note, width, body, drawable(tag), drawable(author), anonymised)


def note_ops(layout: NoteLayout, x: float, y: float) -> list[Op]:
    """The note with its top-left corner at (x, y)."""
    note, w, h = layout.note, layout.width, layout.height
    swatch = kind_swatch(note.kind)
    ops: list[Op] = [
        Rect(
            x,
            y,
            w,
            h,
            fill=swatch.fill,
            stroke=INK if note.hidden else RULE,
            line_pt=0.8 if note.hidden else 0.4,
            dashed=note.hidden,
            radius=1.0,
        ),
        Rect(x, y, STRIPE, h, fill=swatch.accent),
    ]
    left = x + STRIPE + PAD
    inner = w - STRIPE - 2 * PAD
    ops.append(Symbol(left, y + PAD + (HEAD - SYMBOL) / 2, SYMBOL, note.kind))
    label = kind_label(note.kind)
    if note.hidden:
        label = translate("ReviewExport", "{kind} (hidden)").format(kind=label)
    head = fit(label, BOLD, inner - SYMBOL - 1.2, HEAD, max_pt=SMALL_PT + 0.5, min_pt=6.0, max_lines=1)
    ops.append(
        Text(
            left + SYMBOL + 1.2,
            y + PAD + (HEAD + ascent_mm(BOLD, head.size_pt)) / 2 - 0.3,
            head.lines[0],
            BOLD,
            head.size_pt,
        )
    )
    top = y + PAD + HEAD + 0.6
    for n, line in enumerate(layout.body.lines):
        ops.append(
            Text(
                left,
                top + n * layout.body.line_height_mm + ascent_mm(REGULAR, layout.body.size_pt),
                line,
                REGULAR,
                layout.body.size_pt,
            )
        )
    ops.extend(_footer(layout, left, y + h - PAD - FOOT, inner))
    return ops


def _footer(layout: NoteLayout, left: float, top: float, width: float) -> list[Op]:
    ops: list[Op] = []
    size = SMALL_PT
    baseline = top + (FOOT + ascent_mm(REGULAR, size)) / 2 - 0.3
    votes = votes_label(layout.note.votes)
    votes_w = width_mm(votes, BOLD, size) if votes else 0.0
    if votes:
        ops.append(Text(left + width, baseline, votes, BOLD, size, align="right"))
    room = width - votes_w - (2.0 if votes else 0.0)
    x = left
    if layout.tag and room > 6:
        tag = fit(layout.tag, BOLD, room - 2 * TAG_PAD, FOOT, max_pt=size, min_pt=size, max_lines=1).lines[0]
        tag_w = width_mm(tag, BOLD, size) + 2 * TAG_PAD
        ops.append(Rect(x, top + 0.2, tag_w, FOOT - 0.4, fill="#FFFFFF", stroke=INK, line_pt=0.5, radius=0.8))
        ops.append(Text(x + TAG_PAD, baseline, tag, BOLD, size))
        x += tag_w + 1.2
        room -= tag_w + 1.2
    if layout.author and room > 4:
        author = fit(layout.author, REGULAR, room, FOOT, max_pt=size, min_pt=size, max_lines=1).lines[0]
        ops.append(Text(x, baseline, author, REGULAR, size))
    return ops


def legend_ops(x: float, y: float, width: float) -> tuple[list[Op], float]:
    """Each kind as on a note (fill, stripe, symbol, word), in rows across ``width``; and the height."""
    ops: list[Op] = []
    size = SMALL_PT + 0.5
    h = 5.2
    cx, cy = x, y
    for kind in AnnotationKind:
        label = kind.display()
        w = STRIPE + 1.2 + SYMBOL + 1.2 + width_mm(label, BOLD, size) + 2.0
        if cx + w > x + width and cx > x:
            cx, cy = x, cy + h + 1.5
        swatch = kind_swatch(str(kind))
        ops.append(Rect(cx, cy, w, h, fill=swatch.fill, stroke=RULE, line_pt=0.4, radius=1.0))
        ops.append(Rect(cx, cy, STRIPE, h, fill=swatch.accent))
        ops.append(Symbol(cx + STRIPE + 1.2, cy + (h - SYMBOL) / 2, SYMBOL, str(kind)))
        ops.append(Text(cx + STRIPE + 2.4 + SYMBOL, cy + (h + ascent_mm(BOLD, size)) / 2 - 0.3, label, BOLD, size))
        cx += w + 2.0
    return ops, cy + h - y
