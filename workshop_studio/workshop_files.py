"""One workshop written to a file, in the format its name says: the PDF report, the notes as
CSV or XLSX, or the workshop archive (ZIP).

The command line and the console's review page both write through :func:`write_workshop_file`
(the console in a worker thread, with progress and Cancel). It sits above ``export`` and
``interchange``, which hold the writers, and below the UI and the commands, which call it.
The picture of the annotated timeline (PNG) is drawn by Qt, so each caller brings its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop_studio.storage.engine import Database

FILE_FORMATS = (".pdf", ".csv", ".xlsx", ".zip")


def write_workshop_file(
    db: Database,
    workshop_id: int,
    out: Path,
    *,
    anonymise: bool = False,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the workshop to ``out`` (one of :data:`FILE_FORMATS`); the number of notes written.

    A PDF report calls ``progress(pages drawn, pages)`` as it goes and stops (``ReportCancelled``,
    nothing written) when ``cancelled()`` says so. Raises ``ServiceError``, ``ReportError`` (both
    one-line messages) or ``OSError``.
    """
    suffix = Path(out).suffix.lower()
    if suffix == ".zip":
        from workshop_studio.interchange.workshop_archive import write_workshop_archive

        with db.read() as session:
            return write_workshop_archive(session, workshop_id, out, anonymise=anonymise).note_count
    from workshop_studio.services.review_report import workshop_report

    with db.read() as session:
        report = workshop_report(session, workshop_id, anonymise=anonymise)
    if suffix == ".pdf":
        from workshop_studio.export.report_pdf import export_report_pdf

        export_report_pdf(report, out, paper=paper, progress=progress, cancelled=cancelled)
    elif suffix == ".csv":
        from workshop_studio.interchange.notes_table import write_notes_csv

        write_notes_csv(report, out)
    elif suffix == ".xlsx":
        from workshop_studio.interchange.notes_table_xlsx import write_notes_xlsx

        write_notes_xlsx(report, out)
    else:
        raise ValueError(suffix)
    return len(report.notes)
