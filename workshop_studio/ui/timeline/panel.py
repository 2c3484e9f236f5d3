"""The console's timeline: the view, its toolbar, and the note actions, all undoable.

Drag a note to another stage to move it; double-click (or tap) a stage to add a note through
the large dialog; double-click a note to edit it; Delete removes the selected notes; + and −
add or take back a vote; H hides them from the shared screen (they stay here, marked); on the
presenter console, Space shows the selected note whole and large on the shared screen. The
toolbar says its buttons change this view only: what the room sees is driven elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QSplitter, QToolBar, QVBoxLayout, QWidget

from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.ui.timeline.items import NoteItem
from workshop_studio.ui.timeline.note_dialog import NoteDialog, add_from_dialog
from workshop_studio.ui.timeline.scene import TimelineScene
from workshop_studio.ui.timeline.tray import TrayList
from workshop_studio.ui.timeline.view import TimelineView, zoom_actions
from workshop_studio.ui.undo.authoring import AuthoringCommand, push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


CONSOLE_ZOOM = 0.7  # a few stages across a laptop screen, notes still readable up close


def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class TimelinePanel(QWidget):
    stageSelected = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        ask: Callable[[QDialog], bool] = run_dialog,
        *,
        show_note: Callable[[int], None] | None = None,
    ) -> None:
        """``show_note``: how to show a note large on the shared screen (the presenter console's)."""
        super().__init__(parent)
        self.workspace = workspace
        self.ask = ask
        self.scene = TimelineScene(workspace.timeline, parent=self)
        self.view = TimelineView(self.scene)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.scene.noteMoved.connect(self.move_note)
        self.scene.stageActivated.connect(self.add_note_at)
        self.scene.noteActivated.connect(self.edit_note)
        self.scene.stageSelected.connect(self.stageSelected)

        toolbar = QToolBar()
        only_here = QLabel(self.tr("This view only:"))
        only_here.setToolTip(self.tr("These buttons change the console's timeline, never the shared screen"))
        toolbar.addWidget(only_here)
        self.by_role = QAction(self.tr("By role"), self)
        self.by_role.setCheckable(True)
        self.by_role.setToolTip(self.tr("Split each stage into one lane per role, to compare perspectives"))
        self.by_role.toggled.connect(self.scene.set_by_role)
        toolbar.addAction(self.by_role)
        toolbar.addSeparator()
        toolbar.addActions(zoom_actions(self.view, self))
        self.toolbar = toolbar

        self._note_actions: list[QAction] = []
        for text, keys, slot in (
            (self.tr("Edit note…"), [QKeySequence(Qt.Key.Key_F2)], lambda: self._with_one(self.edit_note)),
            (self.tr("Vote"), [QKeySequence(Qt.Key.Key_Plus)], lambda: self.vote_selected(+1)),
            (self.tr("Take back a vote"), [QKeySequence(Qt.Key.Key_Minus)], lambda: self.vote_selected(-1)),
            (self.tr("Hide from the shared screen / show"), [QKeySequence(Qt.Key.Key_H)], self.toggle_hidden_selected),
            (self.tr("Delete note"), [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete_selected),
            *(
                [
                    (
                        self.tr("Show large on the shared screen"),
                        [QKeySequence(Qt.Key.Key_Space)],
                        lambda: self._with_one(show_note),
                    )
                ]
                if show_note is not None
                else []
            ),
        ):
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            self._note_actions.append(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        self.tray = TrayList(workspace, self)
        self.tray.setMinimumWidth(160)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.tray)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, 240])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.view.set_zoom(CONSOLE_ZOOM)

    # -- reading the selection -----------------------------------------------------------------
    def selected_notes(self) -> list[NoteRecord]:
        return [item.record for item in self.scene.selectedItems() if isinstance(item, NoteItem)]

    def _with_one(self, action: Callable[[int], None]) -> None:
        notes = self.selected_notes()
        if len(notes) == 1:
            action(notes[0].id)

    def _context_menu(self, position) -> None:
        item = self.view.itemAt(position)
        if isinstance(item, NoteItem) and not item.isSelected():
            self.scene.clearSelection()
            item.setSelected(True)
        if not self.selected_notes():
            return
        menu = QMenu(self)
        menu.addActions(self._note_actions)
        menu.exec(self.view.viewport().mapToGlobal(position))

    # -- commands ------------------------------------------------------------------------------
    def move_note(self, note_id: int, stage_id: int, slot: int) -> None:
        from workshop_studio.ui.undo.notes import MoveNoteCommand

        note = self.workspace.timeline.note(note_id)
        if note is None:
            return
        column = self.workspace.timeline.stage_notes(stage_id)
        if note.target == Target.stage(stage_id):
            index = next(i for i, n in enumerate(column) if n.id == note_id)
            if slot in (index, index + 1):
                return  # dropped back where it was
        others = [n for n in column if n.id != note_id]
        slot = min(slot, len(others))
        if not others:
            position = 1.0
        elif slot <= 0:
            position = others[0].position - 1.0
        elif slot >= len(others):
            position = others[-1].position + 1.0
        else:
            position = (others[slot - 1].position + others[slot].position) / 2
        self._push(MoveNoteCommand(self.workspace, note_id, Target.stage(stage_id), position))

    def add_note_at(self, stage_id: int) -> None:
        stage = next((s for s in self.workspace.timeline.stages if s.id == stage_id), None)
        if stage is not None:
            add_from_dialog(
                self.workspace,
                Target.stage(stage_id),
                parent=self,
                ask=self.ask,
                title=self.tr("New note — %1").replace("%1", stage.title),
            )

    def edit_note(self, note_id: int) -> None:
        from workshop_studio.ui.undo.notes import edit_note

        note = self.workspace.timeline.note(note_id)
        if note is None:
            return
        who = ("participant", note.participant_id) if note.participant_id else ("role", note.role)
        dialog = NoteDialog(
            self.workspace.timeline.participants.values(),
            title=self.tr("Edit note"),
            text=note.text,
            kind=note.kind,
            who=who,
            parent=self,
        )
        if not self.ask(dialog) or not dialog.note_text():
            return
        who_kind, value = dialog.note_author()
        participant_id = value if who_kind == "participant" else None
        role: object = value
        if who_kind == "participant":
            assert isinstance(value, int)  # the dialog holds ("participant", id)
            role = self.workspace.timeline.participants[value].role
        changes = {
            k: v
            for k, v in {
                "text": dialog.note_text(),
                "kind": dialog.note_kind(),
                "role": role,
                "participant_id": participant_id,
            }.items()
            if getattr(note, k) != v
        }
        if changes:
            self._push(edit_note(self.workspace, note_id, **changes))

    def vote_selected(self, delta: int) -> None:
        from workshop_studio.ui.undo.notes import VoteCommand

        for note in self.selected_notes():
            if not self._push(VoteCommand(self.workspace, note.id, delta)):
                return

    def toggle_hidden_selected(self) -> None:
        from workshop_studio.ui.undo.notes import HideNotesCommand

        notes = self.selected_notes()
        if notes:
            hide = not all(n.hidden for n in notes)
            self._push(HideNotesCommand(self.workspace, [n.id for n in notes], hide))

    def delete_selected(self) -> None:
        from workshop_studio.ui.undo.notes import delete_notes

        notes = self.selected_notes()
        if notes:
            self._push(delete_notes(self.workspace, [n.id for n in notes]))

    def _push(self, command: AuthoringCommand) -> bool:
        return push_or_warn(self, self.tr("Notes"), self.workspace, command)
