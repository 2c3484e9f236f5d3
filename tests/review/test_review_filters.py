"""Filtering and sorting a workshop's notes, on the seeded sample."""

from __future__ import annotations

from sqlalchemy import select

from workshop_studio.services.review import note_rows
from workshop_studio.services.review_filters import (
    NoteFilter,
    filter_choices,
    filter_notes,
    review_notes,
    sort_notes,
    top_notes,
)
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, Participant, WorkshopStage


def _hide(db: Database, text_start: str) -> int:
    with db.write() as session:
        note = session.scalars(select(Annotation).where(Annotation.text.startswith(text_start))).one()
        note.hidden = True
        return note.id


def test_every_note_comes_back_hidden_ones_included(rdb: Database, workshop_id: int) -> None:
    hidden_id = _hide(rdb, "Le plus dur")
    with rdb.read() as session:
        rows = review_notes(session, workshop_id)
        without = review_notes(session, workshop_id, NoteFilter(include_hidden=False))
    assert len(rows) == 40
    assert hidden_id in {r.id for r in rows} and hidden_id not in {r.id for r in without}
    assert len(without) == 39


def test_filters_by_role_and_kind_combine_with_and_values_with_or(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        rows = note_rows(session, workshop_id)
    irritants = filter_notes(rows, NoteFilter.of(kinds=["irritant"]))
    assert len(irritants) == 6 and {r.kind for r in irritants} == {"irritant"}
    cde_irritants = filter_notes(rows, NoteFilter.of(kinds=["irritant"], roles=["cde"]))
    assert [r.text[:20] for r in cde_irritants] == ["Certains gérants pub", "Une fois l’offre clô"]
    either = filter_notes(rows, NoteFilter.of(roles=["new_hire", "partner"]))
    assert {r.role for r in either} == {"new_hire", "partner"} and len(either) == 10


def test_filter_by_participant_and_by_stage(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        karima = session.scalars(select(Participant).where(Participant.display_name == "Karima B.")).one()
        stage = session.scalars(select(WorkshopStage).where(WorkshopStage.key == "premiers-jours")).one()
        by_person = review_notes(session, workshop_id, NoteFilter.of(participant_ids=[karima.id]))
        at_stage = review_notes(session, workshop_id, NoteFilter.of(stage_ids=[stage.id]))
    assert len(by_person) == 5 and {r.author for r in by_person} == {"Karima B."}
    assert len(at_stage) == 5 and {r.target for r in at_stage} == {"Les premiers jours"}


def test_filter_by_card_includes_matrix_cells_on_that_card(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        rows = note_rows(session, workshop_id)
    cell = next(r for r in rows if r.target_kind == "matrix_cell")
    on_row_card = filter_notes(rows, NoteFilter.of(card_ids=[cell.row_card_id]))
    assert cell.id in {r.id for r in on_row_card}
    card = next(r for r in rows if r.target == "Ticket d’or – recommandez-nous")
    on_card = filter_notes(rows, NoteFilter.of(card_ids=[card.card_id]))
    assert {r.target for r in on_card} == {"Ticket d’or – recommandez-nous"} and len(on_card) == 2


def test_filter_by_scenario(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        rows = note_rows(session, workshop_id)
    scenario_id = next(r.scenario_id for r in rows if r.target == "Une affaire de famille")
    found = filter_notes(rows, NoteFilter.of(scenario_ids=[scenario_id]))
    assert len(found) == 2 and {r.target_kind for r in found} == {"scenario"}


def test_text_search_ignores_case_and_accents_and_needs_every_word(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        rows = note_rows(session, workshop_id)
    essai = filter_notes(rows, NoteFilter(text="PERIODE"))  # "période" in no note; "l’essai" etc.
    assert essai == []
    found = filter_notes(rows, NoteFilter(text="premiere SEMAINE"))
    assert found and all("premi" in r.text.lower() and "semaine" in r.text.lower() for r in found)
    assert any("première semaine" in r.text for r in found)
    assert filter_notes(rows, NoteFilter(text="premiere semaine licorne")) == []


def test_sort_by_votes_most_voted_first_ties_oldest_first(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        rows = note_rows(session, workshop_id)
    ranked = sort_notes(rows, "votes")
    votes = [r.votes for r in ranked]
    assert votes == sorted(votes, reverse=True) and votes[0] == 4
    fours = [r for r in ranked if r.votes == 4]
    assert [r.created_at for r in fours] == sorted(r.created_at for r in fours)
    assert [r.votes for r in top_notes(rows, 3)] == [4, 4, 4]


def test_timeline_order_puts_stage_notes_first_in_stage_order(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        ordered = review_notes(session, workshop_id, order="timeline")
    positions = [r.stage_position for r in ordered if r.stage_position is not None]
    assert positions == sorted(positions) and len(positions) == 28
    assert all(r.stage_position is None for r in ordered[28:])


def test_filter_choices_offer_what_the_notes_have(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        choices = filter_choices(session, workshop_id)
    assert [c.value for c in choices.roles] == ["cde", "cdde", "recruiter", "new_hire", "partner", "facilitator"]
    assert sum(c.count for c in choices.kinds) == 40
    assert len(choices.stages) == 10 and choices.stages[0].label == "Le besoin apparaît"
    assert {c.label for c in choices.participants} >= {"Karima B.", "Béatrice L."}
    assert {c.label for c in choices.scenarios} == {"Trois semaines, puis plus personne", "Une affaire de famille"}
