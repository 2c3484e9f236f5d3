"""A deck as a table (CSV or XLSX): the columns, their French names, the limits, and the
rule that keeps a spreadsheet from running a card's text as a formula.

Columns (header row required, in any order, names compared without case or accents):

========== ============= ==========================================================
English    French        content
========== ============= ==========================================================
kind       type          card kind, English or French label or key; empty: question;
                         another name is one of the deck's own kinds (free categories)
title      titre         required
body       texte         optional
pictogram  pictogramme   a pictogram's key or label (French or English); optional
back       dos           optional
copies     exemplaires   whole number 0-999; empty: 1
colour     couleur       optional (also ``color``): a palette name or #RRGGBB
========== ============= ==========================================================

Published decks use other words, accepted as synonyms: ``name``/``nom`` for the title,
``description`` and ``text`` for the body, ``category``/``catégorie`` for the kind,
``image`` for the pictogram, ``quantity``/``quantité``/``count``/``nombre`` for copies.
Plurals are accepted too (``Titres``, ``Pictogrammes``). Columns with other names are
refused all together, in one message naming each (a misspelt ``texte`` would otherwise drop
every card's body without a word), unless the import is asked to ignore them
(``ignore_unknown``): then the known columns are read and the others listed in
:attr:`ParsedDeck.ignored_columns`. A column with no header and no data is ignored
(spreadsheets often leave trailing separators).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop_studio.domain.colours import is_card_colour
from workshop_studio.domain.free_kinds import MAX_FREE_KINDS, FreeKinds
from workshop_studio.domain.materials import CardData, DeckData, PictogramData
from workshop_studio.domain.text_rules import is_blank, text_problem, without_controls
from workshop_studio.domain.vocabulary import CardKind, fold
from workshop_studio.i18n import QT_TRANSLATE_NOOP, translate
from workshop_studio.interchange.errors import ImportRefused, UnknownColumns

MAX_CARDS = 5_000
MAX_ROWS = 4 * MAX_CARDS  # empty rows included
MAX_CELL_CHARS = 5_000
MAX_COLUMNS = 50  # an XLSX sheet is read up to column AX
MAX_COPIES = 999

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "kind": ("kind", "type", "category", "catégorie", "categorie"),
    "title": ("title", "titre", "name", "nom"),
    "body": ("body", "texte", "text", "description"),
    "pictogram": ("pictogram", "pictogramme", "image"),
    "back": ("back", "dos"),
    "copies": ("copies", "exemplaires", "quantity", "quantité", "count", "nombre"),
    "colour": ("colour", "couleur", "color"),
}
EXPORT_COLUMNS = ("kind", "title", "body", "pictogram", "back", "copies")
_BY_NAME = {fold(name).rstrip("s"): field for field, names in COLUMN_NAMES.items() for name in names}

# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED_STARTS = (*FORMULA_TRIGGERS, "'")


def neutralise(text: str) -> str:
    """Prefix a ``'`` to text a spreadsheet would run, and to text that already starts with
    ``'`` followed by such a character (or another ``'``), so :func:`unneutralise` can tell
    them apart: ``unneutralise(neutralise(t)) == t`` for every ``t``."""
    if text.startswith(FORMULA_TRIGGERS) or (text.startswith("'") and text[1:2] in _ESCAPED_STARTS and len(text) > 1):
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """Undo :func:`neutralise`. A hand-typed ``'=x`` also reads as ``=x``, as in a spreadsheet."""
    if text.startswith("'") and len(text) > 1 and text[1] in _ESCAPED_STARTS:
        return text[1:]
    return text


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, as a spreadsheet names columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


_HEADERS = {
    "kind": QT_TRANSLATE_NOOP("DeckColumns", "kind"),
    "title": QT_TRANSLATE_NOOP("DeckColumns", "title"),
    "body": QT_TRANSLATE_NOOP("DeckColumns", "body"),
    "pictogram": QT_TRANSLATE_NOOP("DeckColumns", "pictogram"),
    "back": QT_TRANSLATE_NOOP("DeckColumns", "back"),
    "copies": QT_TRANSLATE_NOOP("DeckColumns", "copies"),
    "colour": QT_TRANSLATE_NOOP("DeckColumns", "colour"),
}


def column_header(field: str) -> str:
    """The header an export writes for ``field``, in the interface's language: one of the
    names :data:`COLUMN_NAMES` accepts on import, so a file always comes back in."""
    return translate("DeckColumns", _HEADERS[field])


def export_columns(deck: DeckData) -> tuple[str, ...]:
    """The six usual columns, and ``colour`` only when a card has its own colour."""
    if any(card.colour for card in deck.cards):
        return (*EXPORT_COLUMNS, "colour")
    return EXPORT_COLUMNS


def kind_name(kind: str, deck: DeckData | None) -> str:
    """How a spreadsheet names a card's kind: a deck's own kind by its label, a workshop kind
    by its label in the interface's language (« Profil de recruteur », not the key
    ``recruiter_profile``); import reads either back, and the key too."""
    if deck is not None and any(own.key == kind for own in deck.kinds):
        return deck.kind_label(kind)
    try:
        return CardKind(kind).display()
    except ValueError:
        return kind


def export_row(card: CardData, columns: Sequence[str], deck: DeckData | None = None) -> list[str | int]:
    values: dict[str, str | int] = {
        "kind": kind_name(str(card.kind), deck),
        "title": card.title,
        "body": card.body,
        "pictogram": card.pictogram or "",
        "back": card.back,
        "copies": card.copies,
        "colour": card.colour or "",
    }
    # Old data may hold characters no file carries (a NUL): left out, so the file reads back.
    return [
        value if isinstance(value, int) else neutralise(without_controls(value))
        for value in (values[c] for c in columns)
    ]


@dataclass(frozen=True)
class ParsedDeck:
    """A deck read from a file, before it touches the database.

    ``rows[i]`` is where card ``i`` came from (a spreadsheet row, or a card's number in a JSON
    file) and ``pictogram_column`` the header naming pictograms, for messages about them.
    """

    source: Path
    deck: DeckData
    rows: tuple[int, ...]
    pictogram_column: str = "pictogram"
    pictograms: tuple[PictogramData, ...] = ()
    ignored_columns: tuple[str, ...] = ()  # unknown columns left out, when asked to


class TableReader:
    """Turns rows of text cells (1-based row numbers, header first) into a :class:`ParsedDeck`."""

    def __init__(self, source: Path, *, ignore_unknown: bool = False) -> None:
        self.source = source
        self.ignore_unknown = ignore_unknown
        self.ignored: list[str] = []
        self.free_kinds = FreeKinds()
        self.headers: list[str] = []
        self.fields: dict[str, int] = {}
        self.cards: list[CardData] = []
        self.rows: list[int] = []
        self.header_row: int | None = None

    def refuse(self, reason: str, row: int | None = None, column: str | None = None) -> ImportRefused:
        return ImportRefused(self.source, reason, row=row, column=column)

    def column_name(self, index: int) -> str:
        if index < len(self.headers) and self.headers[index].strip():
            return self.headers[index].strip()
        return column_letter(index)

    def feed(self, row: int, cells: Sequence[str]) -> None:
        if row > MAX_ROWS:
            raise self.refuse(
                translate("DeckTable", "the file has more than {max} rows.").format(max=MAX_ROWS), row=row
            )
        for index, cell in enumerate(cells):
            if len(cell) > MAX_CELL_CHARS and len(unneutralise(cell)) > MAX_CELL_CHARS:
                raise self.refuse(
                    translate(
                        "DeckTable", "this cell holds {count} characters; a card field holds at most {max}."
                    ).format(count=len(cell), max=MAX_CELL_CHARS),
                    row=row,
                    column=self.column_name(index),
                )
            problem = text_problem(cell)
            if problem is not None:
                raise self.refuse(problem, row=row, column=self.column_name(index))
        if not any(cell.strip() for cell in cells):
            return
        if self.header_row is None:
            self._read_header(row, cells)
        else:
            self._read_card(row, cells)

    def _read_header(self, row: int, cells: Sequence[str]) -> None:
        self.header_row = row
        self.headers = [cell.strip() for cell in cells]
        unknown: list[str] = []
        for index, name in enumerate(self.headers):
            if not name:
                continue
            field = _BY_NAME.get(fold(unneutralise(name)).rstrip("s"))  # "Titres" is "titre" too
            if field is None:
                unknown.append(name)
                continue
            if field in self.fields:
                raise self.refuse(
                    translate("DeckTable", "the column “{name}” appears twice (or under two names).").format(name=name),
                    row=row,
                    column=name,
                )
            self.fields[field] = index
        if unknown and not self.ignore_unknown:
            raise UnknownColumns(
                self.source,
                translate(
                    "DeckTable",
                    "unknown columns: {names}. The columns are: kind (type, category), title (titre, name, nom), "
                    "body (texte, text, description), pictogram (pictogramme, image), back (dos), "
                    "copies (exemplaires, quantity, count), colour (couleur). Rename or delete these columns, "
                    "or import ignoring them.",
                ).format(names=", ".join(f"“{name}”" for name in unknown)),
                tuple(unknown),
                row=row,
            )
        self.ignored = unknown
        if "title" not in self.fields:
            raise self.refuse(
                translate("DeckTable", "no “title” (or “titre”, “name”, “nom”) column: each card needs a title."),
                row=row,
                column="title",
            )

    def _cell(self, cells: Sequence[str], field: str) -> str:
        index = self.fields.get(field)
        if index is None or index >= len(cells):
            return ""
        return unneutralise(cells[index]).replace("\r\n", "\n")

    def _read_card(self, row: int, cells: Sequence[str]) -> None:
        for index, cell in enumerate(cells):
            if cell.strip() and (index >= len(self.headers) or not self.headers[index]):
                raise self.refuse(
                    translate("DeckTable", "this cell is under no column header; give the column a name or empty it."),
                    row=row,
                    column=column_letter(index),
                )
        if len(self.cards) >= MAX_CARDS:
            raise self.refuse(
                translate("DeckTable", "a deck holds at most {max} cards; split the file.").format(max=MAX_CARDS),
                row=row,
            )
        where = {field: self.column_name(index) for field, index in self.fields.items()}
        title = self._cell(cells, "title")
        if is_blank(title):
            raise self.refuse(
                translate("DeckTable", "the title is empty (or holds only invisible characters)."),
                row=row,
                column=where["title"],
            )
        self.cards.append(
            CardData(
                kind=self._kind(self._cell(cells, "kind").strip(), row, where.get("kind")),
                title=title,
                body=self._cell(cells, "body"),
                pictogram=self._cell(cells, "pictogram").strip() or None,
                back=self._cell(cells, "back"),
                copies=self._copies(self._cell(cells, "copies").strip(), row, where.get("copies")),
                colour=self._colour(self._cell(cells, "colour").strip(), row, where.get("colour")),
            )
        )
        self.rows.append(row)

    def _kind(self, text: str, row: int, column: str | None) -> str:
        """A workshop kind, or one of the deck's own, made on first use (free categories)."""
        if not text:
            return str(CardKind.QUESTION)
        kind = self.free_kinds.kind_for(text)
        if kind is None:
            raise self.refuse(
                translate(
                    "DeckTable",
                    "“{kind}” would be this deck's kind number {count}; a deck has at most {max} "
                    "kinds of its own. Is this the right column?",
                ).format(kind=text, count=MAX_FREE_KINDS + 1, max=MAX_FREE_KINDS),
                row=row,
                column=column,
            )
        return kind

    def _copies(self, text: str, row: int, column: str | None) -> int:
        if not text:
            return 1
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            number = -1.0
        if not number.is_integer() or not 0 <= number <= MAX_COPIES:
            raise self.refuse(
                translate("DeckTable", "“{value}” is not a number of copies (a whole number from 0 to {max}).").format(
                    value=text, max=MAX_COPIES
                ),
                row=row,
                column=column,
            )
        return int(number)

    def _colour(self, text: str, row: int, column: str | None) -> str | None:
        if not text:
            return None
        if is_card_colour(text):
            return text
        raise self.refuse(
            translate("DeckTable", "“{value}” is not a colour (a palette name or #RRGGBB).").format(value=text),
            row=row,
            column=column,
        )

    def finish(self, name: str) -> ParsedDeck:
        if self.header_row is None:
            raise self.refuse(translate("DeckTable", "the file is empty: no header row and no cards."))
        if not self.cards:
            raise self.refuse(
                translate("DeckTable", "there are no cards under the header row."), row=self.header_row + 1
            )
        pictogram_column = self.column_name(self.fields["pictogram"]) if "pictogram" in self.fields else "pictogram"
        return ParsedDeck(
            source=self.source,
            deck=DeckData(name=name, cards=tuple(self.cards), kinds=self.free_kinds.kinds),
            rows=tuple(self.rows),
            pictogram_column=pictogram_column,
            ignored_columns=tuple(self.ignored),
        )
