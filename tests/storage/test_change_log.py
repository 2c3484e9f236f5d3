"""What a write changed is recorded from the write itself: the areas it touched, the notes by id."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from workshop_studio.domain.changes import Area, Changes
from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.domain.workshop import ParticipantData
from workshop_studio.services.cards import add_card
from workshop_studio.services.notes import capture_note, set_hidden
from workshop_studio.services.participants import add_participant, delete_participants
from workshop_studio.services.review_workshops import delete_workshop
from workshop_studio.storage.change_log import record_changes
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Deck, Workshop, WorkshopStage


def _changes(db: Database, work) -> Changes:
    with db.write() as session:
        log = record_changes(session)
        work(session)
    return log.changes


def _first(db: Database, model, **where):
    with db.read() as session:
        return session.scalars(select(model.id).filter_by(**where).order_by(model.id)).first()


def _note(session, workshop_id: int, stage_id: int, text: str = "Un mot", participant_id: int | None = None):
    return capture_note(
        session,
        workshop_id=workshop_id,
        target=Target.stage(stage_id),
        kind=AnnotationKind.IDEA,
        text=text,
        uid=uuid.uuid4().hex,
        participant_id=participant_id,
        role=None if participant_id else Role.CDE,
    )


def test_a_new_note_names_itself_and_nothing_else(db: Database) -> None:
    workshop_id = _first(db, Workshop)
    stage_id = _first(db, WorkshopStage, workshop_id=workshop_id)
    added: list[int] = []
    changes = _changes(db, lambda s: added.append(_note(s, workshop_id, stage_id).id))
    assert changes.areas == {Area.NOTES}  # the workshop it belongs to did not change
    assert changes.notes == set(added) and not changes.removed_notes
    assert changes.notes_one_by_one()


def test_a_card_added_to_a_deck_is_a_change_of_cards_not_of_the_deck(db: Database) -> None:
    deck_id = _first(db, Deck)
    changes = _changes(db, lambda s: add_card(s, deck_id, title="Nouvelle carte"))
    assert changes.areas == {Area.CARDS}
    assert changes.touches(Area.CARDS, Area.PICTOGRAMS) and not changes.touches(Area.DECKS)


def test_hiding_names_the_notes_hidden(db: Database) -> None:
    workshop_id = _first(db, Workshop)
    stage_id = _first(db, WorkshopStage, workshop_id=workshop_id)
    with db.write() as session:
        ids = [_note(session, workshop_id, stage_id, f"note {i}").id for i in range(3)]
    changes = _changes(db, lambda s: set_hidden(s, ids[:2], True))
    assert changes.areas == {Area.NOTES} and changes.notes == set(ids[:2])


def test_a_bulk_statement_says_notes_changed_without_naming_them(db: Database) -> None:
    """Deleting a participant unlinks their notes in one UPDATE: which ones, only the database knows."""
    workshop_id = _first(db, Workshop)
    stage_id = _first(db, WorkshopStage, workshop_id=workshop_id)
    with db.write() as session:
        person = add_participant(session, workshop_id, ParticipantData("Awa Diallo", Role.CDE.value))
        _note(session, workshop_id, stage_id, participant_id=person.id)
        person_id = person.id
    changes = _changes(db, lambda s: delete_participants(s, [person_id]))
    assert Area.PARTICIPANTS in changes.areas and Area.NOTES in changes.areas
    assert not changes.notes_one_by_one()


def test_deleting_a_workshop_names_what_the_database_deletes_with_it(db: Database) -> None:
    workshop_id = _first(db, Workshop)
    changes = _changes(db, lambda s: delete_workshop(s, workshop_id))
    assert {Area.WORKSHOPS, Area.PARTICIPANTS, Area.AGENDA, Area.NOTES, Area.REVIEW} <= changes.areas
    assert not changes.touches(Area.CARDS, Area.DECKS, Area.TIMELINES)  # the library stays
    assert not changes.notes_one_by_one()


def test_a_read_changes_nothing(db: Database) -> None:
    changes = _changes(db, lambda s: s.scalars(select(Workshop)).all())
    assert not changes and changes == Changes()
