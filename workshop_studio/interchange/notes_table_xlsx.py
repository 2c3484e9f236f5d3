"""A workshop's notes as an XLSX workbook: one sheet, the columns of ``notes_table``.

Every text cell is a string cell (never a formula) and neutralised like the CSV, so a
spreadsheet that re-evaluates pasted cells runs nothing either; votes are numbers and
``created_at`` a real date-time, so the sheet sorts and filters as users expect.
Characters XML cannot hold (control characters other than tab and line breaks) are left out.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from workshop_studio.atomic import atomic_write
from workshop_studio.i18n import translate
from workshop_studio.interchange.deck_table import column_letter, neutralise
from workshop_studio.interchange.notes_table import NOTE_COLUMNS, note_headers, note_table
from workshop_studio.services.review_report import WorkshopReport

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WIDTHS = {
    "workshop": 28,
    "stage": 26,
    "target": 30,
    "kind": 16,
    "role": 14,
    "author": 22,
    "text": 70,
    "votes": 8,
    "created_at": 18,
}


def render_notes_xlsx(report: WorkshopReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(translate("ReviewExport", "Notes"))
    sheet.freeze_panes = "A2"
    for index, column in enumerate(NOTE_COLUMNS):
        sheet.column_dimensions[column_letter(index)].width = _WIDTHS[column]
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    header = []
    for column in note_headers():
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in note_table(report):
        cells = []
        for value in row:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=_ILLEGAL_XML.sub("", neutralise(value)))
                cell.data_type = "s"  # text, never a formula
                cell.alignment = wrap
            else:
                cell = WriteOnlyCell(sheet, value=value)
                cell.alignment = top
                if isinstance(value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_notes_xlsx(report: WorkshopReport, path: Path) -> int:
    """Write the workbook whole or not at all; returns the number of notes written."""
    data = render_notes_xlsx(report)
    with atomic_write(path) as handle:
        handle.write(data)
    return len(report.notes)
