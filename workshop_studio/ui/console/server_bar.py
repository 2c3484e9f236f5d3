"""The strip above the pages that tells what other people and the server did.

On a team's server three things can happen that a facilitator alone on a laptop never sees:
another console changed what they were editing (the edit was refused: "Reload" shows the
other version), their database role may not write (a reviewer), or the server went away
(the console says so, keeps what was typed, and retries). The bar says it in one sentence,
as plain text, and goes away when the problem does (or is dismissed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ServerBar(QFrame):
    """One message at a time; ``kind`` is "conflict", "connection" or "permission"."""

    reloadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#serverBar { background: #FFF4CE; color: #1A1A1A; }")
        self.kind = ""
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self._reload)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.message.setText(text)
        self.reload_button.setVisible(kind == "conflict")
        self.close_button.setVisible(kind != "connection")  # that one goes when the server is back
        self.show()

    def clear(self, kind: str | None = None) -> None:
        """Hide the message (only if it is of ``kind``, when given)."""
        if kind is None or kind == self.kind:
            self.kind = ""
            self.hide()

    def _reload(self) -> None:
        self.clear()
        self.reloadRequested.emit()
