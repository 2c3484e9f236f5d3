"""User text is text: labels that never interpret it as HTML (QUALITY.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True, selectable: bool = False) -> QLabel:
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
