"""The "to sort" tray: notes typed while no stage, card or scenario was chosen.

Nothing typed is ever dropped: such notes land here, in view, until the facilitator sends
them to the current stage (double-click or Enter) or deletes them; both are undoable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.vocabulary import TargetKind
from workshop_studio.ui.timeline.items import kind_label, role_label
from workshop_studio.ui.undo.authoring import push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class TrayList(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setToolTip(self.tr("Double-click or Enter: send to the current stage. Delete: remove."))
        self.list.itemActivated.connect(lambda _item: self.send_to_current_stage())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, context=Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        model = workspace.timeline
        model.reset.connect(self.refresh)
        model.notePut.connect(self._on_put)
        model.noteDropped.connect(lambda _id, removed: self._refresh_if_tray(removed))
        self.refresh()

    def _on_put(self, note_id: int, previous: NoteRecord | None) -> None:
        note = self.workspace.timeline.note(note_id)
        if (note is not None and note.target.kind == TargetKind.TRAY) or self._refresh_if_tray(previous):
            self.refresh()

    def _refresh_if_tray(self, note: NoteRecord | None) -> bool:
        if note is not None and note.target.kind == TargetKind.TRAY:
            self.refresh()
            return True
        return False

    def refresh(self) -> None:
        notes = self.workspace.timeline.tray_notes()
        self.heading.setText(self.tr("To sort: %n note(s)", "", len(notes)))
        self.list.clear()
        for note in notes:
            label = f"{kind_label(note.kind)} · {role_label(note.role)}\n{note.text}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)

    def selected_ids(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]

    def send_to_current_stage(self) -> None:
        from workshop_studio.ui.undo.notes import MoveNoteCommand

        stage_id = self.workspace.timeline.current_stage_id
        if stage_id is None:
            self.heading.setText(self.tr("Choose a stage on the timeline first, then send the note there."))
            return
        for note_id in self.selected_ids():
            if not push_or_warn(
                self, self.tr("Notes"), self.workspace, MoveNoteCommand(self.workspace, note_id, Target.stage(stage_id))
            ):
                return

    def delete_selected(self) -> None:
        from workshop_studio.ui.undo.notes import delete_notes

        ids = self.selected_ids()
        if ids:
            push_or_warn(self, self.tr("Notes"), self.workspace, delete_notes(self.workspace, ids))
