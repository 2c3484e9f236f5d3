"""An agenda step, new or to edit: its kind, title, minutes, and what it shows.

A card, a spread of cards or a scenario comes from the library (the workshop's decks and
scenarios first); an instruction has a title, up to six short bullets, an optional pictogram
and an optional countdown shown to the room. Editing keeps the step's kind and changes
the rest, the card or scenario included. The dialog changes no data: the caller reads
:meth:`StepDialog.fields` (a new step) or :meth:`StepDialog.changes` (an edit) and pushes a
command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.agenda import StepView
from workshop_studio.domain.vocabulary import CardKind, StepKind
from workshop_studio.services.agenda import MAX_BULLETS, MAX_COUNTDOWN_MINUTES, MAX_MINUTES
from workshop_studio.ui.library.pictogram_picker import PictogramField, entry_by_id
from workshop_studio.ui.text import plain_label
from workshop_studio.ui.undo.authoring import push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

DEFAULT_MINUTES = {
    StepKind.TITLE: 10,
    StepKind.INSTRUCTION: 5,
    StepKind.CARD: 10,
    StepKind.CARDS: 15,
    StepKind.SCENARIO: 15,
    StepKind.TIMELINE: 30,
    StepKind.MATRIX: 20,
    StepKind.BLANK: 10,
    StepKind.BLACK: 5,
}


def _card_text(title: str, kind: str) -> str:
    try:
        return f"{title} · {CardKind(kind).display()}"
    except ValueError:
        return title


class StepDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        workshop_id: int,
        parent: QWidget | None = None,
        *,
        step: StepView | None = None,
        kind: str | None = None,
    ) -> None:
        super().__init__(parent)
        from workshop_studio.services.agenda import showable_cards, showable_scenarios

        self.workspace = workspace
        self.step = step
        self.setWindowTitle(self.tr("Add a Step") if step is None else self.tr("Edit the Step"))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of step"))
        for one in StepKind:
            self.kind.addItem(one.display(), one.value)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Planned minutes"))
        self.minutes.setValue(10)
        cards = workspace.query(lambda s: showable_cards(s, workshop_id))
        self.card = QComboBox()
        self.card.setAccessibleName(self.tr("Card"))
        self.cards = QListWidget()
        self.cards.setAccessibleName(self.tr("Cards of the spread"))
        self.cards.setMinimumHeight(160)
        for card in cards:
            self.card.addItem(_card_text(card.title, card.kind), card.id)
            item = QListWidgetItem(_card_text(card.title, card.kind))
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cards.addItem(item)
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(self.tr("Scenario"))
        for scenario in workspace.query(lambda s: showable_scenarios(s, workshop_id)):
            self.scenario.addItem(scenario.title, scenario.id)

        self.bullets = QPlainTextEdit()
        self.bullets.setAccessibleName(self.tr("Bullets"))
        self.bullets.setPlaceholderText(self.tr("One short line per bullet, six at most"))
        self.bullets.setFixedHeight(120)
        self.bullets.textChanged.connect(self._count_bullets)
        self.bullet_count = plain_label()
        # Room for the warning's two lines from the start: the dialog does not jump while typing.
        self.bullet_count.setMinimumHeight(2 * self.bullet_count.fontMetrics().lineSpacing() + 2)
        self.pictogram = PictogramField(workspace)
        self.pictogram.chosen.connect(self._choose_pictogram)
        self.countdown_on = QCheckBox(self.tr("Show a countdown to the room"))
        self.countdown = QSpinBox()
        self.countdown.setRange(1, MAX_COUNTDOWN_MINUTES)
        self.countdown.setSuffix(self.tr(" min"))
        self.countdown.setAccessibleName(self.tr("Countdown minutes"))
        self.countdown.setValue(5)
        self.countdown_on.toggled.connect(self.countdown.setEnabled)
        self.countdown.setEnabled(False)
        countdown_row = QHBoxLayout()
        countdown_row.addWidget(self.countdown_on)
        countdown_row.addWidget(self.countdown)
        countdown_row.addStretch(1)
        self.hint = plain_label()

        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Minutes:"), self.minutes)
        form.addRow(self.tr("&Card:"), self.card)
        form.addRow(self.tr("&Scenario:"), self.scenario)
        form.addRow(self.tr("Cards of the spre&ad:"), self.cards)
        form.addRow(self.tr("&Bullets:"), self.bullets)
        form.addRow("", self.bullet_count)
        form.addRow(self.tr("&Pictogram:"), self.pictogram)
        countdown_label = QLabel(self.tr("C&ountdown:"))
        countdown_label.setBuddy(self.countdown_on)
        form.addRow(countdown_label, countdown_row)
        self.form = form
        self.countdown_row = countdown_row
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        self._pictogram_id: int | None = None
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.title.textChanged.connect(self._count_bullets)  # what the room's screen holds changes too
        self.countdown_on.toggled.connect(self._count_bullets)
        if step is not None:
            self._show(step)
        elif kind is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._on_kind()
        if step is None:
            self.minutes.setValue(DEFAULT_MINUTES.get(StepKind(self.current_kind()), 10))
        self._count_bullets()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _show(self, step: StepView) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(step.kind), 0))
        self.kind.setEnabled(False)  # a step keeps its kind; what it shows can change
        self.title.setText(step.title)
        self.minutes.setValue(step.planned_minutes)
        if step.card is not None and step.card.card_id is not None:
            self.card.setCurrentIndex(max(self.card.findData(step.card.card_id), 0))
        if step.scenario is not None:
            self.scenario.setCurrentIndex(max(self.scenario.findData(step.scenario.id), 0))
        chosen = {c.card_id for c in step.cards}
        for row in range(self.cards.count()):
            item = self.cards.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        self.bullets.setPlainText("\n".join(step.bullets))
        self._choose_pictogram(step.pictogram_id)
        self.countdown_on.setChecked(step.countdown_minutes is not None)
        if step.countdown_minutes is not None:
            self.countdown.setValue(step.countdown_minutes)

    def _choose_pictogram(self, pictogram_id: int | None) -> None:
        self._pictogram_id = pictogram_id
        self.pictogram.show_pictogram(self.workspace.query(lambda s: entry_by_id(s, pictogram_id)))
        self._count_bullets()

    def _on_kind(self) -> None:
        kind = self.current_kind()
        for widget, wanted in (
            (self.card, StepKind.CARD),
            (self.scenario, StepKind.SCENARIO),
            (self.cards, StepKind.CARDS),
            (self.bullets, StepKind.INSTRUCTION),
            (self.bullet_count, StepKind.INSTRUCTION),
            (self.pictogram, StepKind.INSTRUCTION),
        ):
            self.form.setRowVisible(widget, kind == wanted)
        self.form.setRowVisible(self.countdown_row, kind == StepKind.INSTRUCTION)
        self.title.setPlaceholderText(
            self.tr("e.g. “Your turn: the timeline in pairs”")
            if kind == StepKind.INSTRUCTION
            else self.tr("(no title: the card's or scenario's own)")
        )
        self.hint.setText(
            {
                StepKind.TIMELINE.value: self.tr("Shows the workshop's own timeline stages."),
                StepKind.MATRIX.value: self.tr("Shows the workshop's matrix of profiles and postures."),
                StepKind.TITLE.value: self.tr("Shows the title, with the workshop's name, date and place."),
                StepKind.INSTRUCTION.value: self.tr("What the group is asked to do, large enough for the back row."),
            }.get(kind, "")
        )
        self._count_bullets()

    def _lines(self) -> list[str]:
        return [line.strip() for line in self.bullets.toPlainText().splitlines() if line.strip()]

    def _count_bullets(self) -> None:
        """The count of bullets, and what stands in the way of showing them at once: more than
        six (OK is then disabled), or more text than one screen holds at a legible size."""
        lines = self._lines()
        count = len(lines)
        text = self.tr("%1 of %2 bullets").replace("%1", str(count)).replace("%2", str(MAX_BULLETS))
        instruction = self.current_kind() == StepKind.INSTRUCTION
        too_many = instruction and count > MAX_BULLETS
        pages = self.room_pages() if instruction and not too_many else 1
        if too_many:
            text += " — " + self.tr("remove some to save the step")
        elif pages > 1:
            text += " — " + self.tr(
                "too long for one screen: a 1280 × 720 projector shows them on %n page(s); shorten them", "", pages
            )
        self.bullet_count.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not too_many)
        self.bullet_count.setProperty("timeState", "over" if too_many or pages > 1 else "ok")

    def room_pages(self) -> int:
        """How many pages the room would page through, on the smaller projector the app is
        made for (the same layout the stage draws)."""
        from workshop_studio.domain.countdown import CountdownView
        from workshop_studio.ui.stage.layout.instruction import instruction_slide
        from workshop_studio.ui.stage.sizes import stage_sizes

        step = StepView(
            id=0,
            kind=StepKind.INSTRUCTION.value,
            title=self.title.text(),
            bullets=tuple(self._lines()),
            pictogram_data=b"-" if self._pictogram_id is not None else None,  # its place is kept
        )
        countdown = CountdownView(self.countdown.value() * 60, False, False) if self.countdown_on.isChecked() else None
        return instruction_slide(step, stage_sizes(1280, 720), 0, countdown).page_count

    # -- reading ---------------------------------------------------------------------------------
    def fields(self) -> dict[str, Any]:
        """The step, as keyword arguments of ``services.agenda.add_step``."""
        kind = self.current_kind()
        checked = [
            int(self.cards.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.cards.count())
            if self.cards.item(r).checkState() == Qt.CheckState.Checked
        ]
        instruction = kind == StepKind.INSTRUCTION
        return {
            "kind": kind,
            "title": self.title.text().strip(),
            "planned_minutes": self.minutes.value(),
            "card_id": self.card.currentData() if kind == StepKind.CARD else None,
            "scenario_id": self.scenario.currentData() if kind == StepKind.SCENARIO else None,
            "card_ids": checked if kind == StepKind.CARDS else [],
            "bullets": self._lines() if instruction else [],
            "pictogram_id": self._pictogram_id if instruction else None,
            "countdown_minutes": self.countdown.value() if instruction and self.countdown_on.isChecked() else None,
        }

    def changes(self) -> dict[str, Any]:
        """What an edit changes, as keyword arguments of ``services.agenda.update_step``."""
        step = self.step
        assert step is not None
        wanted = self.fields()
        now = {
            "title": step.title,
            "planned_minutes": step.planned_minutes,
            "card_id": step.card.card_id if step.card is not None else None,
            "scenario_id": step.scenario.id if step.scenario is not None else None,
            "card_ids": [c.card_id for c in step.cards],
            "bullets": list(step.bullets),
            "pictogram_id": step.pictogram_id,
            "countdown_minutes": step.countdown_minutes,
        }
        relevant = {"title", "planned_minutes"} | {
            StepKind.CARD.value: {"card_id"},
            StepKind.SCENARIO.value: {"scenario_id"},
            StepKind.CARDS.value: {"card_ids"},
            StepKind.INSTRUCTION.value: {"bullets", "pictogram_id", "countdown_minutes"},
        }.get(step.kind, set())
        return {name: wanted[name] for name in relevant if wanted[name] != now[name]}


def _agenda_title() -> str:
    return QCoreApplication.translate("StepDialog", "Agenda")


def push_step_change(workspace: Workspace, parent: QWidget, step_id: int, changes: dict[str, Any]) -> bool:
    """Change a step through an undoable command; a refusal is said, nothing is recorded."""
    from workshop_studio.ui.undo import agenda as commands

    return bool(changes) and push_or_warn(
        parent, _agenda_title(), workspace, commands.update_step(workspace, step_id, changes)
    )


def skip_step(workspace: Workspace, parent: QWidget, step: StepView | None, skipped: bool) -> bool:
    """Skip the step when presenting (it stays in the agenda), or show it again."""
    from workshop_studio.ui.undo import agenda as commands

    if step is None or step.id is None or step.hidden == skipped:
        return False
    return push_or_warn(parent, _agenda_title(), workspace, commands.skip_step(workspace, step.id, skipped))


def open_step_dialog(
    workspace: Workspace, parent: QWidget, *, step: StepView | None = None, kind: str | None = None, on_new=None
) -> StepDialog | None:
    """The step dialog, window-modal: OK on a new step calls ``on_new(fields)``; OK on an
    edited step pushes its changes (see :func:`push_step_change`)."""
    workshop_id = workspace.workshop_id
    step_id = step.id if step is not None else None
    if workshop_id is None or (step is not None and step_id is None):
        return None
    dialog = StepDialog(workspace, workshop_id, parent, step=step, kind=kind)
    if step_id is not None:  # an edited step (it has an id, see above)
        dialog.accepted.connect(lambda: push_step_change(workspace, parent, step_id, dialog.changes()))
    elif on_new is not None:
        dialog.accepted.connect(lambda: on_new(dialog.fields()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
