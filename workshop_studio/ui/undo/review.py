"""The review's edits, undoable: groups of notes that say the same thing, and stage syntheses.

Each command follows the authoring shape (``ui/undo/authoring.py``): :func:`push` makes the
first change in one committed transaction *before* the command reaches the stack, so a
refusal (a title too long, a note gone) comes back to the page with nothing written and
nothing pushed; Qt would swallow an exception raised inside ``redo()``. Undo and redo then
call the inverse the service handed back (``services/review_groups.py`` has the table).
A command keeps ids and the services' records, never ORM rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_studio.services import review_groups as groups
from workshop_studio.services.review_synthesis import SynthesisEdit, set_synthesis
from workshop_studio.ui.undo.authoring import AuthoringCommand, push

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from workshop_studio.services.edits import FieldEdit
    from workshop_studio.ui.workspace import Workspace

translate = QCoreApplication.translate

__all__ = [
    "CreateGroupCommand",
    "MoveNotesToGroupCommand",
    "RenameGroupCommand",
    "SetSynthesisCommand",
    "UngroupCommand",
    "push",
]


class CreateGroupCommand(AuthoringCommand):
    """A new group holding ``note_ids``; undo deletes it and puts the notes back where they
    were; redo restores the same group (same id), so later commands naming it still work."""

    def __init__(self, workspace: Workspace, *, workshop_id: int, title: str, note_ids: Sequence[int]) -> None:
        super().__init__(workspace, translate("ReviewCommands", "Group notes"))
        self.workshop_id = workshop_id
        self.title = title
        self.note_ids = tuple(note_ids)
        self.created: groups.GroupCreated | None = None
        self._snapshot: groups.GroupSnapshot | None = None

    @property
    def group_id(self) -> int | None:
        return self.created.group_id if self.created is not None else None

    def apply(self, session: Session) -> None:
        self.created = groups.create_group(
            session, workshop_id=self.workshop_id, title=self.title, note_ids=self.note_ids
        )

    def revert(self, session: Session) -> None:
        assert self.created is not None
        self._snapshot = groups.undo_create_group(session, self.created)

    def reapply(self, session: Session) -> None:
        assert self._snapshot is not None
        groups.restore_group(session, self._snapshot)
        # the notes' previous groups are in ``created.moved``, which the next undo uses again


class RenameGroupCommand(AuthoringCommand):
    def __init__(self, workspace: Workspace, group_id: int, title: str) -> None:
        super().__init__(workspace, translate("ReviewCommands", "Rename a group"))
        self.group_id = group_id
        self.title = title
        self.edit: FieldEdit | None = None

    def apply(self, session: Session) -> None:
        self.edit = groups.rename_group(session, self.group_id, title=self.title)

    def revert(self, session: Session) -> None:
        assert self.edit is not None
        groups.rename_group(session, self.group_id, title=str(self.edit.before["title"]))

    def reapply(self, session: Session) -> None:
        assert self.edit is not None
        groups.rename_group(session, self.group_id, title=str(self.edit.after["title"]))

    @property
    def changed_anything(self) -> bool:
        return self.edit is not None and self.edit.before != self.edit.after


class UngroupCommand(AuthoringCommand):
    """Delete a group; its notes stay, out of any group. Undo restores it with its notes."""

    def __init__(self, workspace: Workspace, group_id: int) -> None:
        super().__init__(workspace, translate("ReviewCommands", "Ungroup notes"))
        self.group_id = group_id
        self.snapshot: groups.GroupSnapshot | None = None

    def apply(self, session: Session) -> None:
        self.snapshot = groups.delete_group(session, self.group_id)

    def revert(self, session: Session) -> None:
        assert self.snapshot is not None
        self.group_id = groups.restore_group(session, self.snapshot)

    def reapply(self, session: Session) -> None:
        self.snapshot = groups.delete_group(session, self.group_id)


class MoveNotesToGroupCommand(AuthoringCommand):
    """Put notes into a group, or out of any group with ``group_id=None``."""

    def __init__(self, workspace: Workspace, note_ids: Sequence[int], group_id: int | None) -> None:
        if group_id is not None:
            text = translate("ReviewCommands", "Add notes to a group")
        else:
            text = translate("ReviewCommands", "Take notes out of their group")
        super().__init__(workspace, text)
        self.note_ids = tuple(note_ids)
        self.group_id = group_id
        self.moved: groups.NotesMoved | None = None

    def apply(self, session: Session) -> None:
        self.moved = groups.move_notes_to_group(session, self.note_ids, self.group_id)

    def revert(self, session: Session) -> None:
        assert self.moved is not None
        groups.put_notes_back(session, self.moved)

    def reapply(self, session: Session) -> None:
        assert self.moved is not None
        groups.move_notes_to_group(session, self.moved.note_ids, self.moved.group_id)

    @property
    def changed_anything(self) -> bool:
        return self.moved is not None and any(before != self.group_id for _, before in self.moved.before)


class SetSynthesisCommand(AuthoringCommand):
    """Write (or, with blank text, clear) a stage's synthesis note."""

    def __init__(self, workspace: Workspace, stage_id: int, text: str | None) -> None:
        super().__init__(workspace, translate("ReviewCommands", "Write a stage synthesis"))
        self.stage_id = stage_id
        self.synthesis_text = text  # not self.text: that is QUndoCommand.text()
        self.edit: SynthesisEdit | None = None

    def apply(self, session: Session) -> None:
        self.edit = set_synthesis(session, self.stage_id, self.synthesis_text)

    def revert(self, session: Session) -> None:
        assert self.edit is not None
        set_synthesis(session, self.stage_id, self.edit.before)

    def reapply(self, session: Session) -> None:
        assert self.edit is not None
        set_synthesis(session, self.stage_id, self.edit.after)

    @property
    def changed_anything(self) -> bool:
        return self.edit is not None and self.edit.changed
