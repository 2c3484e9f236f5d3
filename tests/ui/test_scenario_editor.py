"""The scenario editor: persona, story, questions and links, each edit undone and redone."""

from __future__ import annotations

import pytest
from library_ui_support import focus, open_page, query, type_text
from PySide6.QtCore import QModelIndex, QPoint, Qt

from workshop_studio.services.scenarios import get_scenario, list_scenario_summaries
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.library.scenarios_page import ScenariosPage


@pytest.fixture
def page(console: ConsoleWindow) -> ScenariosPage:
    return open_page(console, "scenarios")


def scenario(console: ConsoleWindow, scenario_id: int) -> dict[str, object]:
    def read(session):
        s = get_scenario(session, scenario_id)
        return {
            "title": s.title,
            "trade": s.trade,
            "company_size": s.company_size,
            "family": s.family_business,
            "history": s.agency_history,
            "story": s.story,
            "questions": list(s.questions),
            "pictogram": s.pictogram_id,
            "cards": [link.card_id for link in sorted(s.card_links, key=lambda link: link.position)],
            "stages": [link.stage_id for link in sorted(s.stage_links, key=lambda link: link.position)],
        }

    return query(console, read)


def test_persona_and_story_fields_each_undo_and_redo(console: ConsoleWindow, page: ScenariosPage, qtbot) -> None:
    editor = page.editor
    scenario_id = page.current_scenario_id()
    before = scenario(console, scenario_id)
    stack = console.workspace.undo_stack
    for name, text in (
        ("trade", "Garage"),
        ("company_size", "7 salariés"),
        ("agency_history", "Aucune offre"),
        ("story", "Une autre histoire."),
        ("title", "Le garage"),
    ):
        field = editor.fields[name]
        field.selectAll()
        type_text(field, text)
        field.flush()
    box = editor.family_business
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the tick box
    after = scenario(console, scenario_id)
    assert (after["trade"], after["company_size"], after["history"], after["story"], after["title"]) == (
        "Garage",
        "7 salariés",
        "Aucune offre",
        "Une autre histoire.",
        "Le garage",
    )
    assert after["family"] is (not before["family"])
    assert page.scenarios.currentItem().text() == "Le garage"  # the list follows
    assert [stack.text(i) for i in range(6)] == [
        "Edit trade",
        "Edit company size",
        "Edit history with the agency",
        "Edit story",
        "Edit scenario title",
        "Change family business",
    ]
    for _ in range(6):
        stack.undo()
    assert scenario(console, scenario_id) == before
    assert editor.story.text() == before["story"]
    for _ in range(6):
        stack.redo()
    assert scenario(console, scenario_id) == after


def test_questions_add_edit_reorder_remove(console: ConsoleWindow, page: ScenariosPage, qtbot) -> None:
    questions = page.editor.questions
    scenario_id = page.current_scenario_id()
    before = scenario(console, scenario_id)["questions"]
    assert questions.model.rowCount() == len(before) == 3
    stack = console.workspace.undo_stack

    questions.view.setCurrentIndex(questions.model.index(0))
    qtbot.mouseClick(questions.add_button, Qt.MouseButton.LeftButton)
    assert scenario(console, scenario_id)["questions"] == [before[0], "New question", *before[1:]]
    assert questions.editor.text() == "New question"  # ready to be typed over
    type_text(questions.editor, "Qui rappelle la gérante ?")
    questions.editor.flush()
    assert scenario(console, scenario_id)["questions"][1] == "Qui rappelle la gérante ?"

    model = questions.model
    assert model.dropMimeData(model.mimeData([model.index(3)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert scenario(console, scenario_id)["questions"] == [before[2], before[0], "Qui rappelle la gérante ?", before[1]]
    questions.view.setCurrentIndex(model.index(0))
    focus(qtbot, questions.view)
    qtbot.keyClick(questions.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert scenario(console, scenario_id)["questions"][:2] == [before[0], before[2]]
    qtbot.keyClick(questions.view, Qt.Key.Key_Delete)
    assert scenario(console, scenario_id)["questions"] == [before[0], "Qui rappelle la gérante ?", before[1]]
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add question",
        "Edit question",
        "Reorder questions",
        "Reorder questions",
        "Remove question",
    ]

    for _ in range(5):
        stack.undo()
    assert scenario(console, scenario_id)["questions"] == before
    for _ in range(5):
        stack.redo()
    assert scenario(console, scenario_id)["questions"] == [before[0], "Qui rappelle la gérante ?", before[1]]


def test_links_to_cards_and_stages(console: ConsoleWindow, page: ScenariosPage, qtbot) -> None:
    editor = page.editor
    scenario_id = page.current_scenario_id()
    before = scenario(console, scenario_id)
    stack = console.workspace.undo_stack

    cards = editor.cards
    cards.choices.setCurrentIndex(0)
    added = cards.choices.currentData()
    qtbot.mouseClick(cards.add_button, Qt.MouseButton.LeftButton)
    assert scenario(console, scenario_id)["cards"] == [*before["cards"], added]
    cards.view.select_ids([before["cards"][0]])
    qtbot.mouseClick(cards.down_button, Qt.MouseButton.LeftButton)
    assert scenario(console, scenario_id)["cards"][:2] == [before["cards"][1], before["cards"][0]]
    cards.view.select_ids([before["cards"][2]])
    qtbot.mouseClick(cards.remove_button, Qt.MouseButton.LeftButton)
    assert before["cards"][2] not in scenario(console, scenario_id)["cards"]

    stages = editor.stages
    model = stages.model
    assert model.dropMimeData(
        model.mimeData([model.index(0)]), Qt.DropAction.MoveAction, model.rowCount(), 0, QModelIndex()
    )
    assert scenario(console, scenario_id)["stages"] == [*before["stages"][1:], before["stages"][0]]
    stages.choices.setCurrentIndex(0)
    stage = stages.choices.currentData()
    qtbot.mouseClick(stages.add_button, Qt.MouseButton.LeftButton)
    assert scenario(console, scenario_id)["stages"][-1] == stage
    assert [stack.text(i) for i in range(5)] == [
        "Link card",
        "Reorder linked cards",
        "Unlink card",
        "Reorder linked stages",
        "Link stage",
    ]
    for _ in range(5):
        stack.undo()
    assert scenario(console, scenario_id) == before
    for _ in range(5):
        stack.redo()
    assert scenario(console, scenario_id)["stages"][-1] == stage


def test_new_and_deleted_scenarios(console: ConsoleWindow, page: ScenariosPage, qtbot) -> None:
    stack = console.workspace.undo_stack
    count = len(query(console, list_scenario_summaries))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    new_id = page.current_scenario_id()
    assert scenario(console, new_id)["title"] == "New scenario"
    assert page.editor.title.text() == "New scenario"
    page.editor.title.selectAll()
    type_text(page.editor.title, "Le fleuriste")
    page.editor.title.flush()
    picker = page.editor.pictogram.open_picker()
    type_text(picker.search, "fleur")
    assert picker.model.rowCount() == 0 and picker.empty.isVisible()  # says so, rather than an empty grid
    assert picker.empty.text() == "No pictogram matches this search."
    picker.search.clear()
    type_text(picker.search, "commerce")
    assert picker.model.rowCount() >= 1 and not picker.empty.isVisible()
    picker.accept()
    assert scenario(console, new_id)["pictogram"] is not None

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(query(console, list_scenario_summaries)) == count
    assert "Le fleuriste" in console.statusBar().currentMessage()
    stack.undo()
    assert scenario(console, new_id)["title"] == "Le fleuriste" and scenario(console, new_id)["pictogram"] is not None
    for _ in range(3):
        stack.undo()
    assert len(query(console, list_scenario_summaries)) == count
    stack.redo()
    assert scenario(console, new_id)["title"] == "New scenario"  # restored under its id
