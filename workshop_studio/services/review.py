"""Reading a workshop's notes back, each with the name of where it is pinned.

The review workspace starts here: :func:`note_rows` gives every note of a workshop, hidden
ones included, as plain rows. The other ``review_*`` modules build on these rows:

* ``review_filters``: filter (role, kind, participant, stage, card, scenario, text) and sort;
* ``review_counts``: counts per stage × kind and stage × role, as plain tables;
* ``review_heatmap``: the arithmetic of a heat map (intensity, fill), pure;
* ``review_compare``: several workshops of one timeline template, side by side and merged;
* ``review_groups`` / ``review_synthesis``: the facilitator's groups and per-stage syntheses,
  each edit returning what its undo needs;
* ``review_anonymise``: authors replaced by role and number;
* ``review_report``: everything an export needs, in one record;
* ``review_workshops``: deleting a workshop.
"""

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
    # Where the note is pinned and who wrote it, by id (for filters, counts and groups).
    workshop_stage_id: int | None = None
    card_id: int | None = None
    scenario_id: int | None = None
    row_card_id: int | None = None
    column_card_id: int | None = None
    participant_id: int | None = None
    group_id: int | None = None
    position: float = 0.0  # order within its target, as on the timeline


def note_rows(session: Session, workshop_id: int) -> list[NoteRow]:
    """Every note of the workshop, hidden ones included, oldest first."""
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
                workshop_stage_id=note.workshop_stage_id,
                card_id=note.card_id,
                scenario_id=note.scenario_id,
                row_card_id=note.matrix_row_card_id,
                column_card_id=note.matrix_column_card_id,
                participant_id=note.participant_id,
                group_id=note.group_id,
                position=note.position,
            )
        )
    return rows
