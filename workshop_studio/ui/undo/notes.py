"""Participants' notes, undoable: add, edit, move, vote, hide, delete; and :func:`capture`,
the one way every place of the console adds a note.

Commands of the one family (:mod:`authoring`): they change data through ``services/notes.py``
inside :meth:`Workspace.write`, which names the notes each write touched; the shared timeline
(and every view of it) reads those notes again by itself. No command touches a view.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.services import notes as service
from workshop_studio.ui.undo.authoring import AuthoringCommand, CreateCommand, DeleteCommand, UpdateCommand, push

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from workshop_studio.services.edits import FieldEdit
    from workshop_studio.services.notes import NoteMove
    from workshop_studio.ui.workspace import Workspace

translate = QCoreApplication.translate  # the name lupdate extracts


def add_note(
    workspace: Workspace,
    *,
    workshop_id: int,
    target: Target,
    kind: AnnotationKind,
    text: str,
    uid: str,
    participant_id: int | None = None,
    role: Role | None = None,
) -> CreateCommand:
    """A new note. Its client-made ``uid`` makes a retried commit store it once."""
    return CreateCommand(
        workspace,
        translate("NoteCommands", "Add a note"),
        lambda s: service.capture_note(
            s,
            workshop_id=workshop_id,
            target=target,
            kind=kind,
            text=text,
            uid=uid,
            participant_id=participant_id,
            role=role,
        ),
        service.delete_notes,
        service.restore_notes,
    )


def capture(workspace: Workspace, **fields: Any) -> NoteRecord:
    """Store a note and put it on the undo stack: the capture bar, a stage's "+ Note" on the
    console or the whiteboard all add notes this way. Raises what the service raises, with
    nothing written (the caller keeps what was typed)."""
    command = push(workspace, add_note(workspace, **fields))
    assert isinstance(command, CreateCommand) and isinstance(command.created, NoteRecord)
    return command.created


def _update_note(session: Session, note_id: int, **changes: Any) -> FieldEdit:
    edit, _record = service.update_note(session, note_id, **changes)
    return edit


def edit_note(workspace: Workspace, note_id: int, **changes: Any) -> UpdateCommand:
    return UpdateCommand(workspace, translate("NoteCommands", "Edit a note"), _update_note, note_id, changes)


def delete_notes(workspace: Workspace, note_ids: Sequence[int]) -> DeleteCommand:
    text = (
        translate("NoteCommands", "Delete a note") if len(note_ids) == 1 else translate("NoteCommands", "Delete notes")
    )
    return DeleteCommand(workspace, text, note_ids, service.delete_notes, service.restore_notes)


class MoveNoteCommand(AuthoringCommand):
    """Pin a note elsewhere (another stage, a matrix cell, the tray), at ``position``."""

    def __init__(self, workspace: Workspace, note_id: int, target: Target, position: float | None = None) -> None:
        super().__init__(workspace, translate("NoteCommands", "Move a note"))
        self.note_id, self.target, self.position = note_id, target, position
        self.move: NoteMove | None = None

    def apply(self, session: Session) -> None:
        self.move, _record = service.move_note(session, self.note_id, target=self.target, position=self.position)

    def revert(self, session: Session) -> None:
        assert self.move is not None
        target, position = self.move.before
        service.move_note(session, self.note_id, target=target, position=position)


class VoteCommand(AuthoringCommand):
    def __init__(self, workspace: Workspace, note_id: int, delta: int = 1) -> None:
        super().__init__(
            workspace,
            translate("NoteCommands", "Vote for a note")
            if delta > 0
            else translate("NoteCommands", "Take back a vote"),
        )
        self.note_id, self.delta = note_id, delta
        self.before: int | None = None

    def apply(self, session: Session) -> None:
        self.before, _record = service.vote(session, self.note_id, self.delta)

    def revert(self, session: Session) -> None:
        assert self.before is not None
        service.set_votes(session, self.note_id, self.before)


class HideNotesCommand(AuthoringCommand):
    """Hide notes from the shared screen (they stay on the console, marked), or show them again."""

    def __init__(self, workspace: Workspace, note_ids: Sequence[int], hidden: bool) -> None:
        super().__init__(
            workspace,
            translate("NoteCommands", "Hide from the shared screen")
            if hidden
            else translate("NoteCommands", "Show on the shared screen"),
        )
        self.note_ids, self.hidden = tuple(note_ids), hidden
        self.before: dict[int, bool] = {}

    def apply(self, session: Session) -> None:
        self.before = service.set_hidden(session, self.note_ids, self.hidden)

    def revert(self, session: Session) -> None:
        for hidden in (True, False):
            ids = [i for i, flag in self.before.items() if flag is hidden]
            if ids:
                service.set_hidden(session, ids, hidden)

    @property
    def changed_anything(self) -> bool:
        return any(flag != self.hidden for flag in self.before.values())
