"""The PDF half of ``workshop-studio export-deck DECK --out FILE.pdf``.

``commands/decks.py`` owns the ``export-deck`` parser and picks the format from ``--out``;
for a PDF it calls :func:`export_pdf`. This module adds the print flags with
:func:`add_pdf_arguments`. Their ``dest`` names start with ``pdf_`` so they cannot collide with
the other formats' flags. Imports stay light: no PySide6, no svglib when the pictogram cache
is warm.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop_studio.domain.card_sizes import CARD_SIZES
from workshop_studio.i18n import translate

EXIT_OK = 0
EXIT_FAILURE = 1
_PAPERS = ("a4", "letter")
_LAYOUTS = ("sheet", "sheet-bleed", "print-shop")
_BACKS = ("none", "long-edge", "short-edge", "fold")


def add_pdf_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the print flags to the ``export-deck`` parser."""
    group = parser.add_argument_group(translate("DeckPdf", "PDF printing"))
    group.add_argument(
        "--size",
        dest="pdf_size",
        choices=tuple(CARD_SIZES),
        default=None,
        help=translate("DeckPdf", "card size (default: the deck's own size, else poker)"),
    )
    group.add_argument(
        "--paper",
        dest="pdf_paper",
        choices=_PAPERS,
        default="a4",
        help=translate("DeckPdf", "paper for office sheets (default: a4)"),
    )
    group.add_argument(
        "--layout",
        dest="pdf_layout",
        choices=_LAYOUTS,
        default="sheet",
        help=translate(
            "DeckPdf",
            "sheet: cards sharing cut lines; sheet-bleed: each card with its "
            "bleed; print-shop: one card side per page (default: sheet)",
        ),
    )
    group.add_argument(
        "--backs",
        dest="pdf_backs",
        choices=_BACKS,
        default="none",
        help=translate(
            "DeckPdf",
            "print the backs: duplex flipped on the long or short edge, or "
            "folded for printers without duplex (default: none)",
        ),
    )
    group.add_argument(
        "--bleed",
        dest="pdf_bleed",
        type=float,
        metavar="MM",
        default=None,
        help=translate("DeckPdf", "bleed in mm for sheet-bleed and print-shop (default: 3, 3.175 for US sizes)"),
    )
    group.add_argument(
        "--gutter",
        dest="pdf_gutter",
        type=float,
        metavar="MM",
        default=2.0,
        help=translate("DeckPdf", "space between cards on sheet-bleed, in mm (default: 2)"),
    )
    marks = group.add_mutually_exclusive_group()
    marks.add_argument(
        "--crop-marks",
        dest="pdf_crop_marks",
        action="store_const",
        const=True,
        default=None,
        help=translate("DeckPdf", "draw crop marks (default for sheets)"),
    )
    marks.add_argument(
        "--no-crop-marks",
        dest="pdf_crop_marks",
        action="store_const",
        const=False,
        help=translate("DeckPdf", "leave out the crop marks (default for print-shop)"),
    )
    group.add_argument(
        "--number-tickets",
        dest="pdf_number_tickets",
        action="store_true",
        help=translate("DeckPdf", "print a unique number on each golden ticket"),
    )
    group.add_argument(
        "--first-ticket",
        dest="pdf_first_ticket",
        type=int,
        metavar="N",
        default=1,
        help=translate("DeckPdf", "number of the first golden ticket (default: 1)"),
    )
    group.add_argument(
        "--back-offset",
        dest="pdf_back_offset",
        type=float,
        nargs=2,
        metavar=("DX", "DY"),
        default=(0.0, 0.0),
        help=translate(
            "DeckPdf", "move the backs right and down by this much, in mm, as read on the calibration sheet"
        ),
    )
    group.add_argument(
        "--calibration",
        dest="pdf_calibration",
        action="store_true",
        help=translate("DeckPdf", "write the duplex calibration sheet instead of the cards"),
    )


def options_from_args(args: argparse.Namespace, *, card_size: str, title: str):
    from workshop_studio.export.print_options import PrintOptions

    return PrintOptions(
        card_size=args.pdf_size or (card_size if card_size in CARD_SIZES else "poker"),
        paper=args.pdf_paper,
        layout=args.pdf_layout,
        backs=args.pdf_backs,
        bleed_mm=args.pdf_bleed,
        gutter_mm=args.pdf_gutter,
        crop_marks=args.pdf_crop_marks,
        number_golden_tickets=args.pdf_number_tickets,
        first_ticket_number=args.pdf_first_ticket,
        back_offset_mm=(float(args.pdf_back_offset[0]), float(args.pdf_back_offset[1])),
        title=title,
    )


def export_pdf(args: argparse.Namespace, db, deck_id: int, out: Path) -> int:
    """Print deck ``deck_id`` of the open database ``db`` to ``out``."""
    from workshop_studio.services.library import card_view, deck_cards, find_deck

    with db.read() as session:
        deck = find_deck(session, deck_id)
        name, card_size = deck.name, deck.card_size
        cards = [card_view(card) for card in deck_cards(session, deck.id)]
    return export_cards_pdf(args, name, card_size, cards, out)


def export_cards_pdf(args: argparse.Namespace, name: str, card_size: str, cards, out: Path) -> int:
    """Print ``cards`` to ``out``: one summary line, one line per problem; the exit code."""
    from workshop_studio.export.deck_pdf import export_calibration_pdf, export_deck_pdf
    from workshop_studio.export.print_options import ExportError

    try:
        options = options_from_args(args, card_size=card_size, title=name).check()
        if args.pdf_calibration:
            export_calibration_pdf(options, out)
            print(translate("DeckPdf", "{path}: duplex calibration sheet (2 pages).").format(path=out))
            return EXIT_OK
        report = export_deck_pdf(cards, options, out)
    except ExportError as error:
        print(f"workshop-studio: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as error:
        print(f"workshop-studio: {out}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILURE
    orientation = {"portrait": translate("DeckPdf", "portrait"), "landscape": translate("DeckPdf", "landscape")}
    pages = (
        translate("DeckPdf", "1 page")
        if report.pages == 1
        else translate("DeckPdf", "{count} pages").format(count=report.pages)
    )
    cards_text = (
        translate("DeckPdf", "1 card")
        if report.cards == 1
        else translate("DeckPdf", "{count} cards").format(count=report.cards)
    )
    print(
        translate("DeckPdf", "{path}: {pages}, {cards} ({per_page} per {orientation} page).").format(
            path=out,
            pages=pages,
            cards=cards_text,
            per_page=report.per_page,
            orientation=orientation[report.orientation],
        )
    )
    for problem in report.problems:
        print(translate("DeckPdf", "warning: {problem}").format(problem=problem), file=sys.stderr)
    return EXIT_OK
