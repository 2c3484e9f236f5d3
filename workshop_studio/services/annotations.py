"""Participants' notes: adding one (once per client-made uid) and reading them back.

``Target`` lives in :mod:`workshop_studio.domain.notes`; it is re-exported here.
"""

from __future__ import annotations

import datetime as dt
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.storage.dialects import serialize_writers
from workshop_studio.storage.models import Annotation, Participant, new_uid, utcnow

__all__ = ["Target", "add_annotation", "next_position", "target_filter", "workshop_annotations"]


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
    # Two consoles (or phones) writing to one workshop take turns until commit: every note
    # lands, after the one committed before it, and a retry finds the first (a no-op on SQLite,
    # whose writers already take turns).
    serialize_writers(session, f"notes:{workshop_id}")
    if uid is not None:
        existing = session.scalars(select(Annotation).where(Annotation.uid == uid)).first()
        if existing is not None:
            return existing
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
        position=next_position(session, workshop_id, target),
        votes=votes,
        created_at=when,
        updated_at=when,
    )
    session.add(annotation)
    session.flush()
    return annotation


def target_filter(workshop_id: int, target: Target) -> list[ColumnElement[bool]]:
    """SQL conditions selecting the notes pinned exactly to ``target``."""

    def same(column, value):  # type: ignore[no-untyped-def]
        return column.is_(None) if value is None else column == value

    return [
        Annotation.workshop_id == workshop_id,
        Annotation.target_kind == str(target.kind),
        same(Annotation.workshop_stage_id, target.stage_id),
        same(Annotation.card_id, target.card_id),
        same(Annotation.scenario_id, target.scenario_id),
        same(Annotation.matrix_row_card_id, target.row_card_id),
        same(Annotation.matrix_column_card_id, target.column_card_id),
    ]


def next_position(session: Session, workshop_id: int, target: Target) -> float:
    """After the last note of ``target``. A stage's notes are found by their index alone (a
    stage belongs to one workshop, and stage notes point at nothing else)."""
    if target.stage_id is not None:
        where = [Annotation.workshop_stage_id == target.stage_id, Annotation.target_kind == str(target.kind)]
    else:
        where = target_filter(workshop_id, target)
    last = session.scalar(select(func.max(Annotation.position)).where(*where))
    return (last or 0.0) + 1.0


def workshop_annotations(session: Session, workshop_id: int) -> list[Annotation]:
    query = select(Annotation).where(Annotation.workshop_id == workshop_id)
    return list(session.scalars(query.order_by(Annotation.created_at, Annotation.id)))
