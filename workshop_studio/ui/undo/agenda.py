"""The agenda's undoable edits: add, remove, reorder a step, set its minutes or its title.

Each command calls ``services/agenda.py`` through :meth:`Workspace.write`, which commits and
then emits ``changed("agenda")``; the presenter console and the stage re-read from there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_studio.services import agenda as service
from workshop_studio.ui.undo.authoring import refuse_conflicting_steps
from workshop_studio.ui.workspace import Area

if TYPE_CHECKING:
    from workshop_studio.services.agenda import StepSnapshot
    from workshop_studio.services.edits import FieldEdit, OrderEdit
    from workshop_studio.ui.workspace import Workspace

from workshop_studio.services.errors import ServiceError

MINUTES_ID = 4101  # consecutive minute changes to one step merge into one undo step
TITLE_ID = 4102


class _AgendaCommand(QUndoCommand):
    """A refused first redo leaves the data as it was, keeps the reason in :attr:`error` and
    makes the command obsolete, so that the undo stack drops it instead of recording it."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        refuse_conflicting_steps(cls)  # another console's newer change is never overwritten

    error: str | None = None

    def redo(self) -> None:
        try:
            self.do()
        except ServiceError as error:
            self.error = str(error)
            self.setObsolete(True)

    def do(self) -> None:
        raise NotImplementedError


class AddStepCommand(_AgendaCommand):
    """Add a step; ``step_id`` is known after the first redo."""

    def __init__(self, workspace: Workspace, workshop_id: int, *, kind: str, index: int | None = None,
                 **content: Any) -> None:
        """``content``: the other keyword arguments of ``services.agenda.add_step`` (title,
        minutes, card, spread, scenario, an instruction's bullets, pictogram and countdown)."""
        super().__init__(QCoreApplication.translate("AgendaCommands", "Add a step"))
        self.workspace = workspace
        self.workshop_id = workshop_id
        self._fields = dict(content, kind=kind, index=index)
        self.step_id: int | None = None
        self._snapshot: StepSnapshot | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.step_id = self.workspace.write(lambda s: service.add_step(s, self.workshop_id, **self._fields), Area.AGENDA)
        else:
            snapshot = self._snapshot
            self.step_id = self.workspace.write(lambda s: service.restore_step(s, snapshot), Area.AGENDA)

    def undo(self) -> None:
        step_id = self.step_id
        assert step_id is not None
        self._snapshot = self.workspace.write(lambda s: service.remove_step(s, step_id), Area.AGENDA)


class RemoveStepCommand(_AgendaCommand):
    def __init__(self, workspace: Workspace, step_id: int) -> None:
        super().__init__(QCoreApplication.translate("AgendaCommands", "Remove a step"))
        self.workspace = workspace
        self.step_id = step_id
        self._snapshot: StepSnapshot | None = None

    def do(self) -> None:
        step_id = self.step_id
        self._snapshot = self.workspace.write(lambda s: service.remove_step(s, step_id), Area.AGENDA)

    def undo(self) -> None:
        snapshot = self._snapshot
        assert snapshot is not None
        self.step_id = self.workspace.write(lambda s: service.restore_step(s, snapshot), Area.AGENDA)


class MoveStepCommand(_AgendaCommand):
    """Move one step to ``to_index``; undo puts the whole order back as it was."""

    def __init__(self, workspace: Workspace, step_id: int, to_index: int) -> None:
        super().__init__(QCoreApplication.translate("AgendaCommands", "Move a step"))
        self.workspace = workspace
        self.step_id = step_id
        self.to_index = to_index
        self._edit: OrderEdit | None = None

    def do(self) -> None:
        if self._edit is None:
            self._edit = self.workspace.write(lambda s: service.move_step(s, self.step_id, self.to_index), Area.AGENDA)
        else:
            edit = self._edit
            self.workspace.write(lambda s: service.set_step_order(s, edit.parent_id, edit.after), Area.AGENDA)

    def undo(self) -> None:
        edit = self._edit
        assert edit is not None
        self.workspace.write(lambda s: service.set_step_order(s, edit.parent_id, edit.before), Area.AGENDA)


class _FieldCommand(_AgendaCommand):
    """Set one field of a step; repeated edits of the same step and field merge."""

    field = ""
    merge_id = -1

    def __init__(self, workspace: Workspace, step_id: int, value: object, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.step_id = step_id
        self.value = value
        self._before: object = None
        self._done = False

    def _set(self, value: object) -> FieldEdit:
        raise NotImplementedError

    def do(self) -> None:
        edit = self._set(self.value)
        if not self._done:
            self._before = edit.before[self.field]
            self._done = True

    def undo(self) -> None:
        self._set(self._before)

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, type(self)) or other.step_id != self.step_id:
            return False
        self.value = other.value
        return True


class SetMinutesCommand(_FieldCommand):
    field = "planned_minutes"
    merge_id = MINUTES_ID

    def __init__(self, workspace: Workspace, step_id: int, minutes: int) -> None:
        super().__init__(workspace, step_id, minutes, QCoreApplication.translate("AgendaCommands", "Set a step's minutes"))

    def _set(self, value: object) -> FieldEdit:
        return self.workspace.write(lambda s: service.set_step_minutes(s, self.step_id, int(value)), Area.AGENDA)  # type: ignore[call-overload]


class SetTitleCommand(_FieldCommand):
    field = "title"
    merge_id = TITLE_ID

    def __init__(self, workspace: Workspace, step_id: int, title: str) -> None:
        super().__init__(workspace, step_id, title, QCoreApplication.translate("AgendaCommands", "Rename a step"))

    def _set(self, value: object) -> FieldEdit:
        return self.workspace.write(lambda s: service.set_step_title(s, self.step_id, str(value)), Area.AGENDA)
