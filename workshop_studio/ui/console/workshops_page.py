"""The Workshops page: pick a workshop; see its participants, agenda and stages with their notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
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
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.overview import WorkshopOverview, WorkshopSummary
from workshop_studio.domain.vocabulary import Role, StepKind
from workshop_studio.ui.lazy import ReloadWhenShown
from workshop_studio.ui.pictograms import pictogram
from workshop_studio.ui.text import heading_label, plain_label, plain_tooltip

if TYPE_CHECKING:
    from workshop_studio.ui.timeline.panel import TimelinePanel
    from workshop_studio.ui.workspace import Workspace


def _format_date(overview_date) -> str:  # type: ignore[no-untyped-def]
    if overview_date is None:
        return ""
    return QLocale().toString(overview_date, QLocale.FormatType.LongFormat)


def _role_label(role: str) -> str:
    try:
        return Role(role).display()
    except ValueError:
        return role


def _step_label(kind: str) -> str:
    try:
        return StepKind(kind).display()
    except ValueError:
        return kind


class WorkshopsPage(ReloadWhenShown):
    """Shows one :class:`WorkshopOverview`; re-reads it when the workspace says notes or setup changed."""

    workshopChosen = Signal(int)
    presenterRequested = Signal(int)  # open the presenter console on this agenda step's id (-1: none chosen)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._overview: WorkshopOverview | None = None

        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Workshop"))
        self.chooser.setMinimumContentsLength(40)
        self.chooser.activated.connect(self._on_chosen)
        chooser_row = QHBoxLayout()
        chooser_label = QLabel(self.tr("&Workshop:"))
        chooser_label.setBuddy(self.chooser)
        chooser_row.addWidget(chooser_label)
        chooser_row.addWidget(self.chooser, 1)

        self.title = heading_label()
        self.details = plain_label()
        self.counts = plain_label()

        self.participants = QListWidget()
        self.agenda = QListWidget()
        self.stages = QListWidget()
        self.stages.setIconSize(QSize(32, 32))
        for view in (self.participants, self.agenda, self.stages):
            view.setWordWrap(True)
            view.setUniformItemSizes(False)
            view.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.participants_box = self._box(self.tr("Participants"), self.participants)
        self.agenda_box = self._box(self.tr("Agenda"), self.agenda)
        self.presenter_button = QPushButton(self.tr("Presenter Console…"))
        self.presenter_button.setToolTip(self.tr("Run this agenda on the shared screen, and edit it (Ctrl+6)"))
        self.presenter_button.clicked.connect(self._request_presenter)
        self.agenda.itemDoubleClicked.connect(lambda _item: self._request_presenter())
        self.agenda_box.layout().addWidget(self.presenter_button)
        # The stages as a list for the first paint; the annotated timeline once the data is open.
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(self.stages)
        self.timeline_panel: TimelinePanel | None = None
        self.stages_box = self._box(self.tr("Timeline and notes"), self.timeline_stack)

        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.participants_box, 2)
        row.addWidget(self.agenda_box, 3)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.stages_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser_row)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.counts)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _box(title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(content)
        return box

    # -- data in -------------------------------------------------------------------------------
    def attach(self, workspace: Workspace) -> None:
        from workshop_studio.ui.timeline.panel import TimelinePanel  # not needed for the first paint

        self._workspace = workspace
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
        current = self.current_workshop_id()
        self.chooser.clear()
        for summary in summaries:
            label = summary.title if summary.date is None else f"{summary.title} — {_format_date(summary.date)}"
            self.chooser.addItem(label, summary.id)
        self._select_in_chooser(current)

    def reload(self) -> None:
        workspace = self._workspace
        if workspace is None or workspace.workshop_id is None:
            return
        from workshop_studio.services.workshops import workshop_overview

        workshop_id = workspace.workshop_id
        self.show_overview(workspace.query(lambda s: workshop_overview(s, workshop_id)))

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

    def _request_presenter(self) -> None:
        item = self.agenda.currentItem()
        step_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.presenterRequested.emit(int(step_id) if step_id is not None else -1)

    def _on_changed(self, area: str) -> None:
        if area in ("workshops", "all"):
            self.reload_workshops()
        if area in ("workshops", "agenda", "participants", "annotations", "all"):
            self.request_reload()

    # -- drawing -------------------------------------------------------------------------------
    def show_overview(self, overview: WorkshopOverview) -> None:
        self._overview = overview
        if self.chooser.findData(overview.id) < 0:
            self.chooser.addItem(overview.title, overview.id)
        self._select_in_chooser(overview.id)
        self.title.setText(overview.title)
        parts = [p for p in (_format_date(overview.date), overview.place) if p]
        if overview.facilitator:
            parts.append(self.tr("facilitated by %1").replace("%1", overview.facilitator))
        self.details.setText(" · ".join(parts))
        counts = [
            self.tr("%n participant(s)", "", len(overview.participants)),
            self.tr("%n note(s)", "", overview.annotation_total),
            self.tr("%n minute(s) planned", "", overview.planned_minutes),
        ]
        if overview.timeline_name:
            counts.append(self.tr("timeline: %1").replace("%1", overview.timeline_name))
        self.counts.setText(" · ".join(counts))

        self.participants.clear()
        for participant in overview.participants:
            item = QListWidgetItem(f"{participant.display_name} — {_role_label(participant.role)}")
            item.setData(Qt.ItemDataRole.UserRole, participant.id)
            self.participants.addItem(item)

        self.agenda.clear()
        for number, step in enumerate(overview.agenda, start=1):
            title = step.title or step.subject or _step_label(step.kind)
            what = [_step_label(step.kind)]
            if step.subject and step.subject != title:
                what.append(step.subject)
            if step.card_count:
                what.append(self.tr("%n card(s)", "", step.card_count))
            what.append(self.tr("%n min", "", step.planned_minutes))
            item = QListWidgetItem(f"{number}. {title}\n" + " · ".join(what))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            self.agenda.addItem(item)

        self.stages.clear()
        for stage in overview.stages:
            notes = self.tr("%n note(s)", "", stage.annotation_count)
            item = QListWidgetItem(f"{stage.title}\n{notes}")
            item.setToolTip(plain_tooltip(stage.description))
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            self.stages.addItem(item)
        if overview.tray_count:
            self.stages.addItem(QListWidgetItem(self.tr("To sort: %n note(s)", "", overview.tray_count)))
        QTimer.singleShot(0, self._draw_stage_pictograms)  # words first; drawings right after

    def _draw_stage_pictograms(self) -> None:
        if self._overview is None:
            return
        for row, stage in enumerate(self._overview.stages):
            item = self.stages.item(row)
            if item is not None and stage.pictogram_data:
                item.setIcon(pictogram(stage.pictogram_data, stage.pictogram_media_type or "image/svg+xml").icon(64))

    @property
    def overview(self) -> WorkshopOverview | None:
        return self._overview
