"""The presenter console while presenting: miniature, now and next, timers, hiding, showing on the fly, editing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from workshop_studio.storage.models import AgendaStep
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.console.presenter_page import PresenterPage
from workshop_studio.ui.stage.shown import card_key
from workshop_studio.ui.stage.style import GROUND


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def page(console: ConsoleWindow, qtbot) -> PresenterPage:
    console.activateWindow()
    console.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=3000)
    console.presenter.present(0)
    widget = console.page("presenter")
    assert isinstance(widget, PresenterPage) and console.pages.currentWidget() is widget
    yield widget
    console.presenter.presentation.end()
    console.workspace.undo_stack.clear()  # while the Edit menu's actions still exist


def _titles(console: ConsoleWindow) -> list[str]:
    with console.workspace.db.read() as session:
        return list(session.scalars(select(AgendaStep.title).order_by(AgendaStep.position)))


def test_now_next_and_a_miniature_of_exactly_what_the_stage_shows(
    page: PresenterPage, console: ConsoleWindow, qtbot
) -> None:
    now, model = page.now, console.presenter.presentation
    qtbot.keyClick(page.agenda.steps, Qt.Key.Key_Right)
    # the console redraws once, just after a burst of model signals
    qtbot.waitUntil(lambda: now.current.text() == "Qu’est-ce qu’une embauche réussie ?", timeout=3000)
    assert now.next.text() == "Next: Ce qu’on a entendu sur le terrain"
    assert "step 2 of 11" in now.status.text()
    mini = now.miniature.pixmap().toImage()
    assert mini.pixelColor(2, 2) == QColor(GROUND)
    qtbot.keyClick(page.agenda.steps, Qt.Key.Key_B)

    def centre_of_the_miniature() -> QColor:
        mini = now.miniature.pixmap().toImage()
        return mini.pixelColor(mini.width() // 2, mini.height() // 2)

    qtbot.waitUntil(lambda: centre_of_the_miniature() == QColor("#000000"), timeout=3000)
    assert "BLACK" in now.status.text() and now.black_button.isChecked()
    model.set_black(False)
    if os.environ.get("WORKSHOP_STUDIO_SHOTS"):
        folder = Path(os.environ["WORKSHOP_STUDIO_SHOTS"])
        folder.mkdir(parents=True, exist_ok=True)
        model.go_to(2)
        qtbot.waitUntil(lambda: "step 3 of 11" in now.status.text(), timeout=3000)
        console.resize(1366, 740)
        qtbot.waitUntil(lambda: (console.width(), console.height()) == (1366, 740), timeout=3000)
        console.grab().save(str(folder / "console-presenting.png"))


def test_timers_turn_colour_with_words_as_time_runs_out(page: PresenterPage, console: ConsoleWindow) -> None:
    clock = console.presenter.clock
    time = FakeTime()
    clock.set_time_source(time)
    model = console.presenter.presentation
    model.end()
    model.start(0)  # restart with the fake time: the first step plans 10 minutes
    time.now += 5 * 60
    page.now.update_timers()
    assert page.now.step_timer.property("timeState") == "ok"
    assert page.now.step_timer.text().startswith("05:00 / 10:00")
    time.now += 4 * 60
    page.now.update_timers()
    assert page.now.step_timer.property("timeState") == "soon" and "01:00 left" in page.now.step_timer.text()
    time.now += 2 * 60
    page.now.update_timers()
    assert page.now.step_timer.property("timeState") == "over" and "over by 01:00" in page.now.step_timer.text()
    assert page.now.total_timer.property("timeState") == "ok"  # 11 of 160 minutes
    model.next()
    page.now.update_timers()
    assert page.now.step_timer.text().startswith("00:00 / 10:00")
    assert page.now.total_timer.text().startswith("11:00 / 2:40:00")


def test_hiding_an_item_takes_it_off_the_stage_not_off_the_console(
    page: PresenterPage, console: ConsoleWindow, qtbot
) -> None:
    model, stage = console.presenter.presentation, console.presenter.stage
    model.go_to(2)  # the spread of three verbatims
    items = page.stage_panel.items
    assert items.count() == 3
    key = items.item(1).data(Qt.ItemDataRole.UserRole)
    assert key == card_key(model.current_step.cards[1].card_id)
    items.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert model.hidden == {key}
    assert [card.face_down for card in stage.view.layout_shown.cards] == [False, True, False]
    assert page.stage_panel.items.count() == 3 and page.stage_panel.items.item(1).text() == "Personne ne m’a montré"
    qtbot.mouseClick(page.stage_panel.reveal_button, Qt.MouseButton.LeftButton)
    assert not model.hidden and not any(card.face_down for card in stage.view.layout_shown.cards)
    page.stage_panel.notes.setChecked(True)
    assert model.notes_hidden and model.shown().notes_hidden


def test_show_a_scenario_on_the_fly_then_back_to_the_agenda(page: PresenterPage, console: ConsoleWindow, qtbot) -> None:
    model, stage = console.presenter.presentation, console.presenter.stage
    model.go_to(1)
    choice = page.stage_panel.choice
    index = next(i for i in range(choice.count()) if "La dernière cartouche" in choice.itemText(i))
    choice.setCurrentIndex(index)
    qtbot.mouseClick(page.stage_panel.show_button, Qt.MouseButton.LeftButton)
    assert model.override is not None and "La dernière cartouche" in stage.view.layout_shown.words()
    assert model.index == 1  # the agenda waits
    qtbot.keyClick(page.agenda.steps, Qt.Key.Key_Right)
    assert model.override is None and model.index == 1
    card = next(i for i in range(choice.count()) if choice.itemText(i).endswith("Négocier"))
    choice.setCurrentIndex(card)
    page.stage_panel.show_chosen()
    assert stage.view.layout_shown.cards[0].card.title == "Négocier"


def test_a_click_selects_a_double_click_jumps(page: PresenterPage, console: ConsoleWindow, qtbot) -> None:
    model, steps = console.presenter.presentation, page.agenda.steps
    rect = steps.visualItemRect(steps.item(5))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert steps.currentRow() == 5 and model.index == 0  # the room sees no change
    assert page.agenda.minutes.value() == 35
    qtbot.mouseDClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.index == 5
    assert steps.item(5).text().startswith("▶ 6.")


def test_the_agenda_is_edited_here_with_undo(page: PresenterPage, console: ConsoleWindow, qtbot) -> None:
    agenda, undo = page.agenda, console.workspace.undo_stack
    original = _titles(console)
    agenda.steps.setCurrentRow(5)
    agenda.title.setFocus()
    agenda.title.selectAll()
    qtbot.keyClicks(agenda.title, "Frise")
    qtbot.keyClick(agenda.title, Qt.Key.Key_Return)
    assert _titles(console)[5] == "Frise"
    assert agenda.steps.item(5).text().startswith("▶ 6. Frise") is False and "6. Frise" in agenda.steps.item(5).text()
    agenda.minutes.setValue(40)
    with console.workspace.db.read() as session:
        assert session.scalars(select(AgendaStep.planned_minutes).order_by(AgendaStep.position)).all()[5] == 40
    undo.undo()
    undo.undo()
    assert _titles(console) == original

    added = agenda.add(kind="blank", title="Pause café", planned_minutes=5)
    assert added is not None and _titles(console)[6] == "Pause café"
    assert agenda.steps.currentRow() == 6 and len(console.presenter.presentation.steps) == 12
    qtbot.mouseClick(agenda.down_button, Qt.MouseButton.LeftButton)
    assert _titles(console)[7] == "Pause café"
    qtbot.mouseClick(agenda.remove_button, Qt.MouseButton.LeftButton)
    assert "Pause café" not in _titles(console)
    undo.undo()  # remove
    undo.undo()  # move
    assert _titles(console)[6] == "Pause café"
    undo.undo()  # add
    assert _titles(console) == original and len(console.presenter.presentation.steps) == 11
    assert not console.undo_action.isEnabled()  # everything undone: nothing left to undo
    assert console.redo_action.isEnabled() and console.redo_action.text() == "&Redo “Add a step”"


def test_removing_the_current_step_keeps_the_presentation_going(page: PresenterPage, console: ConsoleWindow) -> None:
    model = console.presenter.presentation
    model.go_to(3)
    page.agenda.steps.setCurrentRow(3)
    page.agenda.remove_selected()
    assert model.running and model.index == 3 and len(model.steps) == 10
    assert model.current_step is not None and model.current_step.kind == "instruction"


def test_user_text_is_shown_literally_on_the_stage_and_the_console(
    page: PresenterPage, console: ConsoleWindow, qtbot
) -> None:
    hostile = "<b>Gras</b> & <img src=/etc/passwd>"
    model = console.presenter.presentation
    model.go_to(0)
    page.agenda.steps.setCurrentRow(0)
    page.agenda.title.setText(hostile)
    page.agenda.title.editingFinished.emit()
    qtbot.waitUntil(lambda: page.now.current.text() == hostile, timeout=3000)
    assert model.current_step is not None and model.current_step.title == hostile
    assert hostile in console.presenter.stage.view.layout_shown.words()
    assert page.now.current.text() == hostile and page.now.current.textFormat() == Qt.TextFormat.PlainText
    assert page.agenda.steps.item(0).text().startswith(f"▶ 1. {hostile}")


def test_the_workshops_page_opens_the_presenter_console_on_a_step(console: ConsoleWindow, qtbot) -> None:
    workshops = console.workshops_page
    console.show_page("workshops")
    workshops.agenda.list.setCurrentIndex(workshops.agenda.model.index(7))
    qtbot.mouseClick(workshops.presenter_button, Qt.MouseButton.LeftButton)
    presenter = console.page("presenter")
    assert console.pages.currentWidget() is presenter
    assert console.presenter.presentation.index == 7 and not console.presenter.presentation.running
    assert presenter.now.current.text() == "Une affaire de famille"
    console.navigation.setCurrentRow(3)  # the sections still lead back
    assert console.pages.currentWidget() is workshops
