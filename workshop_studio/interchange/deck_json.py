"""Decks as JSON: everything kept, pictograms included, so a deck travels whole.

``{"format": "workshop-studio-deck", "version": 1, "deck": {name, description, card_size},
"cards": [{kind, title, body, pictogram, back, copies, colour}], "pictograms": [{key,
label_fr, label_en, media_type, data (base64), source}]}``. A card names its pictogram by
key; the pictograms the cards use travel in the file. On import (``deck_files``) an
embedded pictogram identical to one in the library is reused, otherwise added.

"Row" in messages is the card's (or the pictogram's) number in its list, from 1. The file,
the cards and the pictures are bounded like a spreadsheet's, and the pictures are checked
like any pictogram (SVG and PNG intake) while the file is read, before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from workshop_studio.atomic import atomic_write
from workshop_studio.domain.colours import is_card_colour
from workshop_studio.domain.free_kinds import KEY_PREFIX, MAX_FREE_KINDS, DeckKindData, FreeKinds
from workshop_studio.domain.materials import CardData, DeckData, PictogramData
from workshop_studio.domain.text_rules import is_blank, text_problem
from workshop_studio.i18n import translate
from workshop_studio.interchange.deck_table import MAX_CARDS, MAX_CELL_CHARS
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.pictogram_intake import accept_pictogram

FORMAT = "workshop-studio-deck"
VERSION = 1
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_PICTOGRAMS = 500
_LONG_FIELDS = {"title", "body", "back", "description", "label_fr", "label_en", "source", "name", "key"}


def _text(value: Any, source: Path, row: int, column: str, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ImportRefused(source, translate("DeckJson", "text expected."), row=row, column=column)
    problem = text_problem(value)
    if problem is not None:
        raise ImportRefused(source, problem, row=row, column=column)
    if required and is_blank(value):
        raise ImportRefused(source, translate("DeckJson", "this field may not be empty."), row=row, column=column)
    if column in _LONG_FIELDS and len(value) > MAX_CELL_CHARS:
        raise ImportRefused(
            source,
            translate("DeckJson", "this field holds {count} characters; at most {max}.").format(
                count=len(value), max=MAX_CELL_CHARS
            ),
            row=row,
            column=column,
        )
    return value


def card_from_json(item: Any, source: Path, row: int, kinds: FreeKinds | None = None) -> CardData:
    if not isinstance(item, dict):
        raise ImportRefused(source, translate("DeckJson", "a card must be an object."), row=row)
    kind_text = _text(item.get("kind", "question"), source, row, "kind")
    kind = (kinds or FreeKinds()).kind_for(kind_text or "question")
    if kind is None:
        raise ImportRefused(
            source,
            translate("DeckJson", "a deck has at most {max} kinds of its own.").format(max=MAX_FREE_KINDS),
            row=row,
            column="kind",
        )
    copies = item.get("copies", 1)
    if not isinstance(copies, int) or isinstance(copies, bool) or not 0 <= copies <= 999:
        raise ImportRefused(
            source, translate("DeckJson", "copies must be a whole number from 0 to 999."), row=row, column="copies"
        )
    pictogram = _text(item.get("pictogram"), source, row, "pictogram").strip() or None
    colour = _text(item.get("colour"), source, row, "colour").strip() or None
    if colour is not None and not is_card_colour(colour):
        raise ImportRefused(
            source,
            translate("DeckJson", "“{value}” is not a colour (a palette name or #RRGGBB).").format(value=colour[:40]),
            row=row,
            column="colour",
        )
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
    except (ValueError, binascii.Error):
        raise ImportRefused(
            source, translate("DeckJson", "the picture is not valid base64."), row=row, column="data"
        ) from None
    try:
        accepted = accept_pictogram(data, source, media_type)
    except ImportRefused as refused:
        raise ImportRefused(source, refused.reason, row=row, column="data") from None
    media_type, data = accepted.media_type, accepted.data
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
        with path.open("rb") as handle:
            raw = handle.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise ImportRefused(path, exc.strerror or str(exc)) from None
    if len(raw) > MAX_JSON_BYTES:
        raise ImportRefused(
            path,
            translate("DeckJson", "the file is larger than {size} MB.").format(size=MAX_JSON_BYTES // (1024 * 1024)),
        )
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, or an integer of thousands of digits
        raise ImportRefused(
            path, translate("DeckJson", "not a readable JSON file ({detail}).").format(detail=str(exc)[:200])
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(path, translate("DeckJson", "not a Workshop Studio deck file."))
    meta = document.get("deck") or {}
    cards = document.get("cards")
    if not isinstance(cards, list) or not cards:
        raise ImportRefused(path, translate("DeckJson", "the deck has no cards."))
    if len(cards) > MAX_CARDS:
        raise ImportRefused(
            path,
            translate("DeckJson", "a deck holds at most {max} cards; split the file.").format(max=MAX_CARDS),
            row=MAX_CARDS + 1,
        )
    if not isinstance(meta, dict):
        raise ImportRefused(path, translate("DeckJson", "“deck” must be an object."), column="deck")
    pictogram_items = document.get("pictograms") or []
    if not isinstance(pictogram_items, list) or len(pictogram_items) > MAX_PICTOGRAMS:
        raise ImportRefused(
            path,
            translate("DeckJson", "“pictograms” must be a list of at most {max}.").format(max=MAX_PICTOGRAMS),
            column="pictograms",
        )
    kinds = FreeKinds(_kinds_from_json(meta.get("kinds"), path))
    deck = DeckData(
        name=_text(meta.get("name"), path, 0, "name") or path.stem,
        description=_text(meta.get("description"), path, 0, "description"),
        card_size=_text(meta.get("card_size", "poker"), path, 0, "card_size") or "poker",
        cards=tuple(card_from_json(item, path, row, kinds) for row, item in enumerate(cards, start=1)),
        show_kind_label=meta.get("show_kind_label", True) is not False,
    )
    used = {str(card.kind) for card in deck.cards}
    deck = replace(deck, kinds=tuple(kind for kind in kinds.kinds if kind.key in used))
    pictograms = [pictogram_from_json(item, path, row) for row, item in enumerate(pictogram_items, start=1)]
    return deck, pictograms


def _kinds_from_json(items: Any, path: Path) -> tuple[DeckKindData, ...]:
    """The deck's own kinds with their colours (``deck.kinds``: label and colour each)."""
    if items is None:
        return ()
    if not isinstance(items, list) or len(items) > MAX_FREE_KINDS:
        raise ImportRefused(
            path,
            translate("DeckJson", "“kinds” must be a list of at most {max}.").format(max=MAX_FREE_KINDS),
            column="kinds",
        )
    found = FreeKinds()
    kinds = []
    for row, item in enumerate(items, start=1):
        label = _text(item.get("label") if isinstance(item, dict) else None, path, row, "label", required=True)
        colour = _text(item.get("colour"), path, row, "colour").strip()
        if colour and not is_card_colour(colour):
            raise ImportRefused(
                path,
                translate("DeckJson", "“{value}” is not a colour (a palette name or #RRGGBB).").format(
                    value=colour[:40]
                ),
                row=row,
                column="colour",
            )
        key = found.kind_for(label)
        if key is not None and key.startswith(KEY_PREFIX):
            made = next(k for k in found.kinds if k.key == key)
            kinds.append(replace(made, colour=colour or made.colour))
    return tuple(kinds)


def card_to_json(card: CardData, deck: DeckData | None = None) -> dict[str, Any]:
    return {
        "kind": deck.kind_label(str(card.kind)) if deck is not None else str(card.kind),
        "title": card.title,
        "body": card.body,
        "pictogram": card.pictogram,
        "back": card.back,
        "copies": card.copies,
        "colour": card.colour,
    }


def pictogram_to_json(pictogram: PictogramData) -> dict[str, Any]:
    return {
        "key": pictogram.key,
        "label_fr": pictogram.label_fr,
        "label_en": pictogram.label_en,
        "media_type": pictogram.media_type,
        "source": pictogram.source,
        "data": base64.b64encode(pictogram.data).decode("ascii"),
    }


def deck_to_json(deck: DeckData, pictograms: Sequence[PictogramData]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "deck": {
            "name": deck.name,
            "description": deck.description,
            "card_size": deck.card_size,
            "kinds": [{"label": kind.label, "colour": kind.colour} for kind in deck.kinds],
            "show_kind_label": deck.show_kind_label,
        },
        "cards": [card_to_json(card, deck) for card in deck.cards],
        "pictograms": [pictogram_to_json(pictogram) for pictogram in pictograms],
    }


def write_deck_json(deck: DeckData, pictograms: Sequence[PictogramData], path: Path) -> None:
    """Write the deck and the pictograms its cards use, UTF-8, readable and diffable."""
    text = json.dumps(deck_to_json(deck, pictograms), ensure_ascii=False, indent=2) + "\n"
    with atomic_write(path) as handle:
        handle.write(text.encode("utf-8"))
