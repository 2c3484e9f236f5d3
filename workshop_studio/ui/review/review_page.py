"""The Review page: every note of the chosen workshop in a table, filtered as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from workshop_studio.domain.vocabulary import AnnotationKind, Role, TargetKind
from workshop_studio.ui.lazy import ReloadWhenShown
from workshop_studio.ui.text import heading_label, plain_label

if TYPE_CHECKING:
    from workshop_studio.services.review import NoteRow
    from workshop_studio.ui.workspace import Workspace


def _display(enum, value: str | None) -> str:  # type: ignore[no-untyped-def]
    if not value:
        return ""
    try:
        return enum(value).display()
    except ValueError:
        return value


class ReviewPage(ReloadWhenShown):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.title = heading_label(level=2)
        self.summary = plain_label()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter notes: words, stage, role, author…"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)

        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Pinned to"), self.tr("Kind"), self.tr("Role"), self.tr("Author"),
             self.tr("Note"), self.tr("Votes")]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.textChanged.connect(lambda _text: self._update_summary())

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)

        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

        workspace.changed.connect(lambda area: self.request_reload() if area in ("annotations", "workshops", "all") else None)
        workspace.workshopChanged.connect(lambda _id: self.request_reload())
        self.reload()

    def reload(self) -> None:
        from workshop_studio.services.review import note_rows
        from workshop_studio.services.workshops import get_workshop

        workshop_id = self.workspace.workshop_id
        self.model.removeRows(0, self.model.rowCount())
        if workshop_id is None:
            self.title.setText(self.tr("No workshop yet"))
            return
        title, rows = self.workspace.query(lambda s: (get_workshop(s, workshop_id).title, note_rows(s, workshop_id)))
        self.title.setText(self.tr("Notes of “%1”").replace("%1", title))
        for note in rows:
            self.model.appendRow(self._row(note))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._update_summary()

    def _row(self, note: NoteRow) -> list[QStandardItem]:
        def item(text: str, sort_key: object | None = None) -> QStandardItem:
            cell = QStandardItem(text)
            cell.setEditable(False)
            cell.setData(sort_key if sort_key is not None else text, Qt.ItemDataRole.UserRole)
            return cell

        where = _display(TargetKind, note.target_kind)
        order = (note.stage_position if note.stage_position is not None else 1000)
        text = note.text + (f"\n({self.tr('hidden from the shared screen')})" if note.hidden else "")
        return [
            item(where, f"{order:05d}{note.target_kind}"),
            item(note.target, f"{order:05d}{note.target}"),
            item(_display(AnnotationKind, note.kind)),
            item(_display(Role, note.role)),
            item(note.author or ""),
            item(text),
            item(str(note.votes), note.votes),
        ]

    def _update_summary(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.summary.setText(self.tr("%1 of %n note(s) shown", "", total).replace("%1", str(shown)))
