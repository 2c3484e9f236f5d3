"""Undoable preparation of a workshop: create or copy it, edit its details and materials, its
and its participants (the agenda's steps: :mod:`agenda`).

Each function builds a command in the shapes of :mod:`authoring`; callers hand it to
:func:`workshop_studio.ui.undo.authoring.push`, which makes the change (a refusal comes back
as the service's exception, with nothing written or pushed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workshop_studio.domain.workshop import ParticipantData, WorkshopDetails
from workshop_studio.services import participants as participant_service
from workshop_studio.services import workshop_setup as setup
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

    from workshop_studio.ui.workspace import Workspace

translate = QCoreApplication.translate  # the name lupdate extracts

# A workshop made here (new, copied) leaves whole when undone and comes back the same.
NEW_WORKSHOP = OneRow(setup.delete_new_workshop, setup.restore_workshop)

_DETAIL_FIELDS = ("title", "date", "start_time", "available_minutes", "place", "room", "facilitator", "matrix_id")


# --- Creating --------------------------------------------------------------------------------
def new_workshop(
    workspace: Workspace,
    details: WorkshopDetails,
    *,
    model_id: int | None = None,
    from_sample: bool = False,
    participants: bool = False,
) -> CreateCommand:
    """A new workshop: blank, copied from ``model_id``, or on the sample's model.

    Undo takes the workshop back; what the sample brought into the library stays there (it is
    reused the next time, and deleting a deck others may use is not undo's business).
    """

    def create(session: Session) -> Any:
        if from_sample:
            from workshop_studio.interchange.sample import new_workshop_from_sample

            return new_workshop_from_sample(session, details, participants=participants)
        if model_id is not None:
            return setup.copy_workshop(session, model_id, details=details, participants=participants)
        return setup.create_workshop(session, details)

    return NEW_WORKSHOP.created(workspace, translate("UndoWorkshops", "New workshop"), create)


def duplicate_workshop(workspace: Workspace, workshop_id: int) -> CreateCommand:
    """A copy with its participants and agenda, never its notes, titled "… (copy)"."""
    return NEW_WORKSHOP.created(
        workspace,
        translate("UndoWorkshops", "Duplicate the workshop"),
        lambda s: setup.copy_workshop(s, workshop_id, participants=True),
    )


class EditWorkshopCommand(AuthoringCommand):
    """The details dialog's OK: fields, decks, scenarios and timeline, one undo step, one
    transaction each way."""

    def __init__(self, workspace: Workspace, workshop_id: int, before: WorkshopDetails, after: WorkshopDetails) -> None:
        super().__init__(workspace, translate("UndoWorkshops", "Edit the workshop's details"))
        self.workshop_id = workshop_id
        self.before, self.after = before, after
        self._stages: setup.StagesSnapshot | None = None

    def _changes(self, details: WorkshopDetails) -> dict[str, Any]:
        return {
            name: getattr(details, name)
            for name in _DETAIL_FIELDS
            if getattr(self.before, name) != getattr(self.after, name)
        }

    def apply(self, session: Session) -> None:
        a, b = self.after, self.before
        if changes := self._changes(a):
            setup.update_workshop(session, self.workshop_id, **changes)
        if a.deck_ids != b.deck_ids:
            setup.set_workshop_decks(session, self.workshop_id, a.deck_ids)
        if a.scenario_ids != b.scenario_ids:
            setup.set_workshop_scenarios(session, self.workshop_id, a.scenario_ids)
        if a.timeline_id != b.timeline_id:
            self._stages = setup.set_workshop_timeline(session, self.workshop_id, a.timeline_id)

    def revert(self, session: Session) -> None:
        a, b = self.after, self.before
        if self._stages is not None:
            setup.restore_workshop_stages(session, self._stages)
        if a.scenario_ids != b.scenario_ids:
            setup.set_workshop_scenarios(session, self.workshop_id, b.scenario_ids)
        if a.deck_ids != b.deck_ids:
            setup.set_workshop_decks(session, self.workshop_id, b.deck_ids)
        if changes := self._changes(b):
            setup.update_workshop(session, self.workshop_id, **changes)

    @property
    def changed_anything(self) -> bool:
        return any(getattr(self.before, f.name) != getattr(self.after, f.name) for f in fields(WorkshopDetails))


# --- Participants ----------------------------------------------------------------------------
def add_participants(
    workspace: Workspace, workshop_id: int, people: Sequence[ParticipantData], *, index: int | None = None
) -> CreateCommand:
    count = len(people)  # lupdate misses a plural whose count is a call
    return CreateCommand(
        workspace,
        translate("UndoWorkshops", "Add %n participant(s)", "", count),
        lambda s: participant_service.add_participants(s, workshop_id, people, index=index),
        participant_service.delete_participants,
        participant_service.restore_participants,
    )


def update_participant(workspace: Workspace, participant_id: int, changes: Mapping[str, Any]) -> UpdateCommand:
    return UpdateCommand(
        workspace,
        translate("UndoWorkshops", "Edit a participant"),
        participant_service.update_participant,
        participant_id,
        changes,
    )


def delete_participants(workspace: Workspace, participant_ids: Sequence[int]) -> DeleteCommand:
    count = len(participant_ids)
    return DeleteCommand(
        workspace,
        translate("UndoWorkshops", "Remove %n participant(s)", "", count),
        participant_ids,
        participant_service.delete_participants,
        participant_service.restore_participants,
    )


def move_participants(
    workspace: Workspace, workshop_id: int, participant_ids: Sequence[int], to_index: int
) -> OrderCommand:
    return OrderCommand(
        workspace,
        translate("UndoWorkshops", "Reorder the participants"),
        lambda s: participant_service.move_participants(s, workshop_id, participant_ids, to_index=to_index),
        participant_service.set_participant_order,
    )
