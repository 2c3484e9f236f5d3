"""A workshop's participants on the Workshops page: add, edit, remove, reorder, import a list.

The list shows what the data says (name, role, organisation); every change is an undoable
command (``ui/undo/workshops.py``) and the list redraws from the data when the workspace says
participants changed. Drag to reorder; double-click or the context menu to edit; Delete to
remove; Ctrl+V pastes rows copied from a spreadsheet (name, role, organisation).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.overview import ParticipantLine
from workshop_studio.domain.vocabulary import Role
from workshop_studio.domain.workshop import MAX_NAME_CHARS, ParticipantData
from workshop_studio.ui import prompts
from workshop_studio.ui.library.ordered_list import ListRow, OrderedListModel, OrderedListView
from workshop_studio.ui.undo.authoring import push

if TYPE_CHECKING:
    from workshop_studio.ui.undo.authoring import AuthoringCommand
    from workshop_studio.ui.workspace import Workspace


def role_label(role: str) -> str:
    try:
        return Role(role).display()
    except ValueError:
        return role


def participant_text(person: ParticipantLine) -> str:
    """ "Patricia G. — Recruiter · boulangerie"."""
    text = f"{person.display_name} — {role_label(person.role)}"
    return f"{text} · {person.organisation}" if person.organisation else text


class ParticipantDialog(QDialog):
    """One participant: a name or pseudonym, a role, an optional organisation."""

    def __init__(self, parent: QWidget | None = None, person: ParticipantLine | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participant") if person is None else self.tr("Edit the Participant"))
        self.name = QLineEdit(person.display_name if person else "")
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setPlaceholderText(self.tr("A name or a pseudonym"))
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(role.display(), role.value)
        if person is not None:
            self.role.setCurrentIndex(max(self.role.findData(person.role), 0))
        self.organisation = QLineEdit(person.organisation if person else "")
        self.organisation.setMaxLength(MAX_NAME_CHARS)
        self.organisation.setPlaceholderText(self.tr("Optional, e.g. boulangerie, agence de Cavaillon"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def participant(self) -> ParticipantData:
        return ParticipantData(self.name.text().strip(), str(self.role.currentData()), self.organisation.text().strip())


class ParticipantsPanel(QWidget):
    def __init__(self, workspace: Workspace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = workspace
        self._people: dict[int, ParticipantLine] = {}
        self.model = OrderedListModel(self)
        self.list = OrderedListView(self.model)
        self.list.setAccessibleName(self.tr("Participants"))
        self.list.setWordWrap(True)
        self.list.doubleClicked.connect(lambda _index: self.edit_selected())
        self.model.moveRequested.connect(self._move)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add a participant"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("&Import a list…"))
        self.import_button.setToolTip(
            self.tr("A CSV or XLSX file with the columns nom, rôle, structure (or name, role, organisation)")
        )
        self.import_button.clicked.connect(self.choose_and_import)
        self.paste_button = QPushButton(self.tr("Paste"))
        self.paste_button.setToolTip(self.tr("Rows copied from a spreadsheet: name, role, organisation (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste)

        self.edit_action = self._action(self.tr("Edit…"), self.edit_selected, "Return")
        self.remove_action = self._action(self.tr("Remove"), self.remove_selected, QKeySequence.StandardKey.Delete)
        self.paste_action = self._action(self.tr("Paste participants"), self.paste, QKeySequence.StandardKey.Paste)
        self.up_action = self._action(self.tr("Move up"), lambda: self.move_selected(-1), "Alt+Up")
        self.down_action = self._action(self.tr("Move down"), lambda: self.move_selected(1), "Alt+Down")

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.import_button)
        more.addWidget(self.paste_button)
        more.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(more)
        self._enable()

    def _action(self, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self.list)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.list.addAction(action)
        return action

    # -- drawing ---------------------------------------------------------------------------------
    def show_participants(self, people: tuple[ParticipantLine, ...]) -> None:
        selected = self.list.selected_ids()
        self._people = {p.id: p for p in people}
        self.model.set_rows([ListRow(p.id, participant_text(p)) for p in people])
        self.list.select_ids(selected)
        self._enable()

    def _enable(self) -> None:
        has_workshop = self.workspace is not None and self.workspace.workshop_id is not None
        chosen = bool(self.list.selected_ids())
        for widget in (self.add_button, self.import_button, self.paste_button):
            widget.setEnabled(has_workshop)
        for widget in (self.edit_button, self.remove_button):
            widget.setEnabled(chosen)

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, self.remove_action, self.up_action, self.down_action):
            action.setEnabled(bool(self.list.selected_ids()))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Add…"), self.add)
        menu.addAction(self.paste_action)
        menu.popup(self.list.viewport().mapToGlobal(position))
        self.menu = menu

    # -- editing ---------------------------------------------------------------------------------
    def _push(self, command: AuthoringCommand) -> bool:
        from workshop_studio.interchange.errors import ImportRefused
        from workshop_studio.services.errors import ServiceError

        try:
            push(command.workspace, command)  # made for self.workspace
        except (ServiceError, ImportRefused) as error:
            prompts.warn(self, self.tr("Participants"), str(error))
            return False
        return True

    def add(self) -> ParticipantDialog | None:
        """Open the participant dialog (window-modal); OK adds the participant after the selection."""
        if self.workspace is None or self.workspace.workshop_id is None:  # no workspace yet: no workshop
            return None
        dialog = ParticipantDialog(self)
        dialog.accepted.connect(lambda: self.add_people([dialog.participant()]))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def add_people(self, people: list[ParticipantData]) -> list[int]:
        from workshop_studio.ui.undo import workshops as commands  # SQLAlchemy: not before the first paint

        if self.workspace is None:  # no workspace yet: no workshop
            return []
        workshop_id = self.workspace.workshop_id
        if workshop_id is None or not people:
            return []
        rows = [self.model.row_of(i) for i in self.list.selected_ids()]
        index = max(rows) + 1 if rows else None
        command = commands.add_participants(self.workspace, workshop_id, people, index=index)
        if not self._push(command):
            return []
        self.list.select_ids(list(command.ids))
        return list(command.ids)

    def edit_selected(self) -> ParticipantDialog | None:
        ids = self.list.selected_ids()
        if not ids or ids[0] not in self._people:
            return None
        person = self._people[ids[0]]
        dialog = ParticipantDialog(self, person)
        dialog.accepted.connect(lambda: self._save(person, dialog.participant()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _save(self, person: ParticipantLine, wanted: ParticipantData) -> None:
        from workshop_studio.ui.undo import workshops as commands  # SQLAlchemy: not before the first paint

        changes = {
            name: value
            for name, value in (
                ("display_name", wanted.display_name),
                ("role", wanted.role),
                ("organisation", wanted.organisation),
            )
            if getattr(person, name) != value
        }
        if changes and self.workspace is not None:  # the person was shown from it
            self._push(commands.update_participant(self.workspace, person.id, changes))

    def remove_selected(self) -> None:
        from workshop_studio.ui.undo import workshops as commands  # SQLAlchemy: not before the first paint

        ids = self.list.selected_ids()
        if ids and self.workspace is not None and self._push(commands.delete_participants(self.workspace, ids)):
            prompts.show_status(self, self.tr("Removed %n participant(s) (Ctrl+Z brings them back).", "", len(ids)))

    def move_selected(self, offset: int) -> None:
        ids = self.list.selected_ids()
        workshop_id = self.workspace.workshop_id if self.workspace is not None else None
        if not ids or workshop_id is None:
            return
        rows = [self.model.row_of(i) for i in ids]
        target = min(rows) + offset if offset < 0 else max(rows) + offset + 1
        if 0 <= target <= self.model.rowCount():
            self._move(ids, target)

    def _move(self, ids: list[int], row: int) -> None:
        from workshop_studio.ui.undo import workshops as commands  # SQLAlchemy: not before the first paint

        if self.workspace is None:  # no workspace yet: no rows to move
            return
        workshop_id = self.workspace.workshop_id
        if workshop_id is not None and self._push(commands.move_participants(self.workspace, workshop_id, ids, row)):
            self.list.select_ids(ids)

    # -- lists from elsewhere --------------------------------------------------------------------
    def choose_and_import(self) -> int:
        path = prompts.ask_open_path(
            self, self.tr("Import a list of participants"), self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)")
        )
        return self.import_file(path) if path else 0

    def import_file(self, path: str | Path) -> int:
        """Add everyone in the file, or no one (the message says the row and column at fault)."""
        from workshop_studio.interchange.errors import ImportRefused
        from workshop_studio.interchange.participant_table import read_participant_file

        try:
            parsed = read_participant_file(Path(path))
        except ImportRefused as error:
            prompts.warn(self, self.tr("Nothing was imported"), str(error))
            return 0
        new, present = self._split_known(list(parsed.participants))
        added = self.add_people(new)
        said = self.tr("Added %n participant(s) from %1.", "", len(added)).replace("%1", Path(path).name)
        prompts.show_status(self, said + self._left_out(present))
        return len(added)

    def _split_known(self, people: list[ParticipantData]) -> tuple[list[ParticipantData], list[ParticipantData]]:
        """Who is new to the workshop, and who is in it already (left out, and said)."""
        from workshop_studio.services.participants import split_known

        workspace = self.workspace
        workshop_id = workspace.workshop_id if workspace is not None else None
        if workspace is None or workshop_id is None:  # no workshop yet: add_people adds no one
            return people, []
        return workspace.query(lambda s: split_known(s, workshop_id, people))

    def _left_out(self, present: list[ParticipantData]) -> str:
        if not present:
            return ""
        names = ", ".join(person.display_name for person in present[:3]) + (", …" if len(present) > 3 else "")
        return " " + self.tr("%n already in the workshop left out (%1).", "", len(present)).replace("%1", names)

    def paste(self, text: str | None = None) -> int:
        from workshop_studio.interchange.errors import ImportRefused
        from workshop_studio.interchange.participant_table import parse_participant_text

        text = QGuiApplication.clipboard().text() if text is None else text
        if not text.strip():
            prompts.show_status(self, self.tr("Nothing to paste: copy rows of a spreadsheet first."))
            return 0
        try:
            parsed = parse_participant_text(text)
        except ImportRefused as error:
            prompts.warn(self, self.tr("Nothing was pasted"), str(error))
            return 0
        new, present = self._split_known(list(parsed.participants))
        added = self.add_people(new)
        if present:
            said = self.tr("Pasted %n participant(s).", "", len(added))
            prompts.show_status(self, said + self._left_out(present))
        return len(added)
