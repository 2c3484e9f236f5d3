"""Workshops as the console and the command line read them: find one, list them, its overview.

Creating and editing a workshop is in :mod:`workshop_setup`, its participants in :mod:`participants`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_studio.domain.overview import (
    AgendaLine,
    ParticipantLine,
    StageLine,
    WorkshopOverview,
    WorkshopSummary,
)
from workshop_studio.domain.workshop import WorkshopDetails
from workshop_studio.i18n import translate
from workshop_studio.services.edits import find_by_id_or_name
from workshop_studio.services.errors import NotFound
from workshop_studio.storage.models import Annotation, Workshop


def get_workshop(session: Session, workshop_id: int) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise NotFound(translate("Workshops", "No workshop has the id {id}.").format(id=workshop_id))
    return workshop


def find_workshop(session: Session, id_or_title: str | int) -> Workshop:
    """The workshop with this id, or else with exactly this title."""
    return find_by_id_or_name(
        session,
        Workshop,
        Workshop.title,
        id_or_title,
        translate("Workshops", "No workshop has the id or title “{name}”."),
    )


def list_workshop_summaries(session: Session) -> list[WorkshopSummary]:
    counts = (
        select(Annotation.workshop_id, func.count(Annotation.id).label("n")).group_by(Annotation.workshop_id).subquery()
    )
    query = (
        select(Workshop.id, Workshop.title, Workshop.date, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.workshop_id == Workshop.id)
        .order_by(Workshop.date.desc(), Workshop.id.desc())
    )
    return [WorkshopSummary(*row) for row in session.execute(query)]


def workshop_overview(session: Session, workshop_id: int) -> WorkshopOverview:
    workshop = get_workshop(session, workshop_id)
    stage_counts = dict(
        session.execute(
            select(Annotation.workshop_stage_id, func.count(Annotation.id))
            .where(Annotation.workshop_id == workshop_id, Annotation.target_kind == "stage")
            .group_by(Annotation.workshop_stage_id)
        ).all()
    )
    kind_counts = dict(
        session.execute(
            select(Annotation.target_kind, func.count(Annotation.id))
            .where(Annotation.workshop_id == workshop_id)
            .group_by(Annotation.target_kind)
        ).all()
    )
    return WorkshopOverview(
        id=workshop.id,
        title=workshop.title,
        date=workshop.date,
        place=workshop.place,
        facilitator=workshop.facilitator,
        timeline_name=workshop.timeline.name if workshop.timeline is not None else "",
        participants=tuple(
            ParticipantLine(p.id, p.display_name, p.role, p.organisation) for p in workshop.participants
        ),
        agenda=tuple(
            AgendaLine(
                a.id,
                a.kind,
                a.title,
                a.planned_minutes,
                a.card.title if a.card is not None else (a.scenario.title if a.scenario is not None else ""),
                len(a.card_ids or ()),
                a.hidden,
            )
            for a in workshop.agenda
        ),
        stages=tuple(
            StageLine(
                s.id,
                s.title,
                s.description,
                s.pictogram_id,
                stage_counts.get(s.id, 0),
                s.pictogram.data if s.pictogram is not None else None,
                s.pictogram.media_type if s.pictogram is not None else None,
            )
            for s in workshop.stages
        ),
        annotation_total=sum(kind_counts.values()),
        tray_count=kind_counts.get("tray", 0),
        start_time=workshop.start_time,
        available_minutes=workshop.available_minutes,
        room=workshop.room,
        deck_names=tuple(link.deck.name for link in workshop.deck_links),
        scenario_names=tuple(link.scenario.title for link in workshop.scenario_links),
        matrix_name=workshop.matrix.name if workshop.matrix is not None else "",
    )


def workshop_details(session: Session, workshop_id: int) -> WorkshopDetails:
    """The workshop's details as the edit dialog shows them."""
    w = get_workshop(session, workshop_id)
    return WorkshopDetails(
        title=w.title,
        date=w.date,
        start_time=w.start_time,
        available_minutes=w.available_minutes,
        place=w.place,
        room=w.room,
        facilitator=w.facilitator,
        timeline_id=w.timeline_id,
        deck_ids=tuple(w.deck_ids),
        scenario_ids=tuple(w.scenario_ids),
        matrix_id=w.matrix_id,
    )


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    detail: str = ""  # "10 stages", "36 cards", a date…


@dataclass(frozen=True)
class SetupChoices:
    """What the new-workshop dialog offers, read in one go."""

    timelines: tuple[Choice, ...]
    decks: tuple[Choice, ...]
    scenarios: tuple[Choice, ...]
    matrices: tuple[Choice, ...]
    models: tuple[Choice, ...]  # existing workshops, the newest first
    places: tuple[str, ...]  # used before, the most recent first
    rooms: tuple[str, ...]
    facilitators: tuple[str, ...]


def setup_choices(session: Session) -> SetupChoices:
    from workshop_studio.services.library import list_deck_summaries
    from workshop_studio.services.matrices import list_matrices
    from workshop_studio.services.scenarios import list_scenario_summaries
    from workshop_studio.services.timelines import list_timelines

    def recent(column) -> tuple[str, ...]:
        rows = session.scalars(select(column).where(column != "").order_by(Workshop.id.desc()))
        return tuple(dict.fromkeys(rows))

    return SetupChoices(
        timelines=tuple(Choice(t.id, t.name, str(len(t.stages))) for t in list_timelines(session)),
        decks=tuple(Choice(d.id, d.name, str(d.card_count)) for d in list_deck_summaries(session)),
        scenarios=tuple(Choice(s.id, s.title) for s in list_scenario_summaries(session)),
        matrices=tuple(Choice(m.id, m.name) for m in list_matrices(session)),
        models=tuple(
            Choice(w.id, w.title, w.date.isoformat() if w.date else "") for w in list_workshop_summaries(session)
        ),
        places=recent(Workshop.place),
        rooms=recent(Workshop.room),
        facilitators=recent(Workshop.facilitator),
    )
