"""Workshops on the command line, after the session:

* ``export-workshop WORKSHOP --out FILE.pdf|.csv|.xlsx|.zip [--anonymise] [--paper a4|a3]``
  prints ``<path>\\t<note count>``; WORKSHOP is an id or an exact title;
* ``import-workshop FILE.zip`` prints ``<new workshop id>\\t<note count>``.

The format comes from the suffix. A ``.png`` of the annotated timeline is drawn by Qt: the
command line hands in the drawing function (:data:`PngExporter`), so this module never imports
Qt and runs with no display. Errors are one line on stderr, exit 1,
and nothing written (files are written atomically, imports in one transaction; a refused
archive is refused before the database is opened).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from workshop_studio.commands import open_for
from workshop_studio.i18n import translate

EXIT_OK = 0
EXIT_FAILURE = 1
FORMATS = (".pdf", ".csv", ".xlsx", ".zip", ".png")
PAPERS = ("a4", "a3")


def register(subparsers: argparse._SubParsersAction) -> None:
    exporter = subparsers.add_parser(
        "export-workshop",
        help=translate("Cli", "write a workshop's report (PDF), notes (CSV, XLSX) or archive (ZIP)"),
    )
    exporter.add_argument(
        "workshop", metavar=translate("Cli", "WORKSHOP"), help=translate("Cli", "the workshop's id or exact title")
    )
    exporter.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "FILE.pdf, .csv, .xlsx, .zip (or .png)"),
    )
    exporter.add_argument(
        "--anonymise",
        "--anonymize",
        action="store_true",
        help=translate("Cli", "replace the authors' names by their role and a number"),
    )
    exporter.add_argument(
        "--paper",
        choices=PAPERS,
        default="a4",
        help=translate("Cli", "paper of the PDF report, landscape (default: a4)"),
    )
    exporter.set_defaults(run=run_export)

    importer = subparsers.add_parser(
        "import-workshop", help=translate("Cli", "import a workshop archive (.zip); prints its new id and note count")
    )
    importer.add_argument("file", metavar=translate("Cli", "FILE"), type=Path)
    importer.set_defaults(run=run_import)


PngExporter = Callable[..., int]
"""``(db, workshop_id, out, *, anonymise) -> notes drawn``: the annotated timeline as a PNG. Qt
draws it, so the command line hands it in (``cli.py``'s ``png_exporter``), and this module
never imports Qt."""


def _fail(message: str) -> int:
    print(f"workshop-studio: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _check_out(out: Path) -> str | None:
    """A one-line problem with ``--out``, checked before anything is read or written."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        return translate("Cli", "{path}: choose a file ending in .pdf, .csv, .xlsx, .zip or .png.").format(path=out)
    if not out.parent.is_dir():
        return translate("Cli", "{path}: the folder {folder} does not exist.").format(path=out, folder=out.parent)
    if out.is_dir():
        return translate("Cli", "{path} is a folder.").format(path=out)
    return None


def run_export(args: argparse.Namespace, db_target: str) -> int:
    out: Path = args.out
    problem = _check_out(out)
    if problem is not None:
        return _fail(problem)
    suffix = out.suffix.lower()
    if suffix == ".png" and getattr(args, "png_exporter", None) is None:
        return _fail(
            translate(
                "Cli",
                "the PNG of the annotated timeline is made from the console's review page "
                "for now; from here, export a .pdf, .csv, .xlsx or .zip.",
            )
        )
    from workshop_studio.export.report_pdf import ReportError
    from workshop_studio.services.workshops import find_workshop

    db = open_for(args, db_target)
    try:
        with db.read() as session:
            workshop_id = find_workshop(session, args.workshop).id
        count = export_workshop_file(
            db,
            workshop_id,
            out,
            anonymise=args.anonymise,
            paper=args.paper,
            progress=_terminal_progress(out),
            png=getattr(args, "png_exporter", None),
        )
    except ReportError as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"{out}: {error.strerror or error}")
    finally:
        db.dispose()
    print(f"{out}\t{count}")
    return EXIT_OK


def _terminal_progress(out: Path) -> Callable[[int, int], None] | None:
    """Pages drawn, on one line of the terminal (only when stderr is one: scripts see nothing)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            end = "\n" if done == total else ""
            print(
                f"\r{out.name}: " + translate("Cli", "page {done} of {total}").format(done=done, total=total),
                end=end,
                file=sys.stderr,
                flush=True,
            )

    return show


def export_workshop_file(
    db,
    workshop_id: int,
    out: Path,
    *,
    anonymise: bool = False,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
    png: PngExporter | None = None,
) -> int:
    """Write the workshop to ``out``; a ``.png`` through ``png``, the rest through
    :func:`workshop_studio.workshop_files.write_workshop_file`."""
    if Path(out).suffix.lower() == ".png":
        if png is None:
            raise OSError(translate("Cli", "PNG export is not available here."))
        return int(png(db, workshop_id, out, anonymise=anonymise))
    from workshop_studio.workshop_files import write_workshop_file

    return write_workshop_file(db, workshop_id, out, anonymise=anonymise, paper=paper, progress=progress)


def run_import(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.interchange.workshop_archive_import import (
        import_workshop_archive,
    )
    from workshop_studio.interchange.workshop_archive_read import read_workshop_archive

    archive = read_workshop_archive(args.file)  # a bad archive is refused before the database opens
    db = open_for(args, db_target)
    try:
        with db.write() as session:
            result = import_workshop_archive(session, archive)
    finally:
        db.dispose()
    print(f"{result.workshop_id}\t{result.note_count}")
    return EXIT_OK
