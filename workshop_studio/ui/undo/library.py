"""Undoable edits of the library: decks, their cards, deck files and the pictograms.

Each function builds a command (see :mod:`authoring` for the shapes) that an editor hands
to :func:`workshop_studio.ui.undo.authoring.push`. Texts name the action for the Edit menu.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workshop_studio.i18n import QT_TRANSLATE_NOOP
from workshop_studio.services import cards as card_service
from workshop_studio.services import library as deck_service
from workshop_studio.services import pictograms as pictogram_service
from workshop_studio.ui.undo.authoring import (
    AuthoringCommand,
    CreateCommand,
    DeleteCommand,
    OrderCommand,
    UpdateCommand,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from workshop_studio.interchange.deck_table import ParsedDeck
    from workshop_studio.ui.workspace import Workspace

# Deleting cards or decks also takes them off scenarios, matrices and agendas.


translate = QCoreApplication.translate  # the name lupdate extracts


def _tr(text: str) -> str:
    """Translate a text marked with ``QT_TRANSLATE_NOOP("UndoLibrary", …)``."""
    return translate("UndoLibrary", text)


# --- Decks ---------------------------------------------------------------------------------
def new_deck(workspace: Workspace, name: str, card_size: str = "poker") -> CreateCommand:
    return CreateCommand(
        workspace,
        translate("UndoLibrary", "New deck"),
        lambda s: deck_service.new_deck(s, name=deck_service.unique_deck_name(s, name), card_size=card_size),
        lambda s, ids: deck_service.delete_deck(s, ids[0]),
        deck_service.restore_deck,
    )


_DECK_TEXTS = {
    "name": QT_TRANSLATE_NOOP("UndoLibrary", "Rename deck"),
    "description": QT_TRANSLATE_NOOP("UndoLibrary", "Edit deck description"),
    "card_size": QT_TRANSLATE_NOOP("UndoLibrary", "Change card size"),
    "show_kind_label": QT_TRANSLATE_NOOP("UndoLibrary", "Show or hide the kind on cards"),
}


def update_deck(
    workspace: Workspace, deck_id: int, field: str, value: Any, *, merge_key: Hashable | None = None
) -> UpdateCommand:
    return UpdateCommand(
        workspace, _tr(_DECK_TEXTS[field]), deck_service.update_deck, deck_id, {field: value}, merge_key=merge_key
    )


def edit_deck_kind(workspace: Workspace, kind_id: int, changes: dict[str, Any]) -> UpdateCommand:
    from workshop_studio.services.deck_kinds import edit_deck_kind as edit

    return UpdateCommand(workspace, translate("UndoLibrary", "Edit a card kind"), edit, kind_id, changes)


def duplicate_deck(workspace: Workspace, deck_id: int) -> CreateCommand:
    return CreateCommand(
        workspace,
        translate("UndoLibrary", "Duplicate deck"),
        lambda s: deck_service.duplicate_deck(s, deck_id),
        lambda s, ids: deck_service.delete_deck(s, ids[0]),
        deck_service.restore_deck,
    )


def delete_deck(workspace: Workspace, deck_id: int) -> DeleteCommand:
    return DeleteCommand(
        workspace,
        translate("UndoLibrary", "Delete deck"),
        (deck_id,),
        lambda s, ids: deck_service.delete_deck(s, ids[0]),
        deck_service.restore_deck,
    )


class ImportDeckCommand(AuthoringCommand):
    """A deck file, parsed beforehand, stored in one transaction with the pictograms it brought.

    Undo deletes the deck, then the pictograms it added; redo restores the pictograms first
    (the cards point at them), then the deck.
    """

    def __init__(self, workspace: Workspace, parsed: ParsedDeck, name: str | None = None) -> None:
        super().__init__(workspace, translate("UndoLibrary", "Import a deck"))
        self.parsed = parsed
        self.name = name
        self.deck_id = 0
        self.deck_name = ""
        self.card_count = 0
        self.pictogram_ids: tuple[int, ...] = ()
        self._snapshots: tuple[Any, list[Any]] | None = None

    def apply(self, session: Session) -> None:
        from workshop_studio.interchange.deck_files import import_parsed_deck

        result = import_parsed_deck(session, self.parsed, name=self.name)
        self.deck_id, self.deck_name, self.card_count = result.deck_id, result.name, result.card_count
        self.pictogram_ids = result.added_pictogram_ids

    def revert(self, session: Session) -> None:
        deck = deck_service.delete_deck(session, self.deck_id)
        pictograms = [pictogram_service.delete_pictogram(session, pid) for pid in self.pictogram_ids]
        self._snapshots = (deck, pictograms)

    def reapply(self, session: Session) -> None:
        assert self._snapshots is not None
        deck, pictograms = self._snapshots
        self.pictogram_ids = tuple(pictogram_service.restore_pictogram(session, snap).id for snap in pictograms)
        self.deck_id = deck_service.restore_deck(session, deck).id


# --- Cards ---------------------------------------------------------------------------------
def add_card(workspace: Workspace, deck_id: int, *, index: int | None = None, **fields: Any) -> CreateCommand:
    return CreateCommand(
        workspace,
        translate("UndoLibrary", "New card"),
        lambda s: card_service.add_card(s, deck_id, index=index, **fields),
        card_service.delete_cards,
        card_service.restore_cards,
    )


_CARD_TEXTS = {
    "kind": QT_TRANSLATE_NOOP("UndoLibrary", "Change card kind"),
    "title": QT_TRANSLATE_NOOP("UndoLibrary", "Edit card title"),
    "body": QT_TRANSLATE_NOOP("UndoLibrary", "Edit card text"),
    "pictogram_id": QT_TRANSLATE_NOOP("UndoLibrary", "Change card pictogram"),
    "colour": QT_TRANSLATE_NOOP("UndoLibrary", "Change card colour"),
    "back": QT_TRANSLATE_NOOP("UndoLibrary", "Edit card back"),
    "copies": QT_TRANSLATE_NOOP("UndoLibrary", "Change number of copies"),
}


def update_card(
    workspace: Workspace, card_id: int, field: str, value: Any, *, merge_key: Hashable | None = None
) -> UpdateCommand:
    """One field of one card; the kind also moves the card on or off matrix axes' choices."""
    return UpdateCommand(
        workspace, _tr(_CARD_TEXTS[field]), card_service.update_card, card_id, {field: value}, merge_key=merge_key
    )


def duplicate_cards(workspace: Workspace, card_ids: Sequence[int]) -> CreateCommand:
    ids = tuple(card_ids)
    return CreateCommand(
        workspace,
        translate("UndoLibrary", "Duplicate cards"),
        lambda s: card_service.duplicate_cards(s, ids),
        card_service.delete_cards,
        card_service.restore_cards,
    )


def delete_cards(workspace: Workspace, card_ids: Sequence[int]) -> DeleteCommand:
    return DeleteCommand(
        workspace,
        translate("UndoLibrary", "Delete cards"),
        card_ids,
        card_service.delete_cards,
        card_service.restore_cards,
    )


def move_cards(workspace: Workspace, deck_id: int, card_ids: Sequence[int], to_index: int) -> OrderCommand:
    """Move cards together before the card now at ``to_index`` of the whole deck (a drop row)."""
    ids = tuple(card_ids)
    return OrderCommand(
        workspace,
        translate("UndoLibrary", "Move cards"),
        lambda s: card_service.move_cards(s, deck_id, ids, to_index=to_index),
        card_service.set_card_order,
    )


# --- Pictograms ----------------------------------------------------------------------------
def import_pictograms(workspace: Workspace, pictures: Sequence[dict[str, Any]]) -> CreateCommand:
    """Checked pictures (``new_pictogram`` keyword arguments each), stored together."""
    items = [dict(p) for p in pictures]
    return CreateCommand(
        workspace,
        translate("UndoLibrary", "Import pictograms"),
        lambda s: [pictogram_service.new_pictogram(s, **item) for item in items],
        lambda s, ids: [pictogram_service.delete_pictogram(s, pid) for pid in ids],
        lambda s, snaps: [pictogram_service.restore_pictogram(s, snap) for snap in snaps],
    )


def relabel_pictogram(
    workspace: Workspace, pictogram_id: int, field: str, label: str, *, merge_key: Hashable | None = None
) -> UpdateCommand:
    """``field`` is ``label_fr`` or ``label_en``."""
    return UpdateCommand(
        workspace,
        translate("UndoLibrary", "Rename pictogram"),
        pictogram_service.relabel_pictogram,
        pictogram_id,
        {field: label},
        merge_key=merge_key,
    )


def delete_pictogram(workspace: Workspace, pictogram_id: int) -> DeleteCommand:
    """Refused by the service, saying where, while the pictogram is used."""
    return DeleteCommand(
        workspace,
        translate("UndoLibrary", "Delete pictogram"),
        (pictogram_id,),
        lambda s, ids: pictogram_service.delete_pictogram(s, ids[0]),
        pictogram_service.restore_pictogram,
    )
