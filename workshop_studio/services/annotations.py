"""Participants' notes. Each write is one short transaction owned by the caller."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.domain.vocabulary import AnnotationKind, Role, TargetKind
from workshop_studio.storage.models import Annotation, Participant, new_uid, utcnow


@dataclass(frozen=True)
class Target:
    """Where a note is pinned."""

    kind: TargetKind
    stage_id: int | None = None
    card_id: int | None = None
    scenario_id: int | None = None
    row_card_id: int | None = None
    column_card_id: int | None = None

    @classmethod
    def stage(cls, stage_id: int) -> Target:
        return cls(TargetKind.STAGE, stage_id=stage_id)

    @classmethod
    def card(cls, card_id: int) -> Target:
        return cls(TargetKind.CARD, card_id=card_id)

    @classmethod
    def scenario(cls, scenario_id: int) -> Target:
        return cls(TargetKind.SCENARIO, scenario_id=scenario_id)

    @classmethod
    def matrix_cell(cls, row_card_id: int, column_card_id: int) -> Target:
        return cls(TargetKind.MATRIX_CELL, row_card_id=row_card_id, column_card_id=column_card_id)

    @classmethod
    def tray(cls) -> Target:
        return cls(TargetKind.TRAY)


def add_annotation(
    session: Session,
    *,
    workshop_id: int,
    target: Target,
    kind: AnnotationKind,
    text: str,
    participant_id: int | None = None,
    role: Role | None = None,
    votes: int = 0,
    uid: str | None = None,
    created_at: dt.datetime | None = None,
) -> Annotation:
    """Store a note once: a retry with the same client-made ``uid`` returns the stored note."""
    if uid is not None:
        existing = session.scalars(select(Annotation).where(Annotation.uid == uid)).first()
        if existing is not None:
            return existing
    last = session.scalars(
        select(Annotation.position)
        .where(
            Annotation.workshop_id == workshop_id,
            Annotation.target_kind == str(target.kind),
            Annotation.workshop_stage_id.is_(target.stage_id)
            if target.stage_id is None
            else Annotation.workshop_stage_id == target.stage_id,
        )
        .order_by(Annotation.position.desc())
        .limit(1)
    ).first()
    if role is None and participant_id is not None:
        participant = session.get(Participant, participant_id)
        role = Role(participant.role) if participant is not None else None
    when = created_at or utcnow()
    annotation = Annotation(
        uid=uid or new_uid(),
        workshop_id=workshop_id,
        target_kind=str(target.kind),
        workshop_stage_id=target.stage_id,
        card_id=target.card_id,
        scenario_id=target.scenario_id,
        matrix_row_card_id=target.row_card_id,
        matrix_column_card_id=target.column_card_id,
        participant_id=participant_id,
        role=str(role) if role is not None else None,
        kind=str(kind),
        text=text,
        position=(last or 0.0) + 1.0,
        votes=votes,
        created_at=when,
        updated_at=when,
    )
    session.add(annotation)
    session.flush()
    return annotation


def workshop_annotations(session: Session, workshop_id: int) -> list[Annotation]:
    query = select(Annotation).where(Annotation.workshop_id == workshop_id)
    return list(session.scalars(query.order_by(Annotation.created_at, Annotation.id)))
