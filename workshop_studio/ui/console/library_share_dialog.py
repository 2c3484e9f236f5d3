"""Publish chosen library items to the team's library, or pull them from it, in the console.

The facilitator gives the team's library (a server URL or a database file), ticks decks,
timeline templates, scenarios and matrices (this console's to publish; the team's, once
opened, to pull), and copies them: all in one transaction, or nothing. The dialog then lists
what was added, what got a numbered name because another item had its name, and what was
already there. Nothing in the other database is ever overwritten (``interchange.library_merge``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.services.errors import ServiceError
from workshop_studio.storage.errors import DatabaseError
from workshop_studio.ui.console.library_share_items import ShareItemTree
from workshop_studio.ui.text import heading_label, plain_label

if TYPE_CHECKING:
    from workshop_studio.interchange.library_merge import ShareReport
    from workshop_studio.storage.engine import Database
    from workshop_studio.ui.workspace import Workspace

SETTINGS_TARGET = "teamLibrary/target"
PUBLISH, PULL = "publish", "pull"
_FAILURES = (DatabaseError, ServiceError, OSError)  # each says in one line why nothing was copied


class LibraryShareDialog(QDialog):
    def __init__(self, workspace: Workspace, direction: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.publishing = direction == PUBLISH
        self.other: Database | None = None
        self._other_target = ""
        self.report: ShareReport | None = None
        title = self.tr("Publish to the team library") if self.publishing else self.tr("Pull from the team library")
        self.setWindowTitle(title)
        self.setMinimumSize(620, 560)

        intro = (
            self.tr(
                "Copy the decks, timeline templates, scenarios and matrices you tick from this console's "
                "database to the team's library."
            )
            if self.publishing
            else self.tr(
                "Open the team's library, then copy the decks, timeline templates, scenarios and matrices "
                "you tick into this console's database."
            )
        )
        self.target = QLineEdit(str(QSettings().value(SETTINGS_TARGET) or ""))
        self.target.setPlaceholderText(self.tr("postgresql://user@server/team, or a database file"))
        self.target.setAccessibleName(self.tr("Team library"))
        target_label = QLabel(self.tr("&Team library:"))
        target_label.setBuddy(self.target)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Connect to the team's library and list what it holds"))
        self.open_button.setVisible(not self.publishing)
        self.status = plain_label(selectable=True)
        self.items = ShareItemTree()
        hint = plain_label(
            self.tr(
                "A scenario brings the decks and templates of its cards and stages; a matrix, the decks of its cards. "
                "What is already there is reused. When another item already has the same name there, the copy gets a "
                "numbered name: nothing there is ever overwritten."
            )
        )
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("What was copied"))
        self.report_view.setPlaceholderText(self.tr("What was copied shows here."))
        self.report_view.setMaximumHeight(150)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Publish") if self.publishing else self.tr("&Pull"))
        self.copy_button.setDefault(True)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(target_label)
        row.addWidget(self.target, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(title, level=2))
        layout.addWidget(plain_label(intro))
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.items, 1)
        layout.addWidget(hint)
        layout.addWidget(self.report_view)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self._browse)
        self.open_button.clicked.connect(self.open_other)
        self.target.returnPressed.connect(self.open_other if not self.publishing else self.copy)
        self.copy_button.clicked.connect(self.copy)
        self.items.tickedChanged.connect(self._update_buttons)
        self.target.textChanged.connect(self._on_target_edited)
        if self.publishing:
            self._offer(workspace.db)
        else:
            self._say(self.tr("Open the team's library to see what it holds."))
        self._update_buttons()

    # -- the other database --------------------------------------------------------------------
    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The team library's file"), "", self.tr("Databases (*.sqlite3 *.sqlite *.db);;All files (*)")
        )
        if path:
            self.target.setText(path)
            if not self.publishing:
                self.open_other()

    def _connect(self) -> Database:
        """The other database named in the field, opened once (again if the field changed)."""
        from workshop_studio.interchange.library_share import open_other_library, remembered

        text = self.target.text().strip()
        if self.other is not None and text == self._other_target:
            return self.other
        self._dispose_other()
        self.other = open_other_library(text, self.workspace.db, must_exist=not self.publishing)
        self._other_target = text
        QSettings().setValue(SETTINGS_TARGET, remembered(text))
        return self.other

    def open_other(self) -> bool:
        """Pull: connect and list the team's items. Says in the dialog why it could not."""
        from workshop_studio.interchange.library_share import shown

        if self.publishing:
            return True
        with _busy():
            try:
                other = self._connect()
                self._offer(other)
            except _FAILURES as error:
                self.items.set_items([])
                self._say(_message(error))
                return False
        self._say(self.tr("Opened %1. Tick what to copy here.").replace("%1", shown(self._other_target)))
        return True

    def _offer(self, db: Database) -> None:
        from workshop_studio.interchange.library_bundle import library_items

        with db.read() as session:
            self.items.set_items(library_items(session))

    # -- the copy ------------------------------------------------------------------------------
    def copy(self) -> ShareReport | None:
        """Copy the ticked items; the result (or why nothing was copied) shows in the dialog."""
        from workshop_studio.interchange.library_share import copy_items, read_items, report_lines, shown, write_items

        choice = self.items.choice()
        if not choice or not self.target.text().strip():
            return None
        with _busy():
            try:
                other = self._connect()
                here = self.workspace.db
                if self.publishing:
                    report = copy_items(here, other, choice)
                else:  # through the workspace: the console's pages hear what the pull added
                    bundle = read_items(other, choice)
                    report = self.workspace.write(lambda s: write_items(s, bundle))
            except _FAILURES as error:
                text = self.tr("Nothing was copied: %1").replace("%1", _message(error))
                self._say(text)
                self.report_view.setPlainText(text)
                return None
        self.report = report
        self.report_view.setPlainText("\n".join(report_lines(report)))
        where = shown(self._other_target)
        self._say(
            self.tr("Published to %1.").replace("%1", where)
            if self.publishing
            else self.tr("Pulled from %1.").replace("%1", where)
        )
        return report

    # -- state ---------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _on_target_edited(self, text: str) -> None:
        """Pull: the items listed are another library's once the name changes: open it again."""
        if not self.publishing and self.other is not None and text.strip() != self._other_target:
            self._dispose_other()
            self.items.clear_items()
            self._say(self.tr("Open the team's library to see what it holds."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_target = bool(self.target.text().strip())
        self.copy_button.setEnabled(has_target and bool(self.items.choice()))
        self.open_button.setEnabled(has_target)

    def _dispose_other(self) -> None:
        if self.other is not None:
            self.other.dispose()
            self.other = None
            self._other_target = ""

    def done(self, result: int) -> None:
        self._dispose_other()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._dispose_other()
        super().closeEvent(event)


def _message(error: BaseException) -> str:
    return str(error) or getattr(error, "strerror", "") or type(error).__name__


class _busy:  # noqa: N801 - used as ``with _busy():``
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()
