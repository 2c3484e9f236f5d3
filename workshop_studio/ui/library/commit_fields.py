"""Fields that commit themselves: no Save button to forget.

A field commits what was typed after a short pause and when it loses focus, by emitting
``committed(value, stretch)``. ``stretch`` counts the field's stretches of typing: it
changes when the field loses focus (or :meth:`end_stretch` is called because the editor
moved to another row), so the editor can merge the commits of one stretch into one undo
step. ``edited`` fires on every keystroke, for live previews and warnings.

:meth:`show_value` puts stored data in the field, unless the user has typed something not
committed yet (a redraw from data never eats typing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

PAUSE_MS = 900

if TYPE_CHECKING:
    _Field = QWidget  # the fields mixing this in are widgets
else:
    _Field = object


class _Committing(_Field):
    """The pause timer, the dirty flag and the stretch counter, shared by the three fields."""

    committed: ClassVar[Signal]  # (value, stretch), declared by each field with its value's type
    edited: ClassVar[Signal]

    if TYPE_CHECKING:

        def value(self) -> object: ...

    def _init_committing(self) -> None:
        self._dirty = False
        self._loading = False
        self.stretch = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.flush)

    def _touched(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._timer.start()
        self.edited.emit()

    def flush(self) -> None:
        """Commit now what was typed, if anything."""
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self.committed.emit(self.value(), self.stretch)

    def end_stretch(self) -> None:
        """Commit, and make the next commit a new undo step."""
        self.flush()
        self.stretch += 1

    def keep_dirty(self) -> None:
        """A commit was refused while the user is still here: commit again when they leave."""
        self._dirty = True

    def discard(self) -> None:
        """Forget uncommitted typing (the next :meth:`show_value` replaces it)."""
        self._timer.stop()
        self._dirty = False


def leaves_undo_to_the_stack(event: QEvent, own_undo: bool, own_redo: bool) -> bool:
    """Whether a Ctrl+Z / Ctrl+Shift+Z should go to the Edit menu rather than the field.

    A text field takes those keys for its own typing history, even when it has none; then the
    keys would do nothing at all, and the last committed edit (another field's, a colour…)
    could not be undone from the keyboard. So the field keeps them only while it has typing
    of its own to undo or redo.
    """
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        return not own_undo
    if event.matches(QKeySequence.StandardKey.Redo):
        return not own_redo
    return False


class CommitLineEdit(QLineEdit, _Committing):
    committed = Signal(str, int)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_committing()
        self.textEdited.connect(lambda _text: self._touched())
        self.returnPressed.connect(self.flush)

    def value(self) -> str:
        return self.text()

    def show_value(self, text: str) -> None:
        if not self._dirty and text != self.text():
            self.setText(text)  # no textEdited: not a user edit
            if not self.hasFocus():
                self.setCursorPosition(0)  # show the start of a long text, not its end

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.end_stretch()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_the_stack(event, self.isUndoAvailable(), self.isRedoAvailable()):
            event.ignore()
            return False
        return super().event(event)


class CommitTextEdit(QPlainTextEdit, _Committing):
    committed = Signal(str, int)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_committing()
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._touched)

    def value(self) -> str:
        return self.toPlainText()

    def text(self) -> str:
        """Like ``QLineEdit.text``, so a reader needs not know which field it has."""
        return self.toPlainText()

    def show_value(self, text: str) -> None:
        if not self._dirty and text != self.toPlainText():
            self._loading = True
            try:
                self.setPlainText(text)
            finally:
                self._loading = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.end_stretch()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        document = self.document()
        if leaves_undo_to_the_stack(event, document.isUndoAvailable(), document.isRedoAvailable()):
            event.ignore()
            return False
        return super().event(event)


class CommitSpinBox(QSpinBox, _Committing):
    committed = Signal(int, int)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_committing()
        self.valueChanged.connect(lambda _value: self._touched())
        self.editingFinished.connect(self.flush)

    def show_value(self, value: int) -> None:
        if not self._dirty and value != self.value():
            self._loading = True
            try:
                self.setValue(value)
            finally:
                self._loading = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.end_stretch()
        super().focusOutEvent(event)


class FieldHint(QLabel):
    """A warning in words right under a field ("⚠ …"); hidden when there is nothing to say.

    Dark red on the window colour passes 7:1, and the sign and the words carry the meaning.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #8A1C00;")
        self.hide()

    def say(self, text: str) -> None:
        self.setText(f"⚠ {text}" if text else "")
        self.setVisible(bool(text))
