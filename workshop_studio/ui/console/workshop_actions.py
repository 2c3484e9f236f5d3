"""The console's workshop actions: new (Ctrl+Shift+N), edit the details, duplicate, delete.

They live in the console's Workshop menu and behind the Workshops page's buttons. A new or
duplicated workshop opens at once (the console remembers it for next time); every change but
the deletion is undoable (the deletion asks first and takes a backup).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from workshop_studio.ui import prompts
from workshop_studio.ui.undo.authoring import push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.console.main_window import ConsoleWindow
    from workshop_studio.ui.console.workshop_dialog import WorkshopDialog, WorkshopRequest
    from workshop_studio.ui.workspace import Workspace


class WorkshopActions(QObject):
    def __init__(self, window: ConsoleWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.new_action = self._action(
            self.tr("&New Workshop…"),
            self.new_workshop,
            "Ctrl+Shift+N",
            self.tr("Prepare a new workshop: blank, from the sample or from another one"),
        )
        self.edit_action = self._action(
            self.tr("Workshop &Details…"),
            self.edit_workshop,
            "Ctrl+Shift+E",
            self.tr("Title, date, place, timeline, decks, scenarios and matrix"),
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate the Workshop"),
            self.duplicate_workshop,
            None,
            self.tr("A copy with its participants and agenda, without its notes"),
        )
        self.delete_action = self._action(
            self.tr("De&lete the Workshop…"), self.delete_workshop, None, self.tr("Asks first; a backup is taken")
        )
        for action in self.actions():
            menu.addAction(action)
            action.setEnabled(False)  # until the database is open
        self.menu = menu

    def _action(self, text: str, slot, shortcut: str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def open_workshop(self, workshop_id: int) -> None:
        """Open it on the Workshops page, where it is prepared."""
        self.window.open_workshop(workshop_id)  # the console's own way: title, settings and pages follow
        self.window.show_page("workshops")

    def actions(self) -> list[QAction]:
        return [self.new_action, self.edit_action, self.duplicate_action, self.delete_action]

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        workspace.workshopChanged.connect(lambda _id: self.update_enabled())
        self.update_enabled()

    def update_enabled(self) -> None:
        ready = self.workspace is not None
        chosen = self.workspace is not None and self.workspace.workshop_id is not None
        self.new_action.setEnabled(ready)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setEnabled(chosen)

    # -- the dialogs -----------------------------------------------------------------------------
    def new_workshop(self, model_id: int | None = None) -> WorkshopDialog | None:
        """The new-workshop dialog (window-modal); OK creates the workshop and opens it."""
        from workshop_studio.ui.console.workshop_dialog import WorkshopDialog

        if self.workspace is None:
            return None
        dialog = WorkshopDialog(self.workspace, self.window, model_id=model_id)
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _create(self, dialog: WorkshopDialog) -> None:
        if self.create(dialog.request()) is not None:
            dialog.remember()

    def create(self, request: WorkshopRequest) -> int | None:
        """Make the workshop the dialog described, open it; its id (``None`` if refused)."""
        from workshop_studio.ui.undo import workshops as commands  # SQLAlchemy: not before the first paint

        assert self.workspace is not None
        command = commands.new_workshop(
            self.workspace,
            request.details,
            model_id=request.model_id,
            from_sample=request.from_sample,
            participants=request.participants,
        )
        if not push_or_warn(self.window, self.tr("New Workshop"), self.workspace, command):
            return None
        self.open_workshop(command.id_)
        prompts.show_status(
            self.window,
            self.tr("“%1” is ready: build its agenda, then F5 presents it.").replace("%1", request.details.title),
        )
        return command.id_

    def edit_workshop(self) -> WorkshopDialog | None:
        from workshop_studio.services.workshop_setup import timeline_locked
        from workshop_studio.services.workshops import workshop_details
        from workshop_studio.ui.console.workshop_dialog import WorkshopDialog

        workspace = self.workspace
        if workspace is None or workspace.workshop_id is None:
            return None
        workshop_id = workspace.workshop_id
        before, locked = workspace.query(lambda s: (workshop_details(s, workshop_id), timeline_locked(s, workshop_id)))
        dialog = WorkshopDialog(workspace, self.window, editing=before, timeline_locked=locked)
        dialog.accepted.connect(lambda: self.save(workshop_id, before, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def save(self, workshop_id: int, before, dialog: WorkshopDialog) -> bool:
        from workshop_studio.ui.undo import workshops as commands  # SQLAlchemy: not before the first paint

        assert self.workspace is not None
        command = commands.EditWorkshopCommand(self.workspace, workshop_id, before, dialog.details())
        return push_or_warn(self.window, self.tr("Workshop Details"), self.workspace, command)

    def duplicate_workshop(self) -> int | None:
        from workshop_studio.ui.undo import workshops as commands  # SQLAlchemy: not before the first paint

        workspace = self.workspace
        if workspace is None or workspace.workshop_id is None:
            return None
        command = commands.duplicate_workshop(workspace, workspace.workshop_id)
        if not push_or_warn(self.window, self.tr("Duplicate the Workshop"), workspace, command):
            return None
        self.open_workshop(command.id_)
        return command.id_

    def delete_workshop(self) -> bool:
        from workshop_studio.ui.review.workshop_files import delete_workshop

        workspace = self.workspace
        if workspace is None or workspace.workshop_id is None:
            return False
        deleted = delete_workshop(workspace, self.window, workspace.workshop_id) is not None
        self.update_enabled()
        return deleted
