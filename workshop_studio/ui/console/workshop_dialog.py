"""The workshop's details: the new-workshop dialog (blank, from a model, or from the sample)
and the same form to edit them afterwards.

Only the title is required. A new workshop starts tomorrow at the hour, place and length the
facilitator used last time (remembered in the settings); a model fills the timeline, decks,
scenarios and matrix, and its place and hours. The dialog changes no data itself: the caller
reads :meth:`WorkshopDialog.request` and pushes an undoable command.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.workshop import MAX_DAY_MINUTES, MAX_NAME_CHARS, MAX_TITLE_CHARS, WorkshopDetails, end_time
from workshop_studio.ui.text import long_date_format, plain_label

if TYPE_CHECKING:
    from workshop_studio.services.workshops import Choice, SetupChoices
    from workshop_studio.ui.workspace import Workspace

SAMPLE = -1  # the model combo's entry for the sample that comes with the application
BLANK = 0
_REMEMBERED = ("place", "room", "facilitator", "start", "minutes")


@dataclass(frozen=True)
class WorkshopRequest:
    """What the dialog asks for: the details, and where the agenda comes from."""

    details: WorkshopDetails
    model_id: int | None = None
    from_sample: bool = False
    participants: bool = False


class CheckList(QListWidget):
    """Ids to tick: the decks or the scenarios a workshop uses."""

    def __init__(self, choices: tuple[Choice, ...], detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for choice in choices:
            text = (
                choice.name
                if not detail or not choice.detail
                else f"{choice.name} ({detail.replace('%1', choice.detail)})"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(110)

    def checked(self) -> tuple[int, ...]:
        return tuple(
            int(self.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.count())
            if self.item(r).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, ids: tuple[int, ...]) -> None:
        for r in range(self.count()):
            item = self.item(r)
            wanted = int(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class WorkshopDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        editing: WorkshopDetails | None = None,
        timeline_locked: bool = False,
        model_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        from workshop_studio.services.workshops import setup_choices

        self.workspace = workspace
        self.editing = editing
        self.settings = QSettings()
        choices: SetupChoices = workspace.query(setup_choices)
        self.choices = choices
        self.setWindowTitle(self.tr("New Workshop") if editing is None else self.tr("Workshop Details"))
        self.setMinimumWidth(560)

        self.model = QComboBox()
        self.model.setAccessibleName(self.tr("Start from"))
        self.model.addItem(self.tr("A blank workshop"), BLANK)
        self.model.addItem(self.tr("The sample workshop (comes with Workshop Studio)"), SAMPLE)
        for choice in choices.models:
            self.model.addItem(f"{choice.name} — {choice.detail}" if choice.detail else choice.name, choice.id)
        self.copy_participants = QCheckBox(self.tr("Copy its partic&ipants too"))
        self.model_hint = plain_label()

        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.setPlaceholderText(self.tr("Required, e.g. “Recruiting in a small business – Avignon”"))
        self.title.setAccessibleName(self.tr("Title"))
        self.has_date = QCheckBox(self.tr("On"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(long_date_format())
        self.date.setAccessibleName(self.tr("Date"))
        self.has_date.toggled.connect(self.date.setEnabled)
        self.has_time = QCheckBox(self.tr("At"))
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.has_time.toggled.connect(self.start.setEnabled)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_DAY_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSpecialValueText(self.tr("not set"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time available"))
        self.ends = plain_label()
        for signal in (self.start.timeChanged, self.minutes.valueChanged, self.has_time.toggled):
            signal.connect(lambda *_: self._show_end())

        self.place = self._line(choices.places, self.tr("Place"), self.tr("e.g. Agence d'Avignon"))
        self.room = self._line(choices.rooms, self.tr("Room"), self.tr("e.g. Salle 2"))
        self.facilitator = self._line(choices.facilitators, self.tr("Facilitator"), "")

        self.timeline = QComboBox()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.addItem(self.tr("No timeline"), None)
        for choice in choices.timelines:
            self.timeline.addItem(
                self.tr("%1 (%2 stages)").replace("%1", choice.name).replace("%2", choice.detail), choice.id
            )
        self.decks = CheckList(choices.decks, self.tr("%1 cards"))
        self.decks.setAccessibleName(self.tr("Decks"))
        self.scenarios = CheckList(choices.scenarios)
        self.scenarios.setAccessibleName(self.tr("Scenarios"))
        self.matrix = QComboBox()
        self.matrix.setAccessibleName(self.tr("Matrix"))
        self.matrix.addItem(self.tr("No matrix"), None)
        for choice in choices.matrices:
            self.matrix.addItem(choice.name, choice.id)
        self.locked_hint = plain_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create") if editing is None else self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))

        self._lay_out()
        if editing is None:
            self._defaults()
            self.model.currentIndexChanged.connect(lambda _i: self._apply_model())
            if model_id is not None:
                self.model.setCurrentIndex(max(self.model.findData(model_id), 0))
        else:
            self._show(editing)
            if timeline_locked:
                self.timeline.setEnabled(False)
                self.locked_hint.setText(self.tr("Notes are pinned to this workshop's timeline: it stays as it is."))
        self.ok_button.setEnabled(bool(self.title.text().strip()))
        self._apply_model()
        self.title.setFocus()

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _line(self, known: tuple[str, ...], name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(MAX_NAME_CHARS)
        line.setAccessibleName(name)
        line.setPlaceholderText(placeholder)
        completer = QCompleter(list(known), line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line.setCompleter(completer)
        return line

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        if self.editing is None:
            start = QFormLayout()
            start.addRow(self.tr("&Start from:"), self.model)
            start.addRow("", self.copy_participants)
            start.addRow("", self.model_hint)
            layout.addLayout(start)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        when = QHBoxLayout()
        when.addWidget(self.has_date)
        when.addWidget(self.date, 1)
        when.addWidget(self.has_time)
        when.addWidget(self.start)
        form.addRow(self._buddy(self.tr("&Date:"), self.date), when)
        length = QHBoxLayout()
        length.addWidget(self.minutes)
        length.addWidget(self.ends, 1)
        form.addRow(self._buddy(self.tr("Time a&vailable:"), self.minutes), length)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Room:"), self.room)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        layout.addLayout(form)
        self.materials = QGroupBox(self.tr("What it uses"))
        materials = QFormLayout(self.materials)
        materials.addRow(self.tr("Time&line:"), self.timeline)
        materials.addRow("", self.locked_hint)
        materials.addRow(self.tr("D&ecks:"), self.decks)
        materials.addRow(self.tr("Sce&narios:"), self.scenarios)
        materials.addRow(self.tr("&Matrix:"), self.matrix)
        layout.addWidget(self.materials)
        layout.addWidget(self.buttons)

    # -- filling ---------------------------------------------------------------------------------
    def _defaults(self) -> None:
        """Tomorrow, at the hour, place and length used last time; the library's only deck,
        timeline and matrix when there is just one of each."""
        tomorrow = QDate.currentDate().addDays(1)
        self.has_date.setChecked(True)
        self.date.setDate(tomorrow)
        start = self.settings.value("newWorkshop/start", "09:30")
        self.start.setTime(QTime.fromString(str(start), "HH:mm"))
        self.has_time.setChecked(True)
        self.minutes.setValue(int(str(self.settings.value("newWorkshop/minutes", 180) or 0)))  # "180" from a file
        for name in ("place", "room", "facilitator"):
            getattr(self, name).setText(str(self.settings.value(f"newWorkshop/{name}", "") or ""))
        if len(self.choices.timelines) == 1:
            self.timeline.setCurrentIndex(1)
        if len(self.choices.decks) == 1:
            self.decks.set_checked((self.choices.decks[0].id,))
        if len(self.choices.matrices) == 1:
            self.matrix.setCurrentIndex(1)

    def _show(self, details: WorkshopDetails, *, times_and_places: bool = True, title: bool = True) -> None:
        if title:
            self.title.setText(details.title)
            self.has_date.setChecked(details.date is not None)
            if details.date is not None:
                self.date.setDate(QDate(details.date.year, details.date.month, details.date.day))
            self.date.setEnabled(details.date is not None)
        if times_and_places:
            self.has_time.setChecked(details.start_time is not None)
            if details.start_time is not None:
                self.start.setTime(QTime(details.start_time.hour, details.start_time.minute))
            self.start.setEnabled(details.start_time is not None)
            self.minutes.setValue(details.available_minutes or 0)
            self.place.setText(details.place)
            self.room.setText(details.room)
            self.facilitator.setText(details.facilitator)
        self.timeline.setCurrentIndex(max(self.timeline.findData(details.timeline_id), 0))
        self.decks.set_checked(details.deck_ids)
        self.scenarios.set_checked(details.scenario_ids)
        self.matrix.setCurrentIndex(max(self.matrix.findData(details.matrix_id), 0))

    def _apply_model(self) -> None:
        """A model fills what it uses, its place and its hours; the title and date stay."""
        if self.editing is not None:
            return
        chosen = self.model.currentData()
        self.copy_participants.setEnabled(chosen != BLANK)
        self.materials.setEnabled(chosen != SAMPLE)
        if chosen == SAMPLE:
            from workshop_studio.interchange.sample import sample_workshop_details

            self._show(sample_workshop_details(), title=False)
            self.model_hint.setText(
                self.tr(
                    "Its agenda, timeline, deck, scenarios and matrix; what your library "
                    "lacks of them is added to it. Never its notes."
                )
            )
        elif chosen != BLANK:
            from workshop_studio.services.workshops import workshop_details

            self._show(self.workspace.query(lambda s: workshop_details(s, int(chosen))), title=False)
            self.model_hint.setText(self.tr("Its agenda, timeline stages and materials are copied. Never its notes."))
        else:
            self.model_hint.setText(self.tr("An empty agenda, to build from the library."))

    def _show_end(self) -> None:
        end = end_time(self._start_time(), self.minutes.value() or None)
        self.ends.setText(self.tr("ends at %1").replace("%1", end.strftime("%H:%M")) if end is not None else "")

    # -- reading ---------------------------------------------------------------------------------
    def _start_time(self) -> dt.time | None:
        if not self.has_time.isChecked():
            return None
        value = self.start.time()
        return dt.time(value.hour(), value.minute())

    def details(self) -> WorkshopDetails:
        day = self.date.date() if self.has_date.isChecked() else None
        return WorkshopDetails(
            title=self.title.text().strip(),
            date=dt.date(day.year(), day.month(), day.day()) if day is not None else None,
            start_time=self._start_time(),
            available_minutes=self.minutes.value() or None,
            place=self.place.text().strip(),
            room=self.room.text().strip(),
            facilitator=self.facilitator.text().strip(),
            timeline_id=self.timeline.currentData(),
            deck_ids=self.decks.checked(),
            scenario_ids=self.scenarios.checked(),
            matrix_id=self.matrix.currentData(),
        )

    def request(self) -> WorkshopRequest:
        chosen = self.model.currentData() if self.editing is None else BLANK
        details = self.details()
        if chosen == SAMPLE:  # the sample's own materials, brought in when it is used
            details = WorkshopDetails(
                **{**details.__dict__, "timeline_id": None, "deck_ids": (), "scenario_ids": (), "matrix_id": None}
            )
        return WorkshopRequest(
            details,
            model_id=int(chosen) if chosen not in (BLANK, SAMPLE) else None,
            from_sample=chosen == SAMPLE,
            participants=chosen != BLANK and self.copy_participants.isChecked(),
        )

    def remember(self) -> None:
        """Keep the hour, length, place and facilitator for the next new workshop."""
        details = self.details()
        if details.start_time is not None:
            self.settings.setValue("newWorkshop/start", details.start_time.strftime("%H:%M"))
        self.settings.setValue("newWorkshop/minutes", details.available_minutes or 0)
        for name in ("place", "room", "facilitator"):
            self.settings.setValue(f"newWorkshop/{name}", getattr(details, name))
