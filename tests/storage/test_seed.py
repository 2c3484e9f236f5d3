"""The French sample: complete, consistent, seeded once, and only into an empty database."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from workshop_studio.domain.vocabulary import AnnotationKind, CardKind, Role, StepKind
from workshop_studio.interchange.sample import is_seeded, open_with_sample, seed_sample
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import (
    AgendaStep,
    Annotation,
    Card,
    Deck,
    Participant,
    Pictogram,
    Scenario,
    Stage,
    Workshop,
    WorkshopStage,
)


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_the_sample_has_what_a_newcomer_needs(db: Database) -> None:
    with db.read() as session:
        kinds = Counter(session.scalars(select(Card.kind)))
        assert sum(kinds.values()) >= 36
        for kind in (
            "recruiter_profile",
            "advisor_posture",
            "scenario_prompt",
            "question",
            "verbatim",
            "theme",
            "golden_ticket",
        ):
            assert kinds[kind] >= 2, kind
        assert set(kinds) <= {k.value for k in CardKind}
        assert _count(session, Pictogram) >= 40
        assert _count(session, Scenario) >= 3
        assert _count(session, Stage) >= 8
        workshop = session.scalars(select(Workshop)).one()
        roles = set(session.scalars(select(Participant.role).where(Participant.workshop_id == workshop.id)))
        assert roles == {r.value for r in Role}
        steps = set(session.scalars(select(AgendaStep.kind)))
        assert {"title", "card", "cards", "scenario", "timeline", "matrix"} <= steps <= {k.value for k in StepKind}
        notes = session.scalars(select(Annotation)).all()
        assert len(notes) >= 12
        assert {n.kind for n in notes} <= {k.value for k in AnnotationKind}
        assert len({n.workshop_stage_id for n in notes if n.target_kind == "stage"}) >= 8
        assert all(n.role for n in notes)  # every note says whose perspective it is


def test_the_workshop_owns_a_copy_of_the_template_stages(db: Database) -> None:
    with db.read() as session:
        template = [s.title for s in session.scalars(select(Stage).order_by(Stage.position))]
        copied = [s.title for s in session.scalars(select(WorkshopStage).order_by(WorkshopStage.position))]
    assert copied == template


def test_every_card_pictogram_is_a_stored_drawing(db: Database) -> None:
    with db.read() as session:
        pictograms = session.scalars(select(Pictogram)).all()
    assert all(p.data.lstrip().startswith((b"<svg", b"<!--", b"<?xml")) for p in pictograms)
    assert all(p.label_fr and p.label_en for p in pictograms)


def test_seeding_twice_adds_nothing(db: Database) -> None:
    with db.read() as session:
        before = (_count(session, Card), _count(session, Annotation), _count(session, Pictogram))
    with db.write() as session:
        assert is_seeded(session)
        assert seed_sample(session) is False
    with db.read() as session:
        assert (_count(session, Card), _count(session, Annotation), _count(session, Pictogram)) == before


def test_a_deleted_sample_does_not_come_back(db_path: Path) -> None:
    db = open_with_sample(str(db_path))
    with db.write() as session:
        for workshop in session.scalars(select(Workshop)):
            session.delete(workshop)
    db.dispose()
    db = open_with_sample(str(db_path))
    with db.read() as session:
        assert _count(session, Workshop) == 0
        assert _count(session, Deck) == 1
    db.dispose()


def test_a_database_with_content_of_its_own_is_not_seeded(empty_db: Database) -> None:
    with empty_db.write() as session:
        session.add(Deck(name="Mon propre jeu"))
    with empty_db.write() as session:
        assert seed_sample(session) is True  # records that seeding was considered
    with empty_db.read() as session:
        assert [d.name for d in session.scalars(select(Deck))] == ["Mon propre jeu"]
        assert _count(session, Workshop) == 0
