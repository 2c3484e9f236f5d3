"""The stage follows screens: second screen full screen, unplugged projector, one screen, remembered choice.

The offscreen platform reads its two screens from ``tests/data/screens.json`` and cannot unplug
one. To simulate it we do what Qt does when a projector goes away: the screen disappears from
the list of screens (we hand the stage's screen follower a list without it), and
``QGuiApplication.screenRemoved`` is emitted with that screen. Coming back is the reverse.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from workshop_studio.ui.console.main_window import ConsoleWindow


def _screen(name: str):
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def _activate(qtbot, window) -> None:
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


@pytest.fixture
def connected(console: ConsoleWindow):
    """The screens the stage sees; tests take the projector out of it and put it back."""
    screens = list(QGuiApplication.screens())
    console.presenter.screens._screens = lambda: list(screens)
    yield screens
    console.presenter.presentation.end()


def test_unplugging_the_projector_leaves_full_screen_and_spares_the_laptop(
    console: ConsoleWindow, connected, qtbot
) -> None:
    controller = console.presenter
    controller.present(0)
    stage = controller.stage
    assert stage.isFullScreen() and stage.geometry() == QRect(1366, 0, 1920, 1080)

    projector = _screen("projector")
    connected.remove(projector)
    QGuiApplication.instance().screenRemoved.emit(projector)

    assert not stage.isFullScreen()
    assert stage.isVisible() and controller.presentation.running  # the workshop goes on
    laptop = _screen("laptop").geometry()
    assert laptop.contains(stage.geometry())
    assert stage.width() * stage.height() < laptop.width() * laptop.height() / 4  # the console stays visible
    bar = controller.message_bar
    assert bar.isVisible() and "projector" in bar.message.text() and not bar.move_action.isVisible()
    _activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_Right)  # the keys still drive it
    assert controller.presentation.index == 1

    connected.append(projector)
    QGuiApplication.instance().screenAdded.emit(projector)
    assert bar.isVisible() and bar.offered == "projector" and bar.move_action.isVisible()
    assert not stage.isFullScreen()  # only an offer: nothing moves by itself
    qtbot.mouseClick(bar.move_button, Qt.MouseButton.LeftButton)
    assert stage.isFullScreen() and stage.geometry() == QRect(1366, 0, 1920, 1080)
    assert not bar.isVisible()
    assert QSettings().value("stage/screen") == "projector"


def test_a_screen_that_is_not_the_stages_changes_nothing(console: ConsoleWindow, connected) -> None:
    controller = console.presenter
    controller.present(0)
    QGuiApplication.instance().screenRemoved.emit(_screen("laptop"))
    assert controller.stage.isFullScreen() and not controller.message_bar.isVisible()


def test_with_one_screen_the_stage_fills_it_and_the_keys_still_drive_it(
    console: ConsoleWindow, connected, qtbot
) -> None:
    connected.remove(_screen("projector"))
    _activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    stage = console.presenter.stage
    assert stage.isFullScreen() and stage.geometry() == QRect(0, 0, 1366, 768)
    _activate(qtbot, stage)
    qtbot.keyClick(stage, Qt.Key.Key_Right)
    qtbot.keyClick(stage, Qt.Key.Key_PageDown)
    assert console.presenter.presentation.index == 2
    connected.append(_screen("projector"))
    QGuiApplication.instance().screenAdded.emit(_screen("projector"))
    assert console.presenter.message_bar.offered == "projector"  # a projector plugged in later is offered
    qtbot.keyClick(stage, Qt.Key.Key_Escape)
    assert not stage.isVisible() and not console.presenter.presentation.running


def test_the_chosen_screen_is_remembered_by_name(console: ConsoleWindow, connected, qtbot) -> None:
    controller = console.presenter
    controller.screen_menu.aboutToShow.emit()
    labels = [action.text() for action in controller.screen_menu.actions()]
    assert any("projector" in label and "1920 × 1080" in label for label in labels)
    laptop_action = next(a for a in controller.screen_menu.actions() if a.text().startswith("laptop"))
    laptop_action.trigger()
    assert QSettings().value("stage/screen") == "laptop"
    controller.present(0)
    assert controller.stage.isFullScreen() and controller.stage.geometry() == QRect(0, 0, 1366, 768)
    controller.presentation.end()
    controller.choose_screen(None)  # automatic: the screen that is not the console's
    controller.present(0)
    assert controller.stage.screen().name() == "projector"


def test_shift_f5_presents_from_the_current_step(console: ConsoleWindow, qtbot) -> None:
    model = console.presenter.presentation
    model.go_to(4)
    _activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert model.running and model.index == 4
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert model.running and model.index == 0
    model.end()
