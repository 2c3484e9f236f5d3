"""Deck files in and out, whatever their format: CSV, XLSX, ODS (in only) or JSON, told by the suffix.

An import is parsed whole first (no database), then written in one write transaction:
it lands whole or not at all. Pictograms named by the cards are looked up by key or by
label (French or English) inside that transaction; one that does not exist refuses the
import, naming the row and column.

Undo of an import, for the console: ``delete_deck(result.deck_id)`` then
``delete_pictogram`` for each of ``result.added_pictogram_ids`` (keeping the snapshots);
redo restores the pictograms first, then the deck.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from workshop_studio.domain.free_kinds import DeckKindData
from workshop_studio.domain.materials import CardData, DeckData, PictogramData
from workshop_studio.i18n import translate
from workshop_studio.interchange.deck_csv import read_deck_csv, write_deck_csv
from workshop_studio.interchange.deck_json import read_deck_json, write_deck_json
from workshop_studio.interchange.deck_ods import read_deck_ods
from workshop_studio.interchange.deck_table import ParsedDeck
from workshop_studio.interchange.deck_xlsx import read_deck_xlsx, write_deck_xlsx
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.services.errors import Refused
from workshop_studio.services.library import create_deck, deck_cards, find_deck, get_deck, unique_deck_name
from workshop_studio.services.pictograms import PictogramLookup, bring_pictogram
from workshop_studio.storage.engine import Database

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
TABLE_SUFFIXES = (*CSV_SUFFIXES, ".xlsx")
SUFFIXES = (*TABLE_SUFFIXES, ".json")
IMPORT_SUFFIXES = (*SUFFIXES, ".ods")


@dataclass(frozen=True)
class ImportResult:
    deck_id: int
    name: str
    card_count: int
    added_pictogram_ids: tuple[int, ...] = ()
    ignored_columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportResult:
    deck_id: int
    card_count: int
    path: Path


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def read_deck_file(path: Path, *, name: str | None = None, ignore_unknown_columns: bool = False) -> ParsedDeck:
    """Parse a deck file (no database); raise :class:`ImportRefused` saying where it is wrong.
    With ``ignore_unknown_columns``, a table's unknown columns are left out (and listed)."""
    path = Path(path)
    suffix = _suffix(path)
    if not path.is_file():
        raise ImportRefused(path, translate("DeckFiles", "no such file."))
    if suffix in CSV_SUFFIXES:
        return read_deck_csv(path, name, ignore_unknown=ignore_unknown_columns)
    if suffix == ".xlsx":
        return read_deck_xlsx(path, name, ignore_unknown=ignore_unknown_columns)
    if suffix == ".ods":
        return read_deck_ods(path, name, ignore_unknown=ignore_unknown_columns)
    if suffix == ".json":
        deck, pictograms = read_deck_json(path)
        if name:
            deck = replace(deck, name=name)
        return ParsedDeck(path, deck, tuple(range(1, len(deck.cards) + 1)), "pictogram", tuple(pictograms))
    raise ImportRefused(
        path,
        translate("DeckFiles", "a deck file ends in .csv, .xlsx, .ods or .json, not “{suffix}”.").format(
            suffix=suffix or path.name
        ),
    )


def import_parsed_deck(session: Session, parsed: ParsedDeck, *, name: str | None = None) -> ImportResult:
    """Write a parsed deck in the caller's transaction (roll it back on :class:`ImportRefused`)."""
    lookup = PictogramLookup(session)
    carried: dict[str, str] = {}  # key in the file -> key in the library
    added: list[int] = []
    for data in parsed.pictograms:
        pictogram, is_new = bring_pictogram(session, data)
        carried[data.key] = pictogram.key
        lookup.add(pictogram)
        if is_new:
            added.append(pictogram.id)
    cards: list[CardData] = []
    for card, row in zip(parsed.deck.cards, parsed.rows, strict=True):
        if card.pictogram:
            key = carried.get(card.pictogram)
            if key is None:
                found = lookup.find(card.pictogram)
                if found is None:
                    raise ImportRefused(
                        parsed.source,
                        translate("DeckFiles", "no pictogram has the key or label “{name}”.").format(
                            name=card.pictogram
                        ),
                        row=row,
                        column=parsed.pictogram_column,
                    )
                key = found.key
            card = replace(card, pictogram=key)
        cards.append(card)
    deck_name = unique_deck_name(session, (name or parsed.deck.name).strip() or parsed.source.stem)
    deck = create_deck(session, replace(parsed.deck, name=deck_name, cards=tuple(cards)))
    return ImportResult(deck.id, deck.name, len(cards), tuple(added), parsed.ignored_columns)


def import_deck_file(
    db: Database, path: Path, *, name: str | None = None, ignore_unknown_columns: bool = False
) -> ImportResult:
    """Read, then store in one transaction: all of the deck, or nothing."""
    parsed = read_deck_file(Path(path), name=name, ignore_unknown_columns=ignore_unknown_columns)
    with db.write() as session:
        return import_parsed_deck(session, parsed, name=name)


def deck_document(session: Session, deck_id: int) -> tuple[DeckData, list[PictogramData]]:
    """A stored deck as data, with the pictograms its cards use (in order of first use)."""
    deck = get_deck(session, deck_id)
    cards: list[CardData] = []
    pictograms: dict[str, PictogramData] = {}
    for card in deck_cards(session, deck_id):
        pictogram = card.pictogram
        if pictogram is not None and pictogram.key not in pictograms:
            pictograms[pictogram.key] = PictogramData(
                pictogram.key,
                pictogram.label_fr,
                pictogram.label_en,
                pictogram.media_type,
                pictogram.data,
                pictogram.source,
            )
        cards.append(
            CardData(
                kind=card.kind,
                title=card.title,
                body=card.body,
                pictogram=pictogram.key if pictogram is not None else None,
                back=card.back,
                copies=card.copies,
                colour=card.colour,
            )
        )
    kinds = tuple(DeckKindData(k.key, k.label, k.colour) for k in deck.kinds)
    data = DeckData(
        name=deck.name,
        cards=tuple(cards),
        description=deck.description,
        card_size=deck.card_size,
        kinds=kinds,
        show_kind_label=deck.show_kind_label,
    )
    return data, list(pictograms.values())


def check_export_suffix(out: Path) -> str:
    suffix = _suffix(out)
    if suffix not in SUFFIXES:
        raise Refused(
            translate("DeckFiles", "A deck is exported as .csv, .xlsx or .json, not “{suffix}”.").format(
                suffix=suffix or out.name
            )
        )
    return suffix


def write_deck_file(deck: DeckData, pictograms: list[PictogramData], out: Path) -> None:
    """Write atomically in the format the suffix names."""
    suffix = check_export_suffix(out)
    if suffix in CSV_SUFFIXES:
        write_deck_csv(deck, out)
    elif suffix == ".xlsx":
        write_deck_xlsx(deck, out)
    else:
        write_deck_json(deck, pictograms, out)


def export_deck(db: Database, deck: int | str, out: Path) -> ExportResult:
    """Export the deck named by id or exact name to ``out``."""
    out = Path(out)
    check_export_suffix(out)
    with db.read() as session:
        found = find_deck(session, deck)
        data, pictograms = deck_document(session, found.id)
        deck_id = found.id
    if not out.parent.is_dir():
        raise Refused(
            translate("DeckFiles", "The folder {folder} does not exist.").format(folder=os.fspath(out.parent))
        )
    write_deck_file(data, pictograms, out)
    return ExportResult(deck_id, len(data.cards), out)
