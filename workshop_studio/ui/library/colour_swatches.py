"""A card's colour: the kind's own, or one of the Okabe-Ito palette swatches.

Only palette swatches are offered: their fills keep card text at 7:1 contrast or better
(``domain/colours.py``), so no choice here can make a card hard to read. Each swatch is
named in words (tooltip, accessible name) and the chosen one carries a tick, so colour
never carries the meaning alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QToolButton, QWidget

from workshop_studio.domain.colours import INK, PALETTE, swatch_for_kind
from workshop_studio.i18n import QT_TRANSLATE_NOOP

SWATCH_NAMES = {
    "orange": QT_TRANSLATE_NOOP("ColourSwatches", "Orange"),
    "sky": QT_TRANSLATE_NOOP("ColourSwatches", "Sky blue"),
    "green": QT_TRANSLATE_NOOP("ColourSwatches", "Bluish green"),
    "yellow": QT_TRANSLATE_NOOP("ColourSwatches", "Yellow"),
    "blue": QT_TRANSLATE_NOOP("ColourSwatches", "Blue"),
    "vermillion": QT_TRANSLATE_NOOP("ColourSwatches", "Vermillion"),
    "purple": QT_TRANSLATE_NOOP("ColourSwatches", "Reddish purple"),
    "grey": QT_TRANSLATE_NOOP("ColourSwatches", "Grey"),
}
KIND_COLOUR = ""  # the button key meaning "the kind's colour" (stored as None)


def swatch_name(key: str) -> str:
    return QCoreApplication.translate("ColourSwatches", SWATCH_NAMES.get(key, key))


class SwatchButton(QToolButton):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.fill = PALETTE[key].fill if key else "#FFFFFF"
        self.accent = PALETTE[key].accent if key else "#999999"
        self.setCheckable(True)
        self.setFixedSize(QSize(40, 40))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.setBrush(QColor(self.fill))
        painter.setPen(QPen(QColor(self.accent), 4))
        painter.drawRoundedRect(rect, 6, 6)
        if not self.key:  # the kind's colour: a split swatch, marked with an "A" for "auto"
            painter.setPen(QColor(INK))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "A")
        if self.isChecked():
            painter.setPen(QPen(QColor(INK), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
            painter.drawText(
                rect.adjusted(0, 0, -2, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, "✓"
            )
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()


class ColourSwatches(QWidget):
    """Signals ``chosen(key)``: a palette key, or ``None`` for the kind's colour."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, SwatchButton] = {}
        layout = QGridLayout(self)  # two rows: the kind's colour, then the eight swatches
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for number, key in enumerate((KIND_COLOUR, *PALETTE)):
            button = SwatchButton(key)
            self.buttons[key] = button
            self.group.addButton(button)
            layout.addWidget(button, number // 5, number % 5)
            button.clicked.connect(lambda _checked=False, k=key: self.chosen.emit(k or None))
        layout.setColumnStretch(5, 1)
        self.show_colour("question", None)

    def show_colour(self, kind: str, colour: str | None) -> None:
        """Tick the card's colour; the "kind's colour" swatch shows the kind's fill."""
        kind_button = self.buttons[KIND_COLOUR]
        swatch = swatch_for_kind(kind)
        kind_button.fill, kind_button.accent = swatch.fill, swatch.accent
        kind_text = self.tr("The kind's colour (%1)").replace("%1", swatch_name(swatch.key))
        kind_button.setToolTip(kind_text)
        kind_button.setAccessibleName(kind_text)
        for key, button in self.buttons.items():
            if key:
                button.setToolTip(swatch_name(key))
                button.setAccessibleName(swatch_name(key))
        if colour and colour not in PALETTE:  # a #RRGGBB from a file: no swatch is it
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[colour or KIND_COLOUR].setChecked(True)
        for button in self.buttons.values():
            button.update()

    def current(self) -> str | None:
        button = self.group.checkedButton()
        return getattr(button, "key", None) or None
