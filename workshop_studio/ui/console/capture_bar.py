"""Capturing notes from the keyboard while people talk.

Ctrl+N (from anywhere in the console) puts the cursor here; type the note; Tab to who said
it and to its kind (type the first letters to pick); Enter adds it to the current target, or
to the visible "to sort" tray when nothing is selected, and leaves the field ready for the
next one. Enter never drops what was typed: if the note cannot be stored, the text stays and
the reason is shown; a retry sends the same client-made id, so the note is stored once.

Ctrl+Z in the field undoes typing while there is typing to undo; right after a note was
added (the field emptied, with no history) it goes to the console's undo, which takes the
note back. The field never puts an added note's text back, so Enter cannot store it twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from workshop_studio.domain.changes import Area
from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.ui.text import plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

TargetProvider = Callable[[], tuple[Target, str]]  # where the next note goes, and how to name it


class CaptureBar(QWidget):
    noteAdded = Signal(object)  # the NoteRecord stored

    def __init__(self, workspace: Workspace, target: TargetProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._target = target
        self._uid = uuid.uuid4().hex

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Type what was said, then Enter (Ctrl+N to come back here)"))
        self.text.setAccessibleName(self.tr("Note"))
        self.text.setMaxLength(5000)
        self.text.setClearButtonEnabled(True)
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Who said it"))
        self.who.setMinimumContentsLength(18)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of note"))
        for kind in AnnotationKind:
            self.kind.addItem(kind.display(), str(kind))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setMinimumHeight(36)
        self.add_button.clicked.connect(self.submit)
        self.where = plain_label(wrap=False)
        self.error = plain_label()
        self.error.setStyleSheet("color: #A40000; font-weight: bold;")
        self.error.hide()

        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.text)
        who_label = QLabel(self.tr("&Who:"))
        who_label.setBuddy(self.who)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        row = QHBoxLayout()
        row.addWidget(note_label)
        row.addWidget(self.text, 4)
        row.addWidget(who_label)
        row.addWidget(self.who, 1)
        row.addWidget(kind_label)
        row.addWidget(self.kind, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        status = QHBoxLayout()
        status.addWidget(self.where, 1)
        status.addWidget(self.error, 2)
        layout.addLayout(status)

        self.text.returnPressed.connect(self.submit)
        self.text.installEventFilter(self)
        for combo in (self.who, self.kind):
            combo.installEventFilter(self)
        workspace.workshopChanged.connect(lambda _id: self.refresh_people())
        workspace.changed.connect(lambda changes: self.refresh_people() if changes.touches(Area.PARTICIPANTS) else None)
        self.refresh_people()
        self.refresh_target()

    # -- choices -------------------------------------------------------------------------------
    def refresh_people(self) -> None:
        current = self.who.currentData()
        self.who.clear()
        model = self.workspace.timeline
        for participant in model.participants.values():
            self.who.addItem(
                f"{participant.display_name} ({Role(participant.role).display()})", ("participant", participant.id)
            )
        for role in Role:
            self.who.addItem(self.tr("%1 (role only)").replace("%1", role.display()), ("role", str(role)))
        index = self.who.findData(current)
        self.who.setCurrentIndex(max(index, 0))

    def target(self) -> tuple[Target, str]:
        return self._target()

    def refresh_target(self) -> None:
        _target, name = self.target()
        self.where.setText(self.tr("Goes to: %1").replace("%1", name))

    def focus_capture(self) -> None:
        self.refresh_target()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo, redo = event.matches(QKeySequence.StandardKey.Undo), event.matches(QKeySequence.StandardKey.Redo)
            if (undo and not self.text.isUndoAvailable()) or (redo and not self.text.isRedoAvailable()):
                event.ignore()  # nothing typed to undo: the console's Undo shortcut takes it
                return True
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(watched, QComboBox)
            and not watched.view().isVisible()
        ):
            self.submit()  # Enter on "who" or "kind" adds the note too
            return True
        return super().eventFilter(watched, event)

    # -- adding --------------------------------------------------------------------------------
    def retry_pending(self) -> NoteRecord | None:
        """Send again the note that could not be stored (the server is back): same uid, so a
        note the server did store before the connection dropped is not stored twice."""
        if not self.error.isHidden() and self.text.text().strip():
            return self.submit()
        return None

    def submit(self) -> NoteRecord | None:
        """Add the typed note; return it, or ``None`` (nothing typed, or it could not be stored)."""
        from workshop_studio.ui.undo.notes import capture

        text = self.text.text().strip()
        workshop_id = self.workspace.workshop_id
        if not text or workshop_id is None:
            return None
        target, _name = self.target()
        who_kind, who = self.who.currentData() or ("role", None)
        fields = {
            "workshop_id": workshop_id,
            "target": target,
            "kind": AnnotationKind(self.kind.currentData()),
            "text": text,
            "uid": self._uid,
            "participant_id": who if who_kind == "participant" else None,
            "role": Role(who) if who_kind == "role" and who else None,
        }
        try:
            record = capture(self.workspace, **fields)
        except Exception as error:  # noqa: BLE001 - whatever happens, the typed text stays
            self.error.setText(self.tr("Not saved yet: %1 — press Enter to try again.").replace("%1", str(error)))
            self.error.show()
            return None
        self.error.hide()
        self._uid = uuid.uuid4().hex
        self.text.setText("")  # unlike clear(), forgets the field's own undo history
        self.text.setFocus()
        self.refresh_target()
        self.noteAdded.emit(record)
        return record
