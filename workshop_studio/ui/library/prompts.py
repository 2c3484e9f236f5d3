"""The few ways an editor talks back: a status line, a warning, a file chooser.

Editors call these through the module (``prompts.warn(...)``), never by importing the
functions, so a test can replace them and no modal dialog ever blocks a test run.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

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


def ask_with_option(parent: QWidget, title: str, text: str, option: str) -> bool:
    """``text`` (plain) with a checkbox ``option``; True when it is ticked and the user goes on."""
    from PySide6.QtWidgets import QCheckBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    check = QCheckBox(option, box)
    box.setCheckBox(check)
    return box.exec() == QMessageBox.StandardButton.Ok and check.isChecked()


def ask_open_files(parent: QWidget, title: str, filters: str) -> list[str]:
    paths, _chosen = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return list(paths)


def ask_save_file(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
    """``(path, chosen filter)``; the path is empty when the user cancels."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path, chosen
