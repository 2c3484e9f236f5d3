"""What the review workspace shows of one workshop, read in one session, and the bridges from
the review services' rows to the timeline's records.

The page filters and counts in memory (``filter_notes``, ``sort_notes`` and ``stage_counts``
are pure), so typing in the filter never re-reads the database; only a change of data does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.overview import StageLine
from workshop_studio.domain.vocabulary import TargetKind
from workshop_studio.services.review import NoteRow
from workshop_studio.services.review_compare import WorkshopRef
from workshop_studio.services.review_counts import Axis
from workshop_studio.services.review_filters import FilterChoices
from workshop_studio.services.review_groups import GroupLine


@dataclass(frozen=True)
class ReviewData:
    workshop_id: int
    title: str
    date: dt.date | None
    stages: tuple[StageLine, ...]  # timeline order, with pictograms
    stage_axes: tuple[Axis, ...]  # the same stages, as count-table rows
    notes: tuple[NoteRow, ...]  # every note, hidden ones included
    choices: FilterChoices
    groups: tuple[GroupLine, ...]
    syntheses: dict[int, str]  # stage id -> synthesis
    sharing: tuple[WorkshopRef, ...]  # workshops of the same timeline template, this one included

    @property
    def note_by_id(self) -> dict[int, NoteRow]:
        return {note.id: note for note in self.notes}

    @property
    def group_titles(self) -> dict[int, str]:
        return {group.id: group.title for group in self.groups}


def load_review(session: Session, workshop_id: int) -> ReviewData:
    from workshop_studio.services.review import note_rows
    from workshop_studio.services.review_compare import workshops_sharing_timeline
    from workshop_studio.services.review_counts import stage_axes
    from workshop_studio.services.review_filters import filter_choices
    from workshop_studio.services.review_groups import workshop_groups
    from workshop_studio.services.review_synthesis import stage_syntheses
    from workshop_studio.services.workshops import workshop_overview

    overview = workshop_overview(session, workshop_id)
    return ReviewData(
        workshop_id=workshop_id,
        title=overview.title,
        date=overview.date,
        stages=overview.stages,
        stage_axes=stage_axes(session, workshop_id),
        notes=tuple(note_rows(session, workshop_id)),
        choices=filter_choices(session, workshop_id),
        groups=tuple(workshop_groups(session, workshop_id)),
        syntheses=stage_syntheses(session, workshop_id),
        sharing=tuple(workshops_sharing_timeline(session, workshop_id)),
    )


def note_record(row: NoteRow) -> NoteRecord:
    """A review row as the timeline scene draws it (author and text as the row has them, so an
    anonymised row stays anonymised)."""
    return NoteRecord(
        id=row.id,
        uid=row.uid,
        target=Target(
            TargetKind(row.target_kind),
            row.workshop_stage_id,
            row.card_id,
            row.scenario_id,
            row.row_card_id,
            row.column_card_id,
        ),
        kind=row.kind,
        text=row.text,
        role=row.role,
        participant_id=row.participant_id,
        author=row.author,
        position=row.position,
        votes=row.votes,
        hidden=row.hidden,
        created_at=row.created_at,
    )


def note_records(rows: Iterable[NoteRow]) -> list[NoteRecord]:
    return [note_record(row) for row in rows]
