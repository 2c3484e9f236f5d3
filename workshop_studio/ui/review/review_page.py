"""The review workspace: a past workshop's annotated timeline with its heat map, filters, the
notes table, counts per stage, workshops of the same template compared, groups and syntheses,
and the workshop's exports.

The page reads one workshop (``review_data.load_review``) when its data changes, then filters,
sorts and counts in memory, so the filters answer at once. It chooses its workshop itself
(any past one), starting from and following the console's current workshop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.changes import Area
from workshop_studio.services.review_filters import filter_notes
from workshop_studio.ui import prompts
from workshop_studio.ui.lazy import ReloadWhenShown
from workshop_studio.ui.review.compare_panel import ComparePanel
from workshop_studio.ui.review.counts_tab import CountsTab
from workshop_studio.ui.review.export_dialog import ExportDialog
from workshop_studio.ui.review.export_runner import ReviewExporter
from workshop_studio.ui.review.filter_panel import FilterPanel
from workshop_studio.ui.review.groups_panel import GroupsPanel
from workshop_studio.ui.review.notes_tab import NotesTab
from workshop_studio.ui.review.pool_panel import PoolPanel
from workshop_studio.ui.review.review_data import ReviewData
from workshop_studio.ui.review.review_timeline import ReviewTimeline
from workshop_studio.ui.review.synthesis_panel import SynthesisPanel
from workshop_studio.ui.text import long_date, plain_label

if TYPE_CHECKING:
    from workshop_studio.services.review import NoteRow
    from workshop_studio.ui.workspace import Workspace

SETTINGS_FOLDER = "review/exportFolder"
RELOAD_AREAS = (Area.NOTES, Area.WORKSHOPS, Area.PARTICIPANTS, Area.REVIEW)
FILE_FILTERS = {
    ".pdf": "PDF (*.pdf)",
    ".csv": "CSV (*.csv)",
    ".xlsx": "Excel (*.xlsx)",
    ".png": "PNG (*.png)",
    ".zip": "ZIP (*.zip)",
}


def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def file_name(name: str) -> str:
    """``name`` made safe as a file name on every system."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned[:120] or "workshop"


class ReviewPage(ReloadWhenShown):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, ask: Callable[[QDialog], bool] = run_dialog
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ask = ask
        self.data: ReviewData | None = None
        self.shown_notes: list[NoteRow] = []
        self._selection: list[int] = []
        self._syncing = False
        self._reloading = False
        self.exporter = ReviewExporter(workspace, self)

        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Workshop under review"))
        self.chooser.setMinimumContentsLength(30)
        chooser_label = QLabel(self.tr("&Workshop:"))
        chooser_label.setBuddy(self.chooser)
        self.summary = plain_label(wrap=False)
        # the summary may be cut short, it never widens the page
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr(
                "PDF report, notes table (CSV, XLSX), picture of the timeline (PNG) "
                "or workshop archive (ZIP), anonymised if you wish"
            )
        )
        self.delete_button = QPushButton(self.tr("&Delete the workshop…"))
        self.chooser.activated.connect(lambda _i: self.reload())
        self.export_button.clicked.connect(self.export)
        self.delete_button.clicked.connect(self.delete_workshop)

        self.filters = FilterPanel()
        self.timeline = ReviewTimeline()
        self.notes = NotesTab()
        self.counts = CountsTab()
        self.compare = ComparePanel(workspace)
        self.groups = GroupsPanel(workspace, self.selected_note_ids)
        self.synthesis = SynthesisPanel(workspace)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.counts, self.tr("Counts"))
        self.tabs.addTab(self.compare, self.tr("Compare workshops"))
        together = QSplitter(Qt.Orientation.Horizontal)
        together.addWidget(self.groups)
        together.addWidget(self.synthesis)
        self.tabs.addTab(together, self.tr("Groups and syntheses"))

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(200)  # typing: filter once the words settle
        self._text_timer.timeout.connect(self.apply_filter)
        self.filters.changed.connect(self._on_filter_changed)
        self.notes.selectionChanged.connect(self._on_table_selection)
        self.notes.noteActivated.connect(lambda note_id: self.timeline.select_notes([note_id]))
        self.notes.group_button.clicked.connect(self.groups.group_selected)
        self.timeline.scene.selectionChanged.connect(self._on_timeline_selection)
        self.timeline.noteActivated.connect(self._show_in_table)
        self.timeline.stageSelected.connect(self.synthesis.show_stage)
        self.groups.notesChosen.connect(self._show_notes)

        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.delete_button)
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(self.timeline)
        centre.addWidget(self.tabs)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.filters)
        main.addWidget(centre)
        main.setStretchFactor(1, 1)
        main.setSizes([270, 1000])
        single = QWidget()
        single_layout = QVBoxLayout(single)
        single_layout.addLayout(top)
        single_layout.addWidget(main, 1)
        # issue 16: several workshops reviewed together (a team's agencies, or this file's workshops)
        self.pool = PoolPanel(workspace)
        self.pool.workshopChosen.connect(self._review_alone)
        self.modes = QTabWidget()
        self.modes.setDocumentMode(True)
        self.modes.addTab(single, self.tr("One workshop"))
        self.modes.addTab(self.pool, self.tr("Several workshops"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.modes)

        workspace.changed.connect(lambda changes: self.request_reload() if changes.touches(*RELOAD_AREAS) else None)
        workspace.workshopChanged.connect(self._follow_console)
        self.reload()

    # -- which workshop ------------------------------------------------------------------------
    @property
    def workshop_id(self) -> int | None:
        data = self.chooser.currentData()
        return int(data) if data is not None else None

    def choose_workshop(self, workshop_id: int) -> None:
        self._fill_chooser(workshop_id)
        self.reload()

    def _review_alone(self, workshop_id: int) -> None:
        """A workshop chosen in the pool, reviewed on its own."""
        self.modes.setCurrentIndex(0)
        self.choose_workshop(workshop_id)

    def _follow_console(self, workshop_id: int) -> None:
        if workshop_id >= 0:
            self._fill_chooser(workshop_id)
        self.request_reload()

    def _fill_chooser(self, wanted: int | None) -> None:
        from workshop_studio.services.workshops import list_workshop_summaries

        summaries = self.workspace.query(list_workshop_summaries)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for summary in summaries:
            when = f" — {long_date(summary.date)}" if summary.date is not None else ""
            self.chooser.addItem(
                summary.title + when + " · " + self.tr("%n note(s)", "", summary.annotation_count), summary.id
            )
        index = self.chooser.findData(wanted) if wanted is not None else -1
        if index < 0 and self.workspace.workshop_id is not None:
            index = self.chooser.findData(self.workspace.workshop_id)
        self.chooser.setCurrentIndex(index if index >= 0 else (0 if summaries else -1))
        self.chooser.blockSignals(False)

    # -- data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        if self._reloading:  # a save made below announces itself: the data is read after it anyway
            return
        self._reloading = True
        try:
            self._reload()
        finally:
            self._reloading = False

    def _reload(self) -> None:
        from workshop_studio.ui.review.review_data import load_review

        previous = self.data.workshop_id if self.data is not None else None
        self._fill_chooser(self.workshop_id if self.chooser.count() else self.workspace.workshop_id)
        workshop_id = self.workshop_id
        if previous is not None and workshop_id != previous and self.synthesis.is_modified():
            self.synthesis.save()  # words typed for the workshop being left are kept
        for widget in (self.export_button, self.delete_button, self.tabs, self.filters):
            widget.setEnabled(workshop_id is not None)
        if workshop_id is None:
            self.data = None
            self.summary.setText(self.tr("No workshop yet."))
            self.timeline.clear()
            self.notes.set_notes([], {})
            self.groups.set_groups(None, [], {})
            self.synthesis.set_stages([], {})
            return
        data = self.workspace.query(lambda s: load_review(s, workshop_id))
        self.data = data
        self.filters.set_choices(data.choices, keep=previous == workshop_id)
        self.groups.set_groups(workshop_id, data.groups, data.note_by_id)
        self.synthesis.set_stages(data.stages, data.syntheses)
        self.compare.set_workshops(data.sharing, workshop_id)
        self.apply_filter()

    def _on_filter_changed(self) -> None:
        if self.filters.text.hasFocus():
            self._text_timer.start()
        else:
            self.apply_filter()

    def apply_filter(self) -> None:
        """Show the notes passing the filters on the timeline, in the table and in the counts."""
        self._text_timer.stop()
        data = self.data
        if data is None:
            return
        note_filter = self.filters.note_filter()
        shown = filter_notes(data.notes, note_filter)
        self.shown_notes = shown
        shown_ids = {note.id for note in shown}
        keep = [note_id for note_id in self._selection if note_id in shown_ids]
        self._syncing = True  # rebuilding the views must not be taken for a new selection
        try:
            self.timeline.show_notes(data.workshop_id, data.title, data.stages, shown, data.stage_axes)
            self.notes.set_notes(shown, data.group_titles)
            self.timeline.select_notes(keep)
            self.notes.select_ids(keep, scroll=False)
        finally:
            self._syncing = False
        self._selection = keep
        self.counts.set_notes(shown, data.stage_axes)
        self.compare.set_filter(note_filter)
        hidden = sum(1 for note in data.notes if note.hidden)
        text = self.tr("%n note(s) shown out of %1", "", len(shown)).replace("%1", str(len(data.notes)))
        if hidden:
            text += " · " + self.tr("%n hidden from the shared screen, marked here", "", hidden)
        self.summary.setText(text)
        self.summary.setToolTip(text)

    # -- selection -----------------------------------------------------------------------------
    def selected_note_ids(self) -> list[int]:
        """The notes selected last, on the timeline or in the table."""
        return list(self._selection)

    def _on_table_selection(self, note_ids: list[int]) -> None:
        if self._syncing:
            return
        self._selection = note_ids
        self._syncing = True
        try:
            self.timeline.select_notes(note_ids)
        finally:
            self._syncing = False

    def _on_timeline_selection(self) -> None:
        if self._syncing:
            return
        from shiboken6 import isValid

        if not isValid(self.timeline.scene):
            return
        self._selection = self.timeline.scene.selected_note_ids()
        self._syncing = True
        try:
            self.notes.select_ids(self._selection, scroll=bool(self._selection))
        finally:
            self._syncing = False

    def _show_in_table(self, note_id: int) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.select_ids([note_id])

    def _show_notes(self, note_ids: list[int]) -> None:
        self.timeline.select_notes(note_ids)
        self.notes.select_ids(note_ids)

    # -- files ---------------------------------------------------------------------------------
    def export(self) -> None:
        """Ask what and where, then write it (off the GUI thread when it takes time) and open it."""
        data = self.data
        if data is None or self.exporter.busy:
            return
        dialog = ExportDialog(data.title, by_role=self.timeline.by_role.isChecked(), parent=self)
        if not self.ask(dialog):
            return
        choice = dialog.choice()
        settings = QSettings()
        folders = (
            str(settings.value(SETTINGS_FOLDER) or ""),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation),
        )
        folder = next((f for f in folders if f and Path(f).is_dir()), "")
        stem = file_name(data.title) + ("-anonyme" if choice.anonymise else "")
        suggested = str(Path(folder) / f"{stem}{choice.suffix}")
        path = prompts.ask_save_path(self, self.tr("Export the workshop"), suggested, FILE_FILTERS[choice.suffix])
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != choice.suffix:
            out = out.with_name(out.name + choice.suffix)
        settings.setValue(SETTINGS_FOLDER, str(out.parent))
        self.exporter.start(data.workshop_id, choice, out)

    def delete_workshop(self) -> None:
        from workshop_studio.ui.review.workshop_files import delete_workshop

        workshop_id = self.workshop_id
        if workshop_id is not None and delete_workshop(self.workspace, self, workshop_id) is not None:
            self.data = None
            self._fill_chooser(self.workspace.workshop_id)
            self.reload()
