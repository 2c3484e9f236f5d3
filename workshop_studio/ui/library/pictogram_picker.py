"""Choosing a pictogram: a field showing the current one, and a picker with search and thumbnails.

The picker is opened with ``open()`` (window-modal, not ``exec()``): the field hears the
answer through :attr:`PictogramField.chosen`, so nothing blocks, in use or in tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.ui.library.pictogram_model import (
    PictogramEntry,
    PictogramGridView,
    PictogramListModel,
    icon_for,
    read_entries,
)
from workshop_studio.ui.text import plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class PictogramPicker(QDialog):
    """Search by French or English label; double-click or OK chooses, "No pictogram" clears."""

    def __init__(self, workspace: Workspace, current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Choose a pictogram"))
        self.resize(640, 520)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by French or English label"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search pictograms"))
        self.model = PictogramListModel(self)
        self.grid = PictogramGridView(self.model)
        self.grid.setAccessibleName(self.tr("Pictograms"))
        self.grid.doubleClicked.connect(lambda _index: self.accept())
        self.empty = plain_label(self.tr("No pictogram matches this search."))
        self.empty.hide()
        self._chose_none = False

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.none_button = buttons.addButton(self.tr("No pictogram"), QDialogButtonBox.ButtonRole.ResetRole)
        self.none_button.clicked.connect(self.choose_none)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.refilter)
        self.refilter()
        self.grid.select_pictogram(current)

    def refilter(self, text: str | None = None) -> None:
        wanted = self.search.text() if text is None else text
        chosen = self.grid.current_pictogram_id()
        self.model.set_entries(self.workspace.query(lambda s: read_entries(s, wanted)))
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.row_of(chosen) >= 0:
            self.grid.select_pictogram(chosen)
        elif self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0))

    def choose_none(self) -> None:
        self._chose_none = True
        self.accept()

    def selected_id(self) -> int | None:
        return None if self._chose_none else self.grid.current_pictogram_id()


class PictogramField(QWidget):
    """The current pictogram (thumbnail and label), "Choose…" and "None"."""

    chosen = Signal(object)  # a pictogram id, or None for no pictogram

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.picker: PictogramPicker | None = None
        self._current: int | None = None
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(QSize(44, 44))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = plain_label(wrap=False)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setToolTip(self.tr("Choose a pictogram from the library"))
        self.choose_button.clicked.connect(self.open_picker)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("No pictogram"))
        self.clear_button.setAccessibleName(self.tr("No pictogram"))
        self.clear_button.clicked.connect(lambda: self.chosen.emit(None) if self._current is not None else None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.show_pictogram(None)

    @property
    def current(self) -> int | None:
        return self._current

    def show_pictogram(self, entry: PictogramEntry | None) -> None:
        """Show what the data says (the field never changes data by itself)."""
        self._current = entry.id if entry is not None else None
        if entry is None:
            self.thumbnail.clear()
            self.name.setText(self.tr("No pictogram"))
        else:
            self.thumbnail.setPixmap(icon_for(entry, 40).pixmap(40, 40))
            self.name.setText(entry.label())
        self.clear_button.setEnabled(entry is not None)

    def open_picker(self) -> PictogramPicker:
        picker = PictogramPicker(self.workspace, self._current, self)
        picker.setWindowModality(Qt.WindowModality.WindowModal)
        picker.accepted.connect(lambda: self._picked(picker))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        return picker

    def _picked(self, picker: PictogramPicker) -> None:
        choice = picker.selected_id()
        if choice != self._current:
            self.chosen.emit(choice)


def entry_by_id(session, pictogram_id: int | None) -> PictogramEntry | None:
    """The entry to show in a :class:`PictogramField` for ``pictogram_id``."""
    if pictogram_id is None:
        return None
    from workshop_studio.services.errors import NotFound
    from workshop_studio.services.pictograms import get_pictogram

    try:
        p = get_pictogram(session, pictogram_id)
    except NotFound:
        return None
    return PictogramEntry(p.id, p.key, p.label_fr, p.label_en, p.source, p.media_type, p.data)
