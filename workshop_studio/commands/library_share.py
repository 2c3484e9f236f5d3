"""``workshop-studio publish --to OTHER`` and ``workshop-studio pull --from OTHER``: chosen decks,
timeline templates, scenarios and matrices between this database (``--db``) and a team's
library (a server URL or a file), with what they need, all or nothing.

Items are named by id or exact name (``--deck``, ``--timeline``, ``--scenario``, ``--matrix``,
each repeatable) in the database they come from, or all of them with ``--all``. One line per
item says whether it was added, added under a numbered name (its name was taken there by other
content) or found already there; the last line sums it up. Nothing there is ever overwritten.
"""

from __future__ import annotations

import argparse

from workshop_studio.i18n import translate


def _add_choice_arguments(parser: argparse.ArgumentParser, where: str) -> None:
    for flag, dest, help_text in (
        ("--deck", "decks", translate("Cli", "a deck's id or exact name {where} (repeatable)")),
        ("--timeline", "timelines", translate("Cli", "a timeline template's id or exact name {where} (repeatable)")),
        ("--scenario", "scenarios", translate("Cli", "a scenario's id or exact title {where} (repeatable)")),
        ("--matrix", "matrices", translate("Cli", "a matrix's id or exact name {where} (repeatable)")),
    ):
        parser.add_argument(
            flag,
            dest=dest,
            action="append",
            default=[],
            metavar=translate("Cli", "ID|NAME"),
            help=help_text.format(where=where),
        )
    parser.add_argument(
        "--all",
        action="store_true",
        help=translate("Cli", "every deck, timeline template, scenario and matrix {where}").format(where=where),
    )
    parser.set_defaults(parser=parser)


def register(subparsers: argparse._SubParsersAction) -> None:
    for name, flag, run, help_text, where in (
        (
            "publish",
            "--to",
            run_publish,
            translate(
                "Cli",
                "copy chosen decks, timeline templates, scenarios and matrices from this database to the "
                "team's library; nothing there is overwritten",
            ),
            translate("Cli", "in this database"),
        ),
        (
            "pull",
            "--from",
            run_pull,
            translate(
                "Cli",
                "copy chosen decks, timeline templates, scenarios and matrices from the team's library "
                "into this database; nothing here is overwritten",
            ),
            translate("Cli", "in the team's library"),
        ),
    ):
        parser = subparsers.add_parser(name, help=help_text)
        parser.add_argument(
            flag,
            dest="other",
            required=True,
            metavar=translate("Cli", "URL|PATH"),
            help=translate("Cli", "the team's library: postgresql://user@host/name or a database file"),
        )
        _add_choice_arguments(parser, where)
        parser.set_defaults(run=run)


def _choice(args: argparse.Namespace, db):
    from workshop_studio.interchange.library_bundle import everything, find_choice

    with db.read() as session:
        if args.all:
            return everything(session)
        return find_choice(
            session, decks=args.decks, timelines=args.timelines, scenarios=args.scenarios, matrices=args.matrices
        )


def _copy(args: argparse.Namespace, db_target: str, *, publishing: bool) -> int:
    from workshop_studio.commands import open_for
    from workshop_studio.interchange.library_share import copy_items, open_other_library, report_lines, shown

    if not (args.all or args.decks or args.timelines or args.scenarios or args.matrices):
        args.parser.error(translate("Cli", "name what to copy: --deck, --timeline, --scenario, --matrix or --all."))
    here = open_for(args, db_target)
    try:
        other = open_other_library(args.other, here, must_exist=not publishing)
        try:
            source, target = (here, other) if publishing else (other, here)
            report = copy_items(source, target, _choice(args, source))
        finally:
            other.dispose()
    finally:
        here.dispose()
    for line in report_lines(report):
        print(line)
    done = translate("Cli", "Published to {other}.") if publishing else translate("Cli", "Pulled from {other}.")
    print(done.format(other=shown(args.other)))
    return 0


def run_publish(args: argparse.Namespace, db_target: str) -> int:
    return _copy(args, db_target, publishing=True)


def run_pull(args: argparse.Namespace, db_target: str) -> int:
    return _copy(args, db_target, publishing=False)
