"""Groups of notes that say the same thing, made during the review. A note is in at most one
group; a group belongs to one workshop.

Each edit returns what its undo needs (the console's ``QUndoCommand`` keeps that record and
calls back here; it keeps no copy of the data):

========================== =========================== ===========================================
edit                       returns                     undo (then redo)
========================== =========================== ===========================================
``create_group``           :class:`GroupCreated`       ``undo_create_group(created)`` -> snapshot;
                                                       redo ``restore_group(snapshot)``
``rename_group``           :class:`~.edits.FieldEdit`  ``rename_group(edit.id, title=edit.before["title"])``
``delete_group``           :class:`GroupSnapshot`      ``restore_group(snapshot)``; redo ``delete_group``
``move_notes_to_group``    :class:`NotesMoved`         ``put_notes_back(moved)``; redo
                                                       ``move_notes_to_group(moved.note_ids, moved.group_id)``
========================== =========================== ===========================================

``add_notes_to_group`` and ``remove_notes_from_group`` are ``move_notes_to_group`` with a
group, or with ``None``. A restored group gets its old id back when it is free (the normal
case on an undo stack), so later commands naming it keep working.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workshop_studio.i18n import translate
from workshop_studio.services.edits import FieldEdit, apply_changes, get_row
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.storage.models import Annotation, NoteGroup, Workshop, utcnow

MAX_TITLE_CHARS = 500


@dataclass(frozen=True)
class NotesMoved:
    """Notes put into ``group_id`` (``None``: out of any group), and where each was before."""

    group_id: int | None
    before: tuple[tuple[int, int | None], ...]  # (note id, its group before)

    @property
    def note_ids(self) -> tuple[int, ...]:
        return tuple(note_id for note_id, _ in self.before)


@dataclass(frozen=True)
class GroupCreated:
    group_id: int
    moved: NotesMoved


@dataclass(frozen=True)
class GroupSnapshot:
    id: int
    workshop_id: int
    title: str
    created_at: dt.datetime
    note_ids: tuple[int, ...]


@dataclass(frozen=True)
class GroupLine:
    """A group as the review shows it."""

    id: int
    title: str
    note_ids: tuple[int, ...]  # in timeline order of the notes' creation
    votes: int  # the notes' votes added up


def _title(title: str) -> str:
    if not isinstance(title, str):
        raise Refused(translate("Review", "A group's title must be text."))
    if len(title) > MAX_TITLE_CHARS:
        raise Refused(
            translate("Review", "A group's title holds at most {max} characters.").format(max=MAX_TITLE_CHARS)
        )
    return title.strip()


def _group(session: Session, group_id: int) -> NoteGroup:
    return get_row(session, NoteGroup, group_id, translate("Review", "group"))


def _notes(session: Session, workshop_id: int, note_ids: Sequence[int]) -> list[Annotation]:
    wanted = list(dict.fromkeys(note_ids))
    found = {
        note.id: note
        for note in session.scalars(select(Annotation).where(Annotation.id.in_(wanted)).order_by(Annotation.id))
    }
    missing = [note_id for note_id in wanted if note_id not in found]
    if missing:
        raise NotFound(translate("Review", "No note has the id {id}.").format(id=missing[0]))
    if any(found[n].workshop_id != workshop_id for n in wanted):
        raise Refused(translate("Review", "A group holds notes of its own workshop only."))
    return [found[n] for n in wanted]


def _set_groups(session: Session, moves: Sequence[tuple[int, int | None]]) -> None:
    """Set each note's group in SQL, keeping its ``updated_at``: grouping during the review is
    not an edit of what the participant said (and an undo then restores the row exactly)."""
    targets: dict[int | None, list[int]] = {}
    for note_id, group_id in moves:
        targets.setdefault(group_id, []).append(note_id)
    for group_id, note_ids in targets.items():
        session.execute(
            update(Annotation)
            .where(Annotation.id.in_(note_ids))
            .values(group_id=group_id, updated_at=Annotation.updated_at),
            execution_options={"synchronize_session": "fetch"},
        )
    session.flush()


def create_group(session: Session, *, workshop_id: int, title: str, note_ids: Sequence[int] = ()) -> GroupCreated:
    """A new group holding ``note_ids`` (taken out of any group they were in)."""
    get_row(session, Workshop, workshop_id, translate("Review", "workshop"))
    notes = _notes(session, workshop_id, note_ids)
    group = NoteGroup(workshop_id=workshop_id, title=_title(title))
    session.add(group)
    session.flush()
    before = tuple((note.id, note.group_id) for note in notes)
    _set_groups(session, [(note.id, group.id) for note in notes])
    return GroupCreated(group.id, NotesMoved(group.id, before))


def rename_group(session: Session, group_id: int, *, title: str) -> FieldEdit:
    return apply_changes(_group(session, group_id), {"title": _title(title)})


def delete_group(session: Session, group_id: int) -> GroupSnapshot:
    """Delete the group; its notes stay, out of any group."""
    group = _group(session, group_id)
    notes = list(session.scalars(select(Annotation).where(Annotation.group_id == group_id).order_by(Annotation.id)))
    snapshot = GroupSnapshot(group.id, group.workshop_id, group.title, group.created_at, tuple(n.id for n in notes))
    _set_groups(session, [(note.id, None) for note in notes])
    session.delete(group)
    session.flush()
    return snapshot


def restore_group(session: Session, snapshot: GroupSnapshot) -> int:
    """Put a deleted group back, with its notes; returns its id (the old one when free)."""
    reuse = session.get(NoteGroup, snapshot.id) is None
    group = NoteGroup(
        id=snapshot.id if reuse else None,
        workshop_id=snapshot.workshop_id,
        title=snapshot.title,
        created_at=snapshot.created_at or utcnow(),
    )
    session.add(group)
    session.flush()
    present = [n for n in snapshot.note_ids if session.get(Annotation, n) is not None]
    _set_groups(session, [(note.id, group.id) for note in _notes(session, snapshot.workshop_id, present)])
    return group.id


def undo_create_group(session: Session, created: GroupCreated) -> GroupSnapshot:
    """Undo :func:`create_group`: delete the group, and put its notes back where they were."""
    snapshot = delete_group(session, created.group_id)
    put_notes_back(session, created.moved)
    return snapshot


def move_notes_to_group(session: Session, note_ids: Sequence[int], group_id: int | None) -> NotesMoved:
    """Put the notes into ``group_id``, or out of any group with ``None``."""
    if not note_ids:
        return NotesMoved(group_id, ())
    first = session.get(Annotation, note_ids[0])
    if first is None:
        raise NotFound(translate("Review", "No note has the id {id}.").format(id=note_ids[0]))
    workshop_id = first.workshop_id
    if group_id is not None:
        workshop_id = _group(session, group_id).workshop_id
    notes = _notes(session, workshop_id, note_ids)
    before = tuple((note.id, note.group_id) for note in notes)
    _set_groups(session, [(note.id, group_id) for note in notes])
    return NotesMoved(group_id, before)


def add_notes_to_group(session: Session, group_id: int, note_ids: Sequence[int]) -> NotesMoved:
    return move_notes_to_group(session, note_ids, group_id)


def remove_notes_from_group(session: Session, note_ids: Sequence[int]) -> NotesMoved:
    return move_notes_to_group(session, note_ids, None)


def put_notes_back(session: Session, moved: NotesMoved) -> None:
    """Undo a move: each note back in the group it was in (a group deleted since: none)."""
    _set_groups(
        session,
        [
            (note_id, group_id if group_id is None or session.get(NoteGroup, group_id) is not None else None)
            for note_id, group_id in moved.before
        ],
    )


def workshop_groups(session: Session, workshop_id: int) -> list[GroupLine]:
    """The workshop's groups in the order they were made, each with its notes."""
    groups = session.scalars(
        select(NoteGroup).where(NoteGroup.workshop_id == workshop_id).order_by(NoteGroup.created_at, NoteGroup.id)
    )
    members: dict[int, list[Annotation]] = {}
    for note in session.scalars(
        select(Annotation)
        .where(Annotation.workshop_id == workshop_id, Annotation.group_id.is_not(None))
        .order_by(Annotation.created_at, Annotation.id)
    ):
        if note.group_id is not None:  # always: the query asks for grouped notes
            members.setdefault(note.group_id, []).append(note)
    return [
        GroupLine(
            group.id,
            group.title,
            tuple(n.id for n in members.get(group.id, ())),
            sum(n.votes for n in members.get(group.id, ())),
        )
        for group in groups
    ]
