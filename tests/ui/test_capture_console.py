"""Capturing notes in the console while presenting: Ctrl+N, type, Enter; the note lands in the
database and shows at once on the console and on the shared screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.storage.models import Annotation
from workshop_studio.ui.console.main_window import ConsoleWindow


def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _stored(console: ConsoleWindow, text: str) -> list[Annotation]:
    assert console.workspace is not None
    with console.workspace.db.read() as session:
        return list(session.scalars(select(Annotation).where(Annotation.text == text)))


def _type_and_enter(qtbot, console: ConsoleWindow, ascii_part: str, rest: str = "") -> None:
    qtbot.keyClick(console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    field = console.capture.text
    assert console.focusWidget() is field
    qtbot.keyClicks(field, ascii_part)  # QTest types ASCII only
    field.insert(rest)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _centre(box):
    from PySide6.QtCore import QPoint

    return QPoint(round(box.x + box.width / 2), round(box.y + box.height / 2))


def _go_to_kind(console: ConsoleWindow, kind: str) -> None:
    presentation = console.presenter.presentation
    index = next(i for i, step in enumerate(presentation.steps) if step.kind == kind)
    presentation.go_to(index)


@pytest.mark.both_engines
def test_ctrl_n_from_any_page_then_enter_goes_to_the_chosen_stage(console: ConsoleWindow, qtbot) -> None:
    _activate(qtbot, console)
    console.show_page("library")
    model = console.workspace.timeline
    stage = model.stages[7]
    console.workshops_page.timeline_panel.scene.select_stage(stage.id)
    _type_and_enter(qtbot, console, "Un appel du CDE", " à la recrue, après sa première semaine")
    text = "Un appel du CDE à la recrue, après sa première semaine"
    (note,) = _stored(console, text)
    assert note.target_kind == "stage" and note.workshop_stage_id == stage.id
    assert console.capture.text.text() == ""
    panel = console.workshops_page.timeline_panel
    assert panel.scene.note_item(note.id) is not None  # on the console's timeline at once


def test_while_presenting_notes_go_to_what_the_room_sees_and_appear_there(console: ConsoleWindow, qtbot) -> None:
    _activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    controller = console.presenter
    qtbot.waitUntil(lambda: controller.stage.isVisible(), timeout=3000)
    _activate(qtbot, console)
    try:
        # a card on the shared screen: the note is pinned to it and listed beside it
        _go_to_kind(console, StepKind.CARD)
        card = controller.presentation.shown().step.card
        _type_and_enter(qtbot, console, "Et si on commencait par le besoin ?")
        (note,) = _stored(console, "Et si on commencait par le besoin ?")
        assert note.target_kind == "card" and note.card_id == card.card_id
        layout = controller.stage.view.layout_shown
        assert layout is not None and "commencait" in layout.words()

        # hiding all notes takes it off the stage, not off the console
        controller.presentation.set_notes_hidden(True)
        assert "commencait" not in controller.stage.view.layout_shown.words()
        controller.presentation.set_notes_hidden(False)

        # the timeline on the shared screen: a stage clicked on the console is put in focus
        # there; the note goes to it and shows on both views
        _go_to_kind(console, StepKind.TIMELINE)
        model = console.workspace.timeline
        presenter_page = console.page("presenter")
        assert presenter_page.tabs.currentWidget() is presenter_page.timeline
        presenter_page.timeline.scene.select_stage(model.stages[2].id)
        assert controller.presentation.board.stage_id == model.stages[2].id
        _type_and_enter(qtbot, console, "Relire l'offre ensemble")
        (stage_note,) = _stored(console, "Relire l'offre ensemble")
        assert stage_note.workshop_stage_id == model.stages[2].id
        assert "Relire l'offre ensemble" in controller.stage.view.layout_shown.words()
        assert presenter_page.timeline.scene.note_item(stage_note.id) is not None

        # the matrix: a click on a cell of the console's grid makes it the target
        _go_to_kind(console, StepKind.MATRIX)
        assert presenter_page.tabs.currentWidget() is presenter_page.matrix
        assert console.capture.target()[0].kind == "tray"  # no cell chosen: never the last stage
        grid = presenter_page.matrix
        cell = next(r for r in grid.layout_shown.regions if r.action == "cell")
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=_centre(cell.box))
        assert controller.presentation.board.cell == cell.cell
        _type_and_enter(qtbot, console, "Negocier avec le presse")
        (cell_note,) = _stored(console, "Negocier avec le presse")
        assert cell_note.target_kind == "matrix_cell"
        assert (cell_note.matrix_row_card_id, cell_note.matrix_column_card_id) == cell.cell
        assert "Negocier avec le presse" in controller.stage.view.layout_shown.words()  # the cell, large

        # off the matrix, its tab would draw another slide: the agenda comes back
        _go_to_kind(console, StepKind.CARD)
        assert presenter_page.tabs.currentWidget() is presenter_page.agenda
    finally:
        controller.presentation.end()


def test_a_hidden_note_stays_on_the_console_marked_and_leaves_the_stage(console: ConsoleWindow, qtbot) -> None:
    _activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    controller = console.presenter
    qtbot.waitUntil(lambda: controller.stage.isVisible(), timeout=3000)
    try:
        _go_to_kind(console, StepKind.TIMELINE)
        panel = console.workshops_page.timeline_panel
        model = console.workspace.timeline
        note = model.stage_notes(model.stages[0].id)[0]
        controller.presentation.focus_stage(model.stages[0].id)
        assert note.text[:30] in controller.stage.view.layout_shown.words()
        panel.scene.note_item(note.id).setSelected(True)
        panel.toggle_hidden_selected()
        assert note.text[:30] not in controller.stage.view.layout_shown.words()  # gone from the room
        console_item = panel.scene.note_item(note.id)
        assert console_item is not None and console_item.record.hidden  # still here, marked
    finally:
        controller.presentation.end()
