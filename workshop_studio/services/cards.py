"""Cards in a deck: add, edit, duplicate, delete and restore, reorder, filter.

Undo, for the card editor's commands:

* ``add_card`` / ``duplicate_cards``: undo with ``delete_cards`` (keep its snapshot); redo
  with ``restore_cards(snapshot)``, which gives the cards their ids back;
* ``update_card``: undo with ``update_card(session, edit.id, **edit.before)``;
* ``delete_cards``: undo with ``restore_cards(snapshot)``; the cards come back at their old
  places, with their scenario links, matrix places, agenda places and pinned notes;
* ``move_cards`` / ``set_card_order``: undo with ``set_card_order(session, deck_id, edit.before)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.domain.colours import PALETTE, is_card_colour
from workshop_studio.domain.free_kinds import KEY_PREFIX
from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.i18n import translate
from workshop_studio.services.card_refs import detach_cards, reattach_cards
from workshop_studio.services.edits import (
    UNSET,
    FieldEdit,
    OrderEdit,
    Unset,
    apply_changes,
    get_row,
    given,
    insert_at,
    moved,
    renumber,
    reorder,
    required_text,
)
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.services.snapshots import CardRow, CardsSnapshot
from workshop_studio.storage.models import Card, Deck, Pictogram

log = logging.getLogger(__name__)

MAX_COPIES = 999
CARD_FIELDS = ("kind", "title", "body", "pictogram_id", "colour", "back", "copies")


def get_card(session: Session, card_id: int) -> Card:
    return get_row(session, Card, card_id, translate("Cards", "card"))


def _deck(session: Session, deck_id: int) -> Deck:
    return get_row(session, Deck, deck_id, translate("Cards", "deck"))


def _kind(value: CardKind | str) -> str:
    if isinstance(value, str) and value.startswith(KEY_PREFIX) and len(value) <= 40:
        return value  # one of the deck's own kinds (free categories)
    try:
        return str(value if isinstance(value, CardKind) else CardKind.parse(value))
    except ValueError:
        raise Refused(translate("Cards", "“{kind}” is not a card kind.").format(kind=value)) from None


def _copies(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_COPIES:
        raise Refused(
            translate("Cards", "The number of copies must be a whole number from 0 to {max}.").format(max=MAX_COPIES)
        )
    return value


def _colour(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if value in PALETTE:
        return value
    text = value.strip()
    if text.startswith("#") and is_card_colour(text):
        return text.upper()
    raise Refused(translate("Cards", "“{colour}” is not a colour (a palette name or #RRGGBB).").format(colour=value))


def _pictogram(session: Session, pictogram_id: int | None) -> int | None:
    if pictogram_id is not None and session.get(Pictogram, pictogram_id) is None:
        raise NotFound(translate("Cards", "No pictogram has the id {id}.").format(id=pictogram_id))
    return pictogram_id


def _checked(session: Session, changes: dict[str, object]) -> dict[str, object]:
    checks: dict[str, Callable[[Any], object]] = {
        "kind": _kind,
        "title": lambda v: required_text(v, translate("Cards", "card title")),
        "body": str,
        "back": str,
        "copies": _copies,
        "colour": _colour,
        "pictogram_id": lambda v: _pictogram(session, v),
    }
    return {name: checks[name](value) for name, value in changes.items()}


def add_card(
    session: Session,
    deck_id: int,
    *,
    kind: CardKind | str = CardKind.QUESTION,
    title: str,
    body: str = "",
    pictogram_id: int | None = None,
    colour: str | None = None,
    back: str = "",
    copies: int = 1,
    index: int | None = None,
) -> Card:
    """A new card at ``index`` in the deck (``None``: at the end)."""
    deck = _deck(session, deck_id)
    fields = _checked(
        session,
        {
            "kind": kind,
            "title": title,
            "body": body,
            "pictogram_id": pictogram_id,
            "colour": colour,
            "back": back,
            "copies": copies,
        },
    )
    card = Card(**fields)
    insert_at(deck.cards, card, index)
    session.flush()
    return card


def update_card(
    session: Session,
    card_id: int,
    *,
    kind: CardKind | str | Unset = UNSET,
    title: str | Unset = UNSET,
    body: str | Unset = UNSET,
    pictogram_id: int | Unset | None = UNSET,
    colour: str | Unset | None = UNSET,
    back: str | Unset = UNSET,
    copies: int | Unset = UNSET,
) -> FieldEdit:
    """Change the given fields only; the edit says what they were."""
    card = get_card(session, card_id)
    changes = _checked(
        session,
        given(kind=kind, title=title, body=body, pictogram_id=pictogram_id, colour=colour, back=back, copies=copies),
    )
    edit = apply_changes(card, changes)
    session.flush()
    return edit


def deck_card_ids(session: Session, deck_id: int) -> list[int]:
    query = select(Card.id).where(Card.deck_id == deck_id).order_by(Card.position, Card.id)
    return list(session.scalars(query))


def _cards(session: Session, card_ids: Collection[int]) -> list[Card]:
    cards = [get_card(session, card_id) for card_id in dict.fromkeys(card_ids)]
    return sorted(cards, key=lambda c: (c.deck_id, c.position, c.id))


def duplicate_cards(session: Session, card_ids: Sequence[int]) -> list[Card]:
    """Copies of the cards, placed together right after the last of them (per deck)."""
    copies: list[Card] = []
    by_deck: dict[int, list[Card]] = {}
    for card in _cards(session, card_ids):
        by_deck.setdefault(card.deck_id, []).append(card)
    for deck_id, originals in by_deck.items():
        deck = _deck(session, deck_id)
        where = deck.cards.index(originals[-1]) + 1
        for offset, card in enumerate(originals):
            copy = Card(**{name: getattr(card, name) for name in CARD_FIELDS})
            deck.cards.insert(where + offset, copy)
            copies.append(copy)
        renumber(deck.cards)
    session.flush()
    return copies


def delete_cards(session: Session, card_ids: Collection[int]) -> CardsSnapshot:
    """Delete the cards; the snapshot gives them back with :func:`restore_cards`."""
    cards = _cards(session, card_ids)
    rows = []
    for card in cards:
        index = deck_card_ids(session, card.deck_id).index(card.id)
        rows.append(CardRow(card.id, card.deck_id, index, **{name: getattr(card, name) for name in CARD_FIELDS}))
    captured = detach_cards(session, [card.id for card in cards])
    for card in cards:
        deck = card.deck
        deck.cards.remove(card)  # delete-orphan
        renumber(deck.cards)
    session.flush()
    return CardsSnapshot(cards=tuple(rows), **captured)


def restore_cards(session: Session, snapshot: CardsSnapshot) -> list[Card]:
    """Put deleted cards back at their places, with what pointed at them."""
    id_map: dict[int, int] = {}
    restored: list[Card] = []
    for row in sorted(snapshot.cards, key=lambda r: (r.deck_id, r.index)):
        deck = _deck(session, row.deck_id)
        free = session.get(Card, row.id) is None
        card = Card(id=row.id if free else None, **{name: getattr(row, name) for name in CARD_FIELDS})
        insert_at(deck.cards, card, row.index)
        session.flush()
        if not free:
            log.info("card %s restored under the new id %s", row.id, card.id)
        id_map[row.id] = card.id
        restored.append(card)
    reattach_cards(
        session,
        scenario_links=snapshot.scenario_links,
        matrix_links=snapshot.matrix_links,
        agenda_cards=snapshot.agenda_cards,
        agenda_spreads=snapshot.agenda_spreads,
        notes=snapshot.notes,
        id_map=id_map,
    )
    return restored


def set_card_order(session: Session, deck_id: int, card_ids: Sequence[int]) -> OrderEdit:
    """Put the deck's cards in exactly this order."""
    deck = _deck(session, deck_id)  # held here: the session keeps its rows only weakly
    edit = reorder(deck_id, deck.cards, card_ids, translate("Cards", "cards"))
    session.flush()
    return edit


def move_cards(session: Session, deck_id: int, card_ids: Sequence[int], *, to_index: int) -> OrderEdit:
    """Move several cards together before the card now at ``to_index`` (a drop row)."""
    current = tuple(card.id for card in _deck(session, deck_id).cards)
    return set_card_order(session, deck_id, moved(current, card_ids, to_index))


def cards_of_kind(session: Session, deck_id: int, kinds: Iterable[CardKind | str] | None = None) -> list[Card]:
    """The deck's cards in order, only those of ``kinds`` when given (the deck editor's filter)."""
    query = (
        select(Card)
        .where(Card.deck_id == deck_id)
        .options(selectinload(Card.pictogram))
        .order_by(Card.position, Card.id)
    )
    if kinds is not None:
        query = query.where(Card.kind.in_([_kind(kind) for kind in kinds]))
    return list(session.scalars(query))
