"""The pooled review's filters: agencies (the workshops' places), a date range and timeline
templates, offered from :func:`~workshop_studio.services.review_pool.pool_options` with each
one's number of workshops.

As in the one-workshop filters, nothing ticked lets everything through, and ticks survive a
reload when the value is still offered. A date bound counts only while its box is ticked.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.services.review_pool import PoolFilter, PoolOptions
from workshop_studio.services.review_pool_tables import place_label
from workshop_studio.ui.text import long_date_format, plain_tooltip


def _checkable(list_widget: QListWidget, label: str, value: object, on: bool) -> None:
    item = QListWidgetItem(label)  # list items show plain text
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setToolTip(plain_tooltip(label))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    list_widget.addItem(item)


def _ticked(list_widget: QListWidget) -> list[object]:
    return [
        list_widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(list_widget.count())
        if list_widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class PoolFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._building = False
        self.agencies = QListWidget()
        self.agencies.setAccessibleName(self.tr("Agencies"))
        agencies_label = QLabel(self.tr("&Agencies:"))
        agencies_label.setBuddy(self.agencies)
        self.from_check = QCheckBox(self.tr("&From"))
        self.from_date = QDateEdit()
        self.to_check = QCheckBox(self.tr("&Until"))
        self.to_date = QDateEdit()
        for check, date, name in (
            (self.from_check, self.from_date, self.tr("First day")),
            (self.to_check, self.to_date, self.tr("Last day")),
        ):
            date.setCalendarPopup(True)
            date.setDisplayFormat(long_date_format())
            date.setAccessibleName(name)
            date.setEnabled(False)
            check.toggled.connect(date.setEnabled)
            check.toggled.connect(lambda _on: self._emit())
            date.dateChanged.connect(lambda _d, c=check: self._emit() if c.isChecked() else None)
        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Timeline templates"))
        templates_label = QLabel(self.tr("&Templates:"))
        templates_label.setBuddy(self.templates)
        self.clear_button = QPushButton(self.tr("Clear filters"))

        dates = QGridLayout()
        dates.addWidget(self.from_check, 0, 0)
        dates.addWidget(self.from_date, 0, 1)
        dates.addWidget(self.to_check, 1, 0)
        dates.addWidget(self.to_date, 1, 1)
        dates.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(agencies_label)
        layout.addWidget(self.agencies, 3)
        layout.addLayout(dates)
        layout.addWidget(templates_label)
        layout.addWidget(self.templates, 2)
        layout.addWidget(self.clear_button)

        self.agencies.itemChanged.connect(lambda _item: self._emit())
        self.templates.itemChanged.connect(lambda _item: self._emit())
        self.clear_button.clicked.connect(self.clear)

    def _emit(self) -> None:
        if not self._building:
            self.changed.emit()

    # -- choices -------------------------------------------------------------------------------
    def set_options(self, options: PoolOptions) -> None:
        """Offer ``options``; what was ticked and still offered stays ticked (no signal)."""
        places, templates = set(_ticked(self.agencies)), set(_ticked(self.templates))
        self._building = True
        self.agencies.clear()
        for place, count in options.places:
            label = self.tr("%1 (%n workshop(s))", "", count).replace("%1", place_label(place))
            _checkable(self.agencies, label, place, place in places)
        self.templates.clear()
        for template_id, name, count in options.templates:
            label = self.tr("%1 (%n workshop(s))", "", count).replace("%1", name)
            _checkable(self.templates, label, template_id, template_id in templates)
        for check, date, day in (
            (self.from_check, self.from_date, options.first_date),
            (self.to_check, self.to_date, options.last_date),
        ):
            if not check.isChecked() and day is not None:  # a bound not in use starts at the pool's edge
                date.setDate(QDate(day.year, day.month, day.day))
        self._building = False

    # -- the filter ----------------------------------------------------------------------------
    def pool_filter(self) -> PoolFilter:
        def day(check: QCheckBox, date: QDateEdit) -> dt.date | None:
            if not check.isChecked():
                return None
            value = date.date()
            return dt.date(value.year(), value.month(), value.day())

        return PoolFilter.of(
            places=[str(p) for p in _ticked(self.agencies)],
            date_from=day(self.from_check, self.from_date),
            date_to=day(self.to_check, self.to_date),
            timeline_ids=[int(str(t)) for t in _ticked(self.templates)],
        )

    def tick(self, list_widget: QListWidget, value: object, on: bool = True) -> None:
        for index in range(list_widget.count()):
            item = list_widget.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(value)

    def clear(self) -> None:
        self._building = True
        for list_widget in (self.agencies, self.templates):
            for index in range(list_widget.count()):
                list_widget.item(index).setCheckState(Qt.CheckState.Unchecked)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self._building = False
        self.changed.emit()
