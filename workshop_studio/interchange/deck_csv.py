"""Decks as CSV, read the way French office suites write them, written the way they read them.

Reading:

* separator: ``;``, ``,`` or tab, whichever the header row uses most (a header with none of
  them is one column: then commas and semicolons in the cards are text);
* encoding: UTF-8 with or without BOM; if that fails, Windows-1252 (Excel's "CSV
  (séparateur: point-virgule)"); a file that is neither is refused, naming the row and column
  of the first unreadable character. UTF-16 ("Unicode text") is refused with a hint;
* quoted fields may hold separators, quotes (doubled) and line breaks; ``\\r\\n`` in a cell
  becomes ``\\n``; empty rows are skipped; rows are counted as a spreadsheet shows them;
* the file is streamed: a file with too many rows, or a huge cell, is refused as soon as
  it is seen, without reading the rest (and memory stays bounded by one record).

Writing: ``;``, UTF-8 with a BOM and CRLF, which French Excel opens by double-click and
LibreOffice reads with its defaults; formula-like cells neutralised (``deck_table``).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol, TypeVar

from workshop_studio.atomic import atomic_write
from workshop_studio.domain.materials import DeckData
from workshop_studio.i18n import translate
from workshop_studio.interchange.deck_table import (
    MAX_CELL_CHARS,
    ParsedDeck,
    TableReader,
    column_header,
    export_columns,
    export_row,
)
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.file_head import read_head

MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_RECORD_CHARS = 16 * MAX_CELL_CHARS  # below csv's own field limit (131,072)
MAX_LINE_BYTES = 4 * MAX_RECORD_CHARS
SNIFF_BYTES = 64 * 1024
ONE_COLUMN = "\x1f"  # a separator no one types: the whole line is the one cell
ENCODINGS = ("utf-8", "cp1252")


class _Undecodable(Exception):
    """A line that does not decode; ``pending`` is the record read so far, that line included."""

    def __init__(self, pending: bytes) -> None:
        self.pending = pending


class _Unreadable(Exception):
    """:class:`_Undecodable`, with where it happened."""

    def __init__(self, pending: bytes, encoding: str, row: int, separator: str, table: RowSink, bom: bool) -> None:
        self.pending = pending
        self.encoding = encoding
        self.row = row
        self.separator = separator
        self.table = table
        self.bom = bom

    def refusal(self, path: Path) -> ImportRefused:
        text = self.pending.decode(self.encoding, errors="replace")
        index = _field_index(text, self.separator, lambda f: "\ufffd" in f)
        column = None if index is None else self.table.column_name(index)
        return ImportRefused(
            path,
            translate(
                "DeckCsv", "unreadable characters: the file is neither UTF-8 nor Windows-1252; save it as “CSV UTF-8”."
            ),
            row=self.row,
            column=column,
        )


class _TooLong(Exception):
    def __init__(self, pending: str) -> None:
        self.pending = pending


class _Lines:
    """Decoded lines for ``csv.reader``, bounded, remembering the record being read."""

    def __init__(self, raw: BinaryIO, encoding: str) -> None:
        self.raw = raw
        self.encoding = encoding
        self.first = True
        self.had_bom = False
        self.pending: list[bytes] = []
        self.pending_chars = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        data = self.raw.readline(MAX_LINE_BYTES)
        if not data:
            raise StopIteration
        if self.first:
            self.first = False
            if data.startswith(codecs.BOM_UTF8):
                self.had_bom = True
                data = data[len(codecs.BOM_UTF8) :]
        self.pending.append(data)
        if len(data) >= MAX_LINE_BYTES and not data.endswith(b"\n"):
            raise _TooLong(self.pending_text())
        try:
            text = data.decode(self.encoding)
        except UnicodeDecodeError:
            raise _Undecodable(b"".join(self.pending)) from None
        self.pending_chars += len(text)
        if self.pending_chars > MAX_RECORD_CHARS:
            raise _TooLong(self.pending_text())
        return text

    def pending_text(self) -> str:
        return b"".join(self.pending).decode(self.encoding, errors="replace")

    def record_done(self) -> None:
        self.pending.clear()
        self.pending_chars = 0


def sniff_separator(sample: str) -> str:
    """The separator the first non-empty line uses most, counting outside quotes."""
    for line in sample.splitlines():
        if not line.strip():
            continue
        counts = {";": 0, ",": 0, "\t": 0}
        quoted = False
        for char in line:
            if char == '"':
                quoted = not quoted
            elif not quoted and char in counts:
                counts[char] += 1
        best = max(counts, key=lambda c: counts[c])  # ties: ";" first, French files
        return best if counts[best] else ONE_COLUMN
    return ONE_COLUMN


def _split_record(text: str, separator: str) -> list[str]:
    """The fields of one (possibly partial) record, tolerant of anything: for error messages
    only, where ``csv`` itself would stop at its field size limit."""
    fields: list[str] = []
    current: list[str] = []
    quoted = False
    index = 0
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"' and text[index + 1 : index + 2] == '"':
                current.append('"')
                index += 1
            elif char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == '"' and not current:
            quoted = True
        elif char == separator:
            fields.append("".join(current))
            current = []
        elif char in "\r\n":
            break
        else:
            current.append(char)
        index += 1
    fields.append("".join(current))
    return fields


def _field_index(record_text: str, separator: str, test: Callable[[str], bool]) -> int | None:
    """The index of the first field of a (partial) record passing ``test``."""
    fields = _split_record(record_text, separator)
    return next((index for index, field in enumerate(fields) if test(field)), None)


class RowSink(Protocol):
    """What the CSV and XLSX readers hand their rows to (a deck's or a participant list's reader)."""

    headers: list[str]
    fields: dict[str, int]
    header_row: int | None

    @property
    def source(self) -> Path | str: ...

    def feed(self, row: int, cells: Sequence[str]) -> None: ...

    def column_name(self, index: int) -> str: ...

    def refuse(self, reason: str, row: int | None = None, column: str | None = None) -> ImportRefused: ...


Sink = TypeVar("Sink", bound=RowSink)


def _check_merged_rows(table: RowSink, row: int, record: list[str], separator: str) -> None:
    """Refuse a cell that swallowed rows: a quote closed rows later, validly, still merges
    them. A title running over a line that looks like a row, or any cell running over two
    such lines (as many separators as the header has), is taken for that."""
    needed = max(1, len(table.headers) - 1)
    title = table.fields.get("title")
    for index, cell in enumerate(record):
        if "\n" not in cell:
            continue
        looking_like_rows = sum(1 for line in cell.split("\n")[1:] if line.count(separator) >= needed)
        if looking_like_rows >= (1 if index == title else 2):
            raise ImportRefused(
                table.source,
                translate(
                    "DeckCsv",
                    'this cell runs over {count} lines that look like rows of their own: a quote (") opened here '
                    "is probably closed rows later. Check the quotes in this row.",
                ).format(count=looking_like_rows),
                row=row,
                column=table.column_name(index),
            )


def _parse(path: Path, encoding: str, table: Sink) -> Sink:
    with path.open("rb") as raw:
        sample = raw.read(SNIFF_BYTES).decode(encoding, errors="replace").lstrip("\ufeff")
        separator = sniff_separator(sample)
        raw.seek(0)
        lines = _Lines(raw, encoding)
        reader = csv.reader(lines, delimiter=separator, quotechar='"', doublequote=True, strict=True)
        row = 0
        try:
            for record in reader:
                row += 1
                lines.record_done()
                if table.header_row is not None:
                    _check_merged_rows(table, row, record, separator)
                table.feed(row, record)
        except _TooLong as too_long:
            index = _field_index(too_long.pending, separator, lambda f: len(f) > MAX_CELL_CHARS)
            raise ImportRefused(
                path,
                translate(
                    "DeckCsv",
                    "this cell is longer than {max} characters (or a quote opened here is never closed).",
                ).format(max=MAX_CELL_CHARS),
                row=row + 1,
                column=table.column_name(index) if index is not None else None,
            ) from None
        except _Undecodable as bad:
            raise _Unreadable(bad.pending, encoding, row + 1, separator, table, lines.had_bom) from None
        except csv.Error as error:
            index = _field_index(lines.pending_text(), separator, lambda f: "\n" in f)
            raise ImportRefused(
                path,
                translate(
                    "DeckCsv",
                    'a quote (") opened in this row is not closed where it should be, so the rows after it would '
                    "run into one cell ({detail}). Check the quotes in this row.",
                ).format(detail=error),
                row=row + 1,
                column=table.column_name(index) if index is not None else None,
            ) from None
    return table


def read_deck_csv(path: Path, name: str | None = None, *, ignore_unknown: bool = False) -> ParsedDeck:
    """Read a CSV deck; raise :class:`ImportRefused` naming the row and column at fault."""
    return read_csv_table(path, lambda: TableReader(path, ignore_unknown=ignore_unknown)).finish(name or path.stem)


def read_csv_table(path: Path, make_table: Callable[[], Sink]) -> Sink:
    """Feed a CSV file's rows to ``make_table()`` (see the module for the reading rules)."""
    head = read_head(path, 4096, MAX_CSV_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportRefused(
            path, translate("DeckCsv", "the file is in UTF-16 (“Unicode text”); save it as “CSV UTF-8” instead.")
        )
    if head.startswith(b"PK\x03\x04") or b"\x00" in head:
        raise ImportRefused(
            path, translate("DeckCsv", "this is not a text file; if it is a workbook, save it as .xlsx or CSV.")
        )
    try:
        return _parse(path, ENCODINGS[0], make_table())
    except _Unreadable as bad:
        if bad.bom:  # it says UTF-8 and is not: Windows-1252 would only turn it into nonsense
            raise bad.refusal(path) from None
    try:
        return _parse(path, ENCODINGS[1], make_table())
    except _Unreadable as bad:
        raise bad.refusal(path) from None


def write_deck_csv(deck: DeckData, path: Path) -> None:
    """Write the deck as CSV for a French spreadsheet (see the module's docstring)."""
    columns = export_columns(deck)
    with atomic_write(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=";", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([column_header(c) for c in columns])
        for card in deck.cards:
            writer.writerow(export_row(card, columns, deck))
        text.flush()
        text.detach()
