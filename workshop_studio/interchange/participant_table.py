"""A list of participants from a spreadsheet (CSV, XLSX) or pasted from one.

Columns (a header row is required in a file; names compared without case or accents):

============= =========== =================================================
English       French      content
============= =========== =================================================
name          nom         required: a name or a pseudonym (also ``pseudonyme``)
role          rôle        required: CDE, CDDE, recruiter / recruteur, new hire /
                          nouvelle recrue, partner / partenaire, facilitator /
                          animateur…, in English or French
organisation  structure   optional (also ``organization``, ``entreprise``)
============= =========== =================================================

Files are read with the deck files' rules (``;`` or ``,`` or tab, UTF-8 with or without a
BOM, else Windows-1252; the first sheet of an XLSX). Text pasted from a spreadsheet may come
without its header: then the columns are name, role, organisation in that order. The whole
list is refused at the first bad row, naming the file (or "pasted text"), the row and the
column, and nothing is added.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from workshop_studio.domain.vocabulary import Role, fold
from workshop_studio.domain.workshop import MAX_NAME_CHARS, ParsedParticipants, ParticipantData
from workshop_studio.i18n import translate
from workshop_studio.interchange.deck_csv import ONE_COLUMN, read_csv_table, sniff_separator
from workshop_studio.interchange.deck_table import column_letter, unneutralise
from workshop_studio.interchange.deck_xlsx import read_xlsx_table
from workshop_studio.interchange.errors import ImportRefused

MAX_PARTICIPANT_ROWS = 2_000  # empty rows included
MAX_PARTICIPANTS = 500
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("name", "nom", "pseudonym", "pseudonyme", "participant", "nom ou pseudonyme"),
    "role": ("role", "rôle"),
    "organisation": ("organisation", "organization", "structure", "entreprise", "company"),
}
_BY_NAME = {fold(name): field for field, names in COLUMN_NAMES.items() for name in names}
_ORDER = ("name", "role", "organisation")  # a paste without a header


class ParticipantTableReader:
    """Turns rows of text cells (1-based row numbers) into :class:`ParsedParticipants`."""

    def __init__(self, source: str | Path, *, header_optional: bool = False) -> None:
        self.source = source
        self.header_optional = header_optional
        self.headers: list[str] = []
        self.fields: dict[str, int] = {}
        self.people: list[ParticipantData] = []
        self.rows: list[int] = []
        self.started = False
        self.header_row: int | None = None

    def refuse(self, reason: str, row: int | None = None, column: str | None = None) -> ImportRefused:
        return ImportRefused(self.source, reason, row=row, column=column)

    def column_name(self, index: int) -> str:
        if index < len(self.headers) and self.headers[index]:
            return self.headers[index]
        return column_letter(index)

    def feed(self, row: int, cells: Sequence[str]) -> None:
        if row > MAX_PARTICIPANT_ROWS:
            raise self.refuse(
                translate("ParticipantTable", "the list has more than {max} rows.").format(max=MAX_PARTICIPANT_ROWS),
                row=row,
            )
        cells = [unneutralise(cell).strip() for cell in cells]
        if not any(cells):
            return
        if not self.started:
            self.started = True
            if self._is_header(cells) or not self.header_optional:
                self._read_header(row, cells)
                return
            self.fields = {field: index for index, field in enumerate(_ORDER)}
        self._read_person(row, cells)

    @staticmethod
    def _is_header(cells: Sequence[str]) -> bool:
        return any(fold(cell) in _BY_NAME for cell in cells if cell)

    def _read_header(self, row: int, cells: Sequence[str]) -> None:
        self.header_row = row
        self.headers = list(cells)
        for index, name in enumerate(cells):
            if not name:
                continue
            field = _BY_NAME.get(fold(name))
            if field is None:
                raise self.refuse(
                    translate(
                        "ParticipantTable",
                        "unknown column “{name}”. The columns are: name (nom), role (rôle), organisation (structure). "
                        "Rename or delete this column.",
                    ).format(name=name),
                    row=row,
                    column=name,
                )
            if field in self.fields:
                raise self.refuse(
                    translate("ParticipantTable", "the column “{name}” appears twice.").format(name=name),
                    row=row,
                    column=name,
                )
            self.fields[field] = index
        for field, french in (("name", "nom"), ("role", "rôle")):
            if field not in self.fields:
                raise self.refuse(
                    translate("ParticipantTable", "no “{field}” (or “{french}”) column.").format(
                        field=field, french=french
                    ),
                    row=row,
                    column=field,
                )

    def _cell(self, cells: Sequence[str], field: str) -> str:
        index = self.fields.get(field)
        return cells[index] if index is not None and index < len(cells) else ""

    def _read_person(self, row: int, cells: Sequence[str]) -> None:
        for index, cell in enumerate(cells):
            if cell and index not in self.fields.values():
                raise self.refuse(
                    translate(
                        "ParticipantTable", "this cell is under no known column; give the column a name or empty it."
                    ),
                    row=row,
                    column=self.column_name(index),
                )
        if len(self.people) >= MAX_PARTICIPANTS:
            raise self.refuse(
                translate("ParticipantTable", "a workshop has at most {max} participants.").format(
                    max=MAX_PARTICIPANTS
                ),
                row=row,
            )
        where = {field: self.column_name(index) for field, index in self.fields.items()}
        name = self._cell(cells, "name")
        if not name:
            raise self.refuse(translate("ParticipantTable", "the name is empty."), row=row, column=where["name"])
        organisation = self._cell(cells, "organisation")
        for field, value in (("name", name), ("organisation", organisation)):
            if len(value) > MAX_NAME_CHARS:
                raise self.refuse(
                    translate("ParticipantTable", "at most {max} characters here.").format(max=MAX_NAME_CHARS),
                    row=row,
                    column=where[field],
                )
        self.people.append(
            ParticipantData(name, self._role(self._cell(cells, "role"), row, where["role"]), organisation)
        )
        self.rows.append(row)

    def _role(self, text: str, row: int, column: str) -> str:
        if text:
            try:
                return Role.parse(text).value
            except ValueError:
                pass
        known = ", ".join(role.display() for role in Role)
        if not text:
            raise self.refuse(
                translate("ParticipantTable", "the role is empty; the roles are: {known}.").format(known=known),
                row=row,
                column=column,
            )
        raise self.refuse(
            translate("ParticipantTable", "unknown role “{role}”; the roles are: {known}.").format(
                role=text, known=known
            ),
            row=row,
            column=column,
        )

    def finish(self) -> ParsedParticipants:
        if not self.people:
            raise self.refuse(translate("ParticipantTable", "there is no participant in it."))
        return ParsedParticipants(str(self.source), tuple(self.people), tuple(self.rows))


def read_participant_file(path: Path) -> ParsedParticipants:
    """A participant list from a ``.csv`` (or ``.txt``) or ``.xlsx`` file; see the module."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return read_xlsx_table(path, ParticipantTableReader(path)).finish()
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv_table(path, lambda: ParticipantTableReader(path)).finish()
    raise ImportRefused(path, translate("ParticipantTable", "choose a .csv or .xlsx file."))


def parse_participant_text(text: str, source: str | None = None) -> ParsedParticipants:
    """Participants pasted from a spreadsheet or typed one per line; see the module."""
    source = source or translate("ParticipantTable", "pasted text")
    separator = sniff_separator(text)
    reader = ParticipantTableReader(source, header_optional=True)
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter="\t" if separator == ONE_COLUMN else separator)
    try:
        for number, cells in enumerate(rows, start=1):
            reader.feed(number, cells)
    except csv.Error as error:
        raise ImportRefused(source, str(error)) from None
    return reader.finish()
