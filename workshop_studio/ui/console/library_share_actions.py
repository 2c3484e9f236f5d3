"""The File menu's team-library entries: publish chosen library items to the team's library,
pull them from it (``library_share_dialog``). Kept light: the window builds its menus before
the database (and SQLAlchemy) is loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from workshop_studio.ui.console.library_share_dialog import LibraryShareDialog
    from workshop_studio.ui.console.main_window import ConsoleWindow

translate = QCoreApplication.translate


def add_library_share_actions(window: ConsoleWindow, file_menu: QMenu) -> tuple[QAction, QAction]:
    """Add "Publish to the team library…" and "Pull from the team library…", enabled once the database is open."""
    publish = QAction(translate("LibraryShareActions", "P&ublish to the team library…"), window)
    pull = QAction(translate("LibraryShareActions", "Pu&ll from the team library…"), window)
    publish.triggered.connect(lambda _checked=False: open_library_share(window, "publish"))
    pull.triggered.connect(lambda _checked=False: open_library_share(window, "pull"))
    for action in (publish, pull):
        action.setEnabled(False)
        window.loaded.connect(lambda a=action: a.setEnabled(True))
        file_menu.addAction(action)
    file_menu.addSeparator()
    return publish, pull


def open_library_share(window: ConsoleWindow, direction: str) -> LibraryShareDialog | None:
    """Open the dialog (not blocking; one at a time) for ``direction``: "publish" or "pull"."""
    from workshop_studio.ui.console.library_share_dialog import LibraryShareDialog

    if window.workspace is None:
        return None
    if window.library_share_dialog is not None:
        window.library_share_dialog.close()
    dialog = LibraryShareDialog(window.workspace, direction, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    window.library_share_dialog = dialog
    return dialog
