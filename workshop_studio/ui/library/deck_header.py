"""The chosen deck's own fields, edited in place: its name (shown as the heading), its
description, its card size, whether its cards show their kind, and its own kinds (a dialog).
Each commits itself as one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workshop_studio.domain.card_sizes import CARD_SIZES
from workshop_studio.services.errors import ServiceError
from workshop_studio.ui.library.commit_fields import CommitLineEdit, FieldHint
from workshop_studio.ui.undo import library as commands
from workshop_studio.ui.undo.authoring import push

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class DeckHeader(QWidget):
    """Holds :attr:`name` (placed by the page, next to its buttons) and :attr:`details`."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.deck_id: int | None = None
        self._stored: dict[str, str] = {}

        self.name = CommitLineEdit()
        self.name.setAccessibleName(self.tr("Deck name"))
        self.name.setToolTip(self.tr("The deck's name (click to rename)"))
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name.setFont(font)
        self.name.committed.connect(lambda value, stretch: self._commit("name", value, stretch))

        self.description = CommitLineEdit()
        self.description.setPlaceholderText(self.tr("What this deck is for"))
        self.description.setAccessibleName(self.tr("Deck description"))
        self.description.committed.connect(lambda value, stretch: self._commit("description", value, stretch))
        self.card_size = QComboBox()
        self.card_size.setAccessibleName(self.tr("Card size"))
        for size in CARD_SIZES.values():
            self.card_size.addItem(f"{size.key} — {size.width_mm:g} × {size.height_mm:g} mm", size.key)
        self.card_size.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "… × 88 mm" whole
        self.card_size.activated.connect(lambda _row: self._commit("card_size", self.card_size.currentData(), None))
        self.show_kind = QCheckBox(self.tr("Kind on cards"))
        self.show_kind.setToolTip(self.tr("Print each card's kind above its title (a general deck may do without)"))
        self.show_kind.clicked.connect(lambda checked: self._commit("show_kind_label", bool(checked), None))
        self.kinds_button = QPushButton(self.tr("Kinds…"))
        self.kinds_button.setToolTip(self.tr("The deck's own card kinds: their labels and colours"))
        self.kinds_button.clicked.connect(self.edit_kinds)
        self.hint = FieldHint()

        # The description on a line of its own: beside the size and the kinds, a narrow window
        # squeezed it to a few pixels.
        self.details = QWidget()
        column = QVBoxLayout(self.details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.description)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Card size")))
        row.addWidget(self.card_size)
        row.addWidget(self.show_kind)
        row.addWidget(self.kinds_button)
        row.addWidget(self.hint, 1)
        column.addLayout(row)

    def show_deck(
        self,
        deck_id: int | None,
        name: str = "",
        description: str = "",
        card_size: str = "poker",
        show_kind: bool = True,
        own_kinds: int = 0,
    ) -> None:
        if deck_id != self.deck_id:
            self.name.end_stretch()
            self.description.end_stretch()
            self.name.discard()
            self.description.discard()
            self.hint.say("")
        self.deck_id = deck_id
        self._stored = {"name": name, "description": description}
        self.name.show_value(name)
        self.description.show_value(description)
        self.card_size.setCurrentIndex(max(0, self.card_size.findData(card_size)))
        self.show_kind.setChecked(show_kind)
        for widget in (self.name, self.description, self.card_size, self.show_kind):
            widget.setEnabled(deck_id is not None)
        self.kinds_button.setEnabled(deck_id is not None and own_kinds > 0)

    def edit_kinds(self) -> None:
        from workshop_studio.ui.library.deck_kinds_dialog import DeckKindsDialog

        if self.deck_id is not None:
            DeckKindsDialog(self.workspace, self.deck_id, self).exec()

    def _commit(self, field: str, value: Any, stretch: int | None) -> None:
        deck_id = self.deck_id
        if deck_id is None:
            return
        key = (deck_id, field, stretch) if stretch is not None else None
        try:
            push(self.workspace, commands.update_deck(self.workspace, deck_id, field, value, merge_key=key))
            self.hint.say("")
        except ServiceError as error:  # an empty name: nothing written
            field_widget = self.name if field == "name" else self.description
            if field_widget.hasFocus():
                field_widget.keep_dirty()
            else:
                field_widget.show_value(self._stored.get(field, ""))
            self.hint.say(str(error))
