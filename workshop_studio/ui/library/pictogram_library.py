"""The pictogram library: browse and search the thumbnails, import SVG or PNG, relabel in
French and English, see where each is used, delete one that is used nowhere.

Deleting one that is used is refused by the service with a message naming the places; the
places are also always listed beside the pictogram, so the refusal is no surprise. Files
dropped anywhere on the library page are imported (see ``LibraryPage.dropEvent``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.changes import Area
from workshop_studio.services.errors import ServiceError
from workshop_studio.ui import prompts
from workshop_studio.ui.library.commit_fields import CommitLineEdit, FieldHint
from workshop_studio.ui.library.pictogram_model import (
    PictogramEntry,
    PictogramGridView,
    PictogramListModel,
    read_entries,
)
from workshop_studio.ui.pictograms import pictogram
from workshop_studio.ui.text import heading_label, plain_label
from workshop_studio.ui.undo import library as commands
from workshop_studio.ui.undo.authoring import push, push_or_warn

if TYPE_CHECKING:
    from workshop_studio.services.pictograms import PictogramUsage
    from workshop_studio.ui.library.deck_files_ui import DeckFiles
    from workshop_studio.ui.workspace import Workspace

USAGE_AREAS = (Area.PICTOGRAMS, Area.CARDS, Area.DECKS, Area.TIMELINES, Area.SCENARIOS)


class PictogramLibrary(QWidget):
    def __init__(self, workspace: Workspace, files: DeckFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.files = files
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by French or English label"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search pictograms"))
        self.search.textChanged.connect(lambda _text: self.reload())
        self.import_button = QPushButton(self.tr("Import SVG or PNG…"))
        self.import_button.setToolTip(self.tr("Or drop SVG or PNG files on this page"))
        self.import_button.clicked.connect(files.choose_and_import_pictograms)
        self.count = plain_label(wrap=False)
        self.model = PictogramListModel(self)
        self.grid = PictogramGridView(self.model, cell=QSize(118, 118), icon_side=60)
        self.grid.setAccessibleName(self.tr("Pictograms"))
        self.grid.selectionModel().currentChanged.connect(lambda _current, _previous: self._show_current())

        self.preview = QLabel()
        self.preview.setFixedSize(QSize(160, 160))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = heading_label(level=2)
        self.label_fr = CommitLineEdit()
        self.label_fr.setAccessibleName(self.tr("French label"))
        self.label_en = CommitLineEdit()
        self.label_en.setAccessibleName(self.tr("English label"))
        self.label_fr.committed.connect(lambda text, stretch: self._relabel("label_fr", text, stretch))
        self.label_en.committed.connect(lambda text, stretch: self._relabel("label_en", text, stretch))
        self.hint = FieldHint()
        self.key = plain_label(selectable=True)
        self.source = plain_label(selectable=True)
        self.uses_heading = heading_label(level=3)
        self.uses = QListWidget()
        self.uses.setAccessibleName(self.tr("Where it is used"))
        self.uses.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete pictogram"))
        self.delete_button.clicked.connect(self.delete_current)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.grid, 1)
        form = QFormLayout()
        form.addRow(self.tr("French label"), self.label_fr)
        form.addRow(self.tr("English label"), self.label_en)
        form.addRow("", self.hint)
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("Source"), self.source)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        detail_layout.addWidget(self.title)
        detail_layout.addLayout(form)
        detail_layout.addWidget(self.uses_heading)
        detail_layout.addWidget(self.uses, 1)
        detail_layout.addWidget(self.delete_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        workspace.changed.connect(lambda changes: self.reload() if changes.touches(*USAGE_AREAS) else None)
        files.pictogramsImported.connect(self._show_imported)
        self.reload()

    def current_id(self) -> int | None:
        return self.grid.current_pictogram_id()

    def reload(self) -> None:
        current = self.current_id()
        text = self.search.text()
        self.model.set_entries(self.workspace.query(lambda s: read_entries(s, text)))
        self.count.setText(self.tr("%n pictogram(s)", "", self.model.rowCount()))
        if self.model.row_of(current) >= 0:
            self.grid.select_pictogram(current)
        elif self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0))
        self._show_current()

    def _show_imported(self, ids: list[int]) -> None:
        self.search.clear()
        self.grid.select_pictogram(ids[0] if ids else None)
        self.label_fr.setFocus()
        self.label_fr.selectAll()

    def _entry(self) -> PictogramEntry | None:
        index = self.grid.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        from workshop_studio.services.pictograms import pictogram_usage

        entry = self._entry()
        self.detail.setEnabled(entry is not None)
        if entry is None:
            self.preview.clear()
            self.title.setText("")
            self.uses.clear()
            return
        self.preview.setPixmap(pictogram(entry.data, entry.media_type).pixmap(150))
        self.title.setText(entry.label())
        if self.label_fr.property("pictogram") != entry.id:
            for field in (self.label_fr, self.label_en):
                field.end_stretch()
                field.discard()
                field.setProperty("pictogram", entry.id)
        self.label_fr.show_value(entry.label_fr)
        self.label_en.show_value(entry.label_en)
        self.key.setText(entry.key)
        self.source.setText(entry.source or "—")
        usage = self.workspace.query(lambda s: pictogram_usage(s, entry.id))
        self._show_usage(usage)

    def _show_usage(self, usage: PictogramUsage) -> None:
        self.uses.clear()
        names = {
            "card": self.tr("Card “%1” — deck “%2”"),
            "stage": self.tr("Stage “%1” — timeline “%2”"),
            "scenario": self.tr("Scenario “%1”"),
            "workshop_stage": self.tr("Stage “%1” — workshop “%2”"),
        }
        for use in usage.uses:
            self.uses.addItem(names[use.what].replace("%1", use.title).replace("%2", use.within))
        self.uses_heading.setText(
            self.tr("Used in %n place(s)", "", len(usage.uses))
            if usage.in_use
            else self.tr("Not used: it can be deleted")
        )
        self.delete_button.setToolTip(usage.describe() if usage.in_use else "")

    def _relabel(self, field: str, text: str, stretch: int) -> None:
        pictogram_id = self.label_fr.property("pictogram")
        if pictogram_id is None:
            return
        key = (int(pictogram_id), field, stretch)
        try:
            push(
                self.workspace,
                commands.relabel_pictogram(self.workspace, int(pictogram_id), field, text, merge_key=key),
            )
            self.hint.say("")
        except ServiceError as error:
            self.hint.say(str(error))
            widget = self.label_fr if field == "label_fr" else self.label_en
            if widget.hasFocus():
                widget.keep_dirty()
            else:
                self._show_current()

    def delete_current(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        if not push_or_warn(
            self, self.tr("Delete pictogram"), self.workspace, commands.delete_pictogram(self.workspace, entry.id)
        ):
            return
        prompts.show_status(self, self.tr("Pictogram “%1” deleted — Ctrl+Z to undo").replace("%1", entry.label()))
