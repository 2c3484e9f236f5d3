"""Helpers shared by the library editors' tests (imported by name: tests/ui is on sys.path)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from workshop_studio.ui import prompts as ui_prompts

T = TypeVar("T")


def query(console: Any, work: Callable[[Any], T]) -> T:
    """Read the database the console writes to, in a fresh session."""
    return console.workspace.query(work)


def focus(qtbot: Any, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus for real (widget shortcuts need it)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


class Messages:
    """Stands in for the modal warning box; records (title, text)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str]] = []
        monkeypatch.setattr(ui_prompts, "warn", lambda _parent, title, text: self.shown.append((title, text)))

    @property
    def texts(self) -> list[str]:
        return [text for _title, text in self.shown]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, accents and all (``qtbot.keyClicks`` only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def drop_files(widget: QWidget, paths: list[Any]) -> bool:
    """Drag local files onto ``widget`` and drop them, as a file manager does; return
    whether the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(
        point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def open_page(console: Any, key: str) -> Any:
    console.show_page(key)
    page = console.page(key)
    assert page is not None
    return page
