"""The pictograms as a list of thumbnails with their labels, filtered by a search text.

Shared by the pictogram library and the picker. The search is the service's
(``search_pictograms``: key, French or English label, case and accents ignored).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListView, QWidget

from workshop_studio.ui.pictograms import pictogram
from workshop_studio.ui.text import plain_tooltip

PictogramIdRole = Qt.ItemDataRole.UserRole + 20


@dataclass(frozen=True)
class PictogramEntry:
    id: int
    key: str
    label_fr: str
    label_en: str
    source: str
    media_type: str
    data: bytes

    def label(self) -> str:
        """The label in the interface's language."""
        french = QLocale().language() == QLocale.Language.French
        return (self.label_fr if french else self.label_en) or self.label_fr or self.key


def read_entries(session, text: str = "") -> list[PictogramEntry]:
    from workshop_studio.domain.vocabulary import fold
    from workshop_studio.services.pictograms import search_pictograms

    entries = [
        PictogramEntry(p.id, p.key, p.label_fr, p.label_en, p.source, p.media_type, p.data)
        for p in search_pictograms(session, text)
    ]
    return sorted(entries, key=lambda e: (fold(e.label()), e.id))  # in the order the user reads them


def icon_for(entry: PictogramEntry, side: int = 64) -> QIcon:
    return pictogram(entry.data, entry.media_type).icon(side)


class PictogramListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None, icon_side: int = 64) -> None:
        super().__init__(parent)
        self._entries: list[PictogramEntry] = []
        self._icons: dict[int, QIcon] = {}
        self._side = icon_side

    def set_entries(self, entries: list[PictogramEntry]) -> None:
        self.beginResetModel()
        old = {e.id: e for e in self._entries}
        self._icons = {i: icon for i, icon in self._icons.items() if i in old}
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> PictogramEntry:
        return self._entries[row]

    def row_of(self, pictogram_id: int | None) -> int:
        return next((i for i, e in enumerate(self._entries) if e.id == pictogram_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.label()
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(entry.id)
            if icon is None:
                icon = self._icons[entry.id] = icon_for(entry, self._side)
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{entry.label_fr}\n{entry.label_en}\n{entry.key}")
        if role == PictogramIdRole:
            return entry.id
        return None


PICTOGRAM_CELL = QSize(120, 120)  # a pictogram's place in the grid, in pixels


class PictogramGridView(QListView):
    """Thumbnails with their label underneath, in a wrapping grid."""

    def __init__(
        self,
        model: PictogramListModel,
        parent: QWidget | None = None,
        *,
        cell: QSize = PICTOGRAM_CELL,
        icon_side: int = 56,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)  # no uniform sizes: each label gets the cell's width, on two lines
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setIconSize(QSize(icon_side, icon_side))
        self.setGridSize(cell)
        self.setSpacing(4)

    def current_pictogram_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(PictogramIdRole)) if index.isValid() else None

    def select_pictogram(self, pictogram_id: int | None) -> None:
        model = self.model()
        assert isinstance(model, PictogramListModel)
        row = model.row_of(pictogram_id)
        if row >= 0:
            self.setCurrentIndex(model.index(row))
            self.scrollTo(model.index(row))
        else:
            self.clearSelection()
