"""The review's filters: words, and check boxes for role, kind, participant, stage, card and
scenario, offered from :func:`~workshop_studio.services.review_filters.filter_choices` (only
the values the workshop's notes have, each with its count).

Inside one criterion the ticked values are alternatives; criteria combine (``NoteFilter``).
Nothing ticked lets everything through. Ticks survive a reload of the same workshop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.services.review_filters import Choice, FilterChoices, NoteFilter
from workshop_studio.ui.text import plain_tooltip
from workshop_studio.ui.tree_items import children

CRITERIA = ("roles", "kinds", "participant_ids", "stage_ids", "card_ids", "scenario_ids")
_FROM_CHOICES = {
    "roles": "roles",
    "kinds": "kinds",
    "participant_ids": "participants",
    "stage_ids": "stages",
    "card_ids": "cards",
    "scenario_ids": "scenarios",
}


class FilterPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Words in the note…"))
        self.text.setClearButtonEnabled(True)
        text_label = QLabel(self.tr("&Search:"))
        text_label.setBuddy(self.text)
        self.include_hidden = QCheckBox(self.tr("Include notes hidden from the shared screen"))
        self.include_hidden.setChecked(True)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Filters"))
        self.tree.setUniformRowHeights(True)
        self._titles = {
            "roles": self.tr("Role"),
            "kinds": self.tr("Kind"),
            "participant_ids": self.tr("Participant"),
            "stage_ids": self.tr("Stage"),
            "card_ids": self.tr("Card"),
            "scenario_ids": self.tr("Scenario"),
        }
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._building = False

        row = QHBoxLayout()
        row.addWidget(text_label)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.include_hidden)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.clear_button)

        self.text.textChanged.connect(lambda _t: self.changed.emit())
        self.include_hidden.toggled.connect(lambda _on: self.changed.emit())
        self.tree.itemChanged.connect(self._on_item_changed)
        self.clear_button.clicked.connect(self.clear)

    # -- choices -------------------------------------------------------------------------------
    def set_choices(self, choices: FilterChoices, *, keep: bool = True) -> None:
        """Offer ``choices``; with ``keep``, values ticked before stay ticked when still offered."""
        ticked = self._ticked() if keep else {}
        expanded = {key for key, group in self._groups.items() if group.isExpanded()}
        self._building = True
        self.tree.clear()
        self._groups.clear()
        for key in CRITERIA:
            options: tuple[Choice, ...] = getattr(choices, _FROM_CHOICES[key])
            group = QTreeWidgetItem([f"{self._titles[key]} ({len(options)})"])
            group.setData(0, Qt.ItemDataRole.UserRole, key)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            self._groups[key] = group
            for option in options:
                item = QTreeWidgetItem([f"{option.label} ({option.count})"])  # tree items show plain text
                item.setData(0, Qt.ItemDataRole.UserRole, option.value)
                item.setToolTip(0, plain_tooltip(option.label))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                on = option.value in ticked.get(key, set())
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                group.addChild(item)
            group.setExpanded(key in expanded or key in ("roles", "kinds") or bool(ticked.get(key)))
        self._building = False
        self._update_titles()

    def _ticked(self) -> dict[str, set[object]]:
        ticked: dict[str, set[object]] = {}
        for key, group in self._groups.items():
            for child in children(group):
                if child.checkState(0) == Qt.CheckState.Checked:
                    ticked.setdefault(key, set()).add(child.data(0, Qt.ItemDataRole.UserRole))
        return ticked

    def item_for(self, key: str, value: object) -> QTreeWidgetItem | None:
        group = self._groups.get(key)
        if group is None:
            return None
        for child in children(group):
            if child.data(0, Qt.ItemDataRole.UserRole) == value:
                return child
        return None

    def tick(self, key: str, value: object, on: bool = True) -> None:
        item = self.item_for(key, value)
        if item is None:
            raise KeyError((key, value))
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    # -- the filter ----------------------------------------------------------------------------
    def note_filter(self) -> NoteFilter:
        ticked = self._ticked()
        return NoteFilter.of(
            text=self.text.text(),
            include_hidden=self.include_hidden.isChecked(),
            **{key: ticked.get(key, ()) for key in CRITERIA},  # type: ignore[arg-type]  # items hold their values as Qt data
        )

    def clear(self) -> None:
        self._building = True
        for group in self._groups.values():
            for child in children(group):
                child.setCheckState(0, Qt.CheckState.Unchecked)
        self.text.clear()
        self.include_hidden.setChecked(True)
        self._building = False
        self._update_titles()
        self.changed.emit()

    def _on_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        if not self._building:
            self._update_titles()
            self.changed.emit()

    def _update_titles(self) -> None:
        """Each criterion says how many of its values are ticked, so a closed group still shows it."""
        self._building, was = True, self._building
        ticked = self._ticked()
        for key, group in self._groups.items():
            count = len(ticked.get(key, ()))
            title = self._titles[key]
            group.setText(0, f"{title} ({count}/{group.childCount()})" if count else f"{title} ({group.childCount()})")
            font = group.font(0)
            font.setBold(bool(count))
            group.setFont(0, font)
        self._building = was
