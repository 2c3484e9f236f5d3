"""Running an export from the console: off the GUI thread where it takes time, with progress,
then the file opened.

The PDF report, the CSV/XLSX tables and the archive go through the CLI's single entry point
(``commands.workshops.export_workshop_file``) in a one-thread pool: a report of thousands of
notes takes seconds, and the console keeps painting (and capturing notes) meanwhile. The
worker opens its own read session (SQLite in WAL mode lets it read while the console writes).
The PNG is drawn by Qt's graphics scene, which lives in the GUI thread: it is drawn there
(about a second for thousands of notes), then encoded and written in the pool's thread, which
is the longer part. Every file is written atomically by its exporter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from workshop_studio.ui.review import review_prompts
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
    """One file export: :meth:`run` calls ``work`` in a pool thread and ends with :attr:`finished`."""

    finished = Signal(object)  # the job: see ``count`` and ``error``

    def __init__(self, work: Callable[[], int], out: Path) -> None:
        super().__init__()
        self.work = work
        self.out = out
        self.count = 0
        self.error: str | None = None

    def run(self) -> None:
        try:
            self.count = self.work()
        except Exception as error:  # a bug must not kill the worker silently: it is said, and logged
            self.error = _message(error)
        finally:
            self.finished.emit(self)


class ReviewExporter(QObject):
    """Starts exports for a page, says when each ends, and opens the file."""

    done = Signal(str, int)  # path, notes written
    failed = Signal(str)

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
        self.progress = QProgressDialog(self.tr("Writing %1…").replace("%1", out.name), "", 0, 0, self.owner)
        self.progress.setCancelButton(None)  # a file cannot be stopped half-way; it is written whole or not
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        work = self._png_work(workshop_id, choice, out) if choice.format == "png" else self._file_work(
            workshop_id, choice, out)
        if work is None:
            return
        job = ExportJob(work, out)
        job.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.job = job
        self.pool.start(job.run)

    def _file_work(self, workshop_id: int, choice: ExportChoice, out: Path) -> Callable[[], int]:
        from workshop_studio.commands.workshops import export_workshop_file

        db = self.workspace.db  # the worker opens its own session from it
        return lambda: export_workshop_file(db, workshop_id, out, anonymise=choice.anonymise, paper=choice.paper)

    def _png_work(self, workshop_id: int, choice: ExportChoice, out: Path) -> Callable[[], int] | None:
        """Draw now (the scene lives in this thread); encode and write in the pool."""
        from workshop_studio.ui.timeline.png_export import render_timeline_image, write_png

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            image, count = render_timeline_image(self.workspace.db, workshop_id, anonymise=choice.anonymise,
                                                 by_role=choice.by_role)
        except Exception as error:
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
        if job.error is not None:
            self._fail(job.out, job.error)
        else:
            self._succeed(job.out, job.count)

    def _succeed(self, out: Path, count: int) -> None:
        review_prompts.show_status(self.owner, self.tr("Saved %1 (%n note(s)).", "", count).replace("%1", str(out)))
        review_prompts.open_file(str(out))
        self.done.emit(str(out), count)

    def _fail(self, out: Path, message: str) -> None:
        review_prompts.warn(self.owner, self.tr("Export"),
                            self.tr("%1 was not written.\n\n%2").replace("%1", str(out)).replace("%2", message))
        self.failed.emit(message)

    def shutdown(self) -> None:
        self.pool.waitForDone()
