"""Workshops: set-up (stages copied from a template, participants, agenda) and overviews."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_studio.domain.overview import (
    AgendaLine,
    ParticipantLine,
    StageLine,
    WorkshopOverview,
    WorkshopSummary,
)
from workshop_studio.domain.vocabulary import Role, StepKind
from workshop_studio.i18n import translate
from workshop_studio.services.errors import NotFound
from workshop_studio.storage.models import (
    AgendaStep,
    Annotation,
    Participant,
    Timeline,
    Workshop,
    WorkshopStage,
)


def create_workshop(
    session: Session,
    *,
    title: str,
    date: dt.date | None = None,
    place: str = "",
    facilitator: str = "",
    timeline: Timeline | None = None,
    deck_id: int | None = None,
    matrix_id: int | None = None,
) -> Workshop:
    """A new workshop owning a copy of ``timeline``'s stages."""
    workshop = Workshop(
        title=title,
        date=date,
        place=place,
        facilitator=facilitator,
        timeline_id=timeline.id if timeline is not None else None,
        deck_id=deck_id,
        matrix_id=matrix_id,
    )
    if timeline is not None:
        for stage in timeline.stages:
            workshop.stages.append(
                WorkshopStage(
                    source_stage_id=stage.id,
                    position=stage.position,
                    key=stage.key,
                    title=stage.title,
                    description=stage.description,
                    pictogram_id=stage.pictogram_id,
                )
            )
    session.add(workshop)
    session.flush()
    return workshop


def add_participant(session: Session, workshop: Workshop, display_name: str, role: Role) -> Participant:
    participant = Participant(display_name=display_name, role=str(role))
    workshop.participants.append(participant)
    session.flush()
    return participant


def add_agenda_step(
    session: Session,
    workshop: Workshop,
    kind: StepKind,
    *,
    title: str = "",
    planned_minutes: int = 10,
    card_id: int | None = None,
    scenario_id: int | None = None,
    card_ids: Sequence[int] = (),
) -> AgendaStep:
    step = AgendaStep(
        position=len(workshop.agenda),
        kind=str(kind),
        title=title,
        planned_minutes=planned_minutes,
        card_id=card_id,
        scenario_id=scenario_id,
        card_ids=list(card_ids),
    )
    workshop.agenda.append(step)
    session.flush()
    return step


def get_workshop(session: Session, workshop_id: int) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise NotFound(translate("Workshops", "No workshop has the id {id}.").format(id=workshop_id))
    return workshop


def find_workshop(session: Session, id_or_title: str | int) -> Workshop:
    """The workshop with this id, or else with exactly this title."""
    text = str(id_or_title).strip()
    if text.isdigit() and (found := session.get(Workshop, int(text))) is not None:
        return found
    workshop = session.scalars(select(Workshop).where(Workshop.title == text).order_by(Workshop.id)).first()
    if workshop is None:
        raise NotFound(translate("Workshops", "No workshop has the id or title “{workshop}”.").format(workshop=text))
    return workshop


def list_workshop_summaries(session: Session) -> list[WorkshopSummary]:
    counts = (
        select(Annotation.workshop_id, func.count(Annotation.id).label("n"))
        .group_by(Annotation.workshop_id)
        .subquery()
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
        participants=tuple(ParticipantLine(p.id, p.display_name, p.role) for p in workshop.participants),
        agenda=tuple(
            AgendaLine(
                a.id,
                a.kind,
                a.title,
                a.planned_minutes,
                a.card.title if a.card is not None else (a.scenario.title if a.scenario is not None else ""),
                len(a.card_ids or ()),
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
    )
