"""Presenting, wired into the console: the Present menu, the stage window, screens, keys and clock.

The console creates one :class:`PresenterController` with its menus, attaches it to the
workspace once the database is open, and registers the presenter page it makes. It owns the
:class:`Presentation` model (the one source of truth the stage and the presenter console
both draw from) and keeps it fed with the open workshop's agenda.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from workshop_studio.domain.changes import Area, Changes
from workshop_studio.ui.console.presenter_messages import ScreenMessageBar
from workshop_studio.ui.stage.clock import PresentationClock
from workshop_studio.ui.stage.keys import PresentationKeys
from workshop_studio.ui.stage.presentation import Presentation
from workshop_studio.ui.stage.screens import StageScreens
from workshop_studio.ui.stage.window import StageWindow

if TYPE_CHECKING:
    from workshop_studio.ui.console.board_link import BoardLink
    from workshop_studio.ui.console.main_window import ConsoleWindow
    from workshop_studio.ui.workspace import Workspace

RELOAD_AREAS = (
    Area.AGENDA,
    Area.CARDS,
    Area.DECKS,
    Area.SCENARIOS,
    Area.TIMELINES,
    Area.MATRICES,
    Area.PICTOGRAMS,
    Area.WORKSHOPS,
)


class PresenterController(QObject):
    def __init__(self, console: ConsoleWindow, settings: QSettings, menu: QMenu) -> None:
        super().__init__(console)
        self.console = console
        self.workspace: Workspace | None = None
        self.board_link: BoardLink | None = None  # once a workspace is attached
        self._shut = False
        self.presentation = Presentation(self)
        self.stage = StageWindow(self.presentation)
        self.keys = PresentationKeys(self.presentation, self)
        self.clock = PresentationClock(self.presentation, parent=self)
        self.screens = StageScreens(self.stage, console, settings, parent=self)
        self.message_bar = ScreenMessageBar(console)
        console.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.message_bar)
        self.message_bar.hide()
        self.message_bar.moveRequested.connect(self._move_stage)

        # The console reaches these keys through the Present menu (application-wide shortcuts work
        # for actions of a visible window's menu bar); adding them to the console widget itself
        # would send it ActionRemoved events while it is being destroyed.
        self.keys.attach(self.stage)
        self.presentation.runningChanged.connect(self._on_running)
        self.stage.closedByUser.connect(self.presentation.end)
        self.screens.stageScreenLost.connect(self.message_bar.tell_lost)
        self.screens.screenOffered.connect(self.message_bar.offer)
        self.screens.placed.connect(lambda _name: self.message_bar.hide())
        self.menu = self._fill_menu(menu)

    # -- the Present menu ----------------------------------------------------------------------
    def _fill_menu(self, menu: QMenu) -> QMenu:
        self.from_start = QAction(self.tr("Present from the &Beginning"), self)
        self.from_start.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.from_start.triggered.connect(lambda: self.present(0))
        self.from_current = QAction(self.tr("Present from the &Current Step"), self)
        self.from_current.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F5))
        self.from_current.triggered.connect(lambda: self.present(max(self.presentation.index, 0)))
        self.open_console = QAction(self.tr("Presenter &Console"), self)
        self.open_console.setShortcut(QKeySequence("Ctrl+6"))
        self.open_console.triggered.connect(self.show_page)
        for action in (self.from_start, self.from_current, self.open_console):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setEnabled(False)  # until a workshop is open
            self.stage.addAction(action)
        menu.addActions([self.from_start, self.from_current])
        menu.addSeparator()
        menu.addActions(self.keys.actions)
        menu.addSeparator()
        self.screen_menu = menu.addMenu(self.tr("Shared &Screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        menu.addAction(self.open_console)
        return menu

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        chosen = self.screens.remembered()
        automatic = self.screen_menu.addAction(self.tr("&Automatic (a screen other than this one)"))
        automatic.setCheckable(True)
        automatic.setChecked(chosen is None)
        automatic.triggered.connect(lambda: self.choose_screen(None))
        group.addAction(automatic)
        for screen in self.screens.screens():
            size = screen.geometry()
            label = (
                self.tr("%1 (%2 × %3)")
                .replace("%1", screen.name())
                .replace("%2", str(size.width()))
                .replace("%3", str(size.height()))
            )
            action = self.screen_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(screen.name() == chosen)
            name = screen.name()
            action.triggered.connect(lambda _checked=False, chosen=name: self.choose_screen(chosen))
            group.addAction(action)

    def choose_screen(self, name: str | None) -> None:
        """Remember the stage's screen by name; move the stage there if presenting."""
        self.screens.remember(name)
        if self.presentation.running:
            self.screens.show_stage()
        else:
            self.stage.prepare(self.screens.preview_geometry())

    # -- data ----------------------------------------------------------------------------------
    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._show_notes(workspace)
        workspace.changed.connect(self._on_changed)
        workspace.workshopChanged.connect(lambda _id: self.reload(ended=True))
        self.stage.prepare(self.screens.preview_geometry())
        self.console.workshops_page.presenterRequested.connect(self.open_at_step)
        self.reload()

    def _show_notes(self, workspace: Workspace) -> None:
        """Notes on the stage: beside a card or a scenario, as post-its in matrix cells, on the
        timeline's boards; the boards' focus follows the console, and notes dragged there move."""
        from workshop_studio.ui.console.board_link import BoardLink
        from workshop_studio.ui.stage.step_notes import step_notes

        model = workspace.timeline
        self.presentation.set_notes_source(lambda step: step_notes(model, step))
        model.notePut.connect(lambda *_: self.presentation.notes_changed())
        model.noteDropped.connect(lambda *_: self.presentation.notes_changed())
        model.reset.connect(self.presentation.notes_changed)
        self.board_link = BoardLink(self.presentation, workspace, self)
        self.board_link.watch(self.stage.view)

    def open_at_step(self, step_id: int) -> None:
        """The presenter console, with ``step_id`` as the current step (when not presenting)."""
        agenda = self.presentation.agenda
        index = agenda.index_of(step_id) if agenda is not None else None
        if index is not None and not self.presentation.running:
            self.presentation.go_to(index)
        self.show_page()

    def reload(self, ended: bool = False) -> None:
        """Read the open workshop's agenda into the model (another workshop ends a presentation)."""
        from workshop_studio.services.agenda import read_agenda

        workspace = self.workspace
        if ended:
            self.presentation.end()
        if workspace is None or workspace.workshop_id is None:
            self.presentation.set_agenda(None)
        else:
            workshop_id = workspace.workshop_id
            self.presentation.set_agenda(workspace.query(lambda s: read_agenda(s, workshop_id)))
        has_steps = bool(self.presentation.steps)
        for action in (self.from_start, self.from_current):
            action.setEnabled(has_steps)
        self.open_console.setEnabled(workspace is not None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*RELOAD_AREAS):
            self.reload()

    # -- presenting ----------------------------------------------------------------------------
    def present(self, index: int = 0) -> None:
        if not self.presentation.steps:
            return
        self.presentation.start(index)
        self.show_page()

    def _on_running(self, running: bool) -> None:
        if running:
            self.screens.show_stage()
        else:
            self.screens.hide_stage()
            self.message_bar.hide()
            self.stage.prepare(self.screens.preview_geometry())

    def _move_stage(self, name: str) -> None:
        if not self.screens.move_to(name):
            self.message_bar.hide()

    # -- the presenter page ----------------------------------------------------------------------
    def make_page(self, workspace: Workspace) -> QWidget:
        from workshop_studio.ui.console.presenter_page import PresenterPage

        return PresenterPage(self, workspace)

    def show_page(self) -> None:
        """Bring the presenter console up in the main window."""
        self.console.show_presenter()
        from workshop_studio.ui.console.presenter_page import PresenterPage  # loaded with the page

        page = self.console.findChild(QWidget, "presenterPage")
        if isinstance(page, PresenterPage):
            page.agenda.steps.setFocus()  # not the navigation list, which would pick a section on focus

    def shutdown(self) -> None:
        """The console closes: end the presentation, and the stage window goes with it (once)."""
        if self._shut:
            return
        self._shut = True
        self.presentation.end()
        self.stage.close()
        self.stage.deleteLater()
