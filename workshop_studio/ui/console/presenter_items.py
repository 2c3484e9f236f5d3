"""What the room sees of the current step: hide an item or all notes (reveal later), show anything now.

Unticking an item takes it off the stage (a card of a spread turns face down, a question or a
stage column disappears) while this console keeps listing it; ticking it reveals it. Notes
hidden by hand (H on the timeline) are listed too, unticked: ticking one shows it again.
"Hide all notes" keeps every note off the stage without forgetting which were hidden by hand;
"Reveal All", enabled whenever anything of the step is hidden, shows everything again: the
items, the notes hidden by hand (one undoable step) and the notes hidden all at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.changes import Area
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.ui.stage.shown import note_key, step_items
from workshop_studio.ui.text import plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.stage.presentation import Presentation
    from workshop_studio.ui.workspace import Workspace


def _card_kind(kind: str) -> str:
    try:
        return CardKind(kind).display()
    except ValueError:
        return kind


class StagePanel(QWidget):
    def __init__(self, presentation: Presentation, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = presentation
        self.workspace = workspace
        self._filling = False

        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Items of this step on the shared screen"))
        self.items.setWordWrap(True)
        self.items.itemChanged.connect(self._on_item_changed)
        self.no_items = plain_label(self.tr("Nothing of this step can be hidden on its own."))
        self.reveal_button = QPushButton(self.tr("&Reveal All"))
        self.reveal_button.clicked.connect(self.reveal_all)
        self.notes = QCheckBox(self.tr("Hide all &notes from the shared screen"))
        self.notes.toggled.connect(presentation.set_notes_hidden)

        shown_box = QGroupBox(self.tr("On the shared screen (untick to hide)"))
        shown_layout = QVBoxLayout(shown_box)
        shown_layout.addWidget(self.items, 1)
        shown_layout.addWidget(self.no_items)
        row = QHBoxLayout()
        row.addWidget(self.notes, 1)
        row.addWidget(self.reveal_button)
        shown_layout.addLayout(row)

        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Card or scenario to show now"))
        self.choice.setMinimumContentsLength(24)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.show_button = QPushButton(self.tr("&Show Now"))
        self.show_button.clicked.connect(self.show_chosen)
        self.back_button = QPushButton(self.tr("Back to the &Agenda"))
        self.back_button.clicked.connect(presentation.back_to_agenda)
        now_box = QGroupBox(self.tr("Show a card or a scenario now"))
        now_layout = QHBoxLayout(now_box)
        now_layout.addWidget(self.choice, 1)
        now_layout.addWidget(self.show_button)
        now_layout.addWidget(self.back_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(shown_box, 1)
        layout.addWidget(now_box)

        presentation.shownChanged.connect(self.fill)
        workspace.changed.connect(
            lambda changes: (
                self.fill_choices() if changes.touches(Area.CARDS, Area.DECKS, Area.SCENARIOS, Area.WORKSHOPS) else None
            )
        )
        workspace.workshopChanged.connect(lambda _id: self.fill_choices())
        self.fill_choices()
        self.fill()

    def hidden_notes(self) -> list[NoteRecord]:
        """The notes of the current step hidden by hand."""
        return [note for note in self.presentation.shown().notes if note.hidden]

    def fill(self) -> None:
        model = self.presentation
        step = model.override or model.current_step
        items = step_items(step)
        notes = self.hidden_notes()
        self._filling = True
        self.items.clear()
        for entry in items:
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if model.is_hidden(entry.key) else Qt.CheckState.Checked)
            self.items.addItem(item)
        for note in notes:
            words = note.text if len(note.text) <= 80 else note.text[:79] + "…"
            item = QListWidgetItem(self.tr("Note hidden by hand: %1").replace("%1", words))
            item.setData(Qt.ItemDataRole.UserRole, note_key(note.id))
            item.setData(Qt.ItemDataRole.UserRole + 1, note.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self._filling = False
        self.items.setVisible(bool(items or notes))
        self.no_items.setVisible(not (items or notes))
        self.reveal_button.setEnabled(bool(model.hidden) or model.notes_hidden or bool(notes))
        self.notes.blockSignals(True)
        self.notes.setChecked(model.notes_hidden)
        self.notes.blockSignals(False)
        self.back_button.setEnabled(model.override is not None)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        note_id = item.data(Qt.ItemDataRole.UserRole + 1)
        if note_id is not None:
            from workshop_studio.ui.undo.authoring import push_or_warn
            from workshop_studio.ui.undo.notes import HideNotesCommand

            shown = item.checkState() == Qt.CheckState.Checked
            push_or_warn(
                self, self.tr("Notes"), self.workspace, HideNotesCommand(self.workspace, [int(note_id)], not shown)
            )
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        self.presentation.set_hidden(key, item.checkState() != Qt.CheckState.Checked)

    def reveal_all(self) -> None:
        """Everything of this step back on the stage: items, notes hidden by hand, all notes."""
        from workshop_studio.ui.undo.authoring import push_or_warn
        from workshop_studio.ui.undo.notes import HideNotesCommand

        notes = [note.id for note in self.hidden_notes()]
        self.presentation.reveal_all()
        self.presentation.set_notes_hidden(False)
        if notes:
            push_or_warn(self, self.tr("Notes"), self.workspace, HideNotesCommand(self.workspace, notes, False))

    def fill_choices(self) -> None:
        from workshop_studio.services.agenda import showable_cards, showable_scenarios

        workshop_id = self.workspace.workshop_id
        if workshop_id is None:
            return
        cards = self.workspace.query(lambda s: showable_cards(s, workshop_id))
        scenarios = self.workspace.query(showable_scenarios)
        self.choice.clear()
        for scenario in scenarios:
            self.choice.addItem(self.tr("Scenario: %1").replace("%1", scenario.title), ("scenario", scenario.id))
        for card in cards:
            label = self.tr("%1: %2", "a card's kind, then its title").replace("%1", _card_kind(card.kind))
            self.choice.addItem(label.replace("%2", card.title), ("card", card.id))

    def show_chosen(self) -> None:
        from workshop_studio.services.agenda import card_step, scenario_step

        data = self.choice.currentData()
        if not data:
            return
        what, item_id = data
        reader = scenario_step if what == "scenario" else card_step
        self.presentation.show_now(self.workspace.query(lambda s: reader(s, item_id)))
