"""Card edits as the deck editor's undo commands will drive them: do, undo, redo, on the data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.services import cards
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.services.library import find_deck
from workshop_studio.services.scenarios import get_scenario
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import AgendaStep, Annotation, Card, MatrixAxisCard, ScenarioCard


def _deck_id(db: Database) -> int:
    with db.read() as session:
        return find_deck(session, "Atelier TPE – jeu de cartes").id


def _order(db: Database, deck_id: int) -> list[int]:
    with db.read() as session:
        return cards.deck_card_ids(session, deck_id)


def _positions(db: Database, deck_id: int) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(Card.position).where(Card.deck_id == deck_id).order_by(Card.position)))


def test_add_card_at_an_index_keeps_positions_dense(sdb: Database) -> None:
    deck_id = _deck_id(sdb)
    before = _order(sdb, deck_id)
    with sdb.write() as session:
        card = cards.add_card(session, deck_id, kind="Profil de recruteur", title="Le saisonnier", index=2)
        new_id = card.id
        assert card.kind == "recruiter_profile" and card.copies == 1
    assert _order(sdb, deck_id) == [*before[:2], new_id, *before[2:]]
    assert _positions(sdb, deck_id) == list(range(len(before) + 1))
    with sdb.write() as session:
        last = cards.add_card(session, deck_id, title="À la fin").id
    assert _order(sdb, deck_id)[-1] == last


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "  "}, "may not be empty"),
        ({"title": "x", "copies": 1000}, "from 0 to 999"),
        ({"title": "x", "copies": -1}, "from 0 to 999"),
        ({"title": "x", "kind": "licorne"}, "not a card kind"),
        ({"title": "x", "colour": "rose"}, "not a colour"),
        ({"title": "x", "pictogram_id": 99999}, "No pictogram"),
    ],
)
def test_add_card_refuses_bad_fields_and_writes_nothing(sdb: Database, dump, fields, message) -> None:
    deck_id = _deck_id(sdb)
    before = dump(sdb)
    with pytest.raises((Refused, NotFound), match=message):
        with sdb.write() as session:
            cards.add_card(session, deck_id, **fields)
    assert dump(sdb) == before


def test_update_then_undo_with_before(sdb: Database, dump) -> None:
    deck_id = _deck_id(sdb)
    card_id = _order(sdb, deck_id)[0]
    before = dump(sdb)
    with sdb.write() as session:
        edit = cards.update_card(
            session,
            card_id,
            title="Nouveau titre",
            body="<b>&</b> 🙂",
            colour="#00AA00",
            copies=3,
            kind=CardKind.VERBATIM,
        )
    assert edit.changed and edit.after["title"] == "Nouveau titre" and edit.after["kind"] == "verbatim"
    assert set(edit.before) == {"title", "body", "colour", "copies", "kind"}
    with sdb.read() as session:
        card = session.get(Card, card_id)
        assert (card.title, card.body, card.colour, card.copies) == ("Nouveau titre", "<b>&</b> 🙂", "#00AA00", 3)
    with sdb.write() as session:
        cards.update_card(session, card_id, **edit.before)  # undo
    assert dump(sdb) == before
    with sdb.write() as session:
        cards.update_card(session, card_id, **edit.after)  # redo
    with sdb.read() as session:
        assert session.get(Card, card_id).title == "Nouveau titre"


def test_an_update_that_fails_changes_nothing(sdb: Database, dump) -> None:
    card_id = _order(sdb, _deck_id(sdb))[0]
    before = dump(sdb)
    with pytest.raises(Refused):
        with sdb.write() as session:
            cards.update_card(session, card_id, title="ok", copies=5000)
    assert dump(sdb) == before


# Cards the sample links everywhere: scenarios, both matrix axes, an agenda step, a spread of
# cards on another step, and participants' notes pinned to them and to matrix cells.
def _richly_linked_cards(db: Database) -> list[int]:
    with db.read() as session:
        steps = list(session.scalars(select(AgendaStep)))
        in_scenarios = set(session.scalars(select(ScenarioCard.card_id)))
        on_matrix = set(session.scalars(select(MatrixAxisCard.card_id)))
        on_agenda = {step.card_id for step in steps} - {None}
        in_spreads = {card for step in steps for card in step.card_ids}
        cell_notes = set(session.scalars(select(Annotation.matrix_column_card_id))) - {None}
    chosen = {min(in_scenarios & on_matrix), min(on_agenda), min(in_spreads), min(on_matrix & cell_notes)}
    return sorted(chosen)


def test_delete_cards_takes_every_reference_and_restore_gives_all_back(sdb: Database, dump) -> None:
    deck_id = _deck_id(sdb)
    chosen = _richly_linked_cards(sdb)
    before = dump(sdb)
    with sdb.write() as session:
        snapshot = cards.delete_cards(session, chosen)
    assert set(snapshot.card_ids) == set(chosen)
    assert snapshot.scenario_links and snapshot.matrix_links and snapshot.agenda_cards and snapshot.agenda_spreads
    assert snapshot.notes
    with sdb.read() as session:
        assert not set(session.scalars(select(ScenarioCard.card_id))) & set(chosen)
        assert not set(session.scalars(select(MatrixAxisCard.card_id))) & set(chosen)
        for step in session.scalars(select(AgendaStep)):
            assert step.card_id not in chosen and not set(step.card_ids) & set(chosen)
        for note in session.scalars(select(Annotation)):
            assert {note.card_id, note.matrix_row_card_id, note.matrix_column_card_id}.isdisjoint(chosen)
        for scenario_id in {ref.owner_id for ref in snapshot.scenario_links}:
            links = get_scenario(session, scenario_id).card_links
            assert [link.position for link in links] == list(range(len(links)))
    assert _positions(sdb, deck_id) == list(range(len(before["card"]) - len(chosen)))

    with sdb.write() as session:
        restored = cards.restore_cards(session, snapshot)
    assert sorted(card.id for card in restored) == chosen
    assert dump(sdb) == before


def test_undo_redo_of_add_keeps_the_id_so_later_commands_still_apply(sdb: Database, dump) -> None:
    deck_id = _deck_id(sdb)
    original = dump(sdb)
    with sdb.write() as session:
        card_id = cards.add_card(session, deck_id, title="Ajoutée", index=0).id  # command 1: redo
    with sdb.write() as session:
        edit = cards.update_card(session, card_id, body="texte")  # command 2: redo
    with sdb.write() as session:
        cards.update_card(session, card_id, **edit.before)  # undo 2
    with sdb.write() as session:
        snapshot = cards.delete_cards(session, [card_id])  # undo 1
    assert dump(sdb) == original
    with sdb.write() as session:
        (again,) = cards.restore_cards(session, snapshot)  # redo 1
        assert again.id == card_id
    with sdb.write() as session:
        cards.update_card(session, card_id, **edit.after)  # redo 2 names the same card
    with sdb.read() as session:
        assert session.get(Card, card_id).body == "texte"
        assert cards.deck_card_ids(session, deck_id)[0] == card_id


def test_duplicate_places_copies_after_the_last_selected(sdb: Database, dump) -> None:
    deck_id = _deck_id(sdb)
    order = _order(sdb, deck_id)
    before = dump(sdb)
    selected = [order[5], order[1]]
    with sdb.write() as session:
        copies = cards.duplicate_cards(session, selected)
        copy_ids = [copy.id for copy in copies]
        originals = [session.get(Card, order[1]), session.get(Card, order[5])]
        for copy, original in zip(copies, originals, strict=True):
            assert (copy.title, copy.body, copy.kind, copy.pictogram_id, copy.back, copy.copies) == (
                original.title,
                original.body,
                original.kind,
                original.pictogram_id,
                original.back,
                original.copies,
            )
    assert _order(sdb, deck_id) == order[:6] + copy_ids + order[6:]
    with sdb.write() as session:
        snapshot = cards.delete_cards(session, copy_ids)  # undo
    assert dump(sdb) == before
    with sdb.write() as session:
        cards.restore_cards(session, snapshot)  # redo
    assert _order(sdb, deck_id) == order[:6] + copy_ids + order[6:]


def test_move_several_cards_and_undo(sdb: Database, dump) -> None:
    deck_id = _deck_id(sdb)
    order = _order(sdb, deck_id)
    before = dump(sdb)
    with sdb.write() as session:
        edit = cards.move_cards(session, deck_id, [order[7], order[2]], to_index=0)
    assert edit.after[:2] == (order[2], order[7]) and edit.before == tuple(order)
    assert _order(sdb, deck_id) == [order[2], order[7]] + [c for c in order if c not in (order[2], order[7])]
    assert _positions(sdb, deck_id) == list(range(len(order)))
    with sdb.write() as session:
        cards.set_card_order(session, deck_id, edit.before)
    assert dump(sdb) == before
    with sdb.write() as session:  # drop below the last card: to the end
        edit = cards.move_cards(session, deck_id, [order[0]], to_index=len(order))
    assert _order(sdb, deck_id)[-1] == order[0]
    current = _order(sdb, deck_id)
    with sdb.write() as session:  # drop on the row just after itself: nothing moves
        edit = cards.move_cards(session, deck_id, [current[3]], to_index=4)
    assert not edit.changed


def test_set_card_order_must_name_each_card_once(sdb: Database, dump) -> None:
    deck_id = _deck_id(sdb)
    order = _order(sdb, deck_id)
    before = dump(sdb)
    for wrong in (order[:-1], [*order, order[0]], [*order[:-1], order[0]]):
        with pytest.raises(Refused):
            with sdb.write() as session:
                cards.set_card_order(session, deck_id, wrong)
    assert dump(sdb) == before


def test_filter_by_kind_keeps_the_deck_order(sdb: Database) -> None:
    deck_id = _deck_id(sdb)
    with sdb.read() as session:
        all_cards = cards.cards_of_kind(session, deck_id)
        postures = cards.cards_of_kind(session, deck_id, ["posture", CardKind.GOLDEN_TICKET])
    assert [card.id for card in all_cards] == _order(sdb, deck_id)
    assert postures and {card.kind for card in postures} == {"advisor_posture", "golden_ticket"}
    assert [card.id for card in postures] == [
        card.id for card in all_cards if card.kind in ("advisor_posture", "golden_ticket")
    ]
