"""User text is text: labels that never interpret it as HTML (QUALITY.md); dates as people read them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(
    text: str = "", parent: QWidget | None = None, *, wrap: bool = True, selectable: bool = False
) -> QLabel:
    """A QLabel fixed to plain text, so ``<b>`` or ``<img src=…>`` typed by someone shows literally."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def heading_label(text: str = "", parent: QWidget | None = None, *, level: int = 1) -> QLabel:
    label = plain_label(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.25, 3: 1.1}.get(level, 1.0))
    font.setBold(True)
    label.setFont(font)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt guesses rich text in tooltips otherwise)."""
    from html import escape

    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date_format() -> str:
    """For a date field: it shows its date as :func:`long_date` writes it."""
    return QLocale().dateFormat(QLocale.FormatType.LongFormat)


def long_date(day: dt.date | None) -> str:
    """The one way the console writes a date: "mardi 24 novembre 2026" on a French system."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat) if day is not None else ""
