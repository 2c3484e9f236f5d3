"""After an export: what was printed, what did not fit, and a way to open the PDF or its folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QPushButton, QVBoxLayout, QWidget

from workshop_studio.export.deck_pdf import ExportReport
from workshop_studio.ui.text import heading_label, plain_label

UrlOpener = Callable[[QUrl], object]


def open_url(url: QUrl) -> object:
    return QDesktopServices.openUrl(url)


class ExportDoneDialog(QDialog):
    """The report of one export. Card titles are user text: every label here is plain."""

    def __init__(self, report: ExportReport, parent: QWidget | None = None, *, opener: UrlOpener = open_url) -> None:
        super().__init__(parent)
        self.report = report
        self.opener = opener
        self.setWindowTitle(self.tr("PDF saved"))
        path = report.path or Path()

        self.title = heading_label(self.tr("The PDF is ready"), level=2)
        self.summary = plain_label(
            self.tr("%n page(s)", "", report.pages)
            + " · "
            + self.tr("%n card(s)", "", report.cards)
            + "\n"
            + str(path),
            selectable=True,
        )
        self.actual_size = plain_label(self.tr("Print it at actual size (100 %), not “fit to page”."))
        font = self.actual_size.font()
        font.setBold(True)
        self.actual_size.setFont(font)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.actual_size)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems"))
        if report.problems:
            layout.addWidget(
                plain_label(
                    self.tr(
                        "These cards are printed, but not quite as designed (text shrunk or broken, pictogram missing):"
                    )
                )
            )
            self.problems.addItems(list(report.problems))  # list items are plain text
            layout.addWidget(self.problems, 1)
        else:
            self.problems.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_pdf = QPushButton(self.tr("Open the PDF"))
        self.open_folder = QPushButton(self.tr("Open its folder"))
        buttons.addButton(self.open_pdf, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_pdf.setDefault(True)
        self.open_pdf.clicked.connect(self._open_pdf)
        self.open_folder.clicked.connect(self._open_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _open_pdf(self) -> None:
        if self.report.path is not None:
            self.opener(QUrl.fromLocalFile(str(self.report.path)))
        self.accept()

    def _open_folder(self) -> None:
        if self.report.path is not None:
            self.opener(QUrl.fromLocalFile(str(self.report.path.parent)))
