"""Decks as JSON: everything kept, pictograms included, so a deck travels whole."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from workshop_studio.domain.materials import CardData, DeckData, PictogramData
from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused

FORMAT = "workshop-studio-deck"
VERSION = 1


def _text(value: Any, source: Path, row: int, column: str, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ImportRefused(source, translate("DeckJson", "text expected."), row=row, column=column)
    if required and not value.strip():
        raise ImportRefused(source, translate("DeckJson", "this field may not be empty."), row=row, column=column)
    return value


def card_from_json(item: Any, source: Path, row: int) -> CardData:
    if not isinstance(item, dict):
        raise ImportRefused(source, translate("DeckJson", "a card must be an object."), row=row)
    kind_text = _text(item.get("kind", "question"), source, row, "kind")
    try:
        kind = CardKind.parse(kind_text)
    except ValueError:
        raise ImportRefused(
            source, translate("DeckJson", "unknown card kind “{kind}”.").format(kind=kind_text), row=row, column="kind"
        ) from None
    copies = item.get("copies", 1)
    if not isinstance(copies, int) or isinstance(copies, bool) or not 0 <= copies <= 999:
        raise ImportRefused(
            source, translate("DeckJson", "copies must be a whole number from 0 to 999."), row=row, column="copies"
        )
    pictogram = _text(item.get("pictogram"), source, row, "pictogram").strip() or None
    colour = _text(item.get("colour"), source, row, "colour").strip() or None
    return CardData(
        kind=kind,
        title=_text(item.get("title"), source, row, "title", required=True),
        body=_text(item.get("body"), source, row, "body"),
        pictogram=pictogram,
        back=_text(item.get("back"), source, row, "back"),
        copies=copies,
        colour=colour,
    )


def pictogram_from_json(item: Any, source: Path, row: int) -> PictogramData:
    if not isinstance(item, dict):
        raise ImportRefused(source, translate("DeckJson", "a pictogram must be an object."), row=row)
    media_type = _text(item.get("media_type", "image/svg+xml"), source, row, "media_type")
    try:
        data = base64.b64decode(_text(item.get("data"), source, row, "data", required=True), validate=True)
    except ValueError:
        raise ImportRefused(source, translate("DeckJson", "the picture is not valid base64."), row=row, column="data") from None
    return PictogramData(
        key=_text(item.get("key"), source, row, "key", required=True),
        label_fr=_text(item.get("label_fr"), source, row, "label_fr"),
        label_en=_text(item.get("label_en"), source, row, "label_en"),
        media_type=media_type,
        data=data,
        source=_text(item.get("source"), source, row, "source"),
    )


def read_deck_json(path: Path) -> tuple[DeckData, list[PictogramData]]:
    """Parse a deck file; raise :class:`ImportRefused` naming the card (row) and field (column)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportRefused(path, translate("DeckJson", "not a readable JSON file ({detail}).").format(detail=exc)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(path, translate("DeckJson", "not a Workshop Studio deck file."))
    meta = document.get("deck") or {}
    cards = document.get("cards")
    if not isinstance(cards, list) or not cards:
        raise ImportRefused(path, translate("DeckJson", "the deck has no cards."))
    deck = DeckData(
        name=_text(meta.get("name"), path, 0, "name") or path.stem,
        description=_text(meta.get("description"), path, 0, "description"),
        card_size=_text(meta.get("card_size", "poker"), path, 0, "card_size") or "poker",
        cards=tuple(card_from_json(item, path, row) for row, item in enumerate(cards, start=1)),
    )
    pictograms = [pictogram_from_json(item, path, row) for row, item in enumerate(document.get("pictograms") or [], start=1)]
    return deck, pictograms
