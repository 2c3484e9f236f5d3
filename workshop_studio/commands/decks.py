"""Deck and pictogram files on the command line.

* ``import-deck FILE [--name NAME]`` prints ``<deck id>\\t<card count>``;
* ``export-deck DECK --out FILE.csv|.xlsx|.json|.pdf`` prints ``<path>\\t<card count>``
  (a PDF is printed by :mod:`workshop_studio.commands.deck_pdf`, with its own flags);
* ``import-pictogram FILE.svg|.png --label LABEL`` prints ``<pictogram id>\\t<key>``.

A refused file is one line on stderr naming the file, the row and the column, exit 1, and
nothing written (``cli.main`` prints :class:`ImportRefused` like a service error).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop_studio.commands import open_for
from workshop_studio.i18n import translate

EXIT_OK = 0
EXIT_FAILURE = 1


def _pdf_module():
    """The printing module, or ``None`` where it is not installed (kept optional on purpose)."""
    try:
        from workshop_studio.commands import deck_pdf
    except ImportError:
        return None
    return deck_pdf


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser(
        "import-deck",
        help=translate("Cli", "import a deck from a CSV, XLSX, ODS or JSON file; prints its id and card count"),
    )
    importer.add_argument("file", metavar=translate("Cli", "FILE"), type=Path)
    importer.add_argument(
        "--ignore-unknown-columns",
        action="store_true",
        help=translate("Cli", "import the known columns and list the others instead of refusing the file"),
    )
    importer.add_argument("--name", help=translate("Cli", "the new deck's name (default: the file's name)"))
    importer.set_defaults(run=run_import_deck)

    exporter = subparsers.add_parser(
        "export-deck", help=translate("Cli", "write a deck to a CSV, XLSX, JSON or PDF file")
    )
    exporter.add_argument(
        "deck", metavar=translate("Cli", "DECK"), help=translate("Cli", "the deck's id or exact name")
    )
    exporter.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "FILE.csv, .xlsx, .json or .pdf"),
    )
    pdf = _pdf_module()
    if pdf is not None:
        pdf.add_pdf_arguments(exporter)
    exporter.set_defaults(run=run_export_deck)

    from workshop_studio.commands import pictogram_files

    pictogram_files.register(subparsers)


def run_import_deck(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.interchange.deck_files import import_parsed_deck, read_deck_file

    parsed = read_deck_file(args.file, name=args.name, ignore_unknown_columns=args.ignore_unknown_columns)
    # (a bad file is refused before the database opens)
    db = open_for(args, db_target)
    try:
        with db.write() as session:
            result = import_parsed_deck(session, parsed, name=args.name)
    finally:
        db.dispose()
    if result.ignored_columns:
        print(
            translate("Cli", "columns left out: {names}").format(names=", ".join(result.ignored_columns)),
            file=sys.stderr,
        )
    print(f"{result.deck_id}\t{result.card_count}")
    return EXIT_OK


def _export_pdf_quickly(args: argparse.Namespace, db_target: str, out: Path) -> int | None:
    """Print straight from the file when it is ready (no migration or seeding due): the PDF
    export then needs neither SQLAlchemy nor the services, which would triple its time."""
    from workshop_studio.storage.quick_read import quick_deck, sqlite_file

    path = sqlite_file(db_target)
    found = quick_deck(path, args.deck) if path is not None else None
    pdf = _pdf_module()
    if found is None or pdf is None:
        return None
    name, card_size, cards = found
    return int(pdf.export_cards_pdf(args, name, card_size, cards, out))


def run_export_deck(args: argparse.Namespace, db_target: str) -> int:
    out: Path = args.out
    is_pdf = out.suffix.lower() == ".pdf"
    if is_pdf and (code := _export_pdf_quickly(args, db_target, out)) is not None:
        return code

    from workshop_studio.interchange.deck_files import check_export_suffix, export_deck
    from workshop_studio.services.library import find_deck

    if not is_pdf:
        check_export_suffix(out)
    db = open_for(args, db_target)
    try:
        if is_pdf:
            pdf = _pdf_module()
            if pdf is None:
                print(translate("Cli", "workshop-studio: PDF export is not available here."), file=sys.stderr)
                return EXIT_FAILURE
            with db.read() as session:
                deck_id = find_deck(session, args.deck).id
            return int(pdf.export_pdf(args, db, deck_id, out))
        try:
            result = export_deck(db, args.deck, out)
        except OSError as error:
            print(f"workshop-studio: {out}: {error.strerror or error}", file=sys.stderr)
            return EXIT_FAILURE
    finally:
        db.dispose()
    print(f"{result.path}\t{result.card_count}")
    return EXIT_OK
