"""The console: the facilitator's main window, with its pages and menus.

It appears before the database is open: :meth:`ConsoleWindow.load` first paints the last
workshop from a quick read-only look at the file, then opens (migrates, seeds) the database
properly and builds the other pages when they are first shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.changes import Area
from workshop_studio.ui.console.workshops_page import WorkshopsPage
from workshop_studio.ui.text import plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.console.capture_bar import CaptureBar
    from workshop_studio.ui.console.database_failure import DatabaseFailureBox
    from workshop_studio.ui.console.library_share_dialog import LibraryShareDialog
    from workshop_studio.ui.console.participation_controller import ParticipationController
    from workshop_studio.ui.console.participation_panel import ParticipationPanel
    from workshop_studio.ui.console.presenter_controller import PresenterController
    from workshop_studio.ui.workspace import Workspace

log = logging.getLogger(__name__)

SETTINGS_GEOMETRY = "console/geometry"
SETTINGS_STATE = "console/state"
SETTINGS_WORKSHOP = "console/lastWorkshop"
SETTINGS_PAGE = "console/lastPage"


class ConsoleWindow(QMainWindow):
    """The facilitator's window. Pages: Library, Scenarios, Timelines, Workshops, Review."""

    loaded = Signal()  # the database is open and every page can be built
    overviewShown = Signal()  # the current workshop's content is on screen

    PAGE_KEYS = ("library", "scenarios", "timelines", "workshops", "review")

    def __init__(self, db_target: str, parent: QWidget | None = None, *, sample: bool = True) -> None:
        super().__init__(parent)
        self.db_target = db_target
        self.sample = sample  # a new database gets the sample workshop
        self.workspace: Workspace | None = None
        self.library_share_dialog: LibraryShareDialog | None = None
        self._open_pending = False
        self.settings = QSettings()
        self.setWindowTitle("Workshop Studio")
        self.setMinimumSize(QSize(900, 600))

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(190)
        self.navigation.setSpacing(2)
        self.pages = QStackedWidget()
        self._page_widgets: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[Workspace], QWidget]] = {}

        self.workshops_page = WorkshopsPage()
        self.workshops_page.workshopChosen.connect(self.open_workshop)
        titles = {
            "library": self.tr("Library"),
            "scenarios": self.tr("Scenarios"),
            "timelines": self.tr("Timelines"),
            "workshops": self.tr("Workshops"),
            "review": self.tr("Review"),
        }
        self.loading = plain_label(self.tr("Opening the database…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for number, key in enumerate(self.PAGE_KEYS, start=1):
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText))
            self.navigation.addItem(item)
        self.pages.addWidget(self.loading)
        self._add_page("workshops", self.workshops_page)
        self.navigation.currentRowChanged.connect(self._on_navigate)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.navigation)
        right = QWidget()
        self._right = QVBoxLayout(right)  # the pages, and the capture bar once a workshop is open
        self._right.setContentsMargins(0, 0, 0, 0)
        from workshop_studio.ui.console.server_bar import ServerBar

        self.server_bar = ServerBar()  # issue 16: others' changes, a read-only role, a lost server
        self._right.addWidget(self.server_bar)
        self._right.addWidget(self.pages, 1)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self.capture: CaptureBar | None = None
        self._build_menus()
        self._restore_geometry()
        self.navigation.setCurrentRow(self.PAGE_KEYS.index("workshops"))

    # -- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_library_file_actions(file_menu)
        from workshop_studio.ui.console.library_share_actions import add_library_share_actions

        # Publish to / pull from a team's library; the dialog open, if any.
        self.publish_library_action, self.pull_library_action = add_library_share_actions(self, file_menu)
        from workshop_studio.ui.review.file_actions import add_workshop_file_actions

        # Import a workshop archive, export the workshop.
        self.import_workshop_action, self.export_workshop_action = add_workshop_file_actions(self, file_menu)
        self.print_action = QAction(self.tr("&Print cards…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setEnabled(False)  # until the database is open
        self.print_action.triggered.connect(self.print_cards)
        self.loaded.connect(lambda: self.print_action.setEnabled(True))
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))

        from workshop_studio.ui.console.workshop_actions import WorkshopActions

        self.workshop_menu = self.menuBar().addMenu(self.tr("&Workshop"))
        self.workshop_actions = WorkshopActions(self, self.workshop_menu)
        self.workshops_page.set_actions(*self.workshop_actions.actions())

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, key in enumerate(self.PAGE_KEYS, start=1):
            action = QAction(self.navigation.item(number - 1).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            go_menu.addAction(action)
        self.go_menu = go_menu

        self.present_menu = self.menuBar().addMenu(self.tr("&Present"))  # filled once the database is open
        self.presenter: PresenterController | None = None
        self.participation: ParticipationController | None = None  # once a workspace is attached
        self.participation_panel: ParticipationPanel | None = None
        self.participation_action: QAction | None = None
        self.failure_box: DatabaseFailureBox | None = None  # when the database could not be opened

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Workshop Studio"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _install_undo_actions(self, workspace: Workspace) -> None:
        undo = workspace.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = workspace.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu.addSeparator()
        self.capture_action = QAction(self.tr("&New Note…"), self)
        self.capture_action.setShortcut(QKeySequence("Ctrl+N"))
        self.capture_action.setToolTip(self.tr("Type what a participant says (from anywhere in the console)"))
        self.capture_action.triggered.connect(self.focus_capture)
        self.edit_menu.addAction(self.capture_action)
        # Name the action in quotes: « Annuler « Renommer le jeu » » (runs after Qt's own naming).
        workspace.undo_stack.undoTextChanged.connect(lambda text: self._name_undo_action(undo, text, redo=False))
        workspace.undo_stack.redoTextChanged.connect(lambda text: self._name_undo_action(redo, text, redo=True))

    def _name_undo_action(self, action: QAction, text: str, *, redo: bool) -> None:
        from shiboken6 import isValid

        if not isValid(action):  # the window is being taken down
            return
        if redo:
            action.setText(self.tr("&Redo “%1”").replace("%1", text) if text else self.tr("&Redo"))
        else:
            action.setText(self.tr("&Undo “%1”").replace("%1", text) if text else self.tr("&Undo"))

    def _add_library_file_actions(self, file_menu: QMenu) -> None:
        """Deck files in and out, pictograms in (the library page does the work)."""
        entries = (
            ("import_deck_action", self.tr("&Import a deck…"), lambda page: page.files.choose_and_import_deck()),
            (
                "export_deck_action",
                self.tr("&Export the deck…"),
                lambda page: page.files.export_deck(page.current_deck_id()),
            ),
            (
                "import_pictograms_action",
                self.tr("Import pi&ctograms…"),
                lambda page: page.files.choose_and_import_pictograms(),
            ),
        )
        for name, text, work in entries:
            action = QAction(text, self)
            action.setEnabled(False)  # until the database is open
            action.triggered.connect(lambda _checked=False, w=work: self._with_library(w))
            self.loaded.connect(lambda a=action: a.setEnabled(True))
            file_menu.addAction(action)
            setattr(self, name, action)
        file_menu.addSeparator()

    def _with_library(self, work: Callable[[QWidget], object]) -> None:
        if self.workspace is not None:
            self.show_page("library")
            page = self.page("library")
            if page is not None:
                work(page)

    def print_cards(self) -> None:
        """The print dialog for the library's deck and selected cards (else the first deck)."""
        from workshop_studio.ui.library.print_dialog import open_print_dialog

        if self.workspace is None:
            return
        from workshop_studio.ui.library.library_page import LibraryPage

        library = self._page_widgets.get("library")  # not loaded yet: the first deck, nothing selected
        deck_id = library.current_deck_id() if isinstance(library, LibraryPage) else None
        selected = library.selected_card_ids() if isinstance(library, LibraryPage) else []
        self.print_dialog = open_print_dialog(self.workspace, self, deck_id, selected)

    def _about(self) -> None:
        from workshop_studio import __version__
        from workshop_studio.ui.console.team_server import shown_target

        QMessageBox.about(
            self,
            self.tr("About Workshop Studio"),
            self.tr(
                "Workshop Studio %1\n\nCards, pictograms, scenarios and the recruitment follow-up "
                "timeline on one shared screen.\n\nDatabase: %2"
            )
            .replace("%1", __version__)
            .replace("%2", shown_target(self.db_target)),
        )

    # -- pages ---------------------------------------------------------------------------------
    def _add_page(self, key: str, widget: QWidget) -> None:
        self._page_widgets[key] = widget
        self.pages.addWidget(widget)

    def register_page(self, key: str, factory: Callable[[Workspace], QWidget]) -> None:
        """Build page ``key`` with ``factory`` the first time it is shown."""
        self._factories[key] = factory

    def page(self, key: str) -> QWidget | None:
        if key not in self._page_widgets and key in self._factories and self.workspace is not None:
            self._add_page(key, self._factories[key](self.workspace))
        return self._page_widgets.get(key)

    def show_presenter(self) -> None:
        """The presenter console: a page of its own, outside the navigation list."""
        widget = self.page("presenter")
        if widget is None:
            return
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(False)
        self.pages.setCurrentWidget(widget)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self.PAGE_KEYS.index(key))

    def _on_navigate(self, row: int) -> None:
        if row < 0:  # no section chosen: the presenter console is showing
            return
        key = self.PAGE_KEYS[row]
        widget = self.page(key)
        if widget is None:  # not loaded yet: say so rather than show an empty page
            self.pages.setCurrentWidget(self.loading)
            return
        self.pages.setCurrentWidget(widget)
        self.settings.setValue(SETTINGS_PAGE, key)

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        """Paint the last workshop quickly, then open the database for real."""
        from workshop_studio.storage.quick_read import quick_overview, sqlite_file

        path = sqlite_file(self.db_target)
        overview = quick_overview(path, self._last_workshop()) if path is not None else None
        if overview is not None:
            self._show_overview_title(overview.title)
            self.workshops_page.show_overview(overview)
            self.pages.setCurrentWidget(self.workshops_page)
            self.overviewShown.emit()
        else:
            self.statusBar().showMessage(self.tr("Preparing the database…"))
        # Opening the database imports SQLAlchemy, which takes longer than starting Qt: let the
        # window paint first (see event()), with a fallback for a window that is not on screen.
        self._open_pending = True
        QTimer.singleShot(0 if not self.isVisible() else 300, self, self._open_database_once)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and self._open_pending:
            QTimer.singleShot(0, self, self._open_database_once)
        return handled

    def _open_database_once(self) -> None:
        if self._open_pending:
            self._open_pending = False
            self._open_database()

    def _open_database(self) -> None:
        from workshop_studio.interchange.sample import open_with_sample
        from workshop_studio.services.workshops import list_workshop_summaries
        from workshop_studio.storage.engine import DatabaseError
        from workshop_studio.ui.workspace import Workspace

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            db = open_with_sample(self.db_target, sample=self.sample)
        except (DatabaseError, OSError) as error:
            QApplication.restoreOverrideCursor()
            self._fail(str(error))
            return
        QApplication.restoreOverrideCursor()
        workspace = Workspace(db, self)
        self.workspace = workspace
        self._install_undo_actions(workspace)
        from workshop_studio.ui.console.presenter_controller import PresenterController

        self.presenter = PresenterController(self, self.settings, self.present_menu)  # the stage, its keys
        self._register_pages()
        # a file as its path, a server as its URL (without the password)
        where = str(db.path) if db.path is not None else db.url.render_as_string(hide_password=True)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", where))

        summaries = workspace.query(list_workshop_summaries)
        known = {s.id for s in summaries}
        last = self._last_workshop()
        chosen = last if last in known else (summaries[0].id if summaries else None)
        self.workshops_page.attach(workspace)
        workspace.workshopChanged.connect(self._follow_workshop)  # after the page, which reads the overview
        workspace.changed.connect(
            lambda changes: (
                self._follow_workshop(workspace.workshop_id or -1) if changes.touches(Area.WORKSHOPS) else None
            )
        )
        self.workshop_actions.attach(workspace)
        self.presenter.attach(workspace)
        self._add_capture_bar(workspace)
        from workshop_studio.ui.console.team_server import watch_server

        self.change_watch = watch_server(self, workspace)  # issue 16: a team's server
        from workshop_studio.ui.console.participation_panel import install_participation

        self.participation = install_participation(self, workspace, self.presenter, self.capture_targets)
        if chosen is not None:
            self.open_workshop(chosen)
        self.loaded.emit()
        QTimer.singleShot(2000, self, self._daily_backup)
        self._on_navigate(self.navigation.currentRow())
        if self.workshops_page.overview is not None and self.pages.currentWidget() is self.workshops_page:
            self.overviewShown.emit()

    def _daily_backup(self) -> None:
        """A backup a day through SQLite's backup API, kept beside the file (the last few)."""
        from workshop_studio.storage.backup import backup_if_due

        path = self.workspace.db.path if self.workspace is not None else None
        if path is None:
            return
        try:
            made = backup_if_due(path)
        except (OSError, Exception) as error:  # noqa: BLE001 - a failed backup must not stop a workshop
            log.warning("daily backup failed: %s", error)
            self.statusBar().showMessage(self.tr("The daily backup could not be written: %1").replace("%1", str(error)))
            return
        if made is not None:
            log.info("daily backup: %s", made)

    def _add_capture_bar(self, workspace: Workspace) -> None:
        from workshop_studio.ui.console.capture_bar import CaptureBar
        from workshop_studio.ui.console.capture_target import CaptureTargets

        presentation = self.presenter.presentation if self.presenter is not None else None
        self.capture_targets = CaptureTargets(workspace, presentation)
        self.capture = CaptureBar(workspace, self.capture_targets.current, self)
        self._right.addWidget(self.capture)
        workspace.timeline.currentStageChanged.connect(lambda _id: self.capture.refresh_target())
        if presentation is not None:
            presentation.shownChanged.connect(self.capture.refresh_target)

    def focus_capture(self) -> None:
        """Ctrl+N: the cursor goes to the capture field, whatever page is showing."""
        if self.capture is not None:
            self.capture.focus_capture()

    def _register_pages(self) -> None:
        from workshop_studio.ui.library.library_page import LibraryPage
        from workshop_studio.ui.library.scenarios_page import ScenariosPage
        from workshop_studio.ui.library.timelines_page import TimelinesPage
        from workshop_studio.ui.review.review_page import ReviewPage

        self.register_page("library", LibraryPage)
        self.register_page("scenarios", ScenariosPage)
        self.register_page("timelines", TimelinesPage)
        self.register_page("review", ReviewPage)
        if self.presenter is not None:
            self.register_page("presenter", self.presenter.make_page)

    def _fail(self, message: str) -> None:
        """Say why the database could not be opened; offer its last good backup when damaged."""
        from workshop_studio.storage.quick_read import sqlite_file
        from workshop_studio.ui.console.database_failure import DatabaseFailureBox

        self.loading.setText(self.tr("The database could not be opened.\n\n%1").replace("%1", message))
        self.pages.setCurrentWidget(self.loading)
        self.failure_box = DatabaseFailureBox(self, message, sqlite_file(self.db_target), self._reopen_restored)
        self.failure_box.open()

    def _reopen_restored(self, line: str) -> None:
        """A backup was put back: open it as at start-up, and say what was done."""
        self.loading.setText(self.tr("Preparing the database…"))
        self._open_database()
        if self.workspace is not None:
            self.statusBar().showMessage(line)

    def open_workshop(self, workshop_id: int) -> None:
        """Work on this workshop; the console opens on it next time too."""
        if self.workspace is not None:
            self.workspace.set_workshop(workshop_id)

    def _follow_workshop(self, workshop_id: int) -> None:
        """Whatever opened it (the chooser, a new workshop, an undo): remember it, title it."""
        if workshop_id < 0:
            self.setWindowTitle("Workshop Studio")
            return
        self.settings.setValue(SETTINGS_WORKSHOP, workshop_id)
        overview = self.workshops_page.overview
        if overview is not None and overview.id == workshop_id:
            self._show_overview_title(overview.title)

    def _show_overview_title(self, title: str) -> None:
        self.setWindowTitle(f"{title} — Workshop Studio")

    def _last_workshop(self) -> int | None:
        value = self.settings.value(SETTINGS_WORKSHOP)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    # -- geometry ------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first run: most of the facilitator's screen
            available = self.screen().availableGeometry()
            self.resize(max(900, int(available.width() * 0.9)), max(600, int(available.height() * 0.9)))
        state = self.settings.value(SETTINGS_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.participation is not None:
            self.participation.close()  # every phone is cut off with the console
        if self.presenter is not None:
            self.presenter.shutdown()  # the stage window goes with the console
        self.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.settings.setValue(SETTINGS_STATE, self.saveState())
        self.settings.sync()
        if self.workspace is not None:
            self.workspace.db.dispose()
        super().closeEvent(event)
