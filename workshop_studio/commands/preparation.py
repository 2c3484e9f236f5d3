"""Preparing workshops from the command line, for a coordinator who sets up sessions for
several agencies:

* ``new-workshop --title TITLE [--date YYYY-MM-DD] [--time HH:MM] [--minutes N] [--place PLACE]
  [--room ROOM] [--facilitator NAME] [--timeline NAME|ID] [--deck NAME|ID]… [--matrix NAME|ID]
  [--from WORKSHOP | --from-sample] [--with-participants]`` prints ``<id>\\t<title>``;
* ``add-participants WORKSHOP FILE.csv|.xlsx`` prints the number of participants added.

Bad input is one line on stderr, a non-zero exit, and nothing written: flags are checked by
the parser, files are read whole before the database is opened, and each command writes in
one transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from workshop_studio.commands import open_for
from workshop_studio.i18n import translate

EXIT_OK = 0
EXIT_USAGE = 2  # as argparse's own refusals


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{value}” is not a date like 2027-01-14.").format(value=text)
        ) from None


def _time(text: str) -> dt.time:
    try:
        value = dt.time.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or len(text) != 5:
        raise argparse.ArgumentTypeError(translate("Cli", "“{value}” is not a time like 09:30.").format(value=text))
    return value


def _minutes(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 24 * 60:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{value}” is not a number of minutes from 1 to 1440.").format(value=text)
        )
    return int(text)


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser(
        "new-workshop", help=translate("Cli", "prepare a new workshop; prints its id and title")
    )
    new.add_argument("--title", required=True, help=translate("Cli", "the workshop's title"))
    new.add_argument("--date", type=_date, metavar=translate("Cli", "YYYY-MM-DD"), help=translate("Cli", "its date"))
    new.add_argument("--time", type=_time, metavar="HH:MM", help=translate("Cli", "when it starts"))
    new.add_argument("--minutes", type=_minutes, metavar="N", help=translate("Cli", "how long the room is booked for"))
    new.add_argument("--place", default="", help=translate("Cli", "the agency or venue"))
    new.add_argument("--room", default="", help=translate("Cli", "the room"))
    new.add_argument(
        "--facilitator", default="", metavar=translate("Cli", "NAME"), help=translate("Cli", "who facilitates it")
    )
    new.add_argument(
        "--timeline", metavar=translate("Cli", "NAME|ID"), help=translate("Cli", "the timeline template it follows")
    )
    new.add_argument(
        "--deck",
        action="append",
        default=[],
        metavar=translate("Cli", "NAME|ID"),
        help=translate("Cli", "a deck it uses (repeat for several)"),
    )
    new.add_argument(
        "--matrix", metavar=translate("Cli", "NAME|ID"), help=translate("Cli", "the profiles × postures matrix it uses")
    )
    model = new.add_mutually_exclusive_group()
    model.add_argument(
        "--from",
        dest="model",
        metavar=translate("Cli", "WORKSHOP"),
        help=translate("Cli", "copy this workshop's agenda, timeline and materials (never its notes)"),
    )
    model.add_argument(
        "--from-sample",
        action="store_true",
        help=translate("Cli", "start from the sample workshop that comes with the application"),
    )
    new.add_argument(
        "--with-participants",
        action="store_true",
        help=translate("Cli", "with --from or --from-sample: copy the participants too"),
    )
    new.set_defaults(run=run_new_workshop)

    people = subparsers.add_parser(
        "add-participants",
        help=translate("Cli", "add participants from a CSV or XLSX file (name, role, organisation); prints how many"),
    )
    people.add_argument(
        "workshop", metavar=translate("Cli", "WORKSHOP"), help=translate("Cli", "the workshop's id or exact title")
    )
    people.add_argument("file", metavar=translate("Cli", "FILE"), type=Path)
    people.set_defaults(run=run_add_participants)


def run_new_workshop(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.interchange.sample import new_workshop_from_sample
    from workshop_studio.services.library import find_deck
    from workshop_studio.services.matrices import find_matrix_by_name_or_id
    from workshop_studio.services.timelines import find_timeline_by_name_or_id
    from workshop_studio.services.workshop_setup import copy_workshop, create_workshop
    from workshop_studio.services.workshops import find_workshop

    if args.with_participants and args.model is None and not args.from_sample:
        print(
            "workshop-studio: "
            + translate("Cli", "--with-participants goes with --from or --from-sample; nothing was created."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    db = open_for(args, db_target)
    try:
        with db.write() as session:
            details = WorkshopDetails(
                title=args.title,
                date=args.date,
                start_time=args.time,
                available_minutes=args.minutes,
                place=args.place,
                room=args.room,
                facilitator=args.facilitator,
                timeline_id=find_timeline_by_name_or_id(session, args.timeline).id if args.timeline else None,
                deck_ids=tuple(find_deck(session, deck).id for deck in args.deck),
                matrix_id=find_matrix_by_name_or_id(session, args.matrix).id if args.matrix else None,
            )
            if args.from_sample:
                workshop = new_workshop_from_sample(session, details, participants=args.with_participants)
            elif args.model:
                model = find_workshop(session, args.model)
                details = _with_model_materials(details, model)
                workshop = copy_workshop(session, model.id, details=details, participants=args.with_participants)
            else:
                workshop = create_workshop(session, details)
            line = f"{workshop.id}\t{workshop.title}"
    finally:
        db.dispose()
    print(line)
    return EXIT_OK


def _with_model_materials(details, model):
    """What the flags left unsaid comes from the model: its timeline, decks, scenarios, matrix."""
    from dataclasses import replace

    return replace(
        details,
        timeline_id=details.timeline_id or model.timeline_id,
        deck_ids=details.deck_ids or tuple(model.deck_ids),
        scenario_ids=tuple(model.scenario_ids),
        matrix_id=details.matrix_id or model.matrix_id,
    )


def run_add_participants(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.interchange.participant_table import read_participant_file
    from workshop_studio.services.participants import add_participants, split_known
    from workshop_studio.services.workshops import find_workshop

    parsed = read_participant_file(args.file)  # a bad file is refused before the database opens
    db = open_for(args, db_target)
    try:
        with db.write() as session:
            workshop_id = find_workshop(session, args.workshop).id
            new, present = split_known(session, workshop_id, parsed.participants)
            added = add_participants(session, workshop_id, new) if new else []
    finally:
        db.dispose()
    print(len(added))
    if present:  # a list imported twice adds no one twice
        print(
            "workshop-studio: "
            + translate("Cli", "{count} already in the workshop left out ({names}).").format(
                count=len(present), names=", ".join(person.display_name for person in present)
            ),
            file=sys.stderr,
        )
    return EXIT_OK
