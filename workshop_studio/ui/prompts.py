"""The few ways the console talks back: a status line, a warning, a question, a file chooser,
opening a written file.

Callers use them through the module (``prompts.warn(...)``), never by importing the
functions, so a test replaces them and no modal dialog ever blocks a test run.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

STATUS_MS = 10_000


def show_status(widget: QWidget, text: str) -> None:
    """Say ``text`` in the main window's status bar (for "deleted — Ctrl+Z to undo")."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """One clear message; ``text`` is plain (file names and user text shown literally)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """A yes/no question whose "yes" button says what it does (``action``); "no" is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def ask_with_option(parent: QWidget, title: str, text: str, option: str) -> bool:
    """``text`` (plain) with a checkbox ``option``; True when it is ticked and the user goes on."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    check = QCheckBox(option, box)
    box.setCheckBox(check)
    return box.exec() == QMessageBox.StandardButton.Ok and check.isChecked()


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or ``None`` when cancelled."""
    value, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if accepted else None


def ask_open_files(parent: QWidget, title: str, filters: str) -> list[str]:
    paths, _chosen = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return list(paths)


def ask_open_path(parent: QWidget, title: str, filters: str) -> str | None:
    path, _chosen = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_save_file(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
    """``(path, chosen filter)``; the path is empty when the user cancels."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path, chosen


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_file(path: str) -> bool:
    """Open a written file with the system's viewer; whether one took it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
