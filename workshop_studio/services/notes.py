"""Capturing and editing notes live: each function is one small change the caller commits.

Every edit hands back what its undo needs (ARCHITECTURE.md, habit 4): an update returns a
:class:`~workshop_studio.services.edits.FieldEdit`, a move the place it left, a vote the
votes before, a deletion a snapshot that :func:`restore_notes` puts back with the same ids
and uids. Each returns :class:`NoteRecord`s too, so the views update one item instead of
re-reading thousands of notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role, TargetKind
from workshop_studio.i18n import translate
from workshop_studio.services.edits import UNSET, FieldEdit, Unset, apply_changes, given
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.storage.dialects import serialize_writers
from workshop_studio.storage.models import Annotation, Participant, new_uid, utcnow

MAX_NOTE_CHARS = 5000


def add_annotation(
    session: Session,
    *,
    workshop_id: int,
    target: Target,
    kind: AnnotationKind,
    text: str,
    participant_id: int | None = None,
    role: Role | None = None,
    votes: int = 0,
    uid: str | None = None,
    created_at: dt.datetime | None = None,
) -> Annotation:
    """Store a note once: a retry with the same client-made ``uid`` returns the stored note."""
    # Two consoles (or phones) writing to one workshop take turns until commit: every note
    # lands, after the one committed before it, and a retry finds the first (a no-op on SQLite,
    # whose writers already take turns).
    serialize_writers(session, f"notes:{workshop_id}")
    if uid is not None:
        existing = session.scalars(select(Annotation).where(Annotation.uid == uid)).first()
        if existing is not None:
            return existing
    if role is None and participant_id is not None:
        participant = session.get(Participant, participant_id)
        role = Role(participant.role) if participant is not None else None
    when = created_at or utcnow()
    annotation = Annotation(
        uid=uid or new_uid(),
        workshop_id=workshop_id,
        target_kind=str(target.kind),
        workshop_stage_id=target.stage_id,
        card_id=target.card_id,
        scenario_id=target.scenario_id,
        matrix_row_card_id=target.row_card_id,
        matrix_column_card_id=target.column_card_id,
        participant_id=participant_id,
        role=str(role) if role is not None else None,
        kind=str(kind),
        text=text,
        position=next_position(session, workshop_id, target),
        votes=votes,
        created_at=when,
        updated_at=when,
    )
    session.add(annotation)
    session.flush()
    return annotation


def target_filter(workshop_id: int, target: Target) -> list[ColumnElement[bool]]:
    """SQL conditions selecting the notes pinned exactly to ``target``."""

    def same(column, value):
        return column.is_(None) if value is None else column == value

    return [
        Annotation.workshop_id == workshop_id,
        Annotation.target_kind == str(target.kind),
        same(Annotation.workshop_stage_id, target.stage_id),
        same(Annotation.card_id, target.card_id),
        same(Annotation.scenario_id, target.scenario_id),
        same(Annotation.matrix_row_card_id, target.row_card_id),
        same(Annotation.matrix_column_card_id, target.column_card_id),
    ]


def next_position(session: Session, workshop_id: int, target: Target) -> float:
    """After the last note of ``target``. A stage's notes are found by their index alone (a
    stage belongs to one workshop, and stage notes point at nothing else)."""
    if target.stage_id is not None:
        where = [Annotation.workshop_stage_id == target.stage_id, Annotation.target_kind == str(target.kind)]
    else:
        where = target_filter(workshop_id, target)
    last = session.scalar(select(func.max(Annotation.position)).where(*where))
    return (last or 0.0) + 1.0


def _target_of(note: Annotation) -> Target:
    return Target(
        TargetKind(note.target_kind),
        stage_id=note.workshop_stage_id,
        card_id=note.card_id,
        scenario_id=note.scenario_id,
        row_card_id=note.matrix_row_card_id,
        column_card_id=note.matrix_column_card_id,
    )


def record(note: Annotation, author: str | None = None) -> NoteRecord:
    if author is None and note.participant is not None:
        author = note.participant.display_name
    return NoteRecord(
        id=note.id,
        uid=note.uid,
        target=_target_of(note),
        kind=note.kind,
        text=note.text,
        role=note.role,
        participant_id=note.participant_id,
        author=author,
        position=note.position,
        votes=note.votes,
        hidden=note.hidden,
        created_at=note.created_at,
    )


def workshop_notes(session: Session, workshop_id: int) -> list[NoteRecord]:
    """Every note of the workshop, hidden ones included, in their order within each target.

    Reads plain rows, not ORM objects: a workshop can hold thousands of notes.
    """
    a = Annotation
    query = (
        select(
            a.id,
            a.uid,
            a.target_kind,
            a.workshop_stage_id,
            a.card_id,
            a.scenario_id,
            a.matrix_row_card_id,
            a.matrix_column_card_id,
            a.kind,
            a.text,
            a.role,
            a.participant_id,
            Participant.display_name,
            a.position,
            a.votes,
            a.hidden,
            a.created_at,
        )
        .outerjoin(Participant, Participant.id == a.participant_id)
        .where(a.workshop_id == workshop_id)
        .order_by(a.target_kind, a.workshop_stage_id, a.position, a.id)
    )
    return [
        NoteRecord(
            id=row[0],
            uid=row[1],
            target=Target(TargetKind(row[2]), *row[3:8]),
            kind=row[8],
            text=row[9],
            role=row[10],
            participant_id=row[11],
            author=row[12],
            position=row[13],
            votes=row[14],
            hidden=row[15],
            created_at=row[16],
        )
        for row in session.execute(query)
    ]


def _get(session: Session, note_id: int) -> Annotation:
    note = session.get(Annotation, note_id)
    if note is None:
        raise NotFound(translate("Notes", "This note no longer exists."))
    return note


def _clean_text(text: str) -> str:
    if not text.strip():
        raise Refused(translate("Notes", "A note needs some text."))
    if len(text) > MAX_NOTE_CHARS:
        raise Refused(translate("Notes", "A note may hold up to {count} characters.").format(count=MAX_NOTE_CHARS))
    return text


def capture_note(
    session: Session,
    *,
    workshop_id: int,
    target: Target,
    kind: AnnotationKind,
    text: str,
    uid: str,
    participant_id: int | None = None,
    role: Role | None = None,
) -> NoteRecord:
    """Add a note, once: sending the same ``uid`` again returns the stored note."""
    note = add_annotation(
        session,
        workshop_id=workshop_id,
        target=target,
        kind=kind,
        text=_clean_text(text),
        participant_id=participant_id,
        role=role,
        uid=uid,
    )
    return record(note)


def update_note(
    session: Session,
    note_id: int,
    *,
    text: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    role: str | Unset | None = UNSET,
    participant_id: int | Unset | None = UNSET,
) -> tuple[FieldEdit, NoteRecord]:
    note = _get(session, note_id)
    changes: dict[str, Any] = given(text=text, kind=kind, role=role, participant_id=participant_id)
    if "text" in changes:
        changes["text"] = _clean_text(changes["text"])
    if "kind" in changes:
        changes["kind"] = str(AnnotationKind(changes["kind"]))
    if changes.get("role") is not None:
        changes["role"] = str(Role(changes["role"]))
    edit = apply_changes(note, changes)
    note.updated_at = utcnow()
    session.flush()
    return edit, record(note)


@dataclass(frozen=True)
class NoteMove:
    note_id: int
    before: tuple[Target, float]
    after: tuple[Target, float]


def move_note(
    session: Session, note_id: int, *, target: Target, position: float | None = None
) -> tuple[NoteMove, NoteRecord]:
    """Pin the note elsewhere (another stage, the tray…), at ``position`` or last."""
    note = _get(session, note_id)
    before = (_target_of(note), note.position)
    if position is None:
        position = next_position(session, note.workshop_id, target) if before[0] != target else note.position
    note.target_kind = str(target.kind)
    note.workshop_stage_id = target.stage_id
    note.card_id = target.card_id
    note.scenario_id = target.scenario_id
    note.matrix_row_card_id = target.row_card_id
    note.matrix_column_card_id = target.column_card_id
    note.position = position
    note.updated_at = utcnow()
    session.flush()
    return NoteMove(note_id, before, (target, position)), record(note)


def vote(session: Session, note_id: int, delta: int = 1) -> tuple[int, NoteRecord]:
    """Add ``delta`` dots (never below zero); return the votes before."""
    note = _get(session, note_id)
    before = note.votes
    note.votes = max(0, before + delta)
    session.flush()
    return before, record(note)


def set_votes(session: Session, note_id: int, votes: int) -> NoteRecord:
    note = _get(session, note_id)
    note.votes = max(0, votes)
    session.flush()
    return record(note)


def set_hidden(session: Session, note_ids: Iterable[int], hidden: bool) -> dict[int, bool]:
    """Hide notes from the shared screen (or show them again); return each note's flag before."""
    before: dict[int, bool] = {}
    for note_id in note_ids:
        note = _get(session, note_id)
        before[note.id] = note.hidden
        note.hidden = hidden
    session.flush()
    return before


@dataclass(frozen=True)
class NotesSnapshot:
    """Deleted notes, column by column, to be put back exactly."""

    rows: tuple[dict[str, Any], ...]


_COLUMNS = (
    "id",
    "uid",
    "workshop_id",
    "target_kind",
    "workshop_stage_id",
    "card_id",
    "scenario_id",
    "matrix_row_card_id",
    "matrix_column_card_id",
    "participant_id",
    "role",
    "kind",
    "text",
    "position",
    "hidden",
    "votes",
    "group_id",
    "created_at",
    "updated_at",
)


def delete_notes(session: Session, note_ids: Sequence[int]) -> NotesSnapshot:
    rows = []
    for note_id in note_ids:
        note = _get(session, note_id)
        rows.append({column: getattr(note, column) for column in _COLUMNS})
        session.delete(note)
    session.flush()
    return NotesSnapshot(tuple(rows))


def restore_notes(session: Session, snapshot: NotesSnapshot) -> list[NoteRecord]:
    restored = []
    for row in snapshot.rows:
        values = dict(row)
        if session.get(Annotation, values["id"]) is not None:
            values.pop("id")
        if values.get("participant_id") is not None and session.get(Participant, values["participant_id"]) is None:
            values["participant_id"] = None  # the participant left since; the role stays
        note = Annotation(**values)
        session.add(note)
        session.flush()
        restored.append(record(note))
    return restored


def note_record(session: Session, note_id: int) -> NoteRecord:
    return record(_get(session, note_id))


def notes_by_id(session: Session, note_ids: Iterable[int], workshop_id: int | None = None) -> dict[int, NoteRecord]:
    """The notes among ``note_ids`` that still exist (of ``workshop_id`` when given): a phone
    lists its own this way, and the console's timeline reads the notes a write changed."""
    wanted = sorted(set(note_ids))
    if not wanted:
        return {}
    query = select(Annotation).where(Annotation.id.in_(wanted))
    if workshop_id is not None:
        query = query.where(Annotation.workshop_id == workshop_id)
    return {note.id: record(note) for note in session.scalars(query)}
