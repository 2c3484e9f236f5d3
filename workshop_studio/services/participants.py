"""A workshop's participants: add, edit, remove, reorder, import a list.

Each edit returns what its undo needs (``services/edits.py``): ``add_participants`` the new
rows (undo: ``delete_participants``, redo: ``restore_participants`` with the snapshot, same
ids); ``update_participant`` a ``FieldEdit``; ``delete_participants`` a snapshot that also
remembers which notes each participant wrote, so restoring them gives the notes their author
back; ``set_participant_order`` / ``move_participants`` an ``OrderEdit``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workshop_studio.domain.vocabulary import Role, fold
from workshop_studio.domain.workshop import MAX_NAME_CHARS, ParticipantData
from workshop_studio.i18n import translate
from workshop_studio.services.edits import (
    UNSET,
    FieldEdit,
    OrderEdit,
    Unset,
    apply_changes,
    check_permutation,
    get_row,
    given,
    moved,
    renumber,
)
from workshop_studio.services.errors import Refused
from workshop_studio.services.workshops import get_workshop
from workshop_studio.storage.models import Annotation, Participant

MAX_PARTICIPANTS = 500


def _name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Refused(translate("Participants", "A participant needs a name or a pseudonym."))
    if len(value) > MAX_NAME_CHARS:
        raise Refused(
            translate("Participants", "A participant's name has at most {max} characters.").format(max=MAX_NAME_CHARS)
        )
    return value.strip()


def _role(value: Any) -> str:
    try:
        return Role(value).value
    except ValueError:
        raise Refused(translate("Participants", "“{role}” is not a role.").format(role=value)) from None


def _organisation(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_NAME_CHARS:
        raise Refused(
            translate("Participants", "An organisation's name has at most {max} characters.").format(max=MAX_NAME_CHARS)
        )
    return value.strip()


def _ordered(session: Session, workshop_id: int) -> list[Participant]:
    return list(
        session.scalars(
            select(Participant)
            .where(Participant.workshop_id == workshop_id)
            .order_by(Participant.position, Participant.id)
        )
    )


def get_participant(session: Session, participant_id: int) -> Participant:
    return get_row(session, Participant, participant_id, translate("Participants", "participant"))


def list_participants(session: Session, workshop_id: int) -> list[Participant]:
    get_workshop(session, workshop_id)
    return _ordered(session, workshop_id)


def add_participants(
    session: Session, workshop_id: int, people: Sequence[ParticipantData], *, index: int | None = None
) -> list[Participant]:
    """Add ``people`` at ``index`` (``None``: after the others), all or none."""
    get_workshop(session, workshop_id)
    current = _ordered(session, workshop_id)
    if len(current) + len(people) > MAX_PARTICIPANTS:
        raise Refused(
            translate("Participants", "A workshop has at most {max} participants.").format(max=MAX_PARTICIPANTS)
        )
    added = [
        Participant(
            workshop_id=workshop_id,
            display_name=_name(p.display_name),
            role=_role(p.role),
            organisation=_organisation(p.organisation),
        )
        for p in people
    ]
    where = len(current) if index is None else max(0, min(index, len(current)))
    current[where:where] = added
    session.add_all(added)
    renumber(current)
    session.flush()
    return added


def split_known(
    session: Session, workshop_id: int, people: Sequence[ParticipantData]
) -> tuple[list[ParticipantData], list[ParticipantData]]:
    """``people`` as (new to the workshop, already in it): the same name and role, whatever
    the case and accents. A list imported twice then adds no one twice."""

    def key(name: str, role: str) -> tuple[str, str]:
        return fold(name), role

    known = {key(p.display_name, p.role) for p in _ordered(session, workshop_id)}
    new: list[ParticipantData] = []
    present: list[ParticipantData] = []
    for person in people:
        (present if key(person.display_name, person.role) in known else new).append(person)
    return new, present


def add_participant(
    session: Session, workshop_id: int, person: ParticipantData, *, index: int | None = None
) -> Participant:
    return add_participants(session, workshop_id, [person], index=index)[0]


def update_participant(
    session: Session,
    participant_id: int,
    *,
    display_name: str | Unset = UNSET,
    role: str | Unset = UNSET,
    organisation: str | Unset = UNSET,
) -> FieldEdit:
    participant = get_participant(session, participant_id)
    changes = given(display_name=display_name, role=role, organisation=organisation)
    checks = {"display_name": _name, "role": _role, "organisation": _organisation}
    edit = apply_changes(participant, {name: checks[name](value) for name, value in changes.items()})
    if "role" in changes and edit.changed:  # the notes they wrote carry their role
        session.execute(
            update(Annotation)
            .where(Annotation.participant_id == participant_id)
            .values(role=participant.role, updated_at=Annotation.updated_at)
        )
    session.flush()
    return edit


@dataclass(frozen=True)
class RemovedParticipant:
    id: int
    workshop_id: int
    index: int
    display_name: str
    role: str
    organisation: str
    note_ids: tuple[int, ...]  # the notes they wrote, which keep their role but lose their author


@dataclass(frozen=True)
class ParticipantsSnapshot:
    participants: tuple[RemovedParticipant, ...]


def delete_participants(session: Session, participant_ids: Iterable[int]) -> ParticipantsSnapshot:
    removed = []
    for participant_id in dict.fromkeys(participant_ids):
        person = get_participant(session, participant_id)
        order = _ordered(session, person.workshop_id)
        notes = tuple(
            session.scalars(select(Annotation.id).where(Annotation.participant_id == person.id).order_by(Annotation.id))
        )
        removed.append(
            RemovedParticipant(
                person.id,
                person.workshop_id,
                order.index(person),
                person.display_name,
                person.role,
                person.organisation,
                notes,
            )
        )
        order.remove(person)
        session.delete(person)
        renumber(order)
        session.flush()
    return ParticipantsSnapshot(tuple(removed))


def restore_participants(session: Session, snapshot: ParticipantsSnapshot) -> list[Participant]:
    """Put removed participants back at their places, under their ids, with their notes."""
    restored = []
    for row in reversed(snapshot.participants):  # the last removed goes back first
        order = _ordered(session, row.workshop_id)
        person = Participant(
            id=row.id if session.get(Participant, row.id) is None else None,
            workshop_id=row.workshop_id,
            display_name=row.display_name,
            role=row.role,
            organisation=row.organisation,
        )
        order.insert(max(0, min(row.index, len(order))), person)
        session.add(person)
        renumber(order)
        session.flush()
        if row.note_ids:
            session.execute(
                update(Annotation)
                .where(Annotation.id.in_(row.note_ids), Annotation.participant_id.is_(None))
                .values(participant_id=person.id, updated_at=Annotation.updated_at)
            )
        restored.append(person)
    session.flush()
    restored.reverse()
    return restored


def set_participant_order(session: Session, workshop_id: int, participant_ids: Sequence[int]) -> OrderEdit:
    order = _ordered(session, workshop_id)
    before = tuple(p.id for p in order)
    after = check_permutation(before, participant_ids, translate("Participants", "participants"))
    by_id = {p.id: p for p in order}
    renumber(by_id[i] for i in after)
    session.flush()
    return OrderEdit(workshop_id, before, after)


def move_participants(
    session: Session, workshop_id: int, participant_ids: Sequence[int], *, to_index: int
) -> OrderEdit:
    """Move these participants, kept in their order, so that the first ends at ``to_index``."""
    current = tuple(p.id for p in _ordered(session, workshop_id))
    return set_participant_order(session, workshop_id, moved(current, participant_ids, to_index))
