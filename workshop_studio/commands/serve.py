"""``workshop-studio serve WORKSHOP [--host 127.0.0.1] [--port 0]``: the room's server, headless.

Prints the join address (with its token) on its first line, then the short address and the
room code, and serves the very page and API the console serves, until Ctrl+C or SIGTERM.
``--vote-dots N`` opens a vote round of N dots per phone from the start (there is no
facilitator's console to open one).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable

from workshop_studio.i18n import translate
from workshop_studio.participation.room import MAX_DOTS

EXIT_OK = 0
EXIT_FAILURE = 1


def _bounded(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, else one clear line."""

    def parse(text: str) -> int:
        if not text.strip().isdigit() or not low <= int(text) <= high:
            raise argparse.ArgumentTypeError(
                translate("Cli", "“{value}” is not a whole number from {low} to {high}.").format(
                    value=text, low=low, high=high
                )
            )
        return int(text)

    return parse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help=translate("Cli", "let participants write notes from their phones; prints the join address")
    )
    parser.add_argument(
        "workshop", metavar=translate("Cli", "WORKSHOP"), help=translate("Cli", "the workshop's id or exact title")
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help=translate("Cli", "the address of the one network interface to listen on (default: 127.0.0.1)"),
    )
    parser.add_argument(
        "--port", type=_bounded(0, 65535), default=0, help=translate("Cli", "the port (default: 0, any free port)")
    )
    parser.add_argument(
        "--moderation",
        choices=("direct", "tray"),
        default="direct",
        help=translate("Cli", "direct: notes go to their target; tray: they wait in the to-sort tray"),
    )
    parser.add_argument(
        "--vote-dots",
        type=_bounded(0, MAX_DOTS),
        default=0,
        metavar="N",
        help=translate("Cli", "open a vote round with N dots per phone (default: none)"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.commands import open_for
    from workshop_studio.participation.room import Moderation
    from workshop_studio.participation.server import AddressRefused, ParticipationServer
    from workshop_studio.services.workshops import find_workshop

    db = open_for(args, db_target)
    try:
        with db.read() as session:
            workshop_id = find_workshop(session, args.workshop).id
        try:
            server = ParticipationServer(
                db, workshop_id, host=args.host, port=args.port, moderation=Moderation(args.moderation)
            )
        except (AddressRefused, OSError) as error:
            print(f"workshop-studio: {error}", file=sys.stderr)
            return EXIT_FAILURE
        if args.vote_dots > 0:
            server.room.open_vote(args.vote_dots)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        server.start()
        print(server.join_url, flush=True)
        print(
            translate("Cli", "Short address: {address} — room code: {code}").format(
                address=server.short_address, code=server.room.code
            ),
            flush=True,
        )
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
    finally:
        db.dispose()
    return EXIT_OK
