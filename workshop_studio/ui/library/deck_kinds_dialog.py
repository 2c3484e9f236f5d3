"""The deck's own card kinds (free categories), each with its label and colour, edited in a
small dialog; each change is one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from workshop_studio.domain.colours import PALETTE
from workshop_studio.ui.undo import library as commands
from workshop_studio.ui.undo.authoring import push_or_warn

if TYPE_CHECKING:
    from workshop_studio.services.deck_kinds import DeckKindRow
    from workshop_studio.ui.workspace import Workspace


class DeckKindsDialog(QDialog):
    def __init__(self, workspace: Workspace, deck_id: int, parent: QWidget | None = None) -> None:
        from workshop_studio.services.deck_kinds import deck_kinds

        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("The deck's card kinds"))
        self.kinds: list[DeckKindRow] = workspace.query(lambda s: deck_kinds(s, deck_id))
        self.labels: list[QLineEdit] = []
        self.colours: list[QComboBox] = []
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Kinds this deck brought with it. Their label and colour are printed on its cards."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        for kind in self.kinds:
            label = QLineEdit(kind.label)
            label.setAccessibleName(self.tr("Kind label"))
            colour = QComboBox()
            colour.setAccessibleName(self.tr("Kind colour"))
            for key in PALETTE:
                colour.addItem(key, key)
            if colour.findData(kind.colour) < 0:
                colour.addItem(kind.colour, kind.colour)
            colour.setCurrentIndex(colour.findData(kind.colour))
            row = QWidget()
            line = QVBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label)
            line.addWidget(colour)
            form.addRow(kind.label, row)
            self.labels.append(label)
            self.colours.append(colour)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.commit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def commit(self) -> None:
        """Store what changed (one undo step per kind), then close."""
        for kind, label, colour in zip(self.kinds, self.labels, self.colours, strict=True):
            changes = {}
            if label.text().strip() != kind.label:
                changes["label"] = label.text()
            if colour.currentData() != kind.colour:
                changes["colour"] = colour.currentData()
            if not changes:
                continue
            if not push_or_warn(
                self, self.windowTitle(), self.workspace, commands.edit_deck_kind(self.workspace, kind.id, changes)
            ):
                return
        self.accept()
