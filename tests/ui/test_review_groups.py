"""Groups of notes and stage syntheses from the review page: each action lands in the database,
and undo / redo through the workspace's stack put the data back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from review_ui_support import SAMPLE_ID, open_page, stored_groups
from sqlalchemy import select

from workshop_studio.services.review_synthesis import stage_syntheses
from workshop_studio.storage.models import NoteGroup
from workshop_studio.ui import prompts as ui_prompts

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Scripted answers to the page's questions, and the warnings it gave."""
    said: dict[str, list] = {"text": [], "warnings": []}
    monkeypatch.setattr(ui_prompts, "ask_text", lambda *args, **kw: said["text"].pop(0))
    monkeypatch.setattr(ui_prompts, "warn", lambda parent, title, text: said["warnings"].append(text))
    return said


def _titles(workspace) -> list[str]:
    with workspace.db.read() as session:
        return list(session.scalars(select(NoteGroup.title).order_by(NoteGroup.id)))


def test_group_selected_notes_then_undo_and_redo(qtbot, db_path: Path, answers) -> None:
    page = open_page(qtbot, db_path)
    workspace = page.workspace
    notes = [row.id for row in page.notes.model.rows[:3]]
    page.notes.select_ids(notes)
    answers["text"].append("Le suivi après l’embauche")
    qtbot.mouseClick(page.notes.group_button, LEFT)

    (group_id,) = set(stored_groups(workspace, notes))
    assert group_id is not None and _titles(workspace) == ["Le suivi après l’embauche"]
    assert page.groups.tree.topLevelItemCount() == 1 and page.groups.tree.topLevelItem(0).childCount() == 3
    row = page.notes.model.row_of(notes[0])
    assert page.notes.model.index(row, page.notes.model.GROUP).data() == "Le suivi après l’embauche"
    assert workspace.undo_stack.undoText() == "Group notes"

    workspace.undo_stack.undo()
    assert stored_groups(workspace, notes) == [None] * 3 and _titles(workspace) == []
    assert page.groups.tree.topLevelItemCount() == 0
    workspace.undo_stack.redo()
    assert stored_groups(workspace, notes) == [group_id] * 3  # the same group, same id
    workspace.undo_stack.undo()
    workspace.undo_stack.redo()
    assert stored_groups(workspace, notes) == [group_id] * 3


def _make_group(page, answers, notes: list[int], title: str) -> int:
    page.notes.select_ids(notes)
    answers["text"].append(title)
    page.groups.group_selected()
    return stored_groups(page.workspace, notes)[0]


def test_rename_ungroup_add_and_take_out_each_undo(qtbot, db_path: Path, answers) -> None:
    page = open_page(qtbot, db_path)
    workspace = page.workspace
    ids = [row.id for row in page.notes.model.rows]
    group_id = _make_group(page, answers, ids[:2], "Avant")
    tree = page.groups.tree
    tree.setCurrentItem(page.groups.group_item(group_id))

    answers["text"].append("Après")
    qtbot.mouseClick(page.groups.rename_button, LEFT)
    assert _titles(workspace) == ["Après"]
    workspace.undo_stack.undo()
    assert _titles(workspace) == ["Avant"]
    workspace.undo_stack.redo()
    assert _titles(workspace) == ["Après"]

    page.notes.select_ids(ids[5:7])
    tree.setCurrentItem(page.groups.group_item(group_id))
    qtbot.mouseClick(page.groups.add_button, LEFT)
    assert stored_groups(workspace, ids[:7]) == [group_id, group_id, None, None, None, group_id, group_id]
    workspace.undo_stack.undo()
    assert stored_groups(workspace, ids[5:7]) == [None, None]
    workspace.undo_stack.redo()

    group = page.groups.group_item(group_id)
    group.setExpanded(True)
    tree.clearSelection()
    group.child(0).setSelected(True)
    taken = page.groups.chosen_note_ids()
    assert len(taken) == 1
    qtbot.mouseClick(page.groups.take_out_button, LEFT)
    assert stored_groups(workspace, taken) == [None]
    workspace.undo_stack.undo()
    assert stored_groups(workspace, taken) == [group_id]

    tree.setCurrentItem(page.groups.group_item(group_id))
    members = [n for n, g in zip(ids, stored_groups(workspace, ids), strict=True) if g == group_id]
    qtbot.mouseClick(page.groups.ungroup_button, LEFT)
    assert _titles(workspace) == [] and stored_groups(workspace, members) == [None] * len(members)
    assert len(page.notes.model.rows) == 40  # the notes stay
    workspace.undo_stack.undo()
    assert _titles(workspace) == ["Après"] and stored_groups(workspace, members) == [group_id] * len(members)
    workspace.undo_stack.redo()
    assert _titles(workspace) == []


def test_a_refused_title_says_why_and_changes_nothing(qtbot, db_path: Path, answers) -> None:
    page = open_page(qtbot, db_path)
    notes = [row.id for row in page.notes.model.rows[:2]]
    page.notes.select_ids(notes)
    answers["text"].append("x" * 501)
    page.groups.group_selected()
    assert len(answers["warnings"]) == 1 and "500" in answers["warnings"][0]
    assert stored_groups(page.workspace, notes) == [None, None] and page.workspace.undo_stack.count() == 0


def test_grouping_without_a_selection_asks_for_one(qtbot, db_path: Path, answers) -> None:
    page = open_page(qtbot, db_path)
    page.groups.group_selected()
    assert len(answers["warnings"]) == 1 and page.workspace.undo_stack.count() == 0


def test_stage_synthesis_is_saved_undone_and_redone(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    workspace = page.workspace
    stages = page.data.stages
    panel = page.synthesis

    def stored() -> dict[int, str]:
        return workspace.query(lambda s: stage_syntheses(s, SAMPLE_ID))

    panel.show_stage(stages[8].id)
    panel.editor.setPlainText("Appeler la recrue à mi-parcours de l’essai.")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert stored() == {stages[8].id: "Appeler la recrue à mi-parcours de l’essai."}
    assert panel.stage.currentText().endswith("✎")

    workspace.undo_stack.undo()
    assert stored() == {} and panel.editor.toPlainText() == ""
    workspace.undo_stack.redo()
    assert stored() == {stages[8].id: "Appeler la recrue à mi-parcours de l’essai."}

    # unsaved words are kept when another stage is chosen (here by clicking it on the timeline)
    panel.editor.setPlainText("Revoir le suivi.")
    page.timeline.scene.select_stage(stages[2].id)
    assert panel.current_stage_id() == stages[2].id
    assert stored()[stages[8].id] == "Revoir le suivi."
    assert workspace.undo_stack.count() == 2

    panel.show_stage(stages[8].id)
    panel.editor.setPlainText("   ")  # blank: the synthesis is removed
    panel.save()
    assert stored() == {}
    workspace.undo_stack.undo()
    assert stored() == {stages[8].id: "Revoir le suivi."}


def test_unsaved_synthesis_words_survive_a_reload_and_a_change_of_workshop(qtbot, db_path: Path, answers) -> None:
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.services.workshop_setup import create_workshop

    page = open_page(qtbot, db_path)
    workspace = page.workspace
    stage = page.data.stages[3]
    page.synthesis.show_stage(stage.id)
    page.synthesis.editor.setPlainText("Les offres circulent trop tard")
    _make_group(page, answers, [row.id for row in page.notes.model.rows[:2]], "Doublons")  # reloads the page
    assert page.synthesis.editor.toPlainText() == "Les offres circulent trop tard"
    assert workspace.query(lambda s: stage_syntheses(s, SAMPLE_ID)) == {}

    other = workspace.write(lambda s: create_workshop(s, WorkshopDetails(title="Autre atelier")).id)
    page.choose_workshop(other)
    assert page.workshop_id == other
    assert workspace.query(lambda s: stage_syntheses(s, SAMPLE_ID)) == {stage.id: "Les offres circulent trop tard"}
