"""Running an export from the console: off the GUI thread where it takes time, with progress,
then the file opened.

The PDF report, the CSV/XLSX tables and the archive go through the CLI's single entry point
(``commands.workshops.export_workshop_file``) in a one-thread pool: a report of thousands of
notes takes seconds, and the console keeps painting (and capturing notes) meanwhile. The
worker opens its own read session (SQLite in WAL mode lets it read while the console writes).
The PNG is drawn by Qt's graphics scene, which lives in the GUI thread: it is made there,
under a busy cursor. Every file is written atomically by its exporter.
"""

from __future__ import annotations

import logging
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
    """One file export; :meth:`run` runs in a pool thread and ends with :attr:`finished`."""

    finished = Signal(object)  # the job: see ``count`` and ``error``

    def __init__(self, workspace: Workspace, workshop_id: int, out: Path, choice: ExportChoice) -> None:
        super().__init__()
        self.db = workspace.db
        self.workshop_id = workshop_id
        self.out = out
        self.choice = choice
        self.count = 0
        self.error: str | None = None

    def run(self) -> None:
        from workshop_studio.commands.workshops import export_workshop_file

        try:
            self.count = export_workshop_file(self.db, self.workshop_id, self.out, anonymise=self.choice.anonymise,
                                              paper=self.choice.paper)
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
        if choice.format == "png":
            self._png(workshop_id, choice, out)
            return
        self.progress = QProgressDialog(self.tr("Writing %1…").replace("%1", out.name), "", 0, 0, self.owner)
        self.progress.setCancelButton(None)  # a report cannot be stopped half-way; it is written whole or not
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        job = ExportJob(self.workspace, workshop_id, out, choice)
        job.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.job = job
        self.pool.start(job.run)

    def _png(self, workshop_id: int, choice: ExportChoice, out: Path) -> None:
        from workshop_studio.ui.timeline.png_export import export_timeline_png

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = export_timeline_png(self.workspace.db, workshop_id, out, anonymise=choice.anonymise,
                                        by_role=choice.by_role)
        except Exception as error:
            QApplication.restoreOverrideCursor()
            self._fail(out, _message(error))
            return
        QApplication.restoreOverrideCursor()
        self._succeed(out, count)

    def _on_finished(self, job: ExportJob) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
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
