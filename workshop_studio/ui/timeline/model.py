"""The annotated timeline of one workshop, as the views see it: its stages and its notes.

Loaded once from the database, then kept up to date from the workspace's changes
(:meth:`TimelineModel.follow`): the notes a write names are read again one by one, so a new
note never makes a view re-read thousands; a change it cannot name reloads the timeline.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from workshop_studio.domain.changes import Area, Changes
from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.overview import ParticipantLine, StageLine
from workshop_studio.domain.vocabulary import TargetKind

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class TimelineModel(QObject):
    reset = Signal()
    notePut = Signal(int, object)  # note id, the previous record (None when new)
    noteDropped = Signal(int, object)  # note id, the record removed
    currentStageChanged = Signal(object)  # the stage id new notes go to (None: none chosen)
    stagePicked = Signal(int)  # someone clicked or touched a stage (even the current one)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop_id: int | None = None
        self.title = ""
        self.stages: tuple[StageLine, ...] = ()
        self.participants: dict[int, ParticipantLine] = {}
        self._notes: dict[int, NoteRecord] = {}
        self._by_stage: dict[int, list[NoteRecord]] = {}  # each stage's notes in their order
        self.current_stage_id: int | None = None  # shared by the console and the shared screen

    # -- loading -------------------------------------------------------------------------------
    def load(self, workspace: Workspace, workshop_id: int) -> None:
        from workshop_studio.services.notes import workshop_notes
        from workshop_studio.services.workshops import workshop_overview

        overview, notes = workspace.query(lambda s: (workshop_overview(s, workshop_id), workshop_notes(s, workshop_id)))
        self.set_content(workshop_id, overview.title, overview.stages, overview.participants, notes)

    def follow(self, workspace: Workspace, workshop_id: int, changes: Changes) -> None:
        """Bring the timeline up to date with ``changes`` (see the module)."""
        if changes.everything or changes.all_notes or changes.touches(Area.WORKSHOPS, Area.PARTICIPANTS):
            self.load(workspace, workshop_id)
            return
        if not (changes.notes or changes.removed_notes):
            return
        from workshop_studio.services.notes import notes_by_id

        found = workspace.query(lambda s: notes_by_id(s, changes.notes, workshop_id))
        for note_id in sorted(changes.removed_notes | (changes.notes - found.keys())):
            self.drop(note_id)
        for note_id in sorted(found):
            self.put(found[note_id])

    def set_content(
        self,
        workshop_id: int,
        title: str,
        stages: Iterable[StageLine],
        participants: Iterable[ParticipantLine],
        notes: Iterable[NoteRecord],
    ) -> None:
        self.workshop_id = workshop_id
        self.title = title
        self.stages = tuple(stages)
        self.participants = {p.id: p for p in participants}
        if self.current_stage_id not in {s.id for s in self.stages}:
            self.current_stage_id = None
        self._notes = {note.id: note for note in notes}
        self._by_stage = {}
        for note in sorted(self._notes.values(), key=_order):
            if note.target.kind == TargetKind.STAGE and note.target.stage_id is not None:
                self._by_stage.setdefault(note.target.stage_id, []).append(note)
        self.reset.emit()

    def set_current_stage(self, stage_id: int | None) -> None:
        if stage_id != self.current_stage_id:
            self.current_stage_id = stage_id
            self.currentStageChanged.emit(stage_id)

    def pick_stage(self, stage_id: int | None) -> None:
        """A stage chosen by hand on a view: the current stage, and said so even when it already
        was (the shared screen puts it in focus)."""
        self.set_current_stage(stage_id)
        if stage_id is not None:
            self.stagePicked.emit(stage_id)

    def clear(self) -> None:
        """No workshop open (the last one was deleted): no stages, no notes."""
        self.workshop_id = None
        self.title = ""
        self.stages, self.participants, self._notes, self._by_stage = (), {}, {}, {}
        self.current_stage_id = None
        self.reset.emit()

    # -- reading -------------------------------------------------------------------------------
    def note(self, note_id: int) -> NoteRecord | None:
        return self._notes.get(note_id)

    def notes(self) -> list[NoteRecord]:
        return list(self._notes.values())

    def stage_index(self, stage_id: int | None) -> int | None:
        for index, stage in enumerate(self.stages):
            if stage.id == stage_id:
                return index
        return None

    def stage_notes(self, stage_id: int, *, include_hidden: bool = True) -> list[NoteRecord]:
        """The stage's notes in their order (kept sorted as notes come and go)."""
        notes = self._by_stage.get(stage_id, [])
        return list(notes) if include_hidden else [n for n in notes if not n.hidden]

    def notes_on(self, target: Target, *, include_hidden: bool = True) -> list[NoteRecord]:
        """The notes pinned to a card, a scenario or a matrix cell, in their order."""
        found = [n for n in self._notes.values() if n.target == target and (include_hidden or not n.hidden)]
        return sorted(found, key=_order)

    def tray_notes(self) -> list[NoteRecord]:
        return sorted(
            (n for n in self._notes.values() if n.target.kind == TargetKind.TRAY), key=lambda n: (n.position, n.id)
        )

    # -- changes -------------------------------------------------------------------------------
    def put(self, record: NoteRecord) -> None:
        """A note was added or changed in the database."""
        if record.id not in self._notes and self.workshop_id is None:
            return
        previous = self._notes.get(record.id)
        self._notes[record.id] = record
        if previous is not None:
            self._unindex(previous)
        self._index(record)
        self.notePut.emit(record.id, previous)

    def drop(self, note_id: int) -> None:
        """A note was deleted from the database."""
        removed = self._notes.pop(note_id, None)
        if removed is not None:
            self._unindex(removed)
            self.noteDropped.emit(note_id, removed)

    def _index(self, note: NoteRecord) -> None:
        if note.target.kind == TargetKind.STAGE and note.target.stage_id is not None:
            bisect.insort(self._by_stage.setdefault(note.target.stage_id, []), note, key=_order)

    def _unindex(self, note: NoteRecord) -> None:
        notes = self._by_stage.get(note.target.stage_id or -1)
        if notes is None:
            return
        start = bisect.bisect_left(notes, _order(note), key=_order)
        for index in range(start, len(notes)):
            if notes[index].id == note.id:
                del notes[index]
                return


def _order(note: NoteRecord) -> tuple[float, int]:
    return (note.position, note.id)
