"""The File menu's workshop entries: import a workshop archive, export the workshop under review.

Kept here so the console's window gains them with one call; the work happens in
``workshop_files`` and on the review page. Imports stay light: the window builds its menus
before the database (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from workshop_studio.ui.console.main_window import ConsoleWindow
    from workshop_studio.ui.review.review_page import ReviewPage

translate = QCoreApplication.translate


def add_workshop_file_actions(window: ConsoleWindow, file_menu: QMenu) -> tuple[QAction, QAction]:
    """Add "Import a workshop archive…" and "Export the workshop…", enabled once the database is open."""
    import_action = QAction(translate("WorkshopFileActions", "Import a &workshop archive…"), window)
    export_action = QAction(
        translate("WorkshopFileActions", "E&xport the workshop (report, table, picture, archive)…"), window
    )
    import_action.triggered.connect(lambda _checked=False: import_archive(window))
    export_action.triggered.connect(lambda _checked=False: export_workshop(window))
    for action in (import_action, export_action):
        action.setEnabled(False)
        window.loaded.connect(lambda a=action: a.setEnabled(True))
        file_menu.addAction(action)
    file_menu.addSeparator()
    return import_action, export_action


def _review_page(window: ConsoleWindow) -> ReviewPage | None:
    from workshop_studio.ui.review.review_page import ReviewPage

    window.show_page("review")
    page = window.page("review")
    return page if isinstance(page, ReviewPage) else None


def import_archive(window: ConsoleWindow) -> None:
    from workshop_studio.ui.review.workshop_files import import_workshop_archive

    if window.workspace is None:
        return
    imported = import_workshop_archive(window.workspace, window)
    if imported is not None:
        page = _review_page(window)
        if page is not None:
            page.choose_workshop(imported.workshop_id)


def export_workshop(window: ConsoleWindow) -> None:
    if window.workspace is None:
        return
    page = _review_page(window)
    if page is not None:
        page.export()
