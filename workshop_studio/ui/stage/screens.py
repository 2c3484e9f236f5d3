"""Where the stage goes: the second screen when there is one, remembered by its name.

* Presenting puts the stage full screen on the chosen screen: the one remembered in
  QSettings (``stage/screen``) if it is connected, else a screen other than the console's,
  else the only screen (a laptop mirrored to a projector: the stage fills it).
* When the stage's screen goes away (the projector is unplugged), the stage leaves full
  screen and becomes a small window in a corner of the console's screen, so the
  facilitator's own screen is never covered; :attr:`StageScreens.stageScreenLost` says so.
* When a screen arrives while presenting on the console's own screen (or after a loss),
  :attr:`StageScreens.screenOffered` offers it; the console asks without blocking.

The screens come from a callable (``QGuiApplication.screens`` by default) so that tests can
take one away: Qt cannot unplug a screen of the offscreen platform.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, QSettings, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from workshop_studio.ui.stage.window import StageWindow

SETTINGS_SCREEN = "stage/screen"
WINDOWED_SHARE = 0.4  # the stage's size, as a window, when its screen went away


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    width: int
    height: int


def choose_screen(screens: Sequence[ScreenInfo], console: str | None, remembered: str | None) -> str | None:
    """The name of the screen the stage should use."""
    names = [s.name for s in screens]
    if remembered and remembered in names:
        return remembered
    others = [s for s in screens if s.name != console]
    if others:
        return max(others, key=lambda s: s.width * s.height).name
    return names[0] if names else None


def _info(screen: QScreen) -> ScreenInfo:
    size = screen.geometry()
    return ScreenInfo(screen.name(), size.width(), size.height())


class StageScreens(QObject):
    stageScreenLost = Signal(str)  # the name of the screen that went away
    screenOffered = Signal(str)  # a screen the stage could move to
    placed = Signal(str)  # the stage went full screen on this screen

    def __init__(
        self,
        stage: StageWindow,
        console: QWidget,
        settings: QSettings,
        screens: Callable[[], Sequence[QScreen]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self.console = console
        self.settings = settings
        self._screens = screens or QGuiApplication.screens
        self.stage_screen: str | None = None  # where the stage is full screen, if it is
        self.lost = False
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)  # screens come with a GUI application
        app.screenAdded.connect(self.on_screen_added)
        app.screenRemoved.connect(self.on_screen_removed)

    # -- choosing ------------------------------------------------------------------------------
    def screens(self) -> list[QScreen]:
        return list(self._screens())

    def console_screen(self) -> QScreen | None:
        screen = self.console.screen() if self.console.isVisible() else None
        return screen or QGuiApplication.primaryScreen()

    def remembered(self) -> str | None:
        value = self.settings.value(SETTINGS_SCREEN)
        return str(value) if value else None

    def remember(self, name: str | None) -> None:
        """Choose the stage's screen by name (``None``: automatic)."""
        if name:
            self.settings.setValue(SETTINGS_SCREEN, name)
        else:
            self.settings.remove(SETTINGS_SCREEN)

    def target(self) -> QScreen | None:
        screens = self.screens()
        console = self.console_screen()
        name = choose_screen([_info(s) for s in screens], console.name() if console else None, self.remembered())
        return next((s for s in screens if s.name() == name), None)

    def preview_geometry(self) -> QRect:
        screen = self.target()
        return screen.geometry() if screen is not None else QRect(0, 0, 1920, 1080)

    # -- placing -------------------------------------------------------------------------------
    def show_stage(self, screen: QScreen | None = None) -> None:
        """The stage, full screen on ``screen`` (default: the chosen one)."""
        screen = screen or self.target()
        if screen is None:
            return
        stage = self.stage
        if stage.isFullScreen():
            stage.showNormal()
        stage.setScreen(screen)
        stage.setGeometry(screen.geometry())
        stage.showFullScreen()
        stage.raise_()
        self.stage_screen = screen.name()
        self.lost = False
        self.placed.emit(screen.name())
        if self.console_screen() is not screen and self.console.isVisible():
            self.console.activateWindow()  # the facilitator keeps typing on their own screen

    def hide_stage(self) -> None:
        self.stage.hide()
        self.stage_screen = None
        self.lost = False

    def shares_console_screen(self) -> bool:
        console = self.console_screen()
        return self.stage_screen is not None and console is not None and self.stage_screen == console.name()

    # -- screens coming and going --------------------------------------------------------------
    def on_screen_removed(self, screen: QScreen) -> None:
        if not self.stage.isVisible() or screen.name() != self.stage_screen:
            return
        name = screen.name()
        self._window_on_console_screen(exclude=screen)
        self.lost = True
        self.stageScreenLost.emit(name)

    def _window_on_console_screen(self, exclude: QScreen) -> None:
        remaining = [s for s in self.screens() if s is not exclude and s.name() != exclude.name()]
        home = self.console_screen()
        if home is None or home is exclude or home not in remaining:
            home = remaining[0] if remaining else None
        self.stage.showNormal()
        self.stage_screen = None
        if home is None:
            return
        area = home.availableGeometry()
        width, height = int(area.width() * WINDOWED_SHARE), int(area.width() * WINDOWED_SHARE * 9 / 16)
        self.stage.setScreen(home)
        self.stage.setGeometry(QRect(area.right() - width - 20, area.top() + 40, width, height))
        self.stage.show()

    def on_screen_added(self, screen: QScreen) -> None:
        if not self.stage.isVisible():
            return
        if self.lost or self.shares_console_screen():
            self.screenOffered.emit(screen.name())

    def move_to(self, name: str) -> bool:
        """Accept an offer (or a choice from the menu): full screen on the screen called ``name``."""
        screen = next((s for s in self.screens() if s.name() == name), None)
        if screen is None:
            return False
        self.remember(name)
        self.show_stage(screen)
        return True
