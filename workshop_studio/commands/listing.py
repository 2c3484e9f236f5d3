"""``workshop-studio list decks|workshops|scenarios``: one tab-separated line per item."""

from __future__ import annotations

import argparse

from workshop_studio.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list", help=translate("Cli", "list decks, workshops or scenarios, one per line")
    )
    parser.add_argument("what", choices=("decks", "workshops", "scenarios"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.interchange.sample import open_with_sample
    from workshop_studio.services.library import list_deck_summaries
    from workshop_studio.services.scenarios import list_scenario_summaries
    from workshop_studio.services.workshops import list_workshop_summaries

    db = open_with_sample(db_target)
    try:
        with db.read() as session:
            if args.what == "decks":
                lines = [f"{d.id}\t{d.name}\t{d.card_count}" for d in list_deck_summaries(session)]
            elif args.what == "workshops":
                lines = [
                    f"{w.id}\t{w.title}\t{w.date.isoformat() if w.date else ''}\t{w.annotation_count}"
                    for w in list_workshop_summaries(session)
                ]
            else:
                lines = [f"{s.id}\t{s.title}" for s in list_scenario_summaries(session)]
    finally:
        db.dispose()
    for line in lines:
        print(line)
    return 0
