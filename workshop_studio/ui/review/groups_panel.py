"""Groups of notes that say the same thing: make one from the selected notes, add to it,
rename it, take notes out, ungroup. Every action is undoable (``ui/undo/review.py``); a
refusal is one message and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.services.review import NoteRow
from workshop_studio.services.review_groups import GroupLine
from workshop_studio.ui import prompts
from workshop_studio.ui.text import plain_label, plain_tooltip
from workshop_studio.ui.tree_items import children, top_level_items
from workshop_studio.ui.undo.authoring import push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.undo.authoring import AuthoringCommand
    from workshop_studio.ui.workspace import Workspace

GROUP_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


def _one_line(text: str, limit: int = 140) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class GroupsPanel(QWidget):
    notesChosen = Signal(list)  # note ids: show them on the timeline and in the table

    def __init__(
        self, workspace: Workspace, selected_notes: Callable[[], list[int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.selected_notes = selected_notes
        self.workshop_id: int | None = None
        self._titles: dict[int, str] = {}
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Groups of notes"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self._on_activated)
        self.empty = plain_label(
            self.tr(
                "No group yet. Select notes that say the same thing (on the timeline or in the table), then “Group…”."
            )
        )

        self.group_button = QPushButton(self.tr("&Group…"))
        self.group_button.setToolTip(self.tr("Make a group of the selected notes"))
        self.add_button = QPushButton(self.tr("&Add to group"))
        self.add_button.setToolTip(self.tr("Put the selected notes into the chosen group"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.ungroup_button = QPushButton(self.tr("&Ungroup"))
        self.ungroup_button.setToolTip(self.tr("Delete the group; its notes stay"))
        self.take_out_button = QPushButton(self.tr("&Take out"))
        self.take_out_button.setToolTip(self.tr("Take the chosen notes out of their group"))
        self.group_button.clicked.connect(self.group_selected)
        self.add_button.clicked.connect(self.add_selected)
        self.rename_button.clicked.connect(self.rename_current)
        self.ungroup_button.clicked.connect(self.ungroup_current)
        self.take_out_button.clicked.connect(self.take_out_chosen)

        buttons = QHBoxLayout()
        for button in (
            self.group_button,
            self.add_button,
            self.rename_button,
            self.ungroup_button,
            self.take_out_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------------
    def set_groups(self, workshop_id: int | None, groups: Sequence[GroupLine], notes: Mapping[int, NoteRow]) -> None:
        chosen = self.current_group_id()
        expanded = {item.data(0, GROUP_ROLE) for item in top_level_items(self.tree) if item.isExpanded()}
        self.workshop_id = workshop_id
        self._titles = {group.id: group.title for group in groups}
        self.tree.clear()
        for group in groups:
            title = group.title or self.tr("(untitled)")
            top = QTreeWidgetItem(
                [
                    self.tr("%1 — %n note(s)", "", len(group.note_ids)).replace("%1", title)
                    + " · "
                    + self.tr("%n vote(s)", "", group.votes)
                ]
            )
            top.setData(0, GROUP_ROLE, group.id)
            top.setToolTip(0, plain_tooltip(title))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for note_id in group.note_ids:
                note = notes.get(note_id)
                if note is None:
                    continue
                child = QTreeWidgetItem([_one_line(note.text)])
                child.setData(0, GROUP_ROLE, group.id)
                child.setData(0, NOTE_ROLE, note_id)
                child.setToolTip(0, plain_tooltip(note.text))
                top.addChild(child)
            top.setExpanded(group.id in expanded)
            if group.id == chosen:
                self.tree.setCurrentItem(top)
        self.empty.setVisible(not groups)
        self._update_buttons()

    def current_group_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, GROUP_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def chosen_note_ids(self) -> list[int]:
        """Notes picked in the tree (children), for "Take out"."""
        return [
            int(item.data(0, NOTE_ROLE)) for item in self.tree.selectedItems() if item.data(0, NOTE_ROLE) is not None
        ]

    def group_item(self, group_id: int) -> QTreeWidgetItem | None:
        for item in top_level_items(self.tree):
            if item.data(0, GROUP_ROLE) == group_id:
                return item
        return None

    def _update_buttons(self) -> None:
        has_group = self.current_group_id() is not None
        self.rename_button.setEnabled(has_group)
        self.ungroup_button.setEnabled(has_group)
        self.add_button.setEnabled(has_group)
        self.take_out_button.setEnabled(bool(self.chosen_note_ids()))

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        note_id = item.data(0, NOTE_ROLE)
        if note_id is not None:
            self.notesChosen.emit([int(note_id)])
        else:
            self.notesChosen.emit([int(child.data(0, NOTE_ROLE)) for child in children(item)])

    # -- actions -------------------------------------------------------------------------------
    def _push(self, command: AuthoringCommand) -> bool:

        return push_or_warn(self, self.tr("Groups"), self.workspace, command)

    def group_selected(self) -> None:
        from workshop_studio.ui.undo.review import CreateGroupCommand

        notes = self.selected_notes()
        if self.workshop_id is None:
            return
        if not notes:
            prompts.warn(
                self,
                self.tr("Group notes"),
                self.tr("Select the notes that say the same thing first, on the timeline or in the table."),
            )
            return
        title = prompts.ask_text(self, self.tr("Group notes"), self.tr("What do these %n note(s) say?", "", len(notes)))
        if title is None:
            return
        self._push(CreateGroupCommand(self.workspace, workshop_id=self.workshop_id, title=title, note_ids=notes))

    def add_selected(self) -> None:
        from workshop_studio.ui.undo.review import MoveNotesToGroupCommand

        group_id, notes = self.current_group_id(), self.selected_notes()
        if group_id is not None and notes:
            self._push(MoveNotesToGroupCommand(self.workspace, notes, group_id))

    def rename_current(self) -> None:
        from workshop_studio.ui.undo.review import RenameGroupCommand

        group_id = self.current_group_id()
        item = self.group_item(group_id) if group_id is not None else None
        if group_id is None or item is None:
            return
        title = prompts.ask_text(self, self.tr("Rename the group"), self.tr("Title:"), self._titles.get(group_id, ""))
        if title is not None:
            self._push(RenameGroupCommand(self.workspace, group_id, title))

    def ungroup_current(self) -> None:
        from workshop_studio.ui.undo.review import UngroupCommand

        group_id = self.current_group_id()
        if group_id is not None:
            self._push(UngroupCommand(self.workspace, group_id))

    def take_out_chosen(self) -> None:
        from workshop_studio.ui.undo.review import MoveNotesToGroupCommand

        notes = self.chosen_note_ids()
        if notes:
            self._push(MoveNotesToGroupCommand(self.workspace, notes, None))
