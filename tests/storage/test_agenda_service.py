"""The agenda service on a copy of the real sample file: what a step shows, and each edit with its inverse."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.services.agenda import (
    add_step,
    card_step,
    move_step,
    read_agenda,
    remove_step,
    restore_step,
    scenario_step,
    set_step_minutes,
    set_step_order,
    set_step_title,
    showable_cards,
    showable_scenarios,
    step_order,
)
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import AgendaStep, Card, Workshop


def _workshop_id(db: Database) -> int:
    with db.read() as session:
        return session.scalars(select(Workshop.id)).one()


def _rows(db: Database, workshop_id: int) -> list[tuple]:
    with db.read() as session:
        steps = session.scalars(
            select(AgendaStep).where(AgendaStep.workshop_id == workshop_id).order_by(AgendaStep.position)
        )
        return [
            (s.id, s.position, s.kind, s.title, s.planned_minutes, s.card_id, s.scenario_id, list(s.card_ids))
            for s in steps
        ]


def test_the_sample_agenda_reads_with_everything_each_step_shows(db: Database) -> None:
    with db.read() as session:
        agenda = read_agenda(session, _workshop_id(db))
    kinds = [step.kind for step in agenda.steps]
    assert kinds == [
        "title",
        "card",
        "cards",
        "scenario",
        "instruction",
        "timeline",
        "blank",
        "scenario",
        "matrix",
        "card",
        "title",
    ]
    assert agenda.workshop.title == "Atelier frise – recruter dans une TPE"
    assert agenda.planned_minutes == 160
    instruction = agenda.steps[4]
    assert instruction.heading == "La frise en binômes"
    assert len(instruction.bullets) == 4 and instruction.countdown_minutes == 10 and instruction.pictogram_data
    agenda = replace(agenda, steps=agenda.steps[:4] + agenda.steps[5:])
    card = agenda.steps[1].card
    assert card is not None and card.title == "Qu’est-ce qu’une embauche réussie ?" and card.pictogram_data
    assert [c.title for c in agenda.steps[2].cards] == [
        "Pas le temps pour l’agence",
        "Personne ne m’a montré",
        "Tout le parcours, puis rien",
    ]
    scenario = agenda.steps[3].scenario
    assert scenario is not None and scenario.title == "Trois semaines, puis plus personne"
    assert len(scenario.questions) == 4 and scenario.story and scenario.trade
    timeline = agenda.steps[4]
    assert len(timeline.stages) == 10 and timeline.stages[0].title == "Le besoin apparaît"
    assert all(stage.pictogram_data for stage in timeline.stages)
    matrix = agenda.steps[7].matrix
    assert matrix is not None and len(matrix.rows) == 5 and len(matrix.columns) == 6
    assert matrix.rows[0].title == "Le pressé « pour hier »"
    assert agenda.steps[5].heading == "Pause"
    assert agenda.steps[3].heading == "Trois semaines, puis plus personne"  # no title: its subject


def test_on_the_fly_steps_and_what_can_be_shown(db: Database) -> None:
    workshop_id = _workshop_id(db)
    with db.read() as session:
        cards = showable_cards(session, workshop_id)
        scenarios = showable_scenarios(session)
        shown = card_step(session, cards[0].id)
        story = scenario_step(session, scenarios[0].id)
    assert len(cards) >= 36 and len(scenarios) == 5
    assert shown.id is None and shown.kind == "card" and shown.card is not None and shown.card.title == cards[0].title
    assert story.id is None and story.scenario is not None and story.scenario.title == scenarios[0].title


def test_add_then_remove_and_restore_puts_everything_back(db: Database) -> None:
    workshop_id = _workshop_id(db)
    before = _rows(db, workshop_id)
    with db.read() as session:
        card_ids = list(session.scalars(select(Card.id).order_by(Card.id).limit(2)))
    with db.write() as session:
        new_id = add_step(
            session,
            workshop_id,
            kind=StepKind.CARDS,
            title="Deux cartes",
            planned_minutes=7,
            card_ids=card_ids,
            index=2,
        )
    after = _rows(db, workshop_id)
    assert len(after) == len(before) + 1
    assert after[2][0] == new_id and after[2][2:] == ("cards", "Deux cartes", 7, None, None, card_ids)
    assert [row[1] for row in after] == list(range(len(after)))  # dense positions

    with db.write() as session:
        snapshot = remove_step(session, new_id)
    assert _rows(db, workshop_id) == before
    with db.write() as session:
        assert restore_step(session, snapshot) == new_id
    assert _rows(db, workshop_id) == after

    first = after[0][0]
    with db.write() as session:
        gone = remove_step(session, first)
    assert [row[0] for row in _rows(db, workshop_id)] == [row[0] for row in after[1:]]
    with db.write() as session:
        restore_step(session, gone)
    assert _rows(db, workshop_id) == after


def test_reorder_and_its_inverse(db: Database) -> None:
    workshop_id = _workshop_id(db)
    before = _rows(db, workshop_id)
    ids = [row[0] for row in before]
    with db.write() as session:
        edit = move_step(session, ids[0], 3)
    assert edit.before == tuple(ids) and edit.after == (ids[1], ids[2], ids[3], ids[0], *ids[4:])
    with db.read() as session:
        assert step_order(session, workshop_id) == edit.after
    with db.write() as session:
        set_step_order(session, workshop_id, edit.before)
    assert _rows(db, workshop_id) == before
    with db.write() as session, pytest.raises(Refused):
        set_step_order(session, workshop_id, ids[:-1])


def test_minutes_and_title_edits_say_what_they_were(db: Database) -> None:
    workshop_id = _workshop_id(db)
    timeline = next(i for i, row in enumerate(_rows(db, workshop_id)) if row[2] == "timeline")
    step_id = _rows(db, workshop_id)[timeline][0]
    with db.write() as session:
        minutes = set_step_minutes(session, step_id, 42)
        title = set_step_title(session, step_id, "<b>Frise</b> & co")
    assert minutes.before == {"planned_minutes": 35} and minutes.after == {"planned_minutes": 42}
    with db.read() as session:
        agenda = read_agenda(session, workshop_id)
    assert agenda.steps[timeline].planned_minutes == 42 and agenda.steps[timeline].title == "<b>Frise</b> & co"
    with db.write() as session:
        set_step_minutes(session, step_id, minutes.before["planned_minutes"])
        set_step_title(session, step_id, title.before["title"])
    assert _rows(db, workshop_id)[timeline][3:5] == ("La frise, étape par étape : qui voit quoi ?", 35)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": "slideshow"},
        {"kind": "card"},
        {"kind": "scenario"},
        {"kind": "cards", "card_ids": []},
        {"kind": "title", "planned_minutes": -1},
        {"kind": "card", "card_id": 999_999},
    ],
)
def test_bad_steps_are_refused_with_a_message(db: Database, kwargs: dict) -> None:
    before = _rows(db, _workshop_id(db))
    with pytest.raises((Refused, NotFound)) as caught, db.write() as session:
        add_step(session, _workshop_id(db), **kwargs)
    assert str(caught.value)
    assert _rows(db, _workshop_id(db)) == before


def test_a_removed_card_is_left_out_when_its_step_comes_back(db: Database) -> None:
    workshop_id = _workshop_id(db)
    with db.read() as session:
        spare = session.scalars(select(Card.id).order_by(Card.id.desc())).first()
    with db.write() as session:
        step_id = add_step(session, workshop_id, kind="card", card_id=spare)
        snapshot = remove_step(session, step_id)
    with db.write() as session:
        session.delete(session.get(Card, spare))
    with db.write() as session:
        restore_step(session, snapshot)
    with db.read() as session:
        step = session.get(AgendaStep, step_id)
        assert step is not None and step.card_id is None
