"""What to print: the whole deck or the cards selected in the library, and how many sets."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QRadioButton, QSpinBox, QVBoxLayout, QWidget

from workshop_studio.domain.materials import CardView
from workshop_studio.export.print_options import MAX_SETS
from workshop_studio.ui.text import plain_label


class PrintScopeBox(QGroupBox):
    changed = Signal()

    def __init__(
        self, deck_cards: Sequence[CardView], selected_ids: Sequence[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("What to print"), parent)
        self._deck = list(deck_cards)
        chosen = {int(i) for i in selected_ids}
        self._selection = [c for c in self._deck if c.card_id in chosen]  # in deck order

        self.whole_deck = QRadioButton(self.tr("The whole deck (%n card(s))", "", len(self._deck)))
        self.selected = QRadioButton(
            self.tr("Only the selected cards (%n)", "", len(self._selection))
            if self._selection
            else self.tr("Only the selected cards (none)")
        )
        self.selected.setEnabled(bool(self._selection))
        if not self._selection:
            self.selected.setToolTip(self.tr("Select cards in the library first (Ctrl+click, Shift+click)."))
        # One selected card is usually just where the cursor is; two or more are a choice.
        (self.selected if len(self._selection) > 1 else self.whole_deck).setChecked(True)

        self.sets_spin = QSpinBox()
        self.sets_spin.setRange(1, MAX_SETS)
        self.sets_spin.setAccessibleName(self.tr("Sets"))
        self.sets_spin.setToolTip(self.tr("How many times the whole choice is printed, e.g. one set per table."))
        self.count = plain_label()
        self.count.setAccessibleName(self.tr("Cards to print"))

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Sets:"), self.sets_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.whole_deck)
        layout.addWidget(self.selected)
        layout.addLayout(form)
        layout.addWidget(self.count)

        self.whole_deck.toggled.connect(self._on_change)
        self.sets_spin.valueChanged.connect(self._on_change)
        self._on_change()

    def cards(self) -> list[CardView]:
        return list(self._selection if self.selected.isChecked() else self._deck)

    def sets(self) -> int:
        return self.sets_spin.value()

    def set_sets(self, sets: int) -> None:
        self.sets_spin.setValue(sets)

    def use_selection(self, selected: bool) -> None:
        (self.selected if selected and self._selection else self.whole_deck).setChecked(True)

    def _on_change(self) -> None:
        cards = self.cards()
        printed = sum(max(0, c.copies) for c in cards) * self.sets_spin.value()
        self.count.setText(self.tr("%n card(s)", "", len(cards)) + ", " + self.tr("%n printed copy(ies)", "", printed))
        self.changed.emit()
