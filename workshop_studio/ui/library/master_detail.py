"""A list with its buttons on the left, its editor on the right: the shape of the editor pages."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget


def list_beside_editor(page: QWidget, items: QWidget, buttons: Iterable[QWidget], editor: QWidget) -> QSplitter:
    """Lay ``page`` out: ``items`` over a row of ``buttons``, and ``editor`` taking the room."""
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(items, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    left_layout.addLayout(row)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(editor)
    splitter.setStretchFactor(1, 4)
    splitter.setSizes([190, 1000])  # the editor gets the room
    QVBoxLayout(page).addWidget(splitter)
    return splitter
