"""Deck edits: create, rename, duplicate, delete and restore, as the deck editor's commands."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop_studio.services import cards, library
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Card, Deck, Workshop

SAMPLE = "Atelier TPE – jeu de cartes"


def _sample_id(db: Database) -> int:
    with db.read() as session:
        return library.find_deck(session, SAMPLE).id


def test_new_deck_rename_and_undo(sdb: Database, dump) -> None:
    with sdb.write() as session:
        deck_id = library.new_deck(session, name="  Atelier du 12 mars ", card_size="tarot").id
    before = dump(sdb, ignore=("deck.updated_at",))
    with sdb.write() as session:
        edit = library.update_deck(session, deck_id, name="Atelier du 19 mars", description="reporté")
    assert edit.before == {"name": "Atelier du 12 mars", "description": ""}
    with sdb.read() as session:
        assert library.find_deck(session, "Atelier du 19 mars").id == deck_id
    with sdb.write() as session:
        library.update_deck(session, deck_id, **edit.before)
    assert dump(sdb, ignore=("deck.updated_at",)) == before


@pytest.mark.parametrize(
    ("fields", "message"), [({"name": " "}, "may not be empty"), ({"card_size": "A0"}, "not a card size")]
)
def test_deck_edits_refuse_bad_values(sdb: Database, dump, fields, message) -> None:
    deck_id = _sample_id(sdb)
    before = dump(sdb)
    with pytest.raises(Refused, match=message):
        with sdb.write() as session:
            library.update_deck(session, deck_id, **fields)
    assert dump(sdb) == before


def test_duplicate_copies_every_card_in_order_under_a_unique_name(sdb: Database) -> None:
    deck_id = _sample_id(sdb)
    with sdb.write() as session:
        first = library.duplicate_deck(session, deck_id)
        second = library.duplicate_deck(session, deck_id)
        first_id, second_id, first_name, second_name = first.id, second.id, first.name, second.name
    assert first_name == f"{SAMPLE} (copy)" and second_name == f"{SAMPLE} (copy) (2)"
    with sdb.read() as session:

        def contents(deck: int) -> list[tuple]:
            return [
                (c.kind, c.title, c.body, c.pictogram_id, c.colour, c.back, c.copies, c.position)
                for c in cards.cards_of_kind(session, deck)
            ]

        assert contents(first_id) == contents(deck_id) == contents(second_id)
        assert not set(cards.deck_card_ids(session, first_id)) & set(cards.deck_card_ids(session, deck_id))


def test_delete_deck_and_restore_it_whole(sdb: Database, dump) -> None:
    deck_id = _sample_id(sdb)
    before = dump(sdb)
    with sdb.write() as session:
        snapshot = library.delete_deck(session, deck_id)
    assert snapshot.workshop_ids and len(snapshot.cards.cards) >= 36
    with sdb.read() as session:
        assert session.get(Deck, deck_id) is None
        assert not list(session.scalars(select(Card).where(Card.deck_id == deck_id)))
        assert session.get(Workshop, snapshot.workshop_ids[0][0]).deck_ids == []
    with sdb.write() as session:
        library.restore_deck(session, snapshot)
    assert dump(sdb) == before
    with sdb.write() as session:  # and the redo of the deletion works again
        library.delete_deck(session, deck_id)
    with pytest.raises(NotFound):
        with sdb.read() as session:
            library.find_deck(session, SAMPLE)


def test_restore_when_the_id_was_taken_meanwhile(sdb: Database) -> None:
    with sdb.write() as session:
        deck_id = library.new_deck(session, name="Éphémère").id
        cards.add_card(session, deck_id, title="Une")
        cards.add_card(session, deck_id, title="Deux")
    with sdb.write() as session:
        snapshot = library.delete_deck(session, deck_id)
    with sdb.write() as session:  # another window took the id (SQLite reuses the largest one)
        taker = Deck(id=deck_id, name="Autre")
        session.add(taker)
    with sdb.write() as session:
        restored = library.restore_deck(session, snapshot)
        new_id = restored.id
    assert new_id != deck_id
    with sdb.read() as session:
        assert [c.title for c in cards.cards_of_kind(session, new_id)] == ["Une", "Deux"]
        assert library.get_deck(session, new_id).name == "Éphémère"
