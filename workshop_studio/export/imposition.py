"""Which printed card goes on which page, front or back (plain arithmetic, no drawing).

A card with ``copies = n`` is printed n times, one after the other. Golden tickets can be
numbered: each printed copy gets its own serial, in deck order, so the same deck and options
always give the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop_studio.domain.materials import CardView
from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.export.sheet_layout import Segment, Sheet, Slot
from workshop_studio.i18n import translate


@dataclass(frozen=True)
class PrintedCard:
    card: CardView
    number: str | None = None  # a golden ticket's serial, printed on its front


@dataclass(frozen=True)
class Placement:
    index: int  # into the printed cards
    side: str  # "front" or "back"
    slot: Slot


@dataclass(frozen=True)
class Page:
    side: str  # "front", "back" (printed on the reverse of the page before) or "both" (fold)
    width: float
    height: float
    placements: tuple[Placement, ...]
    marks: tuple[Segment, ...] = ()
    fold: tuple[Segment, ...] = ()


def ticket_label(number: int) -> str:
    return translate("DeckPdf", "No. {number}").format(number=f"{number:04d}")


def printed_cards(
    cards: Sequence[CardView], *, number_tickets: bool = False, first_number: int = 1, sets: int = 1
) -> list[PrintedCard]:
    """Every copy to print, in deck order, ``sets`` times over; golden tickets numbered if asked."""
    result: list[PrintedCard] = []
    serial = first_number
    for card in list(cards) * max(1, sets):
        for _ in range(max(0, card.copies)):
            number = None
            if number_tickets and card.kind == CardKind.GOLDEN_TICKET.value:
                number, serial = ticket_label(serial), serial + 1
            result.append(PrintedCard(card, number))
    return result


def impose(count: int, sheet: Sheet) -> list[Page]:
    """The pages for ``count`` printed cards on ``sheet``'s pattern, in printing order.

    Duplex sheets give a page of fronts, then the page of their backs; print-shop pages give
    each card's front then its back; fold pages carry both; crop marks go on the fronts only
    (the reverse is cut along the front's marks), except at the print shop, where every page
    is cut on its own.
    """
    pages: list[Page] = []
    per_page = sheet.per_page
    on_back_pages = sheet.marks if sheet.layout == "print-shop" else ()
    for start in range(0, count, per_page):
        indices = range(start, min(start + per_page, count))
        fronts = tuple(Placement(i, "front", sheet.fronts[i - start]) for i in indices)
        backs = tuple(Placement(i, "back", sheet.backs[i - start]) for i in indices) if sheet.backs else ()
        if sheet.backs and not sheet.backs_on_own_page:
            pages.append(Page("both", sheet.width, sheet.height, fronts + backs, sheet.marks, sheet.fold))
            continue
        pages.append(Page("front", sheet.width, sheet.height, fronts, sheet.marks))
        if backs:
            pages.append(Page("back", sheet.width, sheet.height, backs, on_back_pages))
    return pages
