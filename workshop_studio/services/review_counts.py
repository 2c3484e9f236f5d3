"""How many notes each stage collected, by kind and by role: plain tables the UI shows as a
table or as a heat map (``review_heatmap``), and the report prints.

Only notes pinned to a stage are counted (a card's or a scenario's notes have no stage).
Columns are the whole vocabulary in its order, zeros included, so that the tables of two
workshops line up column for column; the "No role" column appears only when a note has no
role. Rows are the workshop's stages in timeline order, empty ones included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.services.review import NoteRow, note_rows
from workshop_studio.services.review_anonymise import role_label
from workshop_studio.services.review_filters import NoteFilter, filter_notes
from workshop_studio.storage.models import WorkshopStage

Dimension = Literal["kind", "role"]


@dataclass(frozen=True)
class Axis:
    """One row or column of a count table: a key to match on, a label to show."""

    key: str
    label: str


@dataclass(frozen=True)
class CountTable:
    rows: tuple[Axis, ...]
    columns: tuple[Axis, ...]
    cells: tuple[tuple[int, ...], ...]  # cells[row][column]

    def count(self, row_key: str, column_key: str) -> int:
        r = next(i for i, a in enumerate(self.rows) if a.key == row_key)
        c = next(i for i, a in enumerate(self.columns) if a.key == column_key)
        return self.cells[r][c]

    @property
    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(row) for row in self.cells)

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(row[c] for row in self.cells) for c in range(len(self.columns)))

    @property
    def total(self) -> int:
        return sum(self.row_totals)

    @property
    def maximum(self) -> int:
        return max((value for row in self.cells for value in row), default=0)


def tally(
    notes: Iterable[NoteRow],
    rows: Sequence[Axis],
    columns: Sequence[Axis],
    row_of: Callable[[NoteRow], str | None],
    column_of: Callable[[NoteRow], str | None],
) -> CountTable:
    """Count ``notes`` into the cells named by ``row_of`` and ``column_of``; a note whose row or
    column is not among the axes is left out."""
    row_index = {axis.key: i for i, axis in enumerate(rows)}
    column_index = {axis.key: i for i, axis in enumerate(columns)}
    grid = [[0] * len(columns) for _ in rows]
    for note in notes:
        r, c = row_index.get(row_of(note) or ""), column_index.get(column_of(note) or "")
        if r is not None and c is not None:
            grid[r][c] += 1
    return CountTable(tuple(rows), tuple(columns), tuple(tuple(row) for row in grid))


def kind_axes() -> tuple[Axis, ...]:
    return tuple(Axis(str(kind), kind.display()) for kind in AnnotationKind)


def role_axes(notes: Iterable[NoteRow] = ()) -> tuple[Axis, ...]:
    axes = tuple(Axis(str(role), role.display()) for role in Role)
    if any(not note.role for note in notes):
        axes += (Axis("", role_label("")),)
    return axes


def column_of(dimension: Dimension) -> Callable[[NoteRow], str | None]:
    if dimension == "kind":
        return lambda note: note.kind
    if dimension == "role":
        return lambda note: note.role or ""
    raise ValueError(dimension)


def stage_axes(session: Session, workshop_id: int) -> tuple[Axis, ...]:
    """The workshop's stages in timeline order, keyed by their id as text."""
    stages = session.scalars(
        select(WorkshopStage)
        .where(WorkshopStage.workshop_id == workshop_id)
        .order_by(WorkshopStage.position, WorkshopStage.id)
    )
    return tuple(Axis(str(stage.id), stage.title) for stage in stages)


def stage_counts(notes: Sequence[NoteRow], stages: Sequence[Axis], dimension: Dimension) -> CountTable:
    """Pure: the notes counted per stage (rows keyed by stage id) and ``dimension``."""
    on_stages = [note for note in notes if note.target_kind == "stage"]
    columns = kind_axes() if dimension == "kind" else role_axes(on_stages)
    return tally(
        on_stages,
        stages,
        columns,
        lambda note: str(note.workshop_stage_id) if note.workshop_stage_id is not None else None,
        column_of(dimension),
    )


def workshop_counts(
    session: Session, workshop_id: int, dimension: Dimension, note_filter: NoteFilter | None = None
) -> CountTable:
    """Stage × kind (``"kind"``) or stage × role (``"role"``) for one workshop, after ``note_filter``."""
    notes = filter_notes(note_rows(session, workshop_id), note_filter)
    return stage_counts(notes, stage_axes(session, workshop_id), dimension)


def merge_tables(tables: Sequence[CountTable]) -> CountTable:
    """The cell-by-cell sum of tables; rows and columns are the union, in first-seen order."""
    rows: dict[str, Axis] = {}
    columns: dict[str, Axis] = {}
    for table in tables:
        for axis in table.rows:
            rows.setdefault(axis.key, axis)
        for axis in table.columns:
            columns.setdefault(axis.key, axis)
    row_index = {key: i for i, key in enumerate(rows)}
    column_index = {key: i for i, key in enumerate(columns)}
    grid = [[0] * len(columns) for _ in rows]
    for table in tables:
        for r, row_axis in enumerate(table.rows):
            for c, column_axis in enumerate(table.columns):
                grid[row_index[row_axis.key]][column_index[column_axis.key]] += table.cells[r][c]
    return CountTable(tuple(rows.values()), tuple(columns.values()), tuple(tuple(row) for row in grid))
