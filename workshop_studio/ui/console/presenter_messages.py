"""A message bar at the top of the console about the shared screen: never a blocking dialog.

During a workshop a modal question would freeze the keys that drive the stage; this bar says
what happened (the projector went away) or offers a move (a screen came back) and waits.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar, QWidget

from workshop_studio.ui.text import plain_label


class ScreenMessageBar(QToolBar):
    moveRequested = Signal(str)  # the screen to present on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenMessageBar")
        self.setWindowTitle(self.tr("Shared screen messages"))
        self.setMovable(False)
        self.setFloatable(False)
        self.setStyleSheet("QToolBar#screenMessageBar { background: #FFF4CC; border-bottom: 1px solid #8A6D00; }")
        self.message: QLabel = plain_label(wrap=True)
        self.message.setStyleSheet("color: #1A1A1A; padding: 4px 8px;")
        self.move_button = QPushButton(self.tr("Present There"))
        self.move_button.clicked.connect(self._accept)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        spacer = QWidget()
        self.addWidget(self.message)
        self.addWidget(spacer)
        self.move_action = self.addWidget(self.move_button)  # a toolbar shows or hides its actions
        self.addWidget(self.close_button)
        self._offered: str | None = None

    def tell_lost(self, name: str) -> None:
        self._offered = None
        self.message.setText(
            self.tr(
                "The shared screen (%1) was disconnected. The stage is now a small window "
                "on this screen; the keys still drive it."
            ).replace("%1", name)
        )
        self.move_action.setVisible(False)
        self.show()

    def offer(self, name: str) -> None:
        self._offered = name
        self.message.setText(self.tr("A screen is connected (%1). Present on it?").replace("%1", name))
        self.move_action.setVisible(True)
        self.show()

    @property
    def offered(self) -> str | None:
        return self._offered if self.isVisible() and self.move_action.isVisible() else None

    def _accept(self) -> None:
        if self._offered is not None:
            self.moveRequested.emit(self._offered)
        self.hide()
