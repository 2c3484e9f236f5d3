"""The card editor: one card's fields, its front and back drawn live by the shared painter.

Every field commits itself (text after a pause or when it loses focus; kind, colour and
pictogram at once) as one undo command per field edit; a stretch of typing in one field is
one undo step. The preview and the "will not fit" warnings follow every keystroke, from the
same layout the PDF uses (``export/card_layout.py``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.card_sizes import CARD_SIZES, DEFAULT_CARD_SIZE, CardSize
from workshop_studio.domain.materials import CardView
from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.export.card_layout import CardFace
from workshop_studio.services.cards import MAX_COPIES
from workshop_studio.services.errors import ServiceError
from workshop_studio.ui.card_widget import CardFaceWidget
from workshop_studio.ui.library.colour_swatches import ColourSwatches
from workshop_studio.ui.library.commit_fields import CommitLineEdit, CommitSpinBox, CommitTextEdit, FieldHint
from workshop_studio.ui.library.pictogram_picker import PictogramField, entry_by_id
from workshop_studio.ui.text import plain_label
from workshop_studio.ui.undo import library as commands
from workshop_studio.ui.undo.authoring import push

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


def read_card(session, card_id: int) -> tuple[CardView, int | None]:
    """The card as the painter needs it, and its pictogram id."""
    from workshop_studio.services.cards import get_card
    from workshop_studio.services.library import card_view

    card = get_card(session, card_id)
    return card_view(card), card.pictogram_id


def read_own_kinds(session, card_id: int) -> dict[str, tuple[str, str]]:
    """The card's deck's own kinds: key -> (label, colour)."""
    from workshop_studio.services.cards import get_card

    return {kind.key: (kind.label, kind.colour) for kind in get_card(session, card_id).deck.kinds}


class CardEditor(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.card_id: int | None = None
        self._card: CardView | None = None
        self._pictogram_id: int | None = None
        self._size: CardSize = CARD_SIZES[DEFAULT_CARD_SIZE]

        self.front = CardFaceWidget()
        self.back = CardFaceWidget(back=True)
        self.front.setMinimumSize(130, 182)
        self.back.setMinimumSize(130, 182)

        self.kind = QComboBox()
        self._own_kinds: dict[str, tuple[str, str]] = {}  # the deck's own kinds, after the workshop's
        for kind in CardKind:
            self.kind.addItem(kind.display(), kind.value)
        self.kind.activated.connect(lambda _row: self._commit("kind", self.kind.currentData(), None))
        self.title = CommitLineEdit()
        self.title_hint = FieldHint()
        self.body = CommitTextEdit()
        self.body.setMinimumHeight(90)
        self.body_hint = FieldHint()
        self.pictogram = PictogramField(workspace)
        self.pictogram.chosen.connect(lambda pid: self._commit("pictogram_id", pid, None))
        self.colour = ColourSwatches()
        self.colour.chosen.connect(lambda key: self._commit("colour", key, None))
        self.back_text = CommitTextEdit()
        self.back_text.setFixedHeight(64)
        self.back_hint = FieldHint()
        self.copies = CommitSpinBox()
        self.copies.setRange(0, MAX_COPIES)
        self.copies_hint = FieldHint()
        self._hints = {
            "title": self.title_hint,
            "body": self.body_hint,
            "back": self.back_hint,
            "copies": self.copies_hint,
        }
        for field, widget in (
            ("title", self.title),
            ("body", self.body),
            ("back", self.back_text),
            ("copies", self.copies),
        ):
            widget.committed.connect(lambda value, stretch, f=field: self._commit(f, value, stretch))
            widget.edited.connect(self._preview)

        self.kind.setAccessibleName(self.tr("Kind"))
        self.title.setAccessibleName(self.tr("Title"))
        self.body.setAccessibleName(self.tr("Text"))
        self.back_text.setAccessibleName(self.tr("Back"))
        self.copies.setAccessibleName(self.tr("Copies"))
        self.copies.setToolTip(self.tr("How many copies of this card to print"))
        self.back_text.setToolTip(self.tr("Printed on the back of the card, under its kind"))

        self.empty = plain_label(self.tr("Choose a card in the grid, or add one."))
        faces = QHBoxLayout()
        faces.addWidget(self.front)
        faces.addWidget(self.back)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), _stack(self.title, self.title_hint))
        form.addRow(self.tr("Text"), _stack(self.body, self.body_hint))
        form.addRow(self.tr("Pictogram"), self.pictogram)
        form.addRow(self.tr("Colour"), self.colour)
        form.addRow(self.tr("Back"), _stack(self.back_text, self.back_hint))
        form.addRow(self.tr("Copies"), _stack(self.copies, self.copies_hint))
        self.form = QWidget()
        self.form.setLayout(form)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(faces, 3)
        inner_layout.addWidget(self.form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # In a narrow window the pane scrolls sideways rather than cut its fields on the right.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.show_card(None)

    # -- which card ------------------------------------------------------------------------
    def _text_fields(self) -> tuple[Any, ...]:
        return (self.title, self.body, self.back_text, self.copies)

    def show_card(self, card_id: int | None, size: CardSize | None = None) -> None:
        """Edit ``card_id`` (commit what was typed for the previous card first)."""
        if card_id != self.card_id:
            for field in self._text_fields():
                field.end_stretch()
                field.discard()
            for hint in self._hints.values():
                hint.say("")
        if size is not None:
            self._size = size
        self.card_id = card_id
        self.refresh()

    def refresh(self) -> None:
        """Redraw from data: the card may have changed (an edit, an undo) or gone."""
        from workshop_studio.services.errors import NotFound

        card = None
        card_id = self.card_id
        if card_id is not None:
            try:
                card, self._pictogram_id = self.workspace.query(lambda s: read_card(s, card_id))
            except NotFound:
                self.card_id = None
        self._card = card
        self.empty.setVisible(card is None)
        self.form.setEnabled(card is not None)
        if card is None or card_id is None:  # a card was read only for a card_id
            self.front.set_card(None)
            self.back.set_card(None)
            return
        self._show_own_kinds(self.workspace.query(lambda s: read_own_kinds(s, card_id)))
        index = self.kind.findData(card.kind)
        self.kind.setCurrentIndex(index)
        self.title.show_value(card.title)
        self.body.show_value(card.body)
        self.back_text.show_value(card.back)
        self.copies.show_value(card.copies)
        self.colour.show_colour(card.kind, card.colour)
        self.pictogram.show_pictogram(self.workspace.query(lambda s: entry_by_id(s, self._pictogram_id)))
        self._preview()

    # -- live preview and warnings ---------------------------------------------------------
    def editing_view(self) -> CardView | None:
        """The card as it looks with what is typed now, committed or not."""
        if self._card is None:
            return None
        kind = self.kind.currentData() or self._card.kind
        label, colour = self._own_kinds.get(kind, (None, None))
        return replace(
            self._card,
            kind=kind,
            kind_label=label,
            kind_colour=colour,
            title=self.title.text(),
            body=self.body.text(),
            back=self.back_text.text(),
            copies=self.copies.value(),
        )

    def _show_own_kinds(self, kinds: dict[str, tuple[str, str]]) -> None:
        """The kind list: the workshop's kinds, then this deck's own."""
        if kinds == self._own_kinds:
            return
        self._own_kinds = kinds
        while self.kind.count() > len(CardKind):
            self.kind.removeItem(self.kind.count() - 1)
        for key, (label, _colour) in kinds.items():
            self.kind.addItem(label, key)

    def _preview(self) -> None:
        card = self.editing_view()
        self.front.set_card(card, self._size)
        self.back.set_card(card, self._size)
        if card is None:
            return
        self.title_hint.say(self._fit_warning(self.front.face, "title"))
        self.body_hint.say(self._fit_warning(self.front.face, "body"))
        self.back_hint.say(self._fit_warning(self.back.face, "back"))

    def _fit_warning(self, face: CardFace | None, role: str) -> str:
        """In words, what ``CardFace.problems`` reports for this part of the card."""
        block = face.text(role) if face is not None else None
        if block is None:
            return ""
        if block.fitted.truncated:
            return self.tr("Too long for the card: the end will be cut off. Shorten it.")
        if block.fitted.below_minimum:
            return self.tr("Too long to print at a readable size. Shorten it if you can.")
        return ""

    # -- commits ---------------------------------------------------------------------------
    def _commit(self, field: str, value: Any, stretch: int | None) -> None:
        card_id = self.card_id
        if card_id is None:
            return
        key = (card_id, field, stretch) if stretch is not None else None
        try:
            push(self.workspace, commands.update_card(self.workspace, card_id, field, value, merge_key=key))
        except ServiceError as error:  # e.g. an empty title: nothing was written
            fields: dict[str, CommitLineEdit | CommitTextEdit | CommitSpinBox] = {
                "title": self.title,
                "body": self.body,
                "back": self.back_text,
                "copies": self.copies,
            }
            widget = fields.get(field)
            if widget is not None and widget.hasFocus():
                widget.keep_dirty()  # still typing: keep the text, try again on leaving
            else:
                self.refresh()  # show what is stored
            hint = self._hints.get(field)
            if hint is not None:
                hint.say(str(error))


def _stack(field: QWidget, hint: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(hint)
    return box
