"""Deck PDFs made off the GUI thread, for the print dialog's preview and export.

A :class:`PdfJob` runs once on a :class:`PdfWorkers` pool and reports through Qt signals,
which reach the dialog in the GUI thread (queued). The pool has a single thread on purpose:
reportlab keeps some module-level state (its config, the font registry), so two drawings
never run at the same time; a preview is a two-page drawing and rarely waits long.

A job stops at the next page once :meth:`PdfJob.cancel` is called (the engine checks before
each page) and then says :attr:`PdfJob.cancelled`, never :attr:`PdfJob.succeeded`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from workshop_studio.domain.materials import CardView
from workshop_studio.export.print_options import ExportError, PrintOptions

if TYPE_CHECKING:
    from workshop_studio.export.deck_pdf import ExportReport

log = logging.getLogger(__name__)


class PdfJob(QObject):
    """Render ``cards`` (to bytes, or to ``out`` when given), reporting by signal."""

    # Each signal carries the job, so a receiver can tell a stale job's news from the current one's.
    progressed = Signal(object, int, int)  # job, pages done, pages in all
    succeeded = Signal(object)  # job; see :attr:`result`
    failed = Signal(object, str)  # job, a message for the user
    cancelled = Signal(object)
    done = Signal(object)  # always last, whatever happened

    def __init__(
        self,
        cards: Sequence[CardView],
        options: PrintOptions,
        *,
        out: Path | None = None,
        max_pages: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cards = tuple(cards)
        self.options = options
        self.out = out
        self.max_pages = max_pages
        self.result: tuple[bytes, ExportReport] | ExportReport | None = None  # a render's; a file's
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(self, done, total)

    def run(self) -> None:
        """Runs in a pool thread. Every outcome ends with :attr:`done`."""
        from workshop_studio.export.deck_pdf import ExportCancelled, export_deck_pdf, render_deck_pdf

        try:
            if self._stop.is_set():
                raise ExportCancelled()
            if self.out is not None:
                self.result = export_deck_pdf(
                    self.cards, self.options, self.out, progress=self._progress, cancelled=self._stop.is_set
                )
            else:
                self.result = render_deck_pdf(
                    self.cards, self.options, max_pages=self.max_pages, cancelled=self._stop.is_set
                )
        except ExportCancelled:
            self.cancelled.emit(self)
        except ExportError as error:
            self.failed.emit(self, str(error))
        except Exception as error:  # a bug must not kill the worker thread silently
            log.exception("deck PDF failed")
            self.failed.emit(self, f"{type(error).__name__}: {error}")
        else:
            if self._stop.is_set() and self.out is None:  # a preview nobody wants any more
                self.cancelled.emit(self)
            else:  # an export that finished is on disk, cancelled or not: say so
                self.succeeded.emit(self)
        finally:
            self.done.emit(self)


class PdfWorkers(QObject):
    """One background thread for PDF jobs.

    Each job is parented to the workers while it runs, so it is never deleted from the pool's
    thread, and released with ``deleteLater`` in the GUI thread once it is done.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[PdfJob] = set()

    def start(self, job: PdfJob) -> PdfJob:
        job.setParent(self)
        self._jobs.add(job)
        job.done.connect(self._forget)  # queued: runs in the GUI thread
        self.pool.start(job.run)
        return job

    def _forget(self, job: PdfJob) -> None:
        self._jobs.discard(job)
        job.deleteLater()

    def active(self) -> tuple[PdfJob, ...]:
        return tuple(self._jobs)

    def shutdown(self) -> None:
        """Cancel every job and wait for the thread (each stops at its next page)."""
        for job in tuple(self._jobs):
            job.cancel()
        self.pool.waitForDone()
