"""The stage window on the second screen: placement, keys from any window, every kind of step drawn."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.stage.style import GROUND

SHOTS = os.environ.get("WORKSHOP_STUDIO_SHOTS")  # a folder: save what the stage shows, to look at


def _activate(qtbot, window) -> None:
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


@pytest.fixture
def presenting(console: ConsoleWindow, qtbot):
    _activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    controller = console.presenter
    qtbot.waitUntil(lambda: controller.stage.isVisible(), timeout=3000)
    _activate(qtbot, console)
    yield controller
    controller.presentation.end()


def test_f5_puts_the_stage_full_screen_on_the_projector(presenting, console: ConsoleWindow) -> None:
    stage = presenting.stage
    assert [s.name() for s in QGuiApplication.screens()] == ["laptop", "projector"]
    assert stage.isFullScreen()
    assert stage.screen().name() == "projector"
    assert stage.geometry() == QRect(1366, 0, 1920, 1080)
    assert console.screen().name() == "laptop"
    assert presenting.presentation.running and presenting.presentation.index == 0
    assert console.pages.currentWidget() is console.page("presenter")


def test_keys_walk_the_whole_sample_agenda_from_the_console(presenting, console: ConsoleWindow, qtbot) -> None:
    model = presenting.presentation
    seen = [(model.index, model.board.stage_id, model.page)]
    for _ in range(60):
        qtbot.keyClick(console, Qt.Key.Key_Right)
        if (model.index, model.board.stage_id, model.page) == seen[-1]:
            break
        seen.append((model.index, model.board.stage_id, model.page))
    steps = [index for index, _stage, _page in seen]
    assert sorted(set(steps)) == list(range(11))
    assert steps == sorted(steps)  # in order, each page of a step before the next step
    timeline = next(i for i, step in enumerate(model.steps) if step.kind == "timeline")
    focused = [stage for index, stage, _page in seen if index == timeline]
    assert focused[0] is None  # the timeline opens on its overview, then goes stage by stage
    assert [s for s in dict.fromkeys(focused) if s is not None] == [stage.id for stage in model.steps[timeline].stages]
    assert len(seen) > 20  # scenarios take more than one page at 1920 × 1080; the timeline, eleven
    qtbot.keyClick(console, Qt.Key.Key_PageUp)
    assert (model.index, model.board.stage_id, model.page) == seen[-2]
    qtbot.keyClick(console, Qt.Key.Key_Left)
    assert (model.index, model.board.stage_id, model.page) == seen[-3]


def test_b_blacks_the_stage_out_and_back(presenting, console: ConsoleWindow, qtbot) -> None:
    stage = presenting.stage
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert presenting.presentation.black
    picture = stage.view.grab().toImage()
    for x, y in ((10, 10), (960, 540), (1900, 1070)):
        assert picture.pixelColor(x, y) == QColor("#000000")
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert not presenting.presentation.black
    assert stage.view.grab().toImage().pixelColor(10, 10) != QColor("#000000")


def test_keys_work_when_the_stage_has_the_focus(presenting, qtbot) -> None:
    stage = presenting.stage
    _activate(qtbot, stage)
    qtbot.keyClick(stage, Qt.Key.Key_PageDown)
    assert presenting.presentation.index == 1
    qtbot.keyClick(stage, Qt.Key.Key_Escape)
    assert not presenting.presentation.running
    assert not stage.isVisible()


def test_text_fields_keep_their_keys_while_presenting(presenting, console: ConsoleWindow, qtbot) -> None:
    model = presenting.presentation
    field = console.page("presenter").agenda.title
    field.setFocus()
    field.setText("Bienvenue")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Right)
    qtbot.keyClick(field, Qt.Key.Key_B)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert model.index == 0 and not model.black and model.running
    assert field.text() == "Bbienvenue" and field.cursorPosition() == 2
    qtbot.keyClick(field, Qt.Key.Key_PageDown)  # a clicker still drives the stage
    assert model.index == 1
    assert isinstance(field, QLineEdit)


def test_every_kind_of_step_is_drawn_on_the_stage(presenting, qtbot, tmp_path: Path) -> None:
    model, stage = presenting.presentation, presenting.stage
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    for index, step in enumerate(model.steps):
        model.go_to(index)
        for page in range(model.page_count):
            model.go_to(index, page)
            picture = stage.grab()
            assert picture.size().width() == 1920 and picture.size().height() == 1080
            picture.save(str(folder / f"stage-{index + 1:02d}-{step.kind}-{page + 1}.png"))
            image = picture.toImage()
            colours = {image.pixelColor(x, y).name() for x in range(0, 1920, 20) for y in range(0, 1080, 20)}
            if step.kind == "black":
                assert colours == {"#000000"}
            else:
                assert len(colours) > 1, f"step {index + 1} ({step.kind}) drew nothing"
                assert image.pixelColor(2, 2) == QColor(GROUND)
                layout = stage.view.layout_shown
                assert layout is not None and layout.page == page
                first_word = step.heading.split()[0]
                assert first_word in layout.words()


def test_an_open_drop_down_list_keeps_esc_and_the_arrows(presenting, console: ConsoleWindow, qtbot) -> None:
    model = presenting.presentation
    combo = console.page("presenter").stage_panel.choice
    combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    popup = QApplication.activePopupWidget()
    qtbot.keyClick(popup, Qt.Key.Key_Right)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
    assert model.running and model.index == 0  # the list closed; the presentation goes on
    qtbot.keyClick(console, Qt.Key.Key_Right)
    assert model.index == 1
