"""The stage window: the shared screen's one window, full screen on the projector while presenting.

It holds the slide view that lays slides out at the stage's real size (and tells the model
how many pages a slide has). Where it goes and when it leaves full screen is
``screens.py``'s business; which keys drive it is ``keys.py``'s.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop_studio.ui.stage.presentation import Presentation
from workshop_studio.ui.stage.view import SlideView


class StageWindow(QWidget):
    closedByUser = Signal()  # the window's close button (not full screen): end the presentation

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.presentation = presentation
        self.setWindowTitle(self.tr("Shared screen — Workshop Studio"))
        self.setAccessibleName(self.tr("Shared screen"))
        self.view = SlideView(presentation, self, reports_pages=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def prepare(self, geometry: QRect) -> None:
        """Lay slides out at ``geometry``'s size while hidden, so the console's miniature is true."""
        if not self.isVisible():
            self.setGeometry(geometry)
            self.view.resize(geometry.size())

    def picture(self) -> QPixmap:
        """Exactly what the stage shows, as a picture (the console's miniature)."""
        return self.view.grab()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # The pointer has no business on a projected slide; in a window it stays useful.
        self.setCursor(Qt.CursorShape.BlankCursor if self.isFullScreen() else Qt.CursorShape.ArrowCursor)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():
            self.closedByUser.emit()
        super().closeEvent(event)
