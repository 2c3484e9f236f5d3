"""Reading a workshop's notes back, each with the name of where it is pinned."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from workshop_studio.storage.models import Annotation, Card, Participant, Scenario, WorkshopStage


@dataclass(frozen=True)
class NoteRow:
    id: int
    uid: str
    target_kind: str
    target: str  # the stage title, card title, scenario title, "row × column", or ""
    stage_position: int | None
    kind: str
    role: str | None
    author: str | None
    text: str
    votes: int
    hidden: bool
    created_at: dt.datetime


def note_rows(session: Session, workshop_id: int) -> list[NoteRow]:
    row_card = aliased(Card)
    column_card = aliased(Card)
    query = (
        select(
            Annotation,
            WorkshopStage.title,
            WorkshopStage.position,
            Card.title,
            Scenario.title,
            row_card.title,
            column_card.title,
            Participant.display_name,
        )
        .outerjoin(WorkshopStage, WorkshopStage.id == Annotation.workshop_stage_id)
        .outerjoin(Card, Card.id == Annotation.card_id)
        .outerjoin(Scenario, Scenario.id == Annotation.scenario_id)
        .outerjoin(row_card, row_card.id == Annotation.matrix_row_card_id)
        .outerjoin(column_card, column_card.id == Annotation.matrix_column_card_id)
        .outerjoin(Participant, Participant.id == Annotation.participant_id)
        .where(Annotation.workshop_id == workshop_id)
        .order_by(Annotation.created_at, Annotation.id)
    )
    rows = []
    for note, stage, position, card, scenario, row_title, column_title, author in session.execute(query):
        if note.target_kind == "stage":
            target = stage or ""
        elif note.target_kind == "card":
            target = card or ""
        elif note.target_kind == "scenario":
            target = scenario or ""
        elif note.target_kind == "matrix_cell":
            target = f"{row_title or '?'} × {column_title or '?'}"
        else:
            target = ""
        rows.append(
            NoteRow(
                id=note.id,
                uid=note.uid,
                target_kind=note.target_kind,
                target=target,
                stage_position=position,
                kind=note.kind,
                role=note.role,
                author=author,
                text=note.text,
                votes=note.votes,
                hidden=note.hidden,
                created_at=note.created_at,
            )
        )
    return rows
