"""Decks and their cards."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.domain.materials import CardView, DeckData
from workshop_studio.i18n import translate
from workshop_studio.services.errors import NotFound
from workshop_studio.services.pictograms import pictogram_ids_by_key
from workshop_studio.storage.models import Card, Deck


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


def create_deck(session: Session, deck: DeckData) -> Deck:
    """Store ``deck`` and its cards; pictograms are named by key and must exist."""
    pictogram_ids = pictogram_ids_by_key(session)
    row = Deck(name=deck.name, description=deck.description, card_size=deck.card_size)
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
    text = str(id_or_name).strip()
    if text.isdigit():
        deck = session.get(Deck, int(text))
        if deck is not None:
            return deck
    deck = session.scalars(select(Deck).where(Deck.name == text).order_by(Deck.id)).first()
    if deck is None:
        raise NotFound(translate("Library", "No deck has the id or name “{deck}”.").format(deck=text))
    return deck


def deck_cards(session: Session, deck_id: int) -> list[Card]:
    query = (
        select(Card)
        .where(Card.deck_id == deck_id)
        .options(selectinload(Card.pictogram))
        .order_by(Card.position, Card.id)
    )
    return list(session.scalars(query))


def card_view(card: Card) -> CardView:
    pictogram = card.pictogram
    return CardView(
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
