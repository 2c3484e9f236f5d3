"""What a write transaction changed, recorded from its unit of work as it flushes.

:func:`record_changes` listens to one session: every row flushed (added, changed, deleted)
and every ORM bulk ``update``/``delete`` statement it runs adds its table's area to a
:class:`~workshop_studio.domain.changes.Changes`, with the ids of the notes touched. Deleting
a parent also names what the database deletes or unlinks with it (``ON DELETE`` rules the
unit of work never sees).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, event
from sqlalchemy.orm import ORMExecuteState, Session

from workshop_studio.domain.changes import Area, Changes

TABLE_AREAS: dict[str, Area] = {
    "pictogram": Area.PICTOGRAMS,
    "deck": Area.DECKS,
    "deck_kind": Area.DECKS,  # a card shows its kind's label and colour: the deck is shown again
    "card": Area.CARDS,
    "scenario": Area.SCENARIOS,
    "scenario_card": Area.SCENARIOS,
    "scenario_stage": Area.SCENARIOS,
    "timeline": Area.TIMELINES,
    "stage": Area.TIMELINES,
    "matrix": Area.MATRICES,
    "matrix_axis_card": Area.MATRICES,
    "workshop": Area.WORKSHOPS,
    "workshop_stage": Area.WORKSHOPS,
    "workshop_deck": Area.WORKSHOPS,
    "workshop_scenario": Area.WORKSHOPS,
    "participant": Area.PARTICIPANTS,
    "agenda_step": Area.AGENDA,
    "annotation": Area.NOTES,
    "note_group": Area.REVIEW,
    "stage_synthesis": Area.REVIEW,
}
# What the database itself deletes or unlinks when a row of these tables goes.
CASCADES: dict[str, frozenset[Area]] = {
    "workshop": frozenset({Area.WORKSHOPS, Area.PARTICIPANTS, Area.AGENDA, Area.NOTES, Area.REVIEW}),
    "workshop_stage": frozenset({Area.NOTES, Area.REVIEW}),
    "deck": frozenset({Area.CARDS, Area.WORKSHOPS}),
    "card": frozenset({Area.SCENARIOS, Area.MATRICES, Area.AGENDA, Area.NOTES}),
    "scenario": frozenset({Area.WORKSHOPS, Area.AGENDA, Area.NOTES}),
    "stage": frozenset({Area.SCENARIOS, Area.WORKSHOPS}),
    "timeline": frozenset({Area.WORKSHOPS}),
    "matrix": frozenset({Area.WORKSHOPS}),
    "participant": frozenset({Area.NOTES}),
    "note_group": frozenset({Area.NOTES}),
}


class ChangeLog:
    """The changes of one session's transaction; read :attr:`changes` once it committed."""

    def __init__(self, session: Session) -> None:
        self.areas: set[Area] = set()
        self.notes: set[int] = set()
        self.removed_notes: set[int] = set()
        self.all_notes = False
        event.listen(session, "after_flush", self._after_flush)
        event.listen(session, "do_orm_execute", self._on_execute)

    @property
    def changes(self) -> Changes:
        return Changes(
            frozenset(self.areas),
            frozenset(self.notes - self.removed_notes),
            frozenset(self.removed_notes),
            self.all_notes,
        )

    def _table(self, table: str, *, deleted: bool = False) -> None:
        if table in TABLE_AREAS:
            self.areas.add(TABLE_AREAS[table])
        if deleted:
            cascaded = CASCADES.get(table, frozenset())
            self.areas |= cascaded
            if Area.NOTES in cascaded:
                self.all_notes = True  # notes went or were unlinked with it, unnamed

    def _after_flush(self, session: Session, _context: Any) -> None:
        # A row counts as changed when a column of its own changed: appending to a parent's
        # collection marks the parent dirty, yet only the child's table changed.
        dirty = [row for row in session.dirty if session.is_modified(row, include_collections=False)]
        for rows, deleted in ((session.new, False), (dirty, False), (session.deleted, True)):
            for row in rows:
                table = getattr(getattr(row, "__table__", None), "name", "")
                self._table(table, deleted=deleted)
                if table == "annotation" and getattr(row, "id", None) is not None:
                    (self.removed_notes if deleted else self.notes).add(int(row.id))

    def _on_execute(self, state: ORMExecuteState) -> None:
        if not (state.is_update or state.is_delete) or state.bind_mapper is None:
            return
        local_table = state.bind_mapper.local_table
        assert isinstance(local_table, Table)  # every model maps one table
        table = local_table.name
        self._table(table, deleted=state.is_delete)
        if table == "annotation":
            self.all_notes = True  # a bulk statement: which notes, the database alone knows


def record_changes(session: Session) -> ChangeLog:
    """Start recording what ``session`` changes (call it as the transaction begins)."""
    return ChangeLog(session)
