"""A deck (or any table) from an OpenDocument spreadsheet (``.ods``, LibreOffice's own format).

The first sheet of ``content.xml`` is read as text cells, as the spreadsheet shows them, and
fed row by row to a :class:`RowSink`, like the CSV and XLSX readers. Bounded like them: the
zip's size and unpacked size are checked before any XML is parsed, DTDs and entities are
refused (defusedxml), repeated empty rows and columns (a sheet "ends" with a million of them)
are counted, not built, and a cell beyond column :data:`MAX_COLUMNS` that holds data is refused.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workshop_studio.i18n import translate
from workshop_studio.interchange.deck_csv import Sink
from workshop_studio.interchange.deck_table import MAX_COLUMNS, MAX_ROWS, ParsedDeck, TableReader, column_letter
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.file_head import read_head

MAX_ODS_BYTES = 20 * 1024 * 1024
MAX_CONTENT_BYTES = 100 * 1024 * 1024
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _not_ods(path: Path, detail: str) -> ImportRefused:
    return ImportRefused(
        path, translate("DeckOds", "this is not a readable OpenDocument spreadsheet ({detail}).").format(detail=detail)
    )


def read_deck_ods(path: Path, name: str | None = None, *, ignore_unknown: bool = False) -> ParsedDeck:
    """Read the first sheet; raise :class:`ImportRefused` naming the row and column at fault."""
    return read_ods_table(path, TableReader(path, ignore_unknown=ignore_unknown)).finish(name or path.stem)


def read_ods_table(path: Path, table: Sink) -> Sink:
    """Feed the first sheet's rows, as text, to ``table``."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    try:
        read_head(path, 0, MAX_ODS_BYTES)
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo("content.xml")
            except KeyError:
                raise _not_ods(path, translate("DeckOds", "no content.xml inside")) from None
            if info.file_size > MAX_CONTENT_BYTES:
                raise ImportRefused(
                    path, translate("DeckOds", "the spreadsheet unpacks to too much data to be a deck.")
                )
            with archive.open(info) as stream:
                events = iterparse(
                    stream, events=("start", "end"), forbid_dtd=True, forbid_entities=True, forbid_external=True
                )
                for row, cells in _rows(events):
                    if len(cells) > MAX_COLUMNS and any(c.strip() for c in cells[MAX_COLUMNS:]):
                        raise table.refuse(
                            translate(
                                "DeckOds",
                                "this cell is beyond column {last}: a deck sheet is read up to column {last}. "
                                "Move or delete it.",
                            ).format(last=column_letter(MAX_COLUMNS - 1)),
                            row=row,
                            column=column_letter(MAX_COLUMNS),
                        )
                    table.feed(row, cells[:MAX_COLUMNS])
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, DefusedXmlException) as error:
        raise _not_ods(path, str(error) or type(error).__name__) from None
    except OSError as error:
        raise ImportRefused(path, error.strerror or str(error)) from None
    except Exception as error:  # noqa: BLE001 - ParseError and the like
        raise _not_ods(path, str(error) or type(error).__name__) from None
    return table


def _rows(events: Any) -> Iterator[tuple[int, list[str]]]:
    """``(row number, cells)`` of the first sheet's rows that hold something."""
    row = 0
    depth = 0  # inside the first table
    for event, element in events:
        tag = element.tag
        if tag == f"{{{TABLE}}}table":
            if event == "start":
                depth += 1
            else:
                return
            continue
        if depth == 0 or tag != f"{{{TABLE}}}table-row" or event != "end":
            continue
        repeat = _count(element.get(f"{{{TABLE}}}number-rows-repeated"))
        cells = _cells(element)
        if any(cell.strip() for cell in cells):
            for _ in range(min(repeat, MAX_ROWS + 1)):
                row += 1
                yield row, cells
        else:
            row += repeat
        element.clear()


def _count(value: str | None) -> int:
    try:
        return max(1, int(value or "1"))
    except ValueError:
        return 1


def _cells(row: Any) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in (f"{{{TABLE}}}table-cell", f"{{{TABLE}}}covered-table-cell"):
            continue
        text = "\n".join(_paragraph(p) for p in cell if p.tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h"))
        if not text:
            text = cell.get(f"{{{OFFICE}}}value") or cell.get(f"{{{OFFICE}}}string-value") or ""
        repeat = _count(cell.get(f"{{{TABLE}}}number-columns-repeated"))
        if not text:  # empty columns are counted up to the limit, not built by the million
            repeat = min(repeat, MAX_COLUMNS + 1 - len(cells)) if len(cells) <= MAX_COLUMNS else 0
        cells.extend([text] * min(repeat, MAX_COLUMNS + 1))
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _paragraph(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        local = child.tag.rsplit("}", 1)[-1]
        if local == "s":
            parts.append(" " * _count(child.get(f"{{{TEXT}}}c")))
        elif local == "tab":
            parts.append("\t")
        elif local == "line-break":
            parts.append("\n")
        else:
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)
