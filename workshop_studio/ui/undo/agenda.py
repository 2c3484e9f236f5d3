"""The agenda's undoable edits: add, remove, reorder a step, change what it says, shows or
lasts, skip it.

Factories for commands of the one family (:mod:`authoring`); an editor hands them to
:func:`~workshop_studio.ui.undo.authoring.push`, which writes first (a refusal comes back as
the service's exception, nothing written, nothing pushed). Typing in a step's minutes or
title merges into one undo step per step and field.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workshop_studio.services import agenda as service
from workshop_studio.ui.undo.authoring import CreateCommand, DeleteCommand, OneRow, OrderCommand, UpdateCommand

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

translate = QCoreApplication.translate  # the name lupdate extracts


STEP = OneRow(service.remove_step, service.restore_step)  # how a step leaves and comes back


def add_step(
    workspace: Workspace, workshop_id: int, *, kind: str, index: int | None = None, **content: Any
) -> CreateCommand:
    """A new step at ``index`` (``None``: at the end); ``content``: the other keyword arguments
    of ``services.agenda.add_step`` (title, minutes, card, spread, scenario, an instruction's
    bullets, pictogram and countdown). Its id is the command's ``id_`` once pushed."""
    return STEP.created(
        workspace,
        translate("AgendaCommands", "Add a step"),
        lambda s: service.add_step(s, workshop_id, kind=kind, index=index, **content),
    )


def remove_step(workspace: Workspace, step_id: int) -> DeleteCommand:
    return STEP.deleted(workspace, translate("AgendaCommands", "Remove a step"), step_id)


def move_step(workspace: Workspace, step_id: int, to_index: int) -> OrderCommand:
    """Move one step to ``to_index``; undo puts the whole order back as it was."""
    return OrderCommand(
        workspace,
        translate("AgendaCommands", "Move a step"),
        lambda s: service.move_step(s, step_id, to_index),
        service.set_step_order,
    )


def update_step(
    workspace: Workspace,
    step_id: int,
    changes: Mapping[str, Any],
    text: str | None = None,
    *,
    merge_key: Hashable | None = None,
) -> UpdateCommand:
    """Change what a step says, shows or lasts (the step dialog's OK, the presenter's fields)."""
    return UpdateCommand(
        workspace,
        text or translate("AgendaCommands", "Edit a step"),
        service.update_step,
        step_id,
        changes,
        merge_key=merge_key,
    )


def skip_step(workspace: Workspace, step_id: int, skipped: bool) -> UpdateCommand:
    """Skip the step when presenting (it stays in the agenda), or show it again."""
    text = translate("AgendaCommands", "Skip a step") if skipped else translate("AgendaCommands", "Show a skipped step")
    return update_step(workspace, step_id, {"hidden": skipped}, text)


def set_minutes(workspace: Workspace, step_id: int, minutes: int) -> UpdateCommand:
    return update_step(
        workspace,
        step_id,
        {"planned_minutes": minutes},
        translate("AgendaCommands", "Set a step's minutes"),
        merge_key=("minutes", step_id),
    )


def set_title(workspace: Workspace, step_id: int, title: str) -> UpdateCommand:
    return update_step(
        workspace, step_id, {"title": title}, translate("AgendaCommands", "Rename a step"), merge_key=("title", step_id)
    )
