"""A deck's own card kinds (free categories): listed, relabelled, recoloured.

They are made on import (``domain.free_kinds``); here they are edited. A card names its
kind by key, so relabelling or recolouring a kind changes every card of it at once, and the
key never changes. Undo of an edit: ``edit_deck_kind(session, kind_id, **edit.before)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.domain.colours import is_card_colour
from workshop_studio.i18n import translate
from workshop_studio.services.edits import UNSET, FieldEdit, Unset, apply_changes, given, required_text
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.storage.models import DeckKind


@dataclass(frozen=True)
class DeckKindRow:
    id: int
    key: str
    label: str
    colour: str


def deck_kinds(session: Session, deck_id: int) -> list[DeckKindRow]:
    rows = session.scalars(select(DeckKind).where(DeckKind.deck_id == deck_id).order_by(DeckKind.position))
    return [DeckKindRow(row.id, row.key, row.label, row.colour) for row in rows]


def edit_deck_kind(
    session: Session, kind_id: int, *, label: str | Unset = UNSET, colour: str | Unset = UNSET
) -> FieldEdit:
    """Relabel or recolour one of a deck's kinds (``kind_id``: a :class:`DeckKindRow`'s id)."""
    kind = session.get(DeckKind, kind_id)
    if kind is None:
        raise NotFound(translate("DeckKinds", "This card kind no longer exists."))
    changes = given(label=label, colour=colour)
    if "label" in changes:
        changes["label"] = required_text(changes["label"], translate("DeckKinds", "kind label")).strip()
    if "colour" in changes and not is_card_colour(str(changes["colour"])):
        raise Refused(
            translate("DeckKinds", "“{value}” is not a colour (a palette name or #RRGGBB).").format(
                value=changes["colour"]
            )
        )
    edit = apply_changes(kind, changes)
    session.flush()
    return edit
