"""What to export, chosen before the file name: the format, anonymised or not, and for the
PNG whether the timeline is arranged by stage or by role."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.ui.text import heading_label

FORMATS = ("pdf-a4", "pdf-a3", "csv", "xlsx", "png", "zip")
SUFFIX = {"pdf-a4": ".pdf", "pdf-a3": ".pdf", "csv": ".csv", "xlsx": ".xlsx", "png": ".png", "zip": ".zip"}


@dataclass(frozen=True)
class ExportChoice:
    format: str  # one of FORMATS
    anonymise: bool = False
    by_role: bool = False  # PNG only

    @property
    def suffix(self) -> str:
        return SUFFIX[self.format]

    @property
    def paper(self) -> str:
        return "a3" if self.format == "pdf-a3" else "a4"


class ExportDialog(QDialog):
    def __init__(self, title: str, *, by_role: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the workshop"))
        labels = {
            "pdf-a4": self.tr("PDF report, A4 landscape"),
            "pdf-a3": self.tr("PDF report, A3 landscape"),
            "csv": self.tr("Notes table, CSV (spreadsheet)"),
            "xlsx": self.tr("Notes table, Excel (XLSX)"),
            "png": self.tr("Picture of the annotated timeline (PNG)"),
            "zip": self.tr("Workshop archive (ZIP), to hand to a colleague"),
        }
        self.buttons = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        box = QGroupBox(self.tr("Format"))
        box_layout = QVBoxLayout(box)
        for key in FORMATS:
            radio = QRadioButton(labels[key])
            self.radios[key] = radio
            self.buttons.addButton(radio)
            box_layout.addWidget(radio)
        self.radios["pdf-a4"].setChecked(True)
        self.by_role = QCheckBox(self.tr("Timeline by role (one lane per role), as on screen"))
        self.by_role.setChecked(by_role)
        box_layout.addWidget(self.by_role)
        self.anonymise = QCheckBox(self.tr("Anonymise (authors replaced by role and number)"))
        self.buttons.buttonToggled.connect(lambda _b, _on: self._update())

        actions = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        actions.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        actions.accepted.connect(self.accept)
        actions.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(title, level=2))
        layout.addWidget(box)
        layout.addWidget(self.anonymise)
        layout.addWidget(actions)
        self._update()

    def _update(self) -> None:
        self.by_role.setEnabled(self.radios["png"].isChecked())

    def choose(self, choice: ExportChoice) -> None:
        self.radios[choice.format].setChecked(True)
        self.anonymise.setChecked(choice.anonymise)
        self.by_role.setChecked(choice.by_role)

    def choice(self) -> ExportChoice:
        chosen = next(key for key, radio in self.radios.items() if radio.isChecked())
        return ExportChoice(chosen, self.anonymise.isChecked(), chosen == "png" and self.by_role.isChecked())
