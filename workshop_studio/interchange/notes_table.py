"""A workshop's notes as a table, for spreadsheets: CSV here, XLSX in ``notes_table_xlsx``.

Columns, exactly: ``workshop, stage, target, kind, role, author, text, votes, created_at``, named
in the interface's language (``atelier, étape, cible…`` in French).

* ``stage``: the stage's title for a note pinned to a stage, else empty;
* ``target``: what the note is pinned to, in words ("Étape", "Carte : Le pressé", …);
* ``kind``/``role``: labels in the user's language (empty role: none recorded);
* ``author``: the participant's name, or "CDE 1"… in the anonymised variant (the report
  record has already replaced it, see ``services.review_report``);
* ``created_at``: ``YYYY-MM-DD HH:MM:SS`` as stored (a date-time cell in XLSX).

Rows come in the report's order: stage notes along the timeline, then the others by time.
Hidden notes are included unless the report left them out.

CSV dialect, for French spreadsheet users: ``;`` separators, UTF-8 with a BOM, CRLF line
ends. French Excel lists with ``;`` (the comma is the decimal separator) and only takes a
CSV as UTF-8 when it starts with a BOM, otherwise accents come out as "Ã©"; LibreOffice
Calc reads this with its defaults too. Same dialect as the deck CSV (``deck_csv``). Every
text cell goes through the deck table's ``neutralise``: a cell starting with ``=``, ``+``,
``-``, ``@``, a tab or a CR gets a leading ``'``, so opening the file runs nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from workshop_studio.atomic import atomic_write
from workshop_studio.domain.text_rules import without_controls
from workshop_studio.domain.vocabulary import AnnotationKind, TargetKind
from workshop_studio.i18n import QT_TRANSLATE_NOOP, translate
from workshop_studio.interchange.deck_table import neutralise
from workshop_studio.services.review import NoteRow
from workshop_studio.services.review_anonymise import role_label
from workshop_studio.services.review_report import WorkshopReport

NOTE_COLUMNS = ("workshop", "stage", "target", "kind", "role", "author", "text", "votes", "created_at")
_HEADERS = {
    "workshop": QT_TRANSLATE_NOOP("NoteColumns", "workshop"),
    "stage": QT_TRANSLATE_NOOP("NoteColumns", "stage"),
    "target": QT_TRANSLATE_NOOP("NoteColumns", "target"),
    "kind": QT_TRANSLATE_NOOP("NoteColumns", "kind"),
    "role": QT_TRANSLATE_NOOP("NoteColumns", "role"),
    "author": QT_TRANSLATE_NOOP("NoteColumns", "author"),
    "text": QT_TRANSLATE_NOOP("NoteColumns", "text"),
    "votes": QT_TRANSLATE_NOOP("NoteColumns", "votes"),
    "created_at": QT_TRANSLATE_NOOP("NoteColumns", "created_at"),
}


def note_headers() -> list[str]:
    """The header row, in the interface's language (``atelier``, ``étape``… in French)."""
    return [translate("NoteColumns", _HEADERS[column]) for column in NOTE_COLUMNS]


DATE_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

Cell = str | int | dt.datetime


def _label(enum, value: str) -> str:
    try:
        return enum(value).display()
    except ValueError:
        return value


def target_words(note: NoteRow) -> str:
    """Where the note is pinned, in words: "Stage", or "Card: <its title>"…"""
    kind = _label(TargetKind, note.target_kind)
    if note.target_kind == "stage" or not note.target:
        return kind
    return translate("ReviewExport", "{kind}: {name}").format(kind=kind, name=note.target)


def note_values(report: WorkshopReport, note: NoteRow) -> list[Cell]:
    """One row, plain values (text not yet neutralised: each writer does that)."""
    return [
        report.title,
        note.target if note.target_kind == "stage" else "",
        target_words(note),
        _label(AnnotationKind, note.kind),
        role_label(note.role) if note.role else "",
        note.author or "",
        note.text,
        note.votes,
        note.created_at,
    ]


def note_table(report: WorkshopReport) -> list[list[Cell]]:
    """The rows under the header, in the report's order."""
    return [note_values(report, note) for note in report.notes]


def csv_cell(value: Cell) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime(DATE_TIME_FORMAT)
    if isinstance(value, int):
        return str(value)
    return neutralise(without_controls(value))


def render_notes_csv(report: WorkshopReport) -> bytes:
    """The CSV file's bytes (see the module for the dialect)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(note_headers())
    for row in note_table(report):
        writer.writerow([csv_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_notes_csv(report: WorkshopReport, path: Path) -> int:
    """Write the CSV whole or not at all; returns the number of notes written."""
    data = render_notes_csv(report)
    with atomic_write(path) as handle:
        handle.write(data)
    return len(report.notes)
