"""Participants' notes, undoable: add, edit, move, vote, hide, delete.

Each command commits through ``services/notes.py`` and hands the record the service returns
to the workspace's :class:`TimelineModel`, which updates the one note on every view; then it
tells the other views that notes changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.services import notes as service
from workshop_studio.ui.undo.authoring import refuse_conflicting_steps
from workshop_studio.ui.workspace import Area

if TYPE_CHECKING:
    from workshop_studio.services.edits import FieldEdit
    from workshop_studio.services.notes import NoteMove, NotesSnapshot
    from workshop_studio.ui.workspace import Workspace


class _NoteCommand(QUndoCommand):
    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        refuse_conflicting_steps(cls)  # another console's newer change is never overwritten

    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace

    def _show(self, *records: NoteRecord) -> None:
        for record in records:
            self.workspace.timeline.put(record)
        self.workspace.notify(Area.ANNOTATIONS)

    def _forget(self, note_ids: Sequence[int]) -> None:
        for note_id in note_ids:
            self.workspace.timeline.drop(note_id)
        self.workspace.notify(Area.ANNOTATIONS)


class AddNoteCommand(_NoteCommand):
    """Add a note. The client-made ``uid`` makes a retried commit store it once.

    Pass ``record`` when the note was already committed (the capture bar commits first, so a
    failure keeps the typed text); the first redo then only shows it.
    """

    def __init__(self, workspace: Workspace, *, workshop_id: int, target: Target, kind: AnnotationKind, text: str,
                 uid: str, participant_id: int | None = None, role: Role | None = None,
                 record: NoteRecord | None = None) -> None:
        super().__init__(workspace, QCoreApplication.translate("NoteCommands", "Add a note"))
        self._fields = dict(workshop_id=workshop_id, target=target, kind=kind, text=text, uid=uid,
                            participant_id=participant_id, role=role)
        self.record = record
        self._snapshot: NotesSnapshot | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            if self.record is None:
                self.record = self.workspace.db_write(lambda s: service.capture_note(s, **self._fields))
        else:
            snapshot = self._snapshot
            self.record = self.workspace.db_write(lambda s: service.restore_notes(s, snapshot))[0]
        self._show(self.record)

    def undo(self) -> None:
        assert self.record is not None
        note_id = self.record.id
        self._snapshot = self.workspace.db_write(lambda s: service.delete_notes(s, [note_id]))
        self._forget([note_id])


class EditNoteCommand(_NoteCommand):
    def __init__(self, workspace: Workspace, note_id: int, **changes: object) -> None:
        super().__init__(workspace, QCoreApplication.translate("NoteCommands", "Edit a note"))
        self.note_id = note_id
        self._changes = changes
        self._edit: FieldEdit | None = None

    def redo(self) -> None:
        self._edit, record = self.workspace.db_write(lambda s: service.update_note(s, self.note_id, **self._changes))
        self._show(record)

    def undo(self) -> None:
        assert self._edit is not None
        before = dict(self._edit.before)
        _, record = self.workspace.db_write(lambda s: service.update_note(s, self.note_id, **before))
        self._show(record)


class MoveNoteCommand(_NoteCommand):
    def __init__(self, workspace: Workspace, note_id: int, target: Target, position: float | None = None) -> None:
        super().__init__(workspace, QCoreApplication.translate("NoteCommands", "Move a note"))
        self.note_id = note_id
        self._target = target
        self._position = position
        self._move: NoteMove | None = None

    def redo(self) -> None:
        self._move, record = self.workspace.db_write(
            lambda s: service.move_note(s, self.note_id, target=self._target, position=self._position))
        self._show(record)

    def undo(self) -> None:
        assert self._move is not None
        target, position = self._move.before
        _, record = self.workspace.db_write(lambda s: service.move_note(s, self.note_id, target=target, position=position))
        self._show(record)


class VoteCommand(_NoteCommand):
    def __init__(self, workspace: Workspace, note_id: int, delta: int = 1) -> None:
        super().__init__(workspace, QCoreApplication.translate("NoteCommands", "Vote for a note") if delta > 0 else QCoreApplication.translate("NoteCommands", "Take back a vote"))
        self.note_id = note_id
        self.delta = delta
        self._before: int | None = None

    def redo(self) -> None:
        self._before, record = self.workspace.db_write(lambda s: service.vote(s, self.note_id, self.delta))
        self._show(record)

    def undo(self) -> None:
        assert self._before is not None
        before = self._before
        record = self.workspace.db_write(lambda s: service.set_votes(s, self.note_id, before))
        self._show(record)


class HideNotesCommand(_NoteCommand):
    """Hide notes from the shared screen (they stay on the console, marked), or show them again."""

    def __init__(self, workspace: Workspace, note_ids: Sequence[int], hidden: bool) -> None:
        super().__init__(workspace, QCoreApplication.translate("NoteCommands", "Hide from the shared screen") if hidden else QCoreApplication.translate("NoteCommands", "Show on the shared screen"))
        self.note_ids = tuple(note_ids)
        self.hidden = hidden
        self._before: dict[int, bool] = {}

    def _apply(self, flags: dict[int, bool]) -> None:
        def work(session):  # type: ignore[no-untyped-def]
            for hidden in (True, False):
                ids = [i for i, flag in flags.items() if flag is hidden]
                if ids:
                    service.set_hidden(session, ids, hidden)
            return [service.note_record(session, i) for i in flags]

        self._show(*self.workspace.db_write(work))

    def redo(self) -> None:
        before: dict[int, bool] = {}

        def work(session):  # type: ignore[no-untyped-def]
            before.update(service.set_hidden(session, self.note_ids, self.hidden))
            return [service.note_record(session, i) for i in self.note_ids]

        self._show(*self.workspace.db_write(work))
        self._before = before

    def undo(self) -> None:
        self._apply(self._before)


class DeleteNotesCommand(_NoteCommand):
    def __init__(self, workspace: Workspace, note_ids: Sequence[int]) -> None:
        count = len(note_ids)
        super().__init__(workspace, QCoreApplication.translate("NoteCommands", "Delete a note") if count == 1 else QCoreApplication.translate("NoteCommands", "Delete notes"))
        self.note_ids = tuple(note_ids)
        self._snapshot: NotesSnapshot | None = None

    def redo(self) -> None:
        self._snapshot = self.workspace.db_write(lambda s: service.delete_notes(s, self.note_ids))
        self._forget(self.note_ids)

    def undo(self) -> None:
        assert self._snapshot is not None
        snapshot = self._snapshot
        self._show(*self.workspace.db_write(lambda s: service.restore_notes(s, snapshot)))
