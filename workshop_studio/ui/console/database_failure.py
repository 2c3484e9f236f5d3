"""When the database cannot be opened: say why, and offer the last good backup when the file
is damaged (ISSUE: nothing lost).

The command line has ``restore-backup``; a facilitator who finds the console refusing its
file on the morning of a workshop should not need it. The offer is made only for a damaged or
empty file with a good backup beside it, never for a file made by a newer version, a busy or
read-only one (restoring an older copy there would lose work that is not lost). The message
box is window-modal and not blocking, so the console stays alive behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from workshop_studio.storage.errors import DatabaseError
from workshop_studio.storage.integrity import backup_hint, file_is_damaged, last_good_backup
from workshop_studio.storage.restore import restore_backup


def backup_to_offer(db_path: Path | None) -> Path | None:
    """The backup worth offering for ``db_path``, or ``None``."""
    if db_path is None or not file_is_damaged(db_path):
        return None
    return last_good_backup(db_path)


class DatabaseFailureBox(QMessageBox):
    """The message saying the database could not be opened, with a restore button when a good
    backup of a damaged file exists. ``restored`` is called with a line to show once the
    backup is back in place; a failed restore changes nothing and says so in the box."""

    def __init__(
        self,
        parent: QWidget,
        message: str,
        db_path: Path | None,
        restored: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Database"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # a path or an SQLite message, shown literally
        self.db_path = db_path
        self.backup = backup_to_offer(db_path)
        if self.backup is not None and db_path is not None:
            message = message.replace(" " + backup_hint(db_path), "")  # the button says it, not the command
        self.setText(self.tr("The database could not be opened.\n\n%1").replace("%1", message))
        self._restored = restored
        self.restore_button: QAbstractButton | None = None
        if self.backup is not None:
            self.setInformativeText(
                self.tr(
                    "The last good backup is %1. Restoring it puts it in place of the damaged file, "
                    "which is kept aside in the same folder, never deleted."
                ).replace("%1", self.backup.name)
            )
            self.restore_button = self.addButton(
                self.tr("&Restore the Last Good Backup"), QMessageBox.ButtonRole.AcceptRole
            )
        self.addButton(QMessageBox.StandardButton.Close)
        self.buttonClicked.connect(self._on_clicked)

    def _on_clicked(self, button: QAbstractButton) -> None:
        if button is not self.restore_button or self.db_path is None or self.backup is None:
            return
        try:
            chosen, set_aside = restore_backup(self.db_path, self.backup)
        except DatabaseError as error:
            QMessageBox.warning(self.parentWidget(), self.tr("Database"), str(error))
            return
        line = self.tr("Backup %1 restored.").replace("%1", chosen.name)
        if set_aside is not None:
            line += " " + self.tr("The damaged file is kept as %1.").replace("%1", set_aside.name)
        self._restored(line)
