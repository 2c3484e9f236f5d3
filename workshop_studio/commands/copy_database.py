"""``workshop-studio copy-database --from SOURCE --to TARGET``: everything, from a laptop's
SQLite file to a team's PostgreSQL server or back, all or nothing, the counts verified."""

from __future__ import annotations

import argparse

from workshop_studio.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "copy-database",
        help=translate(
            "Cli",
            "copy a whole database (library, workshops, notes, pictograms) into a new, empty one: "
            "a file to a server or back",
        ),
    )
    parser.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar=translate("Cli", "PATH|URL"),
        help=translate("Cli", "the database to copy (a file or postgresql://user@host/name)"),
    )
    parser.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar=translate("Cli", "PATH|URL"),
        help=translate("Cli", "the empty database to fill (a new file, or an empty server database)"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, _db_target: str) -> int:
    from workshop_studio.storage.copying import copy_database

    report = copy_database(args.source, args.target)
    for table, count in report.counts:
        print(f"{table}\t{count}")
    print(translate("Cli", "{count} rows copied, every table's count checked.").format(count=report.total))
    return 0
