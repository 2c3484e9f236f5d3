"""``workshop-studio list decks|workshops|scenarios|timelines|matrices``, and ``list participants
WORKSHOP``: one tab-separated line per item (ids first, dates in ISO 8601, roles as keys)."""

from __future__ import annotations

import argparse

from workshop_studio.i18n import translate

WHAT = ("decks", "workshops", "scenarios", "timelines", "matrices", "participants")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help=translate(
            "Cli", "list decks, workshops, scenarios, timelines, matrices, or a workshop's participants, one per line"
        ),
    )
    parser.add_argument(
        "what",
        choices=WHAT,
        metavar=translate("Cli", "KIND"),
        help=translate("Cli", "what to list: decks, workshops, scenarios, timelines, matrices or participants"),
    )
    parser.add_argument(
        "workshop",
        nargs="?",
        metavar=translate("Cli", "WORKSHOP"),
        help=translate("Cli", "for participants: the workshop's id or exact title"),
    )
    parser.set_defaults(run=run, parser=parser)


def _lines(session, what: str, workshop: str | None) -> list[str]:
    from workshop_studio.services.library import list_deck_summaries
    from workshop_studio.services.matrices import list_matrices
    from workshop_studio.services.participants import list_participants
    from workshop_studio.services.scenarios import list_scenario_summaries
    from workshop_studio.services.timelines import list_timelines
    from workshop_studio.services.workshops import find_workshop, list_workshop_summaries

    if what == "decks":
        return [f"{d.id}\t{d.name}\t{d.card_count}" for d in list_deck_summaries(session)]
    if what == "workshops":
        return [
            f"{w.id}\t{w.title}\t{w.date.isoformat() if w.date else ''}\t{w.annotation_count}"
            for w in list_workshop_summaries(session)
        ]
    if what == "timelines":
        return [f"{t.id}\t{t.name}\t{len(t.stages)}" for t in list_timelines(session)]
    if what == "matrices":
        return [f"{m.id}\t{m.name}\t{len(m.axis_cards)}" for m in list_matrices(session)]
    if what == "participants":
        found = find_workshop(session, workshop or "")
        return [f"{p.id}\t{p.display_name}\t{p.role}" for p in list_participants(session, found.id)]
    return [f"{s.id}\t{s.title}" for s in list_scenario_summaries(session)]


def run(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.commands import open_for

    if (args.what == "participants") != (args.workshop is not None):
        message = (
            translate("Cli", "list participants needs a WORKSHOP (its id or exact title).")
            if args.workshop is None
            else translate("Cli", "only list participants takes a WORKSHOP.")
        )
        args.parser.error(message)
    db = open_for(args, db_target)
    try:
        with db.read() as session:
            lines = _lines(session, args.what, args.workshop)
    finally:
        db.dispose()
    for line in lines:
        print(line)
    return 0
