"""Copies, golden-ticket serials and the order of pages, without drawing anything."""

from __future__ import annotations

from workshop_studio.domain.card_sizes import CARD_SIZES
from workshop_studio.domain.materials import CardView
from workshop_studio.export.imposition import impose, printed_cards
from workshop_studio.export.sheet_layout import plan_print_shop, plan_sheet

POKER = CARD_SIZES["poker"]


def _deck() -> list[CardView]:
    return [
        CardView(kind="question", title="Q", copies=2),
        CardView(kind="golden_ticket", title="Ticket A", copies=3),
        CardView(kind="theme", title="Skipped", copies=0),
        CardView(kind="golden_ticket", title="Ticket B"),
    ]


def test_each_copy_is_printed_and_tickets_get_unique_serials_in_deck_order() -> None:
    printed = printed_cards(_deck(), number_tickets=True)
    assert [p.card.title for p in printed] == ["Q", "Q", "Ticket A", "Ticket A", "Ticket A", "Ticket B"]
    assert [p.number for p in printed] == [None, None, "No. 0001", "No. 0002", "No. 0003", "No. 0004"]
    again = printed_cards(_deck(), number_tickets=True)
    assert [p.number for p in again] == [p.number for p in printed]


def test_serials_can_continue_from_an_earlier_print_run_and_are_off_by_default() -> None:
    numbers = [p.number for p in printed_cards(_deck(), number_tickets=True, first_number=41) if p.number]
    assert numbers == ["No. 0041", "No. 0042", "No. 0043", "No. 0044"]
    assert all(p.number is None for p in printed_cards(_deck()))


def test_several_sets_repeat_the_whole_selection_and_keep_serials_unique() -> None:
    printed = printed_cards(_deck(), number_tickets=True, sets=2)
    assert [p.card.title for p in printed] == ["Q", "Q", "Ticket A", "Ticket A", "Ticket A", "Ticket B"] * 2
    numbers = [p.number for p in printed if p.number]
    assert len(numbers) == len(set(numbers)) == 8 and numbers[-1] == "No. 0008"


def test_duplex_sheets_alternate_a_page_of_fronts_and_its_page_of_backs() -> None:
    pages = impose(20, plan_sheet(POKER, "a4", backs="long-edge"))
    assert [p.side for p in pages] == ["front", "back"] * 3
    assert [len(p.placements) for p in pages] == [9, 9, 9, 9, 2, 2]
    for front, back in zip(pages[::2], pages[1::2], strict=True):
        assert [p.index for p in front.placements] == [p.index for p in back.placements]
        assert front.marks and not back.marks  # the reverse is cut along the front's marks


def test_fold_pages_carry_both_sides_and_print_shop_alternates_single_cards() -> None:
    fold = impose(5, plan_sheet(POKER, "a4", backs="fold"))
    assert [p.side for p in fold] == ["both", "both"]
    assert sorted(p.side for p in fold[0].placements) == ["back"] * 4 + ["front"] * 4
    shop = impose(3, plan_print_shop(POKER, bleed=3.0, backs=True))
    assert [(p.side, p.placements[0].index) for p in shop] == [
        ("front", 0),
        ("back", 0),
        ("front", 1),
        ("back", 1),
        ("front", 2),
        ("back", 2),
    ]
    assert [p.side for p in impose(3, plan_sheet(POKER, "a4"))] == ["front"]
