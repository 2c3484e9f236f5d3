"""The shapes every authoring edit takes on the undo stack, and how an editor pushes one.

``QUndoStack.push()`` calls ``redo()`` at once and has no way to say "refused". So an editor
calls :func:`push`: it makes the command's first change itself, in one committed write
transaction; a refusal (``ServiceError``, ``ImportRefused``) goes back to the editor with
nothing written and nothing pushed. Only then is the command pushed, and its first
``redo()`` (the one ``push()`` makes) does nothing.

Each shape keeps ids and the services' edit records or snapshots, never ORM rows:

* :class:`UpdateCommand`: a field update (``FieldEdit``); typing merges (see ``merge_key``);
* :class:`CreateCommand`: something new, undone by deleting it (snapshot kept), redone by
  restoring that snapshot (same ids), never by creating it again;
* :class:`DeleteCommand`: a deletion, undone by restoring its snapshot;
* :class:`OrderCommand`: a reorder (``OrderEdit``), undone by setting the old order.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session

    from workshop_studio.services.edits import OrderEdit
    from workshop_studio.ui.workspace import Workspace

UPDATE_MERGE_ID = 3101  # QUndoCommand.id() of mergeable field updates (the agenda uses 41xx)


class AuthoringCommand(QUndoCommand):
    """A change made through services in :meth:`Workspace.write`, which tells the views what
    it changed (recorded from the write itself: a command never names areas)."""

    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self._first_redo_done = False

    # What subclasses say -----------------------------------------------------------------
    def apply(self, session: Session) -> None:
        """The first change (called by :func:`push`)."""
        raise NotImplementedError

    def reapply(self, session: Session) -> None:
        """The change again, after an undo."""
        self.apply(session)

    def revert(self, session: Session) -> None:
        raise NotImplementedError

    @property
    def changed_anything(self) -> bool:
        return True

    # QUndoCommand ------------------------------------------------------------------------
    def redo(self) -> None:
        if not self._first_redo_done:  # push() made this change already
            self._first_redo_done = True
            return
        self._guarded(self.reapply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, change: Callable[[Session], None]) -> None:
        """Undo and redo never overwrite someone else's newer change: when another console
        changed the same rows since, nothing is written, the workspace says so (its
        ``conflicted`` signal), and this step leaves the stack (it no longer describes the data)."""
        from workshop_studio.services.errors import EditConflict

        try:
            self.workspace.write(change)
        except EditConflict:
            self.setObsolete(True)


def push(workspace: Workspace, command: AuthoringCommand) -> AuthoringCommand:
    """Make ``command``'s change now and put it on the undo stack.

    Raises what the service raises (nothing is then written or pushed). A change that
    changed nothing (the same text committed twice) is not pushed.
    """
    workspace.write(command.apply)
    if command.changed_anything:
        workspace.undo_stack.push(command)
    return command


def push_or_warn(parent: QWidget | None, title: str, workspace: Workspace, command: AuthoringCommand) -> bool:
    """:func:`push`, and when the change is refused, say why in one warning titled ``title``
    (nothing was written). Whether the change was made."""
    from workshop_studio.services.errors import ServiceError
    from workshop_studio.ui import prompts

    try:
        push(workspace, command)
    except ServiceError as error:
        prompts.warn(parent, title, str(error))
        return False
    return True


def ids_of(result: Any) -> tuple[int, ...]:
    """The ids of what a create or restore service returned: a row or a record, a list of them,
    or the id itself."""
    if isinstance(result, (list, tuple)):
        return tuple(ids_of(one)[0] for one in result)
    return (int(result),) if isinstance(result, int) else (int(result.id),)


class UpdateCommand(AuthoringCommand):
    """``update(session, row_id, **changes)`` returning a ``FieldEdit``.

    Commands with the same ``merge_key`` that follow each other merge into one undo step:
    an editor gives the same key to the commits of one stretch of typing in one field (it
    changes the key when the field loses focus), so Ctrl+Z takes back the whole stretch.
    """

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        update: Callable[..., Any],
        row_id: int,
        changes: Mapping[str, Any],
        *,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(workspace, text)
        self.update = update
        self.row_id = row_id
        self.changes = dict(changes)
        self.merge_key = merge_key
        self.before: dict[str, Any] = {}
        self.after: dict[str, Any] = {}
        self.table = ""

    def apply(self, session: Session) -> None:
        edit = self.update(session, self.row_id, **self.changes)
        self.before, self.after = dict(edit.before), dict(edit.after)
        self.table = edit.table

    def reapply(self, session: Session) -> None:
        from workshop_studio.storage.concurrency import expect_values  # SQLAlchemy: not before the first paint

        expect_values(session, self.table, self.row_id, self.before)  # still as our undo left it
        self.update(session, self.row_id, **self.after)

    def revert(self, session: Session) -> None:
        from workshop_studio.storage.concurrency import expect_values

        expect_values(session, self.table, self.row_id, self.after)  # still as we wrote it
        self.update(session, self.row_id, **self.before)

    @property
    def changed_anything(self) -> bool:
        return self.before != self.after

    def id(self) -> int:
        return UPDATE_MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, UpdateCommand)
            or other.merge_key != self.merge_key
            or other.update is not self.update
            or other.row_id != self.row_id
            or other.after.keys() != self.after.keys()
        ):
            return False
        self.after = dict(other.after)
        self.setObsolete(self.after == self.before)  # typed back to where it was: no step
        return True


class CreateCommand(AuthoringCommand):
    """``create(session)`` returns the new row(s); ``delete(session, ids)`` returns a snapshot;
    ``restore(session, snapshot)`` returns the row(s) again. :attr:`ids` follows them."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        create: Callable[[Session], Any],
        delete: Callable[[Session, tuple[int, ...]], Any],
        restore: Callable[[Session, Any], Any],
    ) -> None:
        super().__init__(workspace, text)
        self.create, self.delete, self.restore = create, delete, restore
        self.ids: tuple[int, ...] = ()
        self.created: Any = None  # what ``create`` returned (a record the editor may show)
        self.snapshot: Any = None

    @property
    def id_(self) -> int:
        return self.ids[0]

    def apply(self, session: Session) -> None:
        self.created = self.create(session)
        self.ids = ids_of(self.created)

    def reapply(self, session: Session) -> None:
        self.ids = ids_of(self.restore(session, self.snapshot))

    def revert(self, session: Session) -> None:
        self.snapshot = self.delete(session, self.ids)


class OneRow:
    """How one kind of row leaves and comes back: ``delete(session, id)`` returns a snapshot,
    ``restore(session, snapshot)`` the row again. Makes the create and delete commands of that
    kind, which differ only in their text and what they create."""

    def __init__(self, delete: Callable[[Session, int], Any], restore: Callable[[Session, Any], Any]) -> None:
        self.delete, self.restore = delete, restore

    def _delete_first(self, session: Session, ids: tuple[int, ...]) -> Any:
        return self.delete(session, ids[0])

    def created(self, workspace: Workspace, text: str, create: Callable[[Session], Any]) -> CreateCommand:
        return CreateCommand(workspace, text, create, self._delete_first, self.restore)

    def deleted(self, workspace: Workspace, text: str, row_id: int) -> DeleteCommand:
        return DeleteCommand(workspace, text, (row_id,), self._delete_first, self.restore)


class DeleteCommand(AuthoringCommand):
    """``delete(session, ids)`` returns a snapshot; ``restore(session, snapshot)`` the row(s)."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        ids: Sequence[int],
        delete: Callable[[Session, tuple[int, ...]], Any],
        restore: Callable[[Session, Any], Any],
    ) -> None:
        super().__init__(workspace, text)
        self.ids = tuple(ids)
        self.delete, self.restore = delete, restore
        self.snapshot: Any = None

    def apply(self, session: Session) -> None:
        self.snapshot = self.delete(session, self.ids)

    def revert(self, session: Session) -> None:
        self.ids = ids_of(self.restore(session, self.snapshot))


class OrderCommand(AuthoringCommand):
    """``change(session)`` returns an ``OrderEdit``; ``set_order(session, parent_id, ids)`` undoes it."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        change: Callable[[Session], OrderEdit],
        set_order: Callable[[Session, int, tuple[int, ...]], Any],
    ) -> None:
        super().__init__(workspace, text)
        self.change, self.set_order = change, set_order
        self.edit: OrderEdit | None = None

    def apply(self, session: Session) -> None:
        self.edit = self.change(session)

    def reapply(self, session: Session) -> None:
        assert self.edit is not None
        self.set_order(session, self.edit.parent_id, self.edit.after)

    def revert(self, session: Session) -> None:
        assert self.edit is not None
        self.set_order(session, self.edit.parent_id, self.edit.before)

    @property
    def changed_anything(self) -> bool:
        return self.edit is not None and self.edit.changed
