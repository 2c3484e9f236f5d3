"""A tree's items as lists: ``child(i)`` and ``topLevelItem(i)`` may return None for an index
out of range, so their types say ``| None``; within the count they never do."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = []
    for index in range(item.childCount()):
        child = item.child(index)
        assert child is not None  # an index below childCount()
        found.append(child)
    return found


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None  # an index below topLevelItemCount()
        found.append(item)
    return found
