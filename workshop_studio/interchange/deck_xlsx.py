"""Decks as XLSX workbooks (openpyxl): the first sheet, the same columns as CSV.

An XLSX file is a zip of XML parts, and it comes from anywhere, so before openpyxl opens
it: the file must be a zip holding ``xl/workbook.xml``; the declared uncompressed sizes
must stay small (a zip bomb declares its real size or is cut short by ``zipfile`` with a
CRC error); no XML part may carry a DTD (entity bombs, external entities). openpyxl then
parses with defusedxml or lxml without entity resolution. The sheet is streamed
(``read_only``), so a sheet with too many rows is refused as soon as the limit is passed.
Only cached values are read (``data_only``): a formula is never evaluated here. The sheet is
read a second time alongside, for its formulas: a formula whose result the file does not hold
(a workbook written by a program that computes nothing) is refused rather than read as empty,
and so is data beyond column AX.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from workshop_studio.atomic import atomic_write
from workshop_studio.domain.materials import DeckData
from workshop_studio.i18n import translate
from workshop_studio.interchange.deck_csv import RowSink, Sink
from workshop_studio.interchange.deck_table import (
    MAX_COLUMNS,
    ParsedDeck,
    TableReader,
    column_header,
    column_letter,
    export_columns,
    export_row,
)
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.file_head import read_head

MAX_XLSX_BYTES = 32 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 128 * 1024 * 1024
MAX_PARTS = 2_000
HEAD_BYTES = 4096
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or a password-protected workbook
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _not_xlsx(path: Path, detail: str = "") -> ImportRefused:
    reason = translate("DeckXlsx", "this is not a valid .xlsx workbook")
    if detail:
        reason += f" ({detail})"
    return ImportRefused(path, reason + ".")


def check_xlsx_container(path: Path) -> None:
    """Refuse what is not a small, plain XLSX zip, before any XML is parsed."""
    head = read_head(path, 8, MAX_XLSX_BYTES)
    if head.startswith(_OLE_SIGNATURE):
        raise ImportRefused(
            path,
            translate(
                "DeckXlsx",
                "this is an old .xls workbook or a password-protected one; save it as .xlsx without a password.",
            ),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_UNCOMPRESSED_BYTES:
                raise ImportRefused(path, translate("DeckXlsx", "the workbook unpacks to too much data to be a deck."))
            names = {part.filename for part in parts}
            if "xl/workbook.xml" not in names:
                raise _not_xlsx(path, translate("DeckXlsx", "no workbook inside"))
            for part in parts:
                if part.filename.endswith((".xml", ".rels")):
                    with archive.open(part) as stream:
                        start = stream.read(HEAD_BYTES)
                    if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                        raise ImportRefused(
                            path,
                            translate("DeckXlsx", "the workbook holds XML declarations (DTD), which are not allowed."),
                        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as error:
        raise _not_xlsx(path, str(error)) from None


def _text(value: Any) -> str:
    """A cell's value as the text a spreadsheet shows (numbers without a useless ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time, dt.datetime)):
        return value.isoformat()
    return str(value)


def read_deck_xlsx(path: Path, name: str | None = None, *, ignore_unknown: bool = False) -> ParsedDeck:
    """Read the first sheet that holds anything; raise :class:`ImportRefused` naming the row and
    column at fault."""
    return read_xlsx_table(path, TableReader(path, ignore_unknown=ignore_unknown)).finish(name or path.stem)


def read_xlsx_table(path: Path, table: Sink) -> Sink:
    """Feed the rows of the first sheet that holds anything, as text, to ``table``."""
    check_xlsx_container(path)
    from openpyxl import load_workbook

    workbooks = []
    try:
        for data_only in (True, False):  # cached values, and the formulas behind them
            workbooks.append(load_workbook(path, read_only=True, data_only=data_only))
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        for workbook in workbooks:
            workbook.close()
        raise _not_xlsx(path, str(error) or type(error).__name__) from None
    values_book, formulas_book = workbooks
    try:
        if not values_book.worksheets:
            raise _not_xlsx(path, translate("DeckXlsx", "no sheet"))
        sheet = _first_filled(values_book.worksheets)
        for row, values, formulas in _rows(values_book.worksheets[sheet], formulas_book.worksheets[sheet]):
            _check_row(table, row, values, formulas)
            table.feed(row, [_text(value) for value in values[:MAX_COLUMNS]])
        return table
    except ImportRefused:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl reading the rows raises many kinds too
        raise _not_xlsx(path, str(error) or type(error).__name__) from None
    finally:
        values_book.close()
        formulas_book.close()


def _first_filled(sheets: Sequence[Any]) -> int:
    """The first sheet holding anything (a workbook may open on an empty sheet, its list on
    the next one); the first sheet when all are empty."""
    for index, sheet in enumerate(sheets):
        sheet.reset_dimensions()
        for values in sheet.iter_rows(values_only=True):
            if any(value is not None and _text(value).strip() for value in values):
                return index
    return 0


def _rows(values_sheet: Any, formulas_sheet: Any) -> Iterator[tuple[int, tuple[Any, ...], tuple[Any, ...]]]:
    """Each row's cached values and formulas, side by side, streamed."""
    for sheet in (values_sheet, formulas_sheet):
        sheet.reset_dimensions()  # a declared size may be absurd: read what is there
    values = values_sheet.iter_rows(min_row=1, values_only=True)
    formulas = formulas_sheet.iter_rows(min_row=1, values_only=True)
    for row, (cached, written) in enumerate(zip(values, formulas, strict=False), start=1):
        yield row, cached, written


def _check_row(table: RowSink, row: int, values: tuple[Any, ...], formulas: tuple[Any, ...]) -> None:
    """Refuse what would otherwise be read as empty: data beyond the last column read, and a
    formula whose result the file does not hold (openpyxl never computes one)."""
    for index in range(MAX_COLUMNS, len(values)):
        if values[index] is not None and _text(values[index]).strip():
            raise table.refuse(
                translate(
                    "DeckXlsx",
                    "this cell is beyond column {last}: a deck sheet is read up to column {last}. Move or delete it.",
                ).format(last=column_letter(MAX_COLUMNS - 1)),
                row=row,
                column=column_letter(index),
            )
    for index, (value, written) in enumerate(zip(values[:MAX_COLUMNS], formulas, strict=False)):
        if value is None and isinstance(written, str) and written.startswith("="):
            raise table.refuse(
                translate(
                    "DeckXlsx",
                    "this cell holds a formula ({formula}) whose result the file does not hold: open the workbook "
                    "in your spreadsheet and save it again, or paste the values instead.",
                ).format(formula=written[:40]),
                row=row,
                column=table.column_name(index),
            )


def _sheet_title(name: str) -> str:
    title = _SHEET_TITLE_FORBIDDEN.sub(" ", name).strip().strip("'")[:31].strip()
    return title or translate("DeckXlsx", "Cards")


def write_deck_xlsx(deck: DeckData, path: Path) -> None:
    """One sheet named after the deck, a header row, one row per card, every text a string.

    Characters XML cannot hold (control characters other than tab and line breaks) are left
    out; everything else comes back identical on import.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    columns = export_columns(deck)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(deck.name))
    sheet.freeze_panes = "A2"
    widths = {"kind": 18, "title": 32, "body": 60, "pictogram": 16, "back": 40, "copies": 11, "colour": 12}
    for index, column in enumerate(columns):
        sheet.column_dimensions[chr(ord("A") + index)].width = widths[column]
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column_header(column))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for card in deck.cards:
        cells = []
        for value in export_row(card, columns, deck):
            cell = WriteOnlyCell(sheet, value=value if isinstance(value, int) else _ILLEGAL_XML.sub("", value))
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula
                cell.alignment = wrap
            cells.append(cell)
        sheet.append(cells)
    with atomic_write(path) as handle:
        workbook.save(handle)
