"""The review's notes as a table: where, kind, role, author, text, votes, group, time.

Rows are the notes passing the filters, in the order the page chose (timeline, votes, time,
from ``sort_notes``). Hidden notes are marked in words and in italics. Everything shown is
plain text (a table cell never renders HTML).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workshop_studio.domain.vocabulary import AnnotationKind, Role, TargetKind
from workshop_studio.services.review import NoteRow
from workshop_studio.ui.text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _display(enum, value: str | None) -> str:
    if not value:
        return ""
    try:
        return enum(value).display()
    except ValueError:
        return value


class NotesTableModel(QAbstractTableModel):
    WHERE, KIND, ROLE, AUTHOR, TEXT, VOTES, GROUP, TIME = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[NoteRow] = []
        self.group_titles: Mapping[int, str] = {}
        self._headers = [
            self.tr("Pinned to"),
            self.tr("Kind"),
            self.tr("Role"),
            self.tr("Author"),
            self.tr("Note"),
            self.tr("Votes"),
            self.tr("Group"),
            self.tr("Time"),
        ]

    def set_rows(self, rows: Sequence[NoteRow], group_titles: Mapping[int, str]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.group_titles = dict(group_titles)
        self.endResetModel()

    def note_ids(self) -> list[int]:
        return [row.id for row in self.rows]

    def row_of(self, note_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == note_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _where(self, note: NoteRow) -> str:
        if note.target_kind == "stage":
            return note.target
        kind = _display(TargetKind, note.target_kind)
        return f"{kind} · {note.target}" if note.target else kind

    def text_at(self, row: int, column: int) -> str:
        note = self.rows[row]
        if column == self.WHERE:
            return self._where(note)
        if column == self.KIND:
            return _display(AnnotationKind, note.kind)
        if column == self.ROLE:
            return _display(Role, note.role)
        if column == self.AUTHOR:
            return note.author or ""
        if column == self.TEXT:
            return ("(" + self.tr("hidden from the shared screen") + ") " if note.hidden else "") + note.text
        if column == self.VOTES:
            return str(note.votes)
        if column == self.GROUP:
            return self.group_titles.get(note.group_id, "") if note.group_id is not None else ""
        if column == self.TIME:
            return note.created_at.strftime("%H:%M")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        note = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text_at(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.TEXT, self.WHERE):
            return plain_tooltip(self.text_at(index.row(), index.column()))
        if role == Qt.ItemDataRole.FontRole and note.hidden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == NOTE_ID_ROLE:
            return note.id
        return None
