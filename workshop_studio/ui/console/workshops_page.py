"""The Workshops page: choose a workshop and prepare it (its details, participants and agenda,
built from the library), then follow its timeline and notes.

Before the database is open it shows the quick overview read at start-up; once attached to
the workspace every part redraws from the data when the workspace says it changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.changes import Area, Changes
from workshop_studio.domain.dates import clock, place_text
from workshop_studio.domain.overview import WorkshopOverview, WorkshopSummary
from workshop_studio.domain.workshop import end_time
from workshop_studio.ui.console.agenda_editor import AgendaEditor, step_kind_label
from workshop_studio.ui.console.participants_panel import ParticipantsPanel
from workshop_studio.ui.lazy import ReloadWhenShown
from workshop_studio.ui.library.ordered_list import ListRow
from workshop_studio.ui.pictograms import pictogram
from workshop_studio.ui.text import heading_label, long_date, plain_label, plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from workshop_studio.ui.timeline.panel import TimelinePanel
    from workshop_studio.ui.workspace import Workspace


class WorkshopsPage(ReloadWhenShown):
    """Shows one :class:`WorkshopOverview`; re-reads it when the workspace says notes or setup changed."""

    workshopChosen = Signal(int)
    presenterRequested = Signal(int)  # open the presenter console on this agenda step's id (-1: none chosen)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._overview: WorkshopOverview | None = None
        # Drawing a pictogram takes a while (as printed, through QtPdf): the words of the first
        # screen are painted before them.
        self._painted = False
        self._pictograms_pending = False

        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Workshop"))
        self.chooser.setMinimumContentsLength(40)
        self.chooser.activated.connect(self._on_chosen)
        self.new_button, self.edit_button, self.duplicate_button, self.delete_button = (QToolButton() for _ in range(4))
        chooser_row = QHBoxLayout()
        chooser_label = QLabel(self.tr("&Workshop:"))
        chooser_label.setBuddy(self.chooser)
        chooser_row.addWidget(chooser_label)
        chooser_row.addWidget(self.chooser, 1)
        for button in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setVisible(False)  # until the console gives its actions
            chooser_row.addWidget(button)

        self.title = heading_label()
        self.details = plain_label()
        self.materials = plain_label()
        self.counts = plain_label()
        self.empty = plain_label(
            self.tr(
                "No workshop yet. Prepare one with “New Workshop…” (Ctrl+Shift+N): from scratch, from the sample that "
                "comes with Workshop Studio, or from another workshop."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("New Workshop…"))
        self.empty_button.setVisible(False)

        self.participants = ParticipantsPanel(None)
        self.participants_box = self._box(self.tr("Participants"), self.participants)
        self.agenda = AgendaEditor(None)
        self.agenda.presenterRequested.connect(self.presenterRequested)
        self.presenter_button = self.agenda.presenter_button
        self.agenda_box = self._box(self.tr("Agenda"), self.agenda)
        self.library_box = self._box(self.tr("Library"), self.agenda.materials)
        self.library_box.setToolTip(self.tr("Drag onto the agenda, or double-click to add"))
        # The stages as a list for the first paint; the annotated timeline once the data is open.
        self.stages = QListWidget()
        self.stages.setIconSize(QSize(32, 32))
        self.stages.setWordWrap(True)
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(self.stages)
        self.timeline_panel: TimelinePanel | None = None
        self.stages_box = self._box(self.tr("Timeline and notes"), self.timeline_stack)

        top = QSplitter(Qt.Orientation.Horizontal)
        for box, stretch in ((self.participants_box, 2), (self.agenda_box, 3), (self.library_box, 2)):
            top.addWidget(box)
            top.setStretchFactor(top.indexOf(box), stretch)
        top.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.stages_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser_row)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.materials)
        layout.addWidget(self.counts)
        layout.addWidget(self.empty)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.splitter, 1)
        self.empty.setVisible(False)

    @staticmethod
    def _box(title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(content)
        return box

    def set_actions(self, new: QAction, edit: QAction, duplicate: QAction, delete: QAction) -> None:
        """The console's workshop actions, behind the buttons beside the chooser."""
        for button, action in (
            (self.new_button, new),
            (self.edit_button, edit),
            (self.duplicate_button, duplicate),
            (self.delete_button, delete),
        ):
            button.setDefaultAction(action)
            button.setVisible(True)
        self.empty_button.clicked.connect(new.trigger)

    # -- data in -------------------------------------------------------------------------------
    def attach(self, workspace: Workspace) -> None:
        from workshop_studio.ui.timeline.panel import TimelinePanel  # not needed for the first paint

        self._workspace = workspace
        self.participants.workspace = workspace
        self.agenda.workspace = workspace
        self.timeline_panel = TimelinePanel(workspace)
        self.timeline_stack.addWidget(self.timeline_panel)
        self.timeline_stack.setCurrentWidget(self.timeline_panel)
        workspace.changed.connect(self._on_changed)
        workspace.workshopChanged.connect(lambda _id: self.reload())
        self.reload_workshops()
        self.reload()

    def reload_workshops(self) -> None:
        if self._workspace is None:
            return
        from workshop_studio.services.workshops import list_workshop_summaries

        self.set_workshops(self._workspace.query(list_workshop_summaries))

    def set_workshops(self, summaries: list[WorkshopSummary]) -> None:
        current = self._workspace.workshop_id if self._workspace is not None else self.current_workshop_id()
        self.chooser.clear()
        for summary in summaries:
            label = summary.title if summary.date is None else f"{summary.title} — {long_date(summary.date)}"
            self.chooser.addItem(label, summary.id)
        self._select_in_chooser(current)
        self._show_empty(not summaries)

    def reload(self) -> None:
        workspace = self._workspace
        if workspace is None:
            return
        if workspace.workshop_id is None:
            self._clear()
            return
        from workshop_studio.services.workshops import workshop_overview

        workshop_id = workspace.workshop_id
        self.show_overview(workspace.query(lambda s: workshop_overview(s, workshop_id)))
        self.agenda.reload()

    def current_workshop_id(self) -> int | None:
        data = self.chooser.currentData()
        return int(data) if data is not None else None

    def _select_in_chooser(self, workshop_id: int | None) -> None:
        index = self.chooser.findData(workshop_id) if workshop_id is not None else -1
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def _on_chosen(self, index: int) -> None:
        workshop_id = self.chooser.itemData(index)
        if workshop_id is not None:
            self.workshopChosen.emit(int(workshop_id))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.WORKSHOPS):
            self.reload_workshops()
        if changes.touches(
            Area.WORKSHOPS,
            Area.AGENDA,
            Area.PARTICIPANTS,
            Area.NOTES,
            Area.DECKS,
            Area.CARDS,
            Area.SCENARIOS,
            Area.TIMELINES,
            Area.MATRICES,
        ):
            self.request_reload()

    # -- drawing -------------------------------------------------------------------------------
    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self.empty_button.setVisible(empty and self.new_button.defaultAction() is not None)
        self.splitter.setVisible(not empty)
        for label in (self.title, self.details, self.materials, self.counts):
            label.setVisible(not empty)

    def _clear(self) -> None:
        self._overview = None
        self.title.clear()
        self.details.clear()
        self.materials.clear()
        self.counts.clear()
        self.participants.show_participants(())
        self.agenda.reload()
        self.stages.clear()
        self._show_empty(self.chooser.count() == 0)

    def show_overview(self, overview: WorkshopOverview) -> None:
        self._overview = overview
        if self.chooser.findData(overview.id) < 0:
            self.chooser.addItem(overview.title, overview.id)
        self._select_in_chooser(overview.id)
        self._show_empty(False)
        self.title.setText(overview.title)
        when = long_date(overview.date)
        if overview.start_time is not None:
            end = end_time(overview.start_time, overview.available_minutes)
            hours = clock(overview.start_time) + (f"–{clock(end)}" if end is not None else "")
            when = f"{when}, {hours}" if when else hours
        parts = [p for p in (when, place_text(overview.place, overview.room)) if p]
        if overview.facilitator:
            parts.append(self.tr("facilitated by %1").replace("%1", overview.facilitator))
        self.details.setText(" · ".join(parts))
        uses = []
        if overview.timeline_name:
            uses.append(self.tr("timeline: %1").replace("%1", overview.timeline_name))
        if overview.deck_names:
            uses.append(self.tr("decks: %1").replace("%1", ", ".join(overview.deck_names)))
        if overview.scenario_names:
            uses.append(self.tr("scenarios: %1").replace("%1", ", ".join(overview.scenario_names)))
        if overview.matrix_name:
            uses.append(self.tr("matrix: %1").replace("%1", overview.matrix_name))
        self.materials.setText(
            " · ".join(uses) if uses else self.tr("Uses no timeline, deck, scenario or matrix yet (Workshop Details…).")
        )
        counts = [
            self.tr("%n participant(s)", "", len(overview.participants)),
            self.tr("%n note(s)", "", overview.annotation_total),
        ]
        self.counts.setText(" · ".join(counts))
        self.participants.show_participants(overview.participants)
        if self._workspace is None:  # the first paint: the agenda as the quick read has it
            self._show_agenda_lines(overview)
        self.agenda.available_minutes = overview.available_minutes
        self.agenda._show_budget()

        self.stages.clear()
        for stage in overview.stages:
            notes = self.tr("%n note(s)", "", stage.annotation_count)
            item = QListWidgetItem(f"{stage.title}\n{notes}")
            item.setToolTip(plain_tooltip(stage.description))
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            self.stages.addItem(item)
        if overview.tray_count:
            self.stages.addItem(QListWidgetItem(self.tr("To sort: %n note(s)", "", overview.tray_count)))
        self._pictograms_pending = True
        if self._painted:
            QTimer.singleShot(0, self._draw_stage_pictograms)  # words first; drawings right after

    def _show_agenda_lines(self, overview: WorkshopOverview) -> None:
        rows = []
        for number, step in enumerate(overview.agenda, start=1):
            title = step.title or step.subject or step_kind_label(step.kind)
            what = [step_kind_label(step.kind), self.tr("%n min", "", step.planned_minutes)]
            rows.append(ListRow(step.id, f"{number}. {title}\n" + " · ".join(what)))
        self.agenda.model.set_rows(rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._pictograms_pending:
                QTimer.singleShot(0, self._draw_stage_pictograms)

    def _draw_stage_pictograms(self) -> None:
        self._pictograms_pending = False
        if self._overview is None:
            return
        for row, stage in enumerate(self._overview.stages):
            item = self.stages.item(row)
            if item is not None and stage.pictogram_data:
                item.setIcon(pictogram(stage.pictogram_data, stage.pictogram_media_type or "image/svg+xml").icon(64))

    @property
    def overview(self) -> WorkshopOverview | None:
        return self._overview


__all__ = ["WorkshopsPage"]
