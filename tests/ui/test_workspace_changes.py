"""Views follow every committed write without being told: the workspace says what it changed."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from workshop_studio.domain.changes import Area, Changes
from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.services.errors import ServiceError
from workshop_studio.services.notes import capture_note, update_note
from workshop_studio.storage.models import Workshop
from workshop_studio.ui.undo.notes import capture
from workshop_studio.ui.workspace import Workspace


@pytest.fixture
def workspace(db, qapp):
    space = Workspace(db)
    with db.read() as session:
        space.set_workshop(session.scalars(select(Workshop.id).order_by(Workshop.id)).first())
    yield space
    space.undo_stack.clear()


def _fields(workspace: Workspace, text: str) -> dict:
    stage = workspace.timeline.stages[0].id
    return {
        "workshop_id": workspace.workshop_id,
        "target": Target.stage(stage),
        "kind": AnnotationKind.IDEA,
        "text": text,
        "uid": uuid.uuid4().hex,
        "role": Role.CDDE,
    }


def test_a_note_written_by_any_path_shows_on_the_shared_timeline(workspace: Workspace) -> None:
    heard: list[Changes] = []
    workspace.changed.connect(heard.append)
    before = len(workspace.timeline.notes())
    record = workspace.write(lambda s: capture_note(s, **_fields(workspace, "Appeler le tuteur")))
    assert workspace.timeline.note(record.id) is not None and len(workspace.timeline.notes()) == before + 1
    assert heard == [Changes.of_notes({record.id})]

    workspace.write(lambda s: update_note(s, record.id, text="Appeler la tutrice"))
    assert workspace.timeline.note(record.id).text == "Appeler la tutrice"


def test_capture_is_one_undo_step_and_the_timeline_follows_undo_and_redo(workspace: Workspace) -> None:
    record = capture(workspace, **_fields(workspace, "Fiche de poste floue"))
    assert workspace.undo_stack.count() == 1 and workspace.timeline.note(record.id).text == "Fiche de poste floue"
    workspace.undo_stack.undo()
    assert workspace.timeline.note(record.id) is None
    workspace.undo_stack.redo()
    assert workspace.timeline.note(record.id).text == "Fiche de poste floue"  # the same note, the same id


def test_a_refused_write_says_nothing_and_changes_nothing(workspace: Workspace) -> None:
    heard: list[Changes] = []
    workspace.changed.connect(heard.append)
    before = workspace.timeline.notes()
    with pytest.raises(ServiceError):
        capture(workspace, **_fields(workspace, "   "))  # an empty note is refused
    assert heard == [] and workspace.undo_stack.count() == 0 and workspace.timeline.notes() == before


def test_a_change_made_elsewhere_is_announced_once(workspace: Workspace) -> None:
    heard: list[Changes] = []
    workspace.changed.connect(heard.append)
    workspace.announce(Changes())  # nothing: not said
    workspace.announce(Changes.of(Area.AGENDA))
    assert heard == [Changes.of(Area.AGENDA)]
