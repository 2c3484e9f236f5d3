"""Saving the PDF from the print dialog: progress, Cancel, then the report or the error.

Nothing here blocks: the progress dialog, the report and the error are window-modal dialogs
opened with ``open()``, so the GUI keeps running (and tests can drive them).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from workshop_studio.domain.materials import CardView
from workshop_studio.export.print_options import ExportError, PrintOptions
from workshop_studio.ui.library.print_job import PdfJob, PdfWorkers
from workshop_studio.ui.library.print_result import ExportDoneDialog, UrlOpener, open_url

PROGRESS_DELAY_MS = 400  # quicker exports finish without a progress dialog flashing by


class ExportRunner(QObject):
    finished = Signal(object)  # ExportReport
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, window: QWidget, workers: PdfWorkers) -> None:
        super().__init__(window)
        self.window = window
        self.workers = workers
        self.opener: UrlOpener = open_url  # tests replace it
        self.job: PdfJob | None = None
        self.progress: QProgressDialog | None = None
        self.result_dialog: ExportDoneDialog | None = None
        self.message_box: QMessageBox | None = None

    def busy(self) -> bool:
        return self.job is not None

    def start(self, cards: Sequence[CardView], options: PrintOptions, path: Path, total_pages: int) -> PdfJob | None:
        if self.job is not None:
            return None
        job = PdfJob(cards, options, out=path)
        progress = QProgressDialog(self.tr("Making the PDF…"), self.tr("Cancel"), 0, max(1, total_pages), self.window)
        progress.setWindowTitle(self.tr("Save PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        progress.canceled.connect(self.cancel)  # its Cancel button
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        self.job, self.progress = job, progress
        self.workers.start(job)
        return job

    def cancel(self) -> None:
        """Stop the export before its next page (what the progress dialog's Cancel does)."""
        if self.job is not None:
            self.job.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, job: PdfJob, done: int, total: int) -> None:
        progress = self.progress
        if job is self.job and progress is not None and not job.is_cancelled():
            progress.setLabelText(self.tr("Page %1 of %2").replace("%1", str(done)).replace("%2", str(total)))
            progress.setMaximum(total)
            # Last: a window-modal progress dialog processes events in setValue, so the job's
            # end may be handled in there and this runner finished when it returns.
            progress.setValue(done)

    def _finish(self) -> None:
        self.job = None
        if self.progress is not None:
            progress, self.progress = self.progress, None
            progress.canceled.disconnect()  # closing it would otherwise say "cancelled"
            progress.hide()
            progress.deleteLater()

    def _on_succeeded(self, job: PdfJob) -> None:
        self._finish()
        report = job.result
        assert report is not None and not isinstance(report, tuple)  # an export to a file: its report
        self.result_dialog = ExportDoneDialog(report, self.window, opener=self.opener)
        self.result_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_dialog.open()
        self.finished.emit(report)

    def _on_failed(self, job: PdfJob, message: str) -> None:
        self._finish()
        self._tell(QMessageBox.Icon.Warning, self.tr("The PDF could not be made"), message)
        self.failed.emit(message)

    def _on_cancelled(self, job: PdfJob) -> None:
        self._finish()
        self.cancelled.emit()

    def calibrate(self, options: PrintOptions, path: Path) -> Path | None:
        """Write the calibration page (two quick pages: no thread) and say how to use it."""
        from workshop_studio.export.deck_pdf import export_calibration_pdf

        try:
            export_calibration_pdf(options, path)  # drawn without any offset: it measures it
        except ExportError as error:
            self._tell(QMessageBox.Icon.Warning, self.tr("The calibration page could not be made"), str(error))
            return None
        self._tell(
            QMessageBox.Icon.Information,
            self.tr("Calibration page saved"),
            self.tr(
                "%1\n\nPrint it double-sided at actual size (100 %) on the printer you will use, hold it against "
                "a light, read where each cross falls on the scales behind it, and enter the two numbers as "
                "this printer's back offset."
            ).replace("%1", str(path)),
            open_path=path,
        )
        return path

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str, *, open_path: Path | None = None) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # paths and card titles are user text
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if open_path is not None:
            button = box.addButton(self.tr("Open the PDF"), QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda: self.opener(QUrl.fromLocalFile(str(open_path))))
        box.open()
        self.message_box = box
        return box
