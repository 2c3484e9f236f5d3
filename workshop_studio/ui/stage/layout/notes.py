"""Participants' notes beside what they are pinned to: a card, a scenario, a matrix cell.

Each note says its kind and its author's role in words (never colour alone), then its text;
they flow and page like the rest of the slide, at the stage's body and label sizes.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.export.fonts import BOLD
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.flow import Para
from workshop_studio.ui.stage.style import INK_SOFT


def _display(enum, value: str | None) -> str:
    try:
        return enum(value).display() if value else ""
    except ValueError:
        return value or ""


def note_heading(note: NoteRecord) -> str:
    parts = [_display(AnnotationKind, note.kind)]
    if note.role:
        parts.append(_display(Role, note.role))
    if note.votes:
        parts.append(
            translate("StageNotes", "1 vote")
            if note.votes == 1
            else translate("StageNotes", "{votes} votes").format(votes=note.votes)
        )
    return " · ".join(parts)


def note_paras(notes: Sequence[NoteRecord], *, heading: bool = True) -> list[Para]:
    """The notes as paragraphs: a bold line saying what and who, then the words said."""
    if not notes:
        return []
    paras = []
    if heading:
        paras.append(
            Para(
                translate("StageNotes", "What the group said"),
                "label",
                BOLD,
                colour=INK_SOFT,
                space_before=1.0,
                keep_with_next=True,
            )
        )
    for index, note in enumerate(notes):
        paras.append(
            Para(
                note_heading(note),
                "label",
                BOLD,
                colour=INK_SOFT,
                space_before=0.6 if index or heading else 0.0,
                keep_with_next=True,
            )
        )
        paras.append(Para(note.text, "body", space_before=0.1))
    return paras
