"""Running an export from the console: off the GUI thread where it takes time, with progress,
then the file opened.

The PDF report, the CSV/XLSX tables and the archive go through the CLI's single entry point
(``workshop_files.write_workshop_file``) in a one-thread pool: a report of thousands of
notes takes seconds, and the console keeps painting (and capturing notes) meanwhile. The
worker opens its own read session (SQLite in WAL mode lets it read while the console writes).
The PNG is drawn by Qt's graphics scene, which lives in the GUI thread: it is drawn there
(about a second for thousands of notes), then encoded and written in the pool's thread, which
is the longer part. Every file is written atomically by its exporter, so the progress
dialog's Cancel is safe: a PDF report stops at the next page (``ReportCancelled``) and
nothing is written; the dialog counts the report's pages as they are drawn.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from workshop_studio.ui import prompts
from workshop_studio.ui.review.export_dialog import ExportChoice

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

log = logging.getLogger(__name__)


def _message(error: BaseException) -> str:
    from workshop_studio.export.report_pdf import ReportError
    from workshop_studio.interchange.errors import ImportRefused
    from workshop_studio.services.errors import ServiceError
    from workshop_studio.storage.errors import DatabaseError

    if isinstance(error, OSError) and not str(error) and error.strerror:
        return error.strerror
    if isinstance(error, (ReportError, ImportRefused, ServiceError, DatabaseError, OSError)):
        return str(error)
    log.error("export failed", exc_info=error)
    return f"{type(error).__name__}: {error}"


class ExportJob(QObject):
    """One file export: :meth:`run` calls ``work`` in a pool thread and ends with :attr:`finished`.

    ``work`` may report ``progress(done, total)`` (pages of a PDF report), sent on to the GUI
    thread by :attr:`advanced`, and stops when :meth:`cancel` was called (``is_cancelled``):
    the file is then not written at all.
    """

    finished = Signal(object)  # the job: see ``count``, ``error`` and ``cancelled``
    advanced = Signal(int, int)  # done, total

    def __init__(self, work: Callable[[], int], out: Path) -> None:
        super().__init__()
        self.work = work
        self.out = out
        self.count = 0
        self.error: str | None = None
        self.cancelled = False
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report_progress(self, done: int, total: int) -> None:
        self.advanced.emit(done, total)

    def run(self) -> None:
        from workshop_studio.export.report_pdf import ReportCancelled

        try:
            self.count = self.work()
        except ReportCancelled:
            self.cancelled = True
        except Exception as error:  # noqa: BLE001 - a bug must not kill the worker silently: it is said, and logged
            self.error = _message(error)
        finally:
            self.finished.emit(self)


class ReviewExporter(QObject):
    """Starts exports for a page, says when each ends, and opens the file."""

    done = Signal(str, int)  # path, notes written
    failed = Signal(str)
    cancelled = Signal(str)  # the path not written

    def __init__(self, workspace: Workspace, owner: QWidget) -> None:
        super().__init__(owner)
        self.workspace = workspace
        self.owner = owner
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # reportlab keeps module-level state: one drawing at a time
        self.job: ExportJob | None = None
        self.progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, workshop_id: int, choice: ExportChoice, out: Path) -> None:
        if self.busy:
            return
        # A cancelled file is not written at all (it is written whole or not), so Cancel is safe.
        self.progress = QProgressDialog(
            self.tr("Writing %1…").replace("%1", out.name), self.tr("Cancel"), 0, 0, self.owner
        )
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.show()
        job = ExportJob(lambda: 0, out)
        work = (
            self._png_work(workshop_id, choice, out)
            if choice.format == "png"
            else self._file_work(workshop_id, choice, out, job)
        )
        if work is None:
            return
        job.work = work
        job.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        job.advanced.connect(self._on_advanced, Qt.ConnectionType.QueuedConnection)
        self.progress.canceled.connect(job.cancel)
        self.job = job
        self.pool.start(job.run)

    def _on_advanced(self, done: int, total: int) -> None:
        progress, job = self.progress, self.job
        if progress is None or job is None or progress.wasCanceled():
            return
        progress.setMaximum(total)
        progress.setLabelText(
            self.tr("Writing %1: page %2 of %3…")
            .replace("%1", job.out.name)
            .replace("%2", str(done))
            .replace("%3", str(total))
        )
        progress.setValue(done)  # last: a modal progress dialog runs the event loop here, and the
        # export may finish (and this dialog close) meanwhile

    def _file_work(self, workshop_id: int, choice: ExportChoice, out: Path, job: ExportJob) -> Callable[[], int]:
        from workshop_studio.workshop_files import write_workshop_file

        db = self.workspace.db  # the worker opens its own session from it
        return lambda: write_workshop_file(
            db,
            workshop_id,
            out,
            anonymise=choice.anonymise,
            paper=choice.paper,
            progress=job.report_progress,
            cancelled=job.is_cancelled,
        )

    def _png_work(self, workshop_id: int, choice: ExportChoice, out: Path) -> Callable[[], int] | None:
        """Draw now (the scene lives in this thread); encode and write in the pool."""
        from workshop_studio.ui.timeline.png_export import render_timeline_image, write_png

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            image, count = render_timeline_image(
                self.workspace.db, workshop_id, anonymise=choice.anonymise, by_role=choice.by_role
            )
        except Exception as error:  # noqa: BLE001 - drawing the timeline: whatever fails is said, never lost
            self._close_progress()
            self._fail(out, _message(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()

        def work() -> int:
            write_png(image, out)
            return count

        return work

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_finished(self, job: ExportJob) -> None:
        self.job = None
        self._close_progress()
        if job.cancelled:
            prompts.show_status(
                self.owner, self.tr("Export cancelled: %1 was not written.").replace("%1", str(job.out))
            )
            self.cancelled.emit(str(job.out))
        elif job.error is not None:
            self._fail(job.out, job.error)
        else:
            self._succeed(job.out, job.count)

    def _succeed(self, out: Path, count: int) -> None:
        saved = self.tr("Saved %1 (%n note(s)).", "", count).replace("%1", str(out))
        if not prompts.open_file(str(out)):  # no viewer for it on this computer: say where it is
            saved += " " + self.tr("No program on this computer could open it: open it from its folder.")
        prompts.show_status(self.owner, saved)
        self.done.emit(str(out), count)

    def _fail(self, out: Path, message: str) -> None:
        prompts.warn(
            self.owner,
            self.tr("Export"),
            self.tr("%1 was not written.\n\n%2").replace("%1", str(out)).replace("%2", message),
        )
        self.failed.emit(message)

    def shutdown(self) -> None:
        self.pool.waitForDone()
