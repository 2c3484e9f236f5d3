"""Preparing a workshop through the services: create, edit, choose materials, change the
timeline, copy from a model or from the bundled sample, and undo each of them exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from workshop_studio.domain.vocabulary import AnnotationKind
from workshop_studio.domain.workshop import ParticipantData, WorkshopDetails
from workshop_studio.interchange.sample import new_workshop_from_sample, sample_workshop_title
from workshop_studio.services import workshop_setup as setup
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.services.notes import Target, add_annotation
from workshop_studio.services.participants import add_participants
from workshop_studio.services.review_workshops import delete_workshop
from workshop_studio.services.workshops import workshop_details, workshop_overview
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import (
    Annotation,
    Deck,
    Matrix,
    Pictogram,
    Scenario,
    Timeline,
    Workshop,
)


def _library(db: Database) -> tuple[int, int, int, int]:
    """The sample's timeline, deck, first scenario and matrix ids."""
    with db.read() as session:
        return (
            session.scalars(select(Timeline.id).order_by(Timeline.id)).first(),
            session.scalars(select(Deck.id).order_by(Deck.id)).first(),
            session.scalars(select(Scenario.id).order_by(Scenario.id)).first(),
            session.scalars(select(Matrix.id).order_by(Matrix.id)).first(),
        )


def test_a_new_workshop_needs_only_a_title_and_copies_its_timeline(sdb: Database) -> None:
    timeline_id, deck_id, scenario_id, matrix_id = _library(sdb)
    with sdb.write() as session:
        bare = setup.create_workshop(session, WorkshopDetails(title="  Atelier du jeudi  ")).id
        full = setup.create_workshop(
            session,
            WorkshopDetails(
                title="Atelier de Carpentras",
                date=dt.date(2027, 1, 14),
                start_time=dt.time(9, 30, 12),
                available_minutes=150,
                place="Agence de Carpentras",
                room="Salle du fond",
                facilitator="Inès R.",
                timeline_id=timeline_id,
                deck_ids=(deck_id, deck_id),
                scenario_ids=(scenario_id,),
                matrix_id=matrix_id,
            ),
        ).id
    with sdb.read() as session:
        one = workshop_overview(session, bare)
        assert (one.title, one.stages, one.deck_names, one.start_time) == ("Atelier du jeudi", (), (), None)
        two = workshop_overview(session, full)
        details = workshop_details(session, full)
    assert len(two.stages) == 10 and two.stages[0].title == "Le besoin apparaît"
    assert two.start_time == dt.time(9, 30) and two.available_minutes == 150 and two.room == "Salle du fond"
    assert two.deck_names == ("Atelier TPE – jeu de cartes",) and len(two.scenario_names) == 1 and two.matrix_name
    assert details.deck_ids == (deck_id,) and details.timeline_id == timeline_id


@pytest.mark.parametrize(
    "details, message",
    [
        (WorkshopDetails(title="   "), "needs a title"),
        (WorkshopDetails(title="x" * 301), "at most 300"),
        (WorkshopDetails(title="A", available_minutes=0), "time available"),
        (WorkshopDetails(title="A", room="r" * 201), "at most 200"),
        (WorkshopDetails(title="A", deck_ids=(99999,)), "No deck has the id 99999"),
        (WorkshopDetails(title="A", matrix_id=99999), "No matrix has the id 99999"),
    ],
)
def test_bad_details_are_refused_and_nothing_is_written(
    sdb: Database, dump, details: WorkshopDetails, message: str
) -> None:
    before = dump(sdb)
    with pytest.raises((Refused, NotFound), match=message):
        with sdb.write() as session:
            setup.create_workshop(session, details)
    assert dump(sdb) == before


def test_editing_details_and_materials_undoes_exactly(sdb: Database, dump) -> None:
    timeline_id, deck_id, scenario_id, _matrix = _library(sdb)
    with sdb.write() as session:
        workshop_id = setup.create_workshop(session, WorkshopDetails(title="Avant", timeline_id=timeline_id)).id
    before = dump(sdb)
    with sdb.write() as session:
        edit = setup.update_workshop(
            session, workshop_id, title="Après", start_time=dt.time(14, 0), room="B12", available_minutes=90
        )
        decks = setup.set_workshop_decks(session, workshop_id, [deck_id])
        scenarios = setup.set_workshop_scenarios(session, workshop_id, [scenario_id])
    assert edit.before == {"title": "Avant", "start_time": None, "room": "", "available_minutes": None}
    assert decks.before == () and decks.after == (deck_id,) and scenarios.after == (scenario_id,)
    with sdb.read() as session:
        assert workshop_overview(session, workshop_id).room == "B12"
    with sdb.write() as session:
        setup.update_workshop(session, workshop_id, **edit.before)
        setup.set_workshop_decks(session, workshop_id, decks.before)
        setup.set_workshop_scenarios(session, workshop_id, scenarios.before)
    assert dump(sdb) == before


def test_the_timeline_changes_until_notes_are_pinned_to_it(sdb: Database, dump) -> None:
    timeline_id, *_ = _library(sdb)
    with sdb.write() as session:
        workshop_id = setup.create_workshop(session, WorkshopDetails(title="Sans frise")).id
    before = dump(sdb)
    with sdb.write() as session:
        snapshot = setup.set_workshop_timeline(session, workshop_id, timeline_id)
    with sdb.read() as session:
        stages = workshop_overview(session, workshop_id).stages
    assert snapshot.stages == () and len(stages) == 10
    with sdb.write() as session:
        setup.restore_workshop_stages(session, snapshot)
    assert dump(sdb) == before
    with sdb.write() as session:
        setup.set_workshop_timeline(session, workshop_id, timeline_id)
        stage_id = session.get(Workshop, workshop_id).stages[2].id
        add_annotation(
            session,
            workshop_id=workshop_id,
            target=Target.stage(stage_id),
            kind=AnnotationKind.IDEA,
            text="Appeler le gérant après un mois",
        )
    with pytest.raises(Refused, match="Notes are already pinned"):
        with sdb.write() as session:
            setup.set_workshop_timeline(session, workshop_id, None)


def test_a_copy_takes_agenda_stages_and_materials_never_notes(sdb: Database) -> None:
    with sdb.read() as session:
        model = session.scalars(select(Workshop).order_by(Workshop.id)).first()
        assert model is not None
        model_id, agenda, people = (
            model.id,
            [(s.kind, s.title, s.bullets) for s in model.agenda],
            len(model.participants),
        )
    with sdb.write() as session:
        plain = setup.copy_workshop(session, model_id, details=WorkshopDetails(title="Atelier de mars"))
        dup = setup.copy_workshop(session, model_id, participants=True)
        ids = plain.id, dup.id
    with sdb.read() as session:
        a, b = (session.get(Workshop, i) for i in ids)
        assert a is not None and b is not None
        assert (
            [(s.kind, s.title, s.bullets) for s in a.agenda]
            == agenda
            == [(s.kind, s.title, s.bullets) for s in b.agenda]
        )
        assert len(a.stages) == len(b.stages) == 10 and a.participants == [] and len(b.participants) == people
        assert b.title == f"{sample_workshop_title()} (copy)" and b.room == "Salle 2" and a.room == ""
        assert a.deck_ids == [] and b.deck_ids != []  # the dialog's details replace the model's
        for workshop_id in ids:
            assert session.scalar(select(func.count(Annotation.id)).where(Annotation.workshop_id == workshop_id)) == 0


def test_undoing_a_creation_takes_it_back_and_redo_brings_it_back_whole(sdb: Database, dump) -> None:
    with sdb.read() as session:
        model_id = session.scalars(select(Workshop.id).order_by(Workshop.id)).first()
    before = dump(sdb)
    with sdb.write() as session:
        new_id = setup.copy_workshop(session, model_id, participants=True).id
    after = dump(sdb)
    with sdb.write() as session:
        snapshot = setup.delete_new_workshop(session, new_id)
    assert dump(sdb) == before
    with sdb.write() as session:
        setup.restore_workshop(session, snapshot)
    assert dump(sdb) == after
    with sdb.write() as session:
        add_annotation(
            session, workshop_id=new_id, target=Target.tray(), kind=AnnotationKind.IDEA, text="Déjà une note"
        )
    with pytest.raises(Refused, match="holds notes"):
        with sdb.write() as session:
            setup.delete_new_workshop(session, new_id)


def test_from_the_sample_on_an_empty_database_brings_its_library_once(empty_db: Database) -> None:
    with empty_db.write() as session:
        first = new_workshop_from_sample(session, WorkshopDetails(title="Mon premier atelier"), participants=True)
        second = new_workshop_from_sample(session, WorkshopDetails(title="Le deuxième", room="Salle 4"))
        ids = first.id, second.id
    with empty_db.read() as session:
        counts = [session.scalar(select(func.count()).select_from(m)) for m in (Deck, Timeline, Matrix, Pictogram)]
        assert counts[:3] == [1, 1, 1] and counts[3] > 40  # the second reused what the first brought
        a, b = (workshop_overview(session, i) for i in ids)
    assert a.title == "Mon premier atelier" and len(a.participants) == 10 and a.participants[4].organisation
    assert b.participants == () and b.room == "Salle 4" and len(b.agenda) == len(a.agenda) == 11
    assert a.annotation_total == b.annotation_total == 0 and len(a.stages) == 10 and a.matrix_name


def test_deleting_a_workshop_used_deck_or_scenario_and_restoring_relinks_them(sdb: Database, dump) -> None:
    from workshop_studio.services.library import delete_deck, restore_deck
    from workshop_studio.services.scenarios import delete_scenario, restore_scenario

    _timeline, deck_id, scenario_id, _matrix = _library(sdb)
    with sdb.write() as session:
        workshop_id = setup.create_workshop(
            session, WorkshopDetails(title="Deux jeux", deck_ids=(deck_id,), scenario_ids=(scenario_id,))
        ).id
        add_participants(session, workshop_id, [ParticipantData("Inès", "cde")])
    before = dump(sdb, ignore=("deck.updated_at",))
    with sdb.write() as session:
        deck = delete_deck(session, deck_id)
        scenario = delete_scenario(session, scenario_id)
    with sdb.read() as session:
        w = session.get(Workshop, workshop_id)
        assert w is not None and w.deck_ids == [] and w.scenario_ids == []
    with sdb.write() as session:
        restore_scenario(session, scenario)
        restore_deck(session, deck)
    assert dump(sdb, ignore=("deck.updated_at",)) == before
    with sdb.write() as session:
        delete_workshop(session, workshop_id)
