"""Undoable edits of the other workshop materials: scenarios, timeline templates, the matrix.

Same shapes as :mod:`library` (see :mod:`authoring`); links and matrix axes get their own
small commands because their services return an index or an ``AxisEdit``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workshop_studio.i18n import QT_TRANSLATE_NOOP
from workshop_studio.services import matrices as matrix_service
from workshop_studio.services import scenarios as scenario_service
from workshop_studio.services import timelines as timeline_service
from workshop_studio.ui.undo.authoring import (
    AuthoringCommand,
    CreateCommand,
    DeleteCommand,
    OneRow,
    OrderCommand,
    UpdateCommand,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from workshop_studio.services.matrices import AxisEdit
    from workshop_studio.ui.workspace import Workspace

translate = QCoreApplication.translate  # the name lupdate extracts


# How each kind of material leaves and comes back, for its create and delete commands.
SCENARIO = OneRow(scenario_service.delete_scenario, scenario_service.restore_scenario)
TIMELINE = OneRow(timeline_service.delete_timeline, timeline_service.restore_timeline)
STAGE = OneRow(timeline_service.delete_stage, timeline_service.restore_stages)
MATRIX = OneRow(matrix_service.delete_matrix, matrix_service.restore_matrix)


def _tr(text: str) -> str:
    """Translate a text marked with ``QT_TRANSLATE_NOOP("UndoMaterials", …)``."""
    return translate("UndoMaterials", text)


# --- Scenarios -----------------------------------------------------------------------------
def new_scenario(workspace: Workspace, title: str) -> CreateCommand:
    return SCENARIO.created(
        workspace, translate("UndoMaterials", "New scenario"), lambda s: scenario_service.new_scenario(s, title=title)
    )


def delete_scenario(workspace: Workspace, scenario_id: int) -> DeleteCommand:
    return SCENARIO.deleted(workspace, translate("UndoMaterials", "Delete scenario"), scenario_id)


_SCENARIO_TEXTS = {
    "title": QT_TRANSLATE_NOOP("UndoMaterials", "Edit scenario title"),
    "trade": QT_TRANSLATE_NOOP("UndoMaterials", "Edit trade"),
    "company_size": QT_TRANSLATE_NOOP("UndoMaterials", "Edit company size"),
    "family_business": QT_TRANSLATE_NOOP("UndoMaterials", "Change family business"),
    "agency_history": QT_TRANSLATE_NOOP("UndoMaterials", "Edit history with the agency"),
    "story": QT_TRANSLATE_NOOP("UndoMaterials", "Edit story"),
    "questions": QT_TRANSLATE_NOOP("UndoMaterials", "Edit questions"),
    "pictogram_id": QT_TRANSLATE_NOOP("UndoMaterials", "Change scenario pictogram"),
}
QUESTION_TEXTS = {
    "add": QT_TRANSLATE_NOOP("UndoMaterials", "Add question"),
    "remove": QT_TRANSLATE_NOOP("UndoMaterials", "Remove question"),
    "move": QT_TRANSLATE_NOOP("UndoMaterials", "Reorder questions"),
    "edit": QT_TRANSLATE_NOOP("UndoMaterials", "Edit question"),
}


def update_scenario(
    workspace: Workspace,
    scenario_id: int,
    field: str,
    value: Any,
    *,
    merge_key: Hashable | None = None,
    text: str | None = None,
) -> UpdateCommand:
    """One field; ``text`` overrides the name of the action (the questions' edits)."""
    return UpdateCommand(
        workspace,
        _tr(text or _SCENARIO_TEXTS[field]),
        scenario_service.update_scenario,
        scenario_id,
        {field: value},
        merge_key=merge_key,
    )


class LinkCommand(AuthoringCommand):
    """Link or unlink one card or stage; ``link(s, scenario, item, index=…)`` returns where it went,
    ``unlink(s, scenario, item)`` where it was."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        scenario_id: int,
        item_id: int,
        *,
        adding: bool,
        link: Callable[..., int],
        unlink: Callable[..., int],
    ) -> None:
        super().__init__(workspace, text)
        self.scenario_id, self.item_id, self.adding = scenario_id, item_id, adding
        self.link, self.unlink = link, unlink
        self.index: int | None = None

    def _add(self, session: Session) -> None:
        self.index = self.link(session, self.scenario_id, self.item_id, index=self.index)

    def _remove(self, session: Session) -> None:
        self.index = self.unlink(session, self.scenario_id, self.item_id)

    def apply(self, session: Session) -> None:
        (self._add if self.adding else self._remove)(session)

    def revert(self, session: Session) -> None:
        (self._remove if self.adding else self._add)(session)


def link_card(workspace: Workspace, scenario_id: int, card_id: int, *, adding: bool = True) -> LinkCommand:
    text = translate("UndoMaterials", "Link card") if adding else translate("UndoMaterials", "Unlink card")
    return LinkCommand(
        workspace,
        text,
        scenario_id,
        card_id,
        adding=adding,
        link=scenario_service.link_card,
        unlink=scenario_service.unlink_card,
    )


def link_stage(workspace: Workspace, scenario_id: int, stage_id: int, *, adding: bool = True) -> LinkCommand:
    text = translate("UndoMaterials", "Link stage") if adding else translate("UndoMaterials", "Unlink stage")
    return LinkCommand(
        workspace,
        text,
        scenario_id,
        stage_id,
        adding=adding,
        link=scenario_service.link_stage,
        unlink=scenario_service.unlink_stage,
    )


def reorder_scenario_cards(workspace: Workspace, scenario_id: int, card_ids: Sequence[int]) -> OrderCommand:
    ids = tuple(card_ids)
    return OrderCommand(
        workspace,
        translate("UndoMaterials", "Reorder linked cards"),
        lambda s: scenario_service.set_scenario_cards(s, scenario_id, ids),
        scenario_service.set_scenario_cards,
    )


def reorder_scenario_stages(workspace: Workspace, scenario_id: int, stage_ids: Sequence[int]) -> OrderCommand:
    ids = tuple(stage_ids)
    return OrderCommand(
        workspace,
        translate("UndoMaterials", "Reorder linked stages"),
        lambda s: scenario_service.set_scenario_stages(s, scenario_id, ids),
        scenario_service.set_scenario_stages,
    )


# --- Timeline templates --------------------------------------------------------------------


def new_timeline(workspace: Workspace, name: str) -> CreateCommand:
    return TIMELINE.created(
        workspace, translate("UndoMaterials", "New timeline"), lambda s: timeline_service.new_timeline(s, name=name)
    )


def duplicate_timeline(workspace: Workspace, timeline_id: int) -> CreateCommand:
    return TIMELINE.created(
        workspace,
        translate("UndoMaterials", "Duplicate timeline"),
        lambda s: timeline_service.duplicate_timeline(s, timeline_id),
    )


def delete_timeline(workspace: Workspace, timeline_id: int) -> DeleteCommand:
    return TIMELINE.deleted(workspace, translate("UndoMaterials", "Delete timeline"), timeline_id)


_TIMELINE_TEXTS = {
    "name": QT_TRANSLATE_NOOP("UndoMaterials", "Rename timeline"),
    "description": QT_TRANSLATE_NOOP("UndoMaterials", "Edit timeline description"),
}
_STAGE_TEXTS = {
    "title": QT_TRANSLATE_NOOP("UndoMaterials", "Rename stage"),
    "description": QT_TRANSLATE_NOOP("UndoMaterials", "Edit stage description"),
    "pictogram_id": QT_TRANSLATE_NOOP("UndoMaterials", "Change stage pictogram"),
}


def update_timeline(
    workspace: Workspace, timeline_id: int, field: str, value: Any, *, merge_key: Hashable | None = None
) -> UpdateCommand:
    return UpdateCommand(
        workspace,
        _tr(_TIMELINE_TEXTS[field]),
        timeline_service.update_timeline,
        timeline_id,
        {field: value},
        merge_key=merge_key,
    )


def add_stage(workspace: Workspace, timeline_id: int, title: str, *, index: int | None = None) -> CreateCommand:
    return STAGE.created(
        workspace,
        translate("UndoMaterials", "Add stage"),
        lambda s: timeline_service.add_stage(s, timeline_id, title=title, index=index),
    )


def update_stage(
    workspace: Workspace, stage_id: int, field: str, value: Any, *, merge_key: Hashable | None = None
) -> UpdateCommand:
    return UpdateCommand(
        workspace,
        _tr(_STAGE_TEXTS[field]),
        timeline_service.update_stage,
        stage_id,
        {field: value},
        merge_key=merge_key,
    )


def move_stages(workspace: Workspace, timeline_id: int, stage_ids: Sequence[int], to_index: int) -> OrderCommand:
    ids = tuple(stage_ids)
    return OrderCommand(
        workspace,
        translate("UndoMaterials", "Move stages"),
        lambda s: timeline_service.move_stages(s, timeline_id, ids, to_index=to_index),
        timeline_service.set_stage_order,
    )


def delete_stage(workspace: Workspace, stage_id: int) -> DeleteCommand:
    return STAGE.deleted(workspace, translate("UndoMaterials", "Delete stage"), stage_id)


# --- The matrix ----------------------------------------------------------------------------
def new_matrix(workspace: Workspace, name: str) -> CreateCommand:
    return MATRIX.created(
        workspace, translate("UndoMaterials", "New matrix"), lambda s: matrix_service.new_matrix(s, name=name)
    )


def delete_matrix(workspace: Workspace, matrix_id: int) -> DeleteCommand:
    return MATRIX.deleted(workspace, translate("UndoMaterials", "Delete matrix"), matrix_id)


def rename_matrix(
    workspace: Workspace, matrix_id: int, name: str, *, merge_key: Hashable | None = None
) -> UpdateCommand:
    return UpdateCommand(
        workspace,
        translate("UndoMaterials", "Rename matrix"),
        matrix_service.rename_matrix,
        matrix_id,
        {"name": name},
        merge_key=merge_key,
    )


class AxisCommand(AuthoringCommand):
    """One axis's kind and cards (``set_matrix_axis``); undo sets what it showed before."""

    def __init__(
        self, workspace: Workspace, text: str, matrix_id: int, axis: str, *, kind: str, card_ids: Sequence[int]
    ) -> None:
        super().__init__(workspace, text)
        self.matrix_id, self.axis, self.kind, self.card_ids = matrix_id, axis, kind, tuple(card_ids)
        self.edit: AxisEdit | None = None

    def _set(self, session: Session, kind: str, card_ids: Sequence[int]) -> None:
        matrix_service.set_matrix_axis(session, self.matrix_id, self.axis, kind=kind, card_ids=card_ids)

    def apply(self, session: Session) -> None:
        self.edit = matrix_service.set_matrix_axis(
            session, self.matrix_id, self.axis, kind=self.kind, card_ids=self.card_ids
        )

    def reapply(self, session: Session) -> None:
        assert self.edit is not None
        self._set(session, self.edit.after.kind, self.edit.after.card_ids)

    def revert(self, session: Session) -> None:
        assert self.edit is not None
        self._set(session, self.edit.before.kind, self.edit.before.card_ids)

    @property
    def changed_anything(self) -> bool:
        return self.edit is not None and self.edit.before != self.edit.after


def set_matrix_axis(
    workspace: Workspace,
    matrix_id: int,
    axis: str,
    *,
    kind: str,
    card_ids: Sequence[int],
    reorder: bool = False,
    kind_changed: bool = False,
) -> AxisCommand:
    if kind_changed:
        text = translate("UndoMaterials", "Change axis kind")
    elif reorder:
        text = translate("UndoMaterials", "Reorder axis cards")
    else:
        text = translate("UndoMaterials", "Choose axis cards")
    return AxisCommand(workspace, text, matrix_id, axis, kind=kind, card_ids=card_ids)
