"""``workshop-studio``: start the console, or run a headless command.

Headless commands never import PySide6, so they run on a server with no display
(``tests/unit/test_headless.py`` checks it). Errors are one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from workshop_studio import __version__, i18n
from workshop_studio.cli_argparse import translate_argparse
from workshop_studio.i18n import translate

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _command_modules():
    from workshop_studio.commands import (
        copy_database,
        database,
        decks,
        library_share,  # issue 16: publish and pull library items
        listing,
        preparation,
        serve,
        workshops,
    )

    return [listing, preparation, decks, workshops, database, serve, copy_database, library_share]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workshop-studio",
        description=translate("Cli", "Run co-design workshops on one shared screen."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"workshop-studio {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--db",
        metavar=translate("Cli", "PATH"),
        help=translate(
            "Cli", "database file or SQLAlchemy URL (default: $WORKSHOP_STUDIO_DB, else the user data folder)"
        ),
    )
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, help=translate("Cli", "language of the interface"))
    parser.add_argument(
        "--no-sample",
        dest="sample",
        action="store_false",
        help=translate("Cli", "a new database starts empty, without the sample workshop"),
    )
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser, metavar=translate("Cli", "COMMAND"))
    for module in _command_modules():
        module.register(subparsers)
    parser.set_defaults(png_exporter=_timeline_png)
    return parser


def _timeline_png(db, workshop_id: int, out, *, anonymise: bool = False) -> int:
    """The annotated timeline as a PNG, drawn by Qt (offscreen when there is no display): the
    commands are headless, so the command line hands them this, loading Qt only when called."""
    from workshop_studio.ui.timeline.png_export import export_timeline_png

    return int(export_timeline_png(db, workshop_id, out, anonymise=anonymise))


def _early_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before parsing, so the help and errors come in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = i18n.resolve_language(_early_language(argv))
    i18n.install(i18n.ts_translator(language))
    translate_argparse()
    args = build_parser().parse_args(argv)

    from workshop_studio.paths import default_database

    db_target = args.db or default_database()
    if args.command is None:
        from workshop_studio.app import run_gui  # the GUI loads SQLAlchemy after its first paint

        return run_gui(db_target, language, sample=args.sample)

    from workshop_studio.interchange.errors import ImportRefused
    from workshop_studio.services.errors import ServiceError
    from workshop_studio.storage.errors import DatabaseError
    from workshop_studio.storage.failures import unexpected_failure
    from workshop_studio.storage.protected import protect_database_files
    from workshop_studio.storage.quick_read import sqlite_file

    logging.getLogger().addHandler(logging.NullHandler())  # a library's log line is not for the user
    db_file = sqlite_file(db_target)
    if db_file is not None:
        protect_database_files(db_file)  # no export may replace it, even one that never opens it
    try:
        return int(args.run(args, db_target))
    except (DatabaseError, ServiceError, ImportRefused) as error:
        print(f"workshop-studio: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # SQLite or the disk failing outside a session: still one line
        message = unexpected_failure(error, db_file)
        if message is None:
            raise
        print(f"workshop-studio: {message}", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    raise SystemExit(main())
