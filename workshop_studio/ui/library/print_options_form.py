"""The print settings that shape the pages: size, paper, layout, orientation, backs, bleed, marks.

The form holds no print state of its own beyond its widgets: :meth:`PrintOptionsForm.options`
reads them into the engine's :class:`PrintOptions`, and :meth:`PrintOptionsForm.set_options`
writes one back. Settings that mean nothing for the chosen layout are disabled rather than
hidden, so the form does not jump about as the user explores.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.card_sizes import CARD_SIZES, DEFAULT_CARD_SIZE
from workshop_studio.export.print_options import MAX_BLEED_MM, PrintOptions
from workshop_studio.export.sheet_layout import default_bleed
from workshop_studio.ui.text import plain_label


class MmSpinBox(QDoubleSpinBox):
    """Millimetres as they are: "3 mm", "3,175 mm", never a rounded "3,18 mm"."""

    def __init__(self, low: float, high: float, step: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(3)
        self.setRange(low, high)
        self.setSingleStep(step)
        self.setSuffix(QCoreApplication.translate("PrintOptionsForm", " mm"))

    def textFromValue(self, value: float) -> str:
        return self.locale().toString(float(value), "g", 6).replace(self.locale().groupSeparator(), "")


class PrintOptionsForm(QWidget):
    changed = Signal()  # any setting changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bleed_edited = False
        size_names = {
            "poker": self.tr("Poker"),
            "poker-us": self.tr("Poker (US)"),
            "bridge": self.tr("Bridge"),
            "tarot": self.tr("Tarot"),
            "mini": self.tr("Mini"),
            "euro": self.tr("Euro"),
            "square": self.tr("Square"),
            "a6": self.tr("A6"),
            "a7": self.tr("A7"),
            "business": self.tr("Business card"),
        }
        locale = QLocale()
        self.card_size = QComboBox()
        for key, size in CARD_SIZES.items():
            mm = (
                self.tr("%1 × %2 mm")
                .replace("%1", locale.toString(float(size.width_mm), "g", 4))
                .replace("%2", locale.toString(float(size.height_mm), "g", 4))
            )
            self.card_size.addItem(f"{size_names.get(key, key)} — {mm}", key)

        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter (US)"), "letter")

        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("Office sheet (cards share their cut lines)"), "sheet")
        self.layout_choice.addItem(self.tr("Office sheet with bleed (for full-colour cards)"), "sheet-bleed")
        self.layout_choice.addItem(self.tr("Print shop (one card side per page)"), "print-shop")
        self.layout_hint = plain_label()
        self.layout_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        hint_font = self.layout_hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        self.layout_hint.setFont(hint_font)

        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Automatic (the most cards per page)"), "auto")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.addItem(self.tr("Landscape"), "landscape")

        self.backs = QComboBox()
        self.backs.addItem(self.tr("No backs"), "none")
        self.backs.addItem(self.tr("Double-sided, flip on long edge"), "long-edge")
        self.backs.addItem(self.tr("Double-sided, flip on short edge"), "short-edge")
        self.backs.addItem(self.tr("Fold (fronts and backs on one side, to fold)"), "fold")

        self.bleed = MmSpinBox(0.0, MAX_BLEED_MM, 0.5)
        self.bleed.setValue(default_bleed(CARD_SIZES[DEFAULT_CARD_SIZE]))

        self.crop_marks = QCheckBox(self.tr("Crop marks"))
        self.crop_marks.setChecked(True)

        self.number_tickets = QCheckBox(self.tr("Number the golden tickets, from"))
        self.first_ticket = QSpinBox()
        self.first_ticket.setRange(0, 999_999)
        self.first_ticket.setValue(1)
        self.first_ticket.setAccessibleName(self.tr("First ticket number"))
        tickets = QHBoxLayout()
        tickets.setContentsMargins(0, 0, 0, 0)
        tickets.addWidget(self.number_tickets)
        tickets.addWidget(self.first_ticket)
        tickets.addStretch(1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Card size:"), self.card_size)
        layout_field = QVBoxLayout()  # the hint under its combo (a form row of its own gets too tall)
        layout_field.setSpacing(2)
        layout_field.addWidget(self.layout_choice)
        layout_field.addWidget(self.layout_hint)
        form.addRow(self.tr("Layout:"), layout_field)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.tr("Backs:"), self.backs)
        form.addRow(self.tr("Bleed:"), self.bleed)
        form.addRow("", self.crop_marks)
        form.addRow(self.tr("Golden tickets:"), tickets)

        for combo in (self.card_size, self.paper, self.orientation, self.backs):
            combo.currentIndexChanged.connect(self._emit)
        self.card_size.currentIndexChanged.connect(self._on_size)
        self.layout_choice.currentIndexChanged.connect(self._on_layout)
        self.bleed.valueChanged.connect(self._on_bleed)
        self.crop_marks.toggled.connect(self._emit)
        self.number_tickets.toggled.connect(self._on_tickets)
        self.first_ticket.valueChanged.connect(self._emit)
        self._on_layout()
        self._on_tickets()

    # -- reading and writing ------------------------------------------------------------------
    def options(self) -> PrintOptions:
        """The engine's options for what the form shows (no offset, sets or title: not its job)."""
        layout = self.layout_choice.currentData()
        return PrintOptions(
            card_size=self.card_size.currentData(),
            paper=self.paper.currentData(),
            layout=layout,
            backs=self.backs.currentData(),
            bleed_mm=float(self.bleed.value()) if self._bleed_edited and layout != "sheet" else None,
            crop_marks=self.crop_marks.isChecked(),
            orientation=self.orientation.currentData(),
            number_golden_tickets=self.number_tickets.isEnabled() and self.number_tickets.isChecked(),
            first_ticket_number=self.first_ticket.value(),
        )

    def set_options(self, options: PrintOptions) -> None:
        """Show ``options`` (as far as the form goes)."""
        self.blockSignals(True)
        try:
            _select(self.card_size, options.card_size)
            _select(self.layout_choice, options.layout)
            _select(self.paper, options.paper)
            _select(self.orientation, options.orientation)
            _select(self.backs, options.backs)
            if options.bleed_mm is not None:
                self.bleed.setValue(options.bleed_mm)
            self.crop_marks.setChecked(options.marks)
            self.number_tickets.setChecked(options.number_golden_tickets)
            self.first_ticket.setValue(options.first_ticket_number)
        finally:
            self.blockSignals(False)
        self._bleed_edited = options.bleed_mm is not None
        self.changed.emit()

    def set_tickets_available(self, available: bool) -> None:
        """Numbering means something only when golden tickets are among the cards to print."""
        if available == self.number_tickets.isEnabled():
            return
        self.number_tickets.setEnabled(available)
        self.number_tickets.setToolTip("" if available else self.tr("There is no golden ticket among these cards."))
        self._sync_first_ticket()

    # -- reactions ----------------------------------------------------------------------------
    def _emit(self) -> None:
        self.changed.emit()

    def _on_size(self) -> None:
        if not self._bleed_edited:  # follow the size's standard bleed until the user sets one
            self.bleed.blockSignals(True)
            self.bleed.setValue(default_bleed(CARD_SIZES[self.card_size.currentData()]))
            self.bleed.blockSignals(False)

    def _on_bleed(self) -> None:
        self._bleed_edited = True
        self.changed.emit()

    def _on_tickets(self) -> None:
        self._sync_first_ticket()
        self.changed.emit()

    def _sync_first_ticket(self) -> None:
        self.first_ticket.setEnabled(self.number_tickets.isEnabled() and self.number_tickets.isChecked())

    def _on_layout(self) -> None:
        layout = self.layout_choice.currentData()
        shop = layout == "print-shop"
        self.paper.setEnabled(not shop)
        self.orientation.setEnabled(not shop)
        self.bleed.setEnabled(layout != "sheet")
        _enable_item(self.backs, "fold", not shop)
        if shop and self.backs.currentData() == "fold":
            _select(self.backs, "long-edge")
        self.crop_marks.blockSignals(True)
        self.crop_marks.setChecked(not shop)  # shops want none; office sheets need them
        self.crop_marks.blockSignals(False)
        self.layout_hint.setText(
            {
                "sheet": self.tr("Cards side by side, cut along shared lines. No bleed: best with white edges."),
                "sheet-bleed": self.tr("Each card with its bleed and a gap: fewer per page, clean full-colour edges."),
                "print-shop": self.tr(
                    "A PDF for a print shop: one card side per page with its bleed, fronts and backs alternating."
                ),
            }[layout]
        )
        self.changed.emit()


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _enable_item(combo: QComboBox, value: object, enabled: bool) -> None:
    model = combo.model()
    index = combo.findData(value)
    if isinstance(model, QStandardItemModel) and index >= 0:
        item = model.item(index)
        if item is not None:
            item.setEnabled(enabled)
