"""The printer's front/back offset: which printer, how far its backs drift, and how to measure it.

Choosing a printer name brings back the offset saved for it; changing the offset saves it for
that name at once (there is no "Save" button). The calibration page is printed by the dialog:
this box only asks for it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from workshop_studio.export.print_options import MAX_BACK_OFFSET_MM
from workshop_studio.ui.library.print_options_form import MmSpinBox
from workshop_studio.ui.library.print_settings import PrintSettings
from workshop_studio.ui.text import plain_label


def available_printers() -> tuple[list[str], str]:
    """The printers the system knows and its default one; none when QtPrintSupport is missing."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:  # a Qt build without print support
        return [], ""
    return list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()


class BackOffsetBox(QGroupBox):
    changed = Signal()  # the offset in use changed
    calibrationRequested = Signal()

    def __init__(self, settings: PrintSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Double-sided printing"), parent)
        self.settings = settings
        self._loading = False
        self._current = ""  # the printer whose offset the spin boxes show

        self.printer = QComboBox()
        self.printer.setEditable(True)
        self.printer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.printer.setAccessibleName(self.tr("Printer name"))
        name_field = self.printer.lineEdit()
        assert name_field is not None  # an editable combo box has its line edit
        name_field.setPlaceholderText(self.tr("The printer's name"))
        names, default = available_printers()
        self.printer.addItems(names)
        self.printer.setEditText(settings.last_printer() or default)

        self.dx = self._spin(self.tr("Back offset to the right"))
        self.dy = self._spin(self.tr("Back offset downwards"))
        offsets = QHBoxLayout()
        offsets.setContentsMargins(0, 0, 0, 0)
        offsets.addWidget(plain_label(self.tr("right"), wrap=False))
        offsets.addWidget(self.dx)
        offsets.addSpacing(12)
        offsets.addWidget(plain_label(self.tr("down"), wrap=False))
        offsets.addWidget(self.dy)
        offsets.addStretch(1)

        self.calibrate = QPushButton(self.tr("Print calibration page…"))
        self.calibrate.clicked.connect(self.calibrationRequested)
        self.note = plain_label(
            self.tr(
                "Duplex printers shift the backs by a millimetre or two. Print the calibration page once, "
                "read the shift on it, and enter it here: it is kept for this printer."
            )
        )
        font = self.note.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.note.setFont(font)

        form = QFormLayout(self)
        form.addRow(self.tr("Printer:"), self.printer)
        form.addRow(self.tr("Back offset:"), offsets)
        form.addRow("", self.calibrate)
        form.addRow(self.note)

        # A typed name counts once it is finished, not at every keystroke ("H", "HP", …).
        name_field.editingFinished.connect(self._on_printer)
        self.printer.activated.connect(self._on_printer)
        self.dx.valueChanged.connect(self._on_offset)
        self.dy.valueChanged.connect(self._on_offset)
        self._on_printer()

    def _spin(self, name: str) -> MmSpinBox:
        spin = MmSpinBox(-MAX_BACK_OFFSET_MM, MAX_BACK_OFFSET_MM, 0.5)
        spin.setDecimals(1)  # the calibration scales read to the millimetre, half at best
        spin.setAccessibleName(name)
        return spin

    def printer_name(self) -> str:
        return self.printer.currentText().strip()

    def set_printer_name(self, name: str) -> None:
        self.printer.setEditText(name)
        self._on_printer()

    def offset(self) -> tuple[float, float]:
        """(right, down) in mm, as the engine takes it."""
        return (float(self.dx.value()), float(self.dy.value()))

    def set_offset(self, dx: float, dy: float) -> None:
        """Set the offset as the user would (it is saved for the current printer)."""
        self.dx.setValue(dx)
        self.dy.setValue(dy)

    def _on_printer(self, *_args: object) -> None:
        name = self.printer_name()
        if name == self._current:
            return
        previous, self._current = self._current, name
        if not name:
            return  # keep the numbers on show; they are saved once the printer is named
        if self.settings.has_back_offset(name):
            dx, dy = self.settings.back_offset(name)
        elif not previous:  # numbers entered before the printer was named belong to it
            dx, dy = self.offset()
            if (dx, dy) != (0.0, 0.0):
                self.settings.set_back_offset(name, (dx, dy))
        else:
            dx, dy = 0.0, 0.0
        self._loading = True
        try:
            self.dx.setValue(dx)
            self.dy.setValue(dy)
        finally:
            self._loading = False
        self.settings.set_last_printer(name)
        self.changed.emit()

    def _on_offset(self) -> None:
        if self._loading:
            return
        self.settings.set_back_offset(self._current, self.offset())
        self.changed.emit()
