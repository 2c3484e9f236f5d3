"""The dialog that describes a new agenda step: its kind, its title, its minutes and what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.services.agenda import MAX_MINUTES
from workshop_studio.ui.text import plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class AddStepDialog(QDialog):
    def __init__(self, workspace: Workspace, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from workshop_studio.services.agenda import showable_cards, showable_scenarios

        self.setWindowTitle(self.tr("Add a Step"))
        self.kind = QComboBox()
        for kind in StepKind:
            self.kind.addItem(kind.display(), kind.value)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.title = QLineEdit()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        cards = workspace.query(lambda s: showable_cards(s, workshop_id))
        self.card = QComboBox()
        self.cards = QListWidget()
        self.cards.setMinimumHeight(160)
        for card in cards:
            self.card.addItem(card.title, card.id)
            item = QListWidgetItem(card.title)
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cards.addItem(item)
        self.scenario = QComboBox()
        for scenario in workspace.query(showable_scenarios):
            self.scenario.addItem(scenario.title, scenario.id)
        self.hint = plain_label()

        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Minutes:"), self.minutes)
        form.addRow(self.tr("&Card:"), self.card)
        form.addRow(self.tr("&Scenario:"), self.scenario)
        form.addRow(self.tr("Cards of the &spread:"), self.cards)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._on_kind()

    def _on_kind(self) -> None:
        kind = self.kind.currentData()
        for widget, wanted in ((self.card, StepKind.CARD), (self.scenario, StepKind.SCENARIO), (self.cards, StepKind.CARDS)):
            self.form.setRowVisible(widget, kind == wanted)
        self.hint.setText({
            StepKind.TIMELINE.value: self.tr("Shows the workshop's own timeline stages."),
            StepKind.MATRIX.value: self.tr("Shows the workshop's matrix of profiles and postures."),
            StepKind.TITLE.value: self.tr("Shows the title, with the workshop's name, date and place."),
        }.get(kind, ""))

    def fields(self) -> dict[str, Any]:
        """The new step, as keyword arguments of ``services.agenda.add_step``."""
        kind = str(self.kind.currentData())
        checked = [int(self.cards.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.cards.count())
                   if self.cards.item(r).checkState() == Qt.CheckState.Checked]
        return {
            "kind": kind,
            "title": self.title.text().strip(),
            "planned_minutes": self.minutes.value(),
            "card_id": self.card.currentData() if kind == StepKind.CARD else None,
            "scenario_id": self.scenario.currentData() if kind == StepKind.SCENARIO else None,
            "card_ids": checked if kind == StepKind.CARDS else [],
        }
