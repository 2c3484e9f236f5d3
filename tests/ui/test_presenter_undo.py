"""Each agenda edit of the presenter console is one undo step: undo() and redo() change the data back and forth."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop_studio.domain.changes import Area, Changes
from workshop_studio.services.errors import ServiceError
from workshop_studio.storage.models import AgendaStep, Card, Workshop
from workshop_studio.ui.undo import agenda as commands
from workshop_studio.ui.undo.authoring import push
from workshop_studio.ui.workspace import Workspace


@pytest.fixture
def workspace(db, qapp):
    space = Workspace(db)
    with db.read() as session:
        space.set_workshop(session.scalars(select(Workshop.id)).one())
    yield space
    space.undo_stack.clear()


def _agenda(workspace: Workspace) -> list[tuple]:
    with workspace.db.read() as session:
        rows = session.scalars(
            select(AgendaStep).where(AgendaStep.workshop_id == workspace.workshop_id).order_by(AgendaStep.position)
        )
        return [(s.id, s.position, s.kind, s.title, s.planned_minutes, s.card_id, list(s.card_ids)) for s in rows]


def test_add_step_undo_redo(workspace: Workspace) -> None:
    before = _agenda(workspace)
    with workspace.db.read() as session:
        card = session.scalars(select(Card.id).order_by(Card.id)).first()
    changed: list[Changes] = []
    workspace.changed.connect(changed.append)
    command = commands.add_step(
        workspace, workspace.workshop_id, kind="card", title="Nouvelle", planned_minutes=4, card_id=card, index=1
    )
    push(workspace, command)
    after = _agenda(workspace)
    assert len(after) == len(before) + 1 and after[1][2:] == ("card", "Nouvelle", 4, card, [])
    assert after[1][0] == command.id_
    assert [c.areas for c in changed] == [{Area.AGENDA}]  # said once, by the write itself
    workspace.undo_stack.undo()
    assert _agenda(workspace) == before
    assert [c.areas for c in changed] == [{Area.AGENDA}] * 2
    workspace.undo_stack.redo()
    assert _agenda(workspace) == after  # the same id, at the same place


def test_remove_step_undo_redo(workspace: Workspace) -> None:
    before = _agenda(workspace)
    push(workspace, commands.remove_step(workspace, before[2][0]))
    assert [row[0] for row in _agenda(workspace)] == [row[0] for row in before if row[0] != before[2][0]]
    workspace.undo_stack.undo()
    assert _agenda(workspace) == before
    workspace.undo_stack.redo()
    assert len(_agenda(workspace)) == len(before) - 1


def test_move_step_undo_redo(workspace: Workspace) -> None:
    before = _agenda(workspace)
    ids = [row[0] for row in before]
    push(workspace, commands.move_step(workspace, ids[0], 2))
    assert [row[0] for row in _agenda(workspace)] == [ids[1], ids[2], ids[0], *ids[3:]]
    workspace.undo_stack.undo()
    assert _agenda(workspace) == before
    workspace.undo_stack.redo()
    assert [row[0] for row in _agenda(workspace)][:3] == [ids[1], ids[2], ids[0]]


def test_minutes_edits_of_one_step_merge_into_one_undo(workspace: Workspace) -> None:
    before = _agenda(workspace)
    step_id = before[0][0]
    for minutes in (11, 12, 13):
        push(workspace, commands.set_minutes(workspace, step_id, minutes))
    assert _agenda(workspace)[0][4] == 13
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert _agenda(workspace) == before
    workspace.undo_stack.redo()
    assert _agenda(workspace)[0][4] == 13


def test_title_undo_redo(workspace: Workspace) -> None:
    before = _agenda(workspace)
    push(workspace, commands.set_title(workspace, before[1][0], "Une embauche réussie, c’est quoi ?"))
    assert _agenda(workspace)[1][3] == "Une embauche réussie, c’est quoi ?"
    workspace.undo_stack.undo()
    assert _agenda(workspace) == before
    workspace.undo_stack.redo()
    assert _agenda(workspace)[1][3] == "Une embauche réussie, c’est quoi ?"


def test_a_refused_edit_changes_nothing_and_is_not_recorded(workspace: Workspace) -> None:
    before = _agenda(workspace)
    changed: list[Changes] = []
    workspace.changed.connect(changed.append)
    with pytest.raises(ServiceError, match="minutes"):
        push(workspace, commands.set_minutes(workspace, before[0][0], -5))
    assert workspace.undo_stack.count() == 0 and changed == []
    assert _agenda(workspace) == before
