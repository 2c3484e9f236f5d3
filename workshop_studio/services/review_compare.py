"""Several workshops that used the same timeline template, side by side and merged.

Each workshop owns a copy of its template's stages, which the facilitator may have edited,
reordered, added to or pruned. Stages are matched across workshops in three passes, each
stage taking at most one partner per workshop:

1. by ``source_stage_id``: both copies come from the same template stage (the usual case,
   and it survives a renamed copy);
2. else by ``key`` (case and accents ignored), e.g. copies from two templates that share
   keys, or a workshop imported from an archive, whose stages lost their template link;
3. else by title, compared the same way.

A stage that matches nothing becomes a row of its own, placed after the row of the stage
before it in its workshop, so the merged timeline keeps every workshop's order. Rows are
labelled with the first workshop's title for that stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.domain.vocabulary import fold
from workshop_studio.i18n import translate
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.services.review import NoteRow, note_rows
from workshop_studio.services.review_counts import (
    Axis,
    CountTable,
    Dimension,
    column_of,
    kind_axes,
    merge_tables,
    role_axes,
    tally,
)
from workshop_studio.services.review_filters import NoteFilter, filter_notes
from workshop_studio.storage.models import Workshop, WorkshopStage


@dataclass(frozen=True)
class StageCopy:
    """One workshop's stage, as the matching sees it."""

    id: int
    source_stage_id: int | None
    key: str
    title: str


@dataclass(frozen=True)
class AlignedStage:
    key: str  # "row-<n>": the row's key in the comparison's count tables
    title: str
    stage_ids: tuple[int | None, ...]  # per workshop, in the order the workshops were given


@dataclass(frozen=True)
class WorkshopRef:
    id: int
    title: str
    date: dt.date | None
    timeline_id: int | None


@dataclass(frozen=True)
class Comparison:
    workshops: tuple[WorkshopRef, ...]
    stages: tuple[AlignedStage, ...]
    tables: tuple[CountTable, ...]  # one per workshop, rows = the aligned stages
    merged: CountTable  # the cell-by-cell sum: one heat map for all
    scale_max: int  # the largest cell of all the per-workshop tables: one colour scale side by side


class _Row:
    def __init__(self, title: str, width: int) -> None:
        self.title = title
        self.copies: list[StageCopy | None] = [None] * width


def _matches(row: _Row, stage: StageCopy, rule: int) -> bool:
    others = [copy for copy in row.copies if copy is not None]
    if rule == 0:
        return stage.source_stage_id is not None and any(c.source_stage_id == stage.source_stage_id for c in others)
    if rule == 1:
        return bool(fold(stage.key)) and any(fold(c.key) == fold(stage.key) for c in others)
    return bool(fold(stage.title)) and any(fold(c.title) == fold(stage.title) for c in others)


def align_stages(workshops: Sequence[Sequence[StageCopy]]) -> list[AlignedStage]:
    """Pure: match the stages of several workshops (each list in timeline order); see the module."""
    width = len(workshops)
    rows: list[_Row] = []
    for w, stages in enumerate(workshops):
        placed: dict[int, _Row] = {}
        for rule in (0, 1, 2):
            for stage in stages:
                if stage.id in placed:
                    continue
                row = next((r for r in rows if r.copies[w] is None and _matches(r, stage, rule)), None)
                if row is not None:
                    row.copies[w] = stage
                    placed[stage.id] = row
        previous: _Row | None = None
        for stage in stages:
            row = placed.get(stage.id)
            if row is None:
                row = _Row(stage.title, width)
                row.copies[w] = stage
                rows.insert(rows.index(previous) + 1 if previous is not None else 0, row)
            previous = row
    return [
        AlignedStage(f"row-{n}", row.title, tuple(c.id if c is not None else None for c in row.copies))
        for n, row in enumerate(rows, start=1)
    ]


def workshops_sharing_timeline(session: Session, workshop_id: int) -> list[WorkshopRef]:
    """The workshops that used the same timeline template as this one (it included), oldest first."""
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise NotFound(translate("Review", "No workshop has the id {id}.").format(id=workshop_id))
    if workshop.timeline_id is None:
        return [_ref(workshop)]
    query = select(Workshop).where(Workshop.timeline_id == workshop.timeline_id)
    return [_ref(w) for w in session.scalars(query.order_by(Workshop.date, Workshop.id))]


def _ref(workshop: Workshop) -> WorkshopRef:
    return WorkshopRef(workshop.id, workshop.title, workshop.date, workshop.timeline_id)


def _copies(session: Session, workshop_id: int) -> list[StageCopy]:
    query = select(WorkshopStage).where(WorkshopStage.workshop_id == workshop_id)
    return [
        StageCopy(s.id, s.source_stage_id, s.key, s.title)
        for s in session.scalars(query.order_by(WorkshopStage.position, WorkshopStage.id))
    ]


def _stage_rows(row_of_stage: dict[int | None, str]) -> Callable[[NoteRow], str | None]:
    """A note's row: the key of its stage, aligned across the workshops."""
    return lambda note: row_of_stage.get(note.workshop_stage_id)


def compare_workshops(
    session: Session,
    workshop_ids: Sequence[int],
    dimension: Dimension = "kind",
    note_filter: NoteFilter | None = None,
) -> Comparison:
    """Count tables of each workshop on the aligned stages, and their merge (see the module)."""
    if not workshop_ids:
        raise Refused(translate("Review", "Choose at least one workshop to compare."))
    refs = []
    for workshop_id in workshop_ids:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound(translate("Review", "No workshop has the id {id}.").format(id=workshop_id))
        refs.append(_ref(workshop))
    aligned = align_stages([_copies(session, w) for w in workshop_ids])
    rows = tuple(Axis(stage.key, stage.title) for stage in aligned)
    notes = [
        [n for n in filter_notes(note_rows(session, w), note_filter) if n.target_kind == "stage"] for w in workshop_ids
    ]
    columns = kind_axes() if dimension == "kind" else role_axes([n for per_workshop in notes for n in per_workshop])
    tables = []
    for index, per_workshop in enumerate(notes):
        row_of_stage = {stage.stage_ids[index]: stage.key for stage in aligned if stage.stage_ids[index] is not None}
        tables.append(tally(per_workshop, rows, columns, _stage_rows(row_of_stage), column_of(dimension)))
    merged = merge_tables(tables)
    return Comparison(
        workshops=tuple(refs),
        stages=tuple(aligned),
        tables=tuple(tables),
        merged=merged,
        scale_max=max((t.maximum for t in tables), default=0),
    )
