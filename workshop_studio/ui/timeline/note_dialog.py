"""A large dialog to write or edit a note, usable with a finger on an interactive whiteboard.

Every control is at least 48 logical pixels tall and spaced 8 px apart (PRINT.md); the kind
is chosen with big buttons that say their kind in words, not by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.colours import ANNOTATION_SWATCH, PALETTE
from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.overview import ParticipantLine
from workshop_studio.domain.vocabulary import AnnotationKind, Role

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

TOUCH_PX = 48
SPACING_PX = 8


class NoteDialog(QDialog):
    def __init__(
        self,
        participants: Iterable[ParticipantLine],
        *,
        title: str,
        text: str = "",
        kind: str = "idea",
        who: tuple[str, object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        font = QFont(self.font())
        font.setPixelSize(22)
        self.setFont(font)

        self.heading = QLabel(title)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit()
        self.text.setPlainText(text)
        self.text.setMinimumHeight(3 * TOUCH_PX)
        self.text.setAccessibleName(self.tr("Note"))

        self.kinds = QButtonGroup(self)
        grid = QGridLayout()
        grid.setSpacing(SPACING_PX)
        for index, value in enumerate(AnnotationKind):
            button = QPushButton(value.display())
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_PX)
            swatch = PALETTE[ANNOTATION_SWATCH[str(value)]]
            palette = button.palette()
            palette.setColor(QPalette.ColorRole.Button, QColor(swatch.fill))
            button.setPalette(palette)
            button.setAutoFillBackground(True)
            self.kinds.addButton(button, index)
            button.setProperty("kind", str(value))
            grid.addWidget(button, index // 4, index % 4)
            if str(value) == kind:
                button.setChecked(True)
        self.kinds.setExclusive(True)

        self.who = QComboBox()
        self.who.setMinimumHeight(TOUCH_PX)
        self.who.setAccessibleName(self.tr("Who said it"))
        for participant in participants:
            self.who.addItem(
                f"{participant.display_name} ({Role(participant.role).display()})", ("participant", participant.id)
            )
        for role in Role:
            self.who.addItem(self.tr("%1 (role only)").replace("%1", role.display()), ("role", str(role)))
        if who is not None:
            self.who.setCurrentIndex(max(0, self.who.findData(who)))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for dialog_button in buttons.buttons():
            dialog_button.setMinimumHeight(TOUCH_PX)
            dialog_button.setMinimumWidth(3 * TOUCH_PX)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING_PX * 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(grid)
        layout.addWidget(self.who)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def note_text(self) -> str:
        return self.text.toPlainText().strip()

    def note_kind(self) -> str:
        checked = self.kinds.checkedButton()
        return str(checked.property("kind")) if checked is not None else "idea"

    def note_author(self) -> tuple[str, object]:
        return self.who.currentData() or ("role", None)


def add_from_dialog(
    workspace: Workspace, target: Target, *, title: str, parent: QWidget | None, ask: Callable[[QDialog], bool]
) -> NoteRecord | None:
    """Ask for a note in the large dialog and add it to ``target`` (undoable); the note, or
    ``None`` when nothing was written. Used by the console's timeline and the shared screen."""
    import uuid

    from workshop_studio.ui.undo.notes import capture

    if workspace.workshop_id is None:
        return None
    dialog = NoteDialog(workspace.timeline.participants.values(), title=title, parent=parent)
    if not ask(dialog) or not dialog.note_text():
        return None
    who_kind, who = dialog.note_author()
    fields = {
        "workshop_id": workspace.workshop_id,
        "target": target,
        "kind": AnnotationKind(dialog.note_kind()),
        "text": dialog.note_text(),
        "uid": uuid.uuid4().hex,
        "participant_id": who if who_kind == "participant" else None,
        "role": Role(str(who)) if who_kind == "role" and who else None,  # who: str(role), see __init__
    }
    return capture(workspace, **fields)
