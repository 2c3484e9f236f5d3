"""Decks: listing, finding, creating from data, and the deck editor's edits (see below)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.domain.card_sizes import CARD_SIZES, DEFAULT_CARD_SIZE
from workshop_studio.domain.free_kinds import DeckKindData
from workshop_studio.domain.materials import CardView, DeckData
from workshop_studio.i18n import translate
from workshop_studio.services.cards import CARD_FIELDS, delete_cards, restore_cards
from workshop_studio.services.edits import (
    UNSET,
    FieldEdit,
    Unset,
    apply_changes,
    find_by_id_or_name,
    get_row,
    given,
    renumber,
    required_text,
)
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.services.naming import unique_name
from workshop_studio.services.pictograms import pictogram_ids_by_key
from workshop_studio.services.snapshots import DeckSnapshot
from workshop_studio.storage.models import Card, Deck, DeckKind, Workshop, WorkshopDeck


@dataclass(frozen=True)
class DeckSummary:
    id: int
    name: str
    card_count: int


def list_deck_summaries(session: Session) -> list[DeckSummary]:
    counts = (
        select(Deck.id, Deck.name, func.count(Card.id))
        .outerjoin(Card, Card.deck_id == Deck.id)
        .group_by(Deck.id)
        .order_by(Deck.name, Deck.id)
    )
    return [DeckSummary(*row) for row in session.execute(counts)]


def add_deck_kinds(deck: Deck, kinds: Iterable[DeckKindData]) -> None:
    """Give ``deck`` its own kinds (free categories), in order."""
    for position, kind in enumerate(kinds, start=len(deck.kinds)):
        deck.kinds.append(DeckKind(key=kind.key, label=kind.label, colour=kind.colour, position=position))


def create_deck(session: Session, deck: DeckData) -> Deck:
    """Store ``deck`` and its cards; pictograms are named by key and must exist."""
    pictogram_ids = pictogram_ids_by_key(session)
    row = Deck(
        name=deck.name, description=deck.description, card_size=deck.card_size, show_kind_label=deck.show_kind_label
    )
    add_deck_kinds(row, deck.kinds)
    for position, card in enumerate(deck.cards):
        if card.pictogram and card.pictogram not in pictogram_ids:
            raise NotFound(
                translate("Library", "Card “{title}”: no pictogram is called “{name}”.").format(
                    title=card.title, name=card.pictogram
                )
            )
        row.cards.append(
            Card(
                position=position,
                kind=str(card.kind),
                title=card.title,
                body=card.body,
                pictogram_id=pictogram_ids.get(card.pictogram) if card.pictogram else None,
                colour=card.colour,
                back=card.back,
                copies=card.copies,
            )
        )
    session.add(row)
    session.flush()
    return row


def find_deck(session: Session, id_or_name: str | int) -> Deck:
    """The deck with this id, or else with exactly this name."""
    return find_by_id_or_name(
        session, Deck, Deck.name, id_or_name, translate("Library", "No deck has the id or name “{name}”.")
    )


def deck_cards(session: Session, deck_id: int) -> list[Card]:
    query = (
        select(Card)
        .where(Card.deck_id == deck_id)
        .options(selectinload(Card.pictogram), selectinload(Card.deck).selectinload(Deck.kinds))
        .order_by(Card.position, Card.id)
    )
    return list(session.scalars(query))


def card_view(card: Card) -> CardView:
    pictogram = card.pictogram
    own = next((kind for kind in card.deck.kinds if kind.key == card.kind), None)
    return CardView(
        kind_label=own.label if own is not None else None,
        kind_colour=own.colour if own is not None else None,
        show_kind=card.deck.show_kind_label,
        kind=card.kind,
        title=card.title,
        body=card.body,
        back=card.back,
        colour=card.colour,
        pictogram_key=pictogram.key if pictogram is not None else None,
        pictogram_data=pictogram.data if pictogram is not None else None,
        pictogram_media_type=pictogram.media_type if pictogram is not None else None,
        card_id=card.id,
        copies=card.copies,
    )


def card_by_title(session: Session, deck_id: int, title: str) -> Card:
    card = session.scalars(
        select(Card).where(Card.deck_id == deck_id, Card.title == title).order_by(Card.position)
    ).first()
    if card is None:
        raise NotFound(translate("Library", "No card is titled “{title}” in this deck.").format(title=title))
    return card


# --- Deck edits (the deck editor's undoable commands) ------------------------------------
#
# * ``new_deck`` / ``duplicate_deck``: undo with ``delete_deck`` (keep the snapshot), redo
#   with ``restore_deck(snapshot)`` so the deck and its cards get their ids back;
# * ``update_deck`` (rename, describe, card size): undo with ``update_deck(session, edit.id, **edit.before)``;
# * ``delete_deck``: undo with ``restore_deck(snapshot)``: the deck, its cards in order, what
#   pointed at them (scenarios, matrices, agendas, notes) and the workshops that used it.


def get_deck(session: Session, deck_id: int) -> Deck:
    return get_row(session, Deck, deck_id, translate("Library", "deck"))


def _card_size(value: str) -> str:
    if value not in CARD_SIZES:
        raise Refused(translate("Library", "“{size}” is not a card size.").format(size=value))
    return value


def unique_deck_name(session: Session, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)``… so that a deck can be found by its name."""
    taken = set(session.scalars(select(Deck.name)))
    return unique_name(name, taken, lambda base, n: f"{base} ({n})")


def new_deck(session: Session, *, name: str, description: str = "", card_size: str = DEFAULT_CARD_SIZE) -> Deck:
    """An empty deck."""
    deck = Deck(
        name=required_text(name, translate("Library", "deck name")).strip(),
        description=description,
        card_size=_card_size(card_size),
    )
    session.add(deck)
    session.flush()
    return deck


def update_deck(
    session: Session,
    deck_id: int,
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    card_size: str | Unset = UNSET,
    show_kind_label: bool | Unset = UNSET,
) -> FieldEdit:
    deck = get_deck(session, deck_id)
    changes = given(name=name, description=description, card_size=card_size, show_kind_label=show_kind_label)
    if "show_kind_label" in changes:
        changes["show_kind_label"] = bool(changes["show_kind_label"])
    if "name" in changes:
        changes["name"] = required_text(changes["name"], translate("Library", "deck name")).strip()
    if "card_size" in changes:
        changes["card_size"] = _card_size(changes["card_size"])
    edit = apply_changes(deck, changes)
    session.flush()
    return edit


def duplicate_deck(session: Session, deck_id: int, *, name: str | None = None) -> Deck:
    """A copy of the deck and its cards, named ``name`` or "<name> (copy)" made unique."""
    deck = get_deck(session, deck_id)
    base = name.strip() if name and name.strip() else translate("Library", "{name} (copy)").format(name=deck.name)
    copy = Deck(
        name=unique_deck_name(session, base),
        description=deck.description,
        card_size=deck.card_size,
        show_kind_label=deck.show_kind_label,
    )
    add_deck_kinds(copy, (DeckKindData(kind.key, kind.label, kind.colour) for kind in deck.kinds))
    for card in deck.cards:
        copy.cards.append(Card(position=card.position, **{field: getattr(card, field) for field in CARD_FIELDS}))
    session.add(copy)
    session.flush()
    return copy


def delete_deck(session: Session, deck_id: int) -> DeckSnapshot:
    """Delete the deck and its cards; workshops that used it keep going without it."""
    deck = get_deck(session, deck_id)
    cards = delete_cards(session, [card.id for card in deck.cards])
    links = list(
        session.scalars(select(WorkshopDeck).where(WorkshopDeck.deck_id == deck_id).order_by(WorkshopDeck.workshop_id))
    )
    workshops = tuple((link.workshop_id, link.position) for link in links)
    for link in links:
        session.delete(link)
    snapshot = DeckSnapshot(
        deck.id,
        deck.name,
        deck.description,
        deck.card_size,
        deck.created_at,
        deck.updated_at,
        cards,
        workshops,
        tuple((kind.key, kind.label, kind.colour) for kind in deck.kinds),
        deck.show_kind_label,
    )
    session.delete(deck)
    session.flush()
    return snapshot


def restore_deck(session: Session, snapshot: DeckSnapshot) -> Deck:
    """Bring a deleted deck back whole: see :func:`delete_deck`."""
    free = session.get(Deck, snapshot.id) is None
    deck = Deck(
        id=snapshot.id if free else None,
        name=snapshot.name,
        description=snapshot.description,
        card_size=snapshot.card_size,
        created_at=snapshot.created_at,
        updated_at=snapshot.updated_at,
        show_kind_label=snapshot.show_kind_label,
    )
    add_deck_kinds(deck, (DeckKindData(*kind) for kind in snapshot.kinds))
    session.add(deck)
    session.flush()
    cards = snapshot.cards
    if deck.id != snapshot.id:
        cards = replace(cards, cards=tuple(replace(row, deck_id=deck.id) for row in cards.cards))
    restore_cards(session, cards)
    for workshop_id, position in snapshot.workshop_ids:
        workshop = session.get(Workshop, workshop_id)
        if workshop is not None:
            workshop.deck_links.insert(min(position, len(workshop.deck_links)), WorkshopDeck(deck_id=deck.id))
            renumber(workshop.deck_links)
    session.flush()
    return deck
