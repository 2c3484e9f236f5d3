"""The keys that drive a running presentation, whichever of our windows has the focus.

=====================  ==============================================================
Right, Page Down       next page of the slide, else the timeline's next stage, else next
                       step (clickers send Page Down)
Left, Page Up          previous page, else previous stage, else previous step (Page Up)
Home                   the whole timeline or matrix again (out of a stage or cell in focus)
B, . (full stop)       black screen, and back (clickers' "blank" button sends one of them)
Esc                    end the presentation
T                      start or pause an instruction's countdown
=====================  ==============================================================

They are application-wide ``QAction`` shortcuts, enabled only while presenting. Text fields
keep what they need: Qt first offers each key to the focused widget as a ``ShortcutOverride``
event, and a line edit claims arrows and letters (so the cursor moves and "b" is typed).
:class:`TextFieldsKeepKeys` adds Esc to what a text field keeps (Esc in a note field must not
end the presentation), gives Page Up/Page Down to the presentation even in a multi-line
field, so that the clicker keeps working while the facilitator types, and leaves every key to
an open drop-down list or menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from workshop_studio.ui.stage.presentation import Presentation

CLICKER_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
FIELD_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_B,
    Qt.Key.Key_Period,
    Qt.Key.Key_Home,
    Qt.Key.Key_T,
}


def is_text_field(widget: QObject | None) -> bool:
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return not (isinstance(widget, QLineEdit) and widget.isReadOnly())
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class TextFieldsKeepKeys(QObject):
    """An application event filter, installed while presenting (see the module's docstring).

    It only ever looks at ``ShortcutOverride`` events: an open drop-down list or menu keeps
    every presentation key (Esc closes the list, it does not end the presentation); a text
    field keeps Esc, the arrows and the letters, and lets Page Up/Page Down drive the stage.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        if key not in CLICKER_KEYS | FIELD_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if QApplication.activePopupWidget() is not None:
            event.accept()
            return True
        if not is_text_field(watched):
            return False
        if key in CLICKER_KEYS:
            event.ignore()
            return True  # not offered to the field: the shortcut fires
        event.accept()  # the field keeps it
        return True


class PresentationKeys(QObject):
    """The presentation's actions; add them to each window that may have the focus."""

    def __init__(self, presentation: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert isinstance(presentation, Presentation)
        self.presentation = presentation
        self.guard = TextFieldsKeepKeys(self)
        self.next = self._action(self.tr("&Next Step"), [Qt.Key.Key_Right, Qt.Key.Key_PageDown], presentation.next)
        self.previous = self._action(
            self.tr("&Previous Step"), [Qt.Key.Key_Left, Qt.Key.Key_PageUp], presentation.previous
        )
        self.black = self._action(
            self.tr("&Black Screen"), [Qt.Key.Key_B, Qt.Key.Key_Period], presentation.toggle_black
        )
        self.black.setCheckable(True)
        self.black.triggered.disconnect()
        self.black.triggered.connect(presentation.set_black)
        self.home = self._action(self.tr("&Overview of the Board"), [Qt.Key.Key_Home], presentation.home)
        self.end = self._action(self.tr("&End Presentation"), [Qt.Key.Key_Escape], presentation.end)
        self.countdown = self._action(
            self.tr("Start or Pause the &Countdown"), [Qt.Key.Key_T], presentation.toggle_countdown
        )
        presentation.blackChanged.connect(self.black.setChecked)
        presentation.runningChanged.connect(self._on_running)
        self._on_running(presentation.running)

    def _action(self, text: str, keys: list[Qt.Key], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.next, self.previous, self.home, self.black, self.end, self.countdown]

    def attach(self, widget: QWidget) -> None:
        """Let these keys work while ``widget`` (a window) is active."""
        widget.addActions(self.actions)

    def _on_running(self, running: bool) -> None:
        for action in self.actions:
            action.setEnabled(running)
        app = QApplication.instance()
        if app is None:
            return
        if running:
            app.installEventFilter(self.guard)
        else:
            app.removeEventFilter(self.guard)
