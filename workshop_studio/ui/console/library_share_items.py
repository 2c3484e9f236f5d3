"""The library items a facilitator ticks to publish or pull: decks, timeline templates,
scenarios and matrices, one group each (ticking a group ticks all of it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from workshop_studio.interchange.library_bundle import KINDS, Choice, LibraryItem
from workshop_studio.ui.text import plain_tooltip
from workshop_studio.ui.tree_items import children


class ShareItemTree(QTreeWidget):
    tickedChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Item"), self.tr("Content")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.setAccessibleName(self.tr("Library items to copy"))
        self.setUniformRowHeights(True)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self.itemChanged.connect(lambda _item, _column: self.tickedChanged.emit())

    def _titles(self) -> dict[str, str]:
        return {
            "deck": self.tr("Decks"),
            "timeline": self.tr("Timeline templates"),
            "scenario": self.tr("Scenarios"),
            "matrix": self.tr("Matrices"),
        }

    def _size(self, item: LibraryItem) -> str:
        if item.kind == "deck":
            return self.tr("%n card(s)", "", item.size)
        if item.kind == "timeline":
            return self.tr("%n stage(s)", "", item.size)
        if item.kind == "scenario":
            return self.tr("%n linked card(s)", "", item.size)
        return self.tr("%n axis card(s)", "", item.size)

    def set_items(self, items: Sequence[LibraryItem]) -> None:
        """Offer ``items``, none ticked."""
        self.blockSignals(True)
        self.clear()
        self._groups.clear()
        titles = self._titles()
        for kind in KINDS:
            members = [item for item in items if item.kind == kind]
            group = QTreeWidgetItem([f"{titles[kind]} ({len(members)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            group.setCheckState(0, Qt.CheckState.Unchecked)
            self.addTopLevelItem(group)
            self._groups[kind] = group
            for item in members:
                row = QTreeWidgetItem([item.name, self._size(item)])  # tree items show plain text
                row.setData(0, Qt.ItemDataRole.UserRole, item.id)
                row.setToolTip(0, plain_tooltip(item.name))
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Unchecked)
                group.addChild(row)
            group.setExpanded(bool(members))
        self.blockSignals(False)
        self.tickedChanged.emit()

    def clear_items(self) -> None:
        """Nothing listed (the library they came from was let go)."""
        self.clear()
        self._groups.clear()
        self.tickedChanged.emit()

    def item_for(self, kind: str, item_id: int) -> QTreeWidgetItem | None:
        group = self._groups.get(kind)
        if group is None:
            return None
        return next(
            (child for child in children(group) if child.data(0, Qt.ItemDataRole.UserRole) == item_id),
            None,
        )

    def tick(self, kind: str, item_id: int, on: bool = True) -> None:
        item = self.item_for(kind, item_id)
        if item is None:
            raise KeyError((kind, item_id))
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def tick_all(self, kind: str) -> None:
        self._groups[kind].setCheckState(0, Qt.CheckState.Checked)

    def choice(self) -> Choice:
        ticked: dict[str, tuple[int, ...]] = {}
        for kind, group in self._groups.items():
            ticked[kind] = tuple(
                int(child.data(0, Qt.ItemDataRole.UserRole))
                for child in children(group)
                if child.checkState(0) == Qt.CheckState.Checked
            )
        return Choice(
            deck_ids=ticked.get("deck", ()),
            timeline_ids=ticked.get("timeline", ()),
            scenario_ids=ticked.get("scenario", ()),
            matrix_ids=ticked.get("matrix", ()),
        )
