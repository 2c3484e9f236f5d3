"""The timeline template editor: stages added, renamed, described, given a pictogram,
reordered by drag and drop and deleted; templates renamed, duplicated and deleted."""

from __future__ import annotations

import pytest
from library_ui_support import focus, open_page, query, type_text
from PySide6.QtCore import QModelIndex, Qt

from workshop_studio.services.timelines import get_timeline, list_timelines, timeline_stages
from workshop_studio.services.workshops import get_workshop, list_workshop_summaries
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.library.timelines_page import TimelinesPage


@pytest.fixture
def page(console: ConsoleWindow) -> TimelinesPage:
    return open_page(console, "timelines")


def stages(console: ConsoleWindow, timeline_id: int) -> list[tuple[int, str, str, int | None]]:
    return query(
        console,
        lambda s: [(st.id, st.title, st.description, st.pictogram_id) for st in timeline_stages(s, timeline_id)],
    )


def test_stages_are_added_edited_reordered_and_deleted(console: ConsoleWindow, page: TimelinesPage, qtbot) -> None:
    editor = page.editor
    timeline_id = page.current_timeline_id()
    before = stages(console, timeline_id)
    stack = console.workspace.undo_stack
    assert page.stages.count() == 10

    editor.stages.setCurrentIndex(editor.stages_model.index(6))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    now = stages(console, timeline_id)
    assert len(now) == 11 and now[7][1] == "New stage" and editor.stage_title.text() == "New stage"
    new_id = now[7][0]
    editor.stage_title.selectAll()
    type_text(editor.stage_title, "Le premier mois")
    editor.stage_title.flush()
    qtbot.keyClicks(editor.stage_description, "Qui accueille ?")
    editor.stage_description.flush()
    picker = editor.stage_pictogram.open_picker()
    type_text(picker.search, "calendrier")
    picker.accept()
    stage = next(s for s in stages(console, timeline_id) if s[0] == new_id)
    assert stage[1:3] == ("Le premier mois", "Qui accueille ?") and stage[3] is not None

    model = editor.stages_model
    assert model.dropMimeData(model.mimeData([model.index(7)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert stages(console, timeline_id)[0][0] == new_id
    assert editor.stages.current_id() == new_id
    focus(qtbot, editor.stages)
    qtbot.keyClick(editor.stages, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert stages(console, timeline_id)[1][0] == new_id
    qtbot.keyClick(editor.stages, Qt.Key.Key_Delete)
    assert new_id not in [s[0] for s in stages(console, timeline_id)]
    assert "Le premier mois" in console.statusBar().currentMessage()
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add stage",
        "Rename stage",
        "Edit stage description",
        "Change stage pictogram",
        "Move stages",
        "Move stages",
        "Delete stage",
    ]

    stack.undo()
    assert stages(console, timeline_id)[1][0] == new_id
    for _ in range(6):
        stack.undo()
    assert stages(console, timeline_id) == before
    for _ in range(7):
        stack.redo()
    assert [s[0] for s in stages(console, timeline_id)] == [s[0] for s in before]


def test_templates_are_renamed_duplicated_and_deleted_and_workshops_keep_their_stages(
    console: ConsoleWindow, page: TimelinesPage, qtbot
) -> None:
    editor = page.editor
    timeline_id = page.current_timeline_id()
    name = query(console, lambda s: get_timeline(s, timeline_id).name)
    stack = console.workspace.undo_stack
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Frise courte")
    editor.name.flush()
    assert query(console, lambda s: get_timeline(s, timeline_id).name) == "Frise courte"
    assert page.timelines.currentItem().text().startswith("Frise courte\n")

    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy_id = page.current_timeline_id()
    assert copy_id != timeline_id and len(stages(console, copy_id)) == 10
    assert query(console, lambda s: get_timeline(s, copy_id).name) == "Frise courte (copy)"
    page.timelines.setCurrentRow(0)
    assert page.current_timeline_id() == timeline_id
    workshop_id = query(console, list_workshop_summaries)[0].id
    workshop_stages = query(console, lambda s: [st.title for st in get_workshop(s, workshop_id).stages])
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [t.id for t in query(console, list_timelines)] == [copy_id]
    assert query(console, lambda s: [st.title for st in get_workshop(s, workshop_id).stages]) == workshop_stages
    assert len(workshop_stages) == 10  # the workshop keeps its own copy of the stages
    assert [stack.text(i) for i in range(3)] == ["Rename timeline", "Duplicate timeline", "Delete timeline"]

    stack.undo()
    assert sorted(t.id for t in query(console, list_timelines)) == sorted([timeline_id, copy_id])
    stack.undo()
    stack.undo()
    assert [(t.id, t.name) for t in query(console, list_timelines)] == [(timeline_id, name)]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert query(console, lambda s: get_timeline(s, page.current_timeline_id()).name) == "New timeline"
    assert page.stages.count() == 0


def test_every_stage_title_of_the_strip_is_shown_whole(page: TimelinesPage) -> None:
    """Each stage has its grid cell; a title wraps on words inside it, never cut to « Les … »
    (the cells once took the first title's width, "1. Le besoin apparaît", for all)."""
    from PySide6.QtGui import QFontMetrics

    view = page.editor.stages
    metrics = QFontMetrics(view.font())
    cell = view.gridSize()
    for row in range(view.count()):
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        assert (rect.width(), rect.height()) == (cell.width() - 8, cell.height() - 8)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        needed = metrics.boundingRect(0, 0, rect.width(), 10_000, Qt.TextFlag.TextWordWrap, text)
        assert needed.width() <= rect.width() and needed.height() <= rect.height() - view.iconSize().height(), text
