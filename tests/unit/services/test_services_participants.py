"""A workshop's participants through the services: add, edit, remove with their notes'
authorship, reorder; every edit undone exactly."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop_studio.domain.vocabulary import AnnotationKind
from workshop_studio.domain.workshop import ParticipantData
from workshop_studio.services import participants as service
from workshop_studio.services.errors import Refused
from workshop_studio.services.notes import Target, add_annotation
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, Workshop


def _workshop(db: Database) -> int:
    with db.read() as session:
        return session.scalars(select(Workshop.id).order_by(Workshop.id)).one()


def _names(db: Database, workshop_id: int) -> list[str]:
    with db.read() as session:
        return [p.display_name for p in service.list_participants(session, workshop_id)]


def test_added_participants_go_where_asked_in_order(sdb: Database) -> None:
    workshop_id = _workshop(sdb)
    people = [ParticipantData(" Inès R. ", "cde", "agence de Cavaillon"), ParticipantData("Marc", "new_hire")]
    with sdb.write() as session:
        added = service.add_participants(session, workshop_id, people, index=1)
        first = added[0].id
    names = _names(sdb, workshop_id)
    assert names[:4] == ["Karima B.", "Inès R.", "Marc", "Stéphane D."] and len(names) == 12
    with sdb.read() as session:
        person = service.get_participant(session, first)
        assert (person.role, person.organisation) == ("cde", "agence de Cavaillon")


@pytest.mark.parametrize(
    "person, message",
    [
        (ParticipantData("", "cde"), "needs a name"),
        (ParticipantData("Léo", "boss"), "“boss” is not a role"),
        (ParticipantData("Léo", "cde", "o" * 201), "at most 200"),
    ],
)
def test_a_bad_participant_refuses_the_whole_list(sdb: Database, dump, person: ParticipantData, message: str) -> None:
    before = dump(sdb)
    with pytest.raises(Refused, match=message):
        with sdb.write() as session:
            service.add_participants(session, _workshop(sdb), [ParticipantData("Valide", "cdde"), person])
    assert dump(sdb) == before


def test_changing_a_role_changes_the_role_on_their_notes_and_undo_puts_it_back(sdb: Database, dump) -> None:
    workshop_id = _workshop(sdb)
    with sdb.read() as session:
        karima = service.list_participants(session, workshop_id)[0].id
    before = dump(sdb, ignore=("annotation.updated_at",))
    with sdb.write() as session:
        edit = service.update_participant(session, karima, role="partner", organisation="Mission locale")
    with sdb.read() as session:
        roles = set(session.scalars(select(Annotation.role).where(Annotation.participant_id == karima)))
    assert roles == {"partner"} and edit.before == {"role": "cde", "organisation": "agence d’Avignon"}
    with sdb.write() as session:
        service.update_participant(session, karima, **edit.before)
    assert dump(sdb, ignore=("annotation.updated_at",)) == before


def test_removing_participants_keeps_their_notes_and_restoring_gives_them_back(sdb: Database, dump) -> None:
    workshop_id = _workshop(sdb)
    with sdb.read() as session:
        people = service.list_participants(session, workshop_id)
        chosen = [people[1].id, people[4].id]
        notes_before = {
            n.id: n.participant_id
            for n in session.scalars(select(Annotation).where(Annotation.participant_id.in_(chosen)))
        }
    assert notes_before
    before = dump(sdb)
    with sdb.write() as session:
        snapshot = service.delete_participants(session, chosen)
    with sdb.read() as session:
        kept = session.scalars(select(Annotation).where(Annotation.id.in_(notes_before))).all()
        assert len(kept) == len(notes_before) and all(n.participant_id is None and n.role for n in kept)
    assert len(_names(sdb, workshop_id)) == 8
    with sdb.write() as session:
        service.restore_participants(session, snapshot)
    assert dump(sdb) == before


def test_reordering_participants_and_back(sdb: Database, dump) -> None:
    workshop_id = _workshop(sdb)
    with sdb.read() as session:
        ids = [p.id for p in service.list_participants(session, workshop_id)]
    before = dump(sdb)
    with sdb.write() as session:
        edit = service.move_participants(session, workshop_id, [ids[8], ids[9]], to_index=0)
    assert _names(sdb, workshop_id)[:3] == ["Martine V.", "Béatrice L.", "Karima B."]
    with sdb.write() as session:
        service.set_participant_order(session, workshop_id, edit.before)
    assert dump(sdb) == before
    with pytest.raises(Refused):
        with sdb.write() as session:
            service.set_participant_order(session, workshop_id, ids[:-1])


def test_a_note_written_by_someone_later_removed_can_still_be_added(sdb: Database) -> None:
    workshop_id = _workshop(sdb)
    with sdb.write() as session:
        person = service.add_participant(session, workshop_id, ParticipantData("Temporaire", "partner"))
        note = add_annotation(
            session,
            workshop_id=workshop_id,
            target=Target.tray(),
            kind=AnnotationKind.IDEA,
            text="Une idée",
            participant_id=person.id,
        )
        service.delete_participants(session, [person.id])
        assert session.get(Annotation, note.id).role == "partner"
