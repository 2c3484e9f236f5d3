"""What the print dialog remembers between sessions, in QSettings.

The front/back offset belongs to a printer, not to a deck: office duplex units drift by a
millimetre or two, each in its own way (PRINT.md). It is kept per printer name. Names are
percent-encoded into the key because QSettings reads ``/`` and ``\\`` as group separators,
and printer names (``\\\\server\\Office HP``) are full of them.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QUrl

from workshop_studio.export.print_options import MAX_BACK_OFFSET_MM

OFFSETS_GROUP = "print/backOffsets"
LAST_PRINTER = "print/lastPrinter"
LAST_FOLDER = "print/lastFolder"
CHOICES_GROUP = "print/choices"


def _key(printer: str) -> str:
    return bytes(QUrl.toPercentEncoding(printer.strip()).data()).decode("ascii")


def _number(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]  # what QSettings held: float() refusing it reads 0
    except (TypeError, ValueError):
        return 0.0
    if number != number:  # NaN from a hand-edited file
        return 0.0
    return max(-MAX_BACK_OFFSET_MM, min(MAX_BACK_OFFSET_MM, number))


class PrintSettings:
    """Remembered print choices; every read tolerates a missing or hand-edited value."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    # -- the back offset, per printer ---------------------------------------------------------
    def back_offset(self, printer: str) -> tuple[float, float]:
        """The (right, down) offset in mm saved for ``printer``; (0, 0) for an unknown one."""
        if not printer.strip():
            return (0.0, 0.0)
        value = self.settings.value(f"{OFFSETS_GROUP}/{_key(printer)}")
        if isinstance(value, str):
            value = value.split()
        if isinstance(value, (list, tuple)) and len(value) == 2:
            return (_number(value[0]), _number(value[1]))
        return (0.0, 0.0)

    def has_back_offset(self, printer: str) -> bool:
        return bool(printer.strip()) and self.settings.contains(f"{OFFSETS_GROUP}/{_key(printer)}")

    def set_back_offset(self, printer: str, offset: tuple[float, float]) -> None:
        if not printer.strip():
            return
        dx, dy = (_number(v) for v in offset)
        self.settings.setValue(f"{OFFSETS_GROUP}/{_key(printer)}", f"{dx:g} {dy:g}")

    # -- other choices ------------------------------------------------------------------------
    def last_printer(self) -> str:
        value = self.settings.value(LAST_PRINTER, "")
        return value if isinstance(value, str) else ""

    def set_last_printer(self, printer: str) -> None:
        self.settings.setValue(LAST_PRINTER, printer.strip())

    def last_folder(self) -> str:
        value = self.settings.value(LAST_FOLDER, "")
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: str) -> None:
        self.settings.setValue(LAST_FOLDER, folder)

    def choice(self, name: str, allowed: tuple[str, ...], default: str) -> str:
        """A remembered combo choice (paper, layout, backs), if it is still a valid one."""
        value = self.settings.value(f"{CHOICES_GROUP}/{name}", default)
        return value if isinstance(value, str) and value in allowed else default

    def set_choice(self, name: str, value: str) -> None:
        self.settings.setValue(f"{CHOICES_GROUP}/{name}", value)
