"""Sheet arithmetic in millimetres: every card size, both papers, every layout."""

from __future__ import annotations

import itertools

import pytest

from workshop_studio.domain.card_sizes import CARD_SIZES
from workshop_studio.export.print_options import ExportError, PrintOptions, plan
from workshop_studio.export.sheet_layout import (
    MARK_GAP_MM,
    MIN_TRIM_MARGIN_MM,
    PAPERS,
    UNPRINTABLE_MM,
    LayoutError,
    Rect,
    Sheet,
    plan_print_shop,
    plan_sheet,
)

POKER = CARD_SIZES["poker"]
EPS = 1e-6
SHEET_KINDS = {
    "sheet": {},
    "sheet-bleed": {"bleed": 3.0, "gutter": 2.0},
    "fold": {"backs": "fold"},
    "fold-bleed": {"backs": "fold", "bleed": 3.0, "gutter": 2.0},
}


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right - EPS and b.x < a.right - EPS and a.y < b.bottom - EPS and b.y < a.bottom - EPS


def _crosses(segment, rect: Rect) -> bool:
    """Whether the segment passes through the inside of ``rect``."""
    if segment.x1 == segment.x2:
        return rect.x < segment.x1 < rect.right and min(segment.y2, rect.bottom) - max(segment.y1, rect.y) > EPS
    return rect.y < segment.y1 < rect.bottom and min(segment.x2, rect.right) - max(segment.x1, rect.x) > EPS


def test_poker_on_a4_is_three_by_three_with_the_printmd_margins() -> None:
    sheet = plan_sheet(POKER, "a4")
    assert (sheet.width, sheet.height, sheet.columns, sheet.rows) == (210, 297, 3, 3)
    first, last = sheet.fronts[0].trim, sheet.fronts[-1].trim
    assert (first.x, first.y) == pytest.approx((10.5, 16.5))
    assert (sheet.width - last.right, sheet.height - last.bottom) == pytest.approx((10.5, 16.5))
    # butted: neighbours share their cut line
    assert sheet.fronts[1].trim.x == pytest.approx(first.right)
    assert sheet.fronts[3].trim.y == pytest.approx(first.bottom)


def test_poker_with_bleed_gives_six_portrait_eight_landscape_and_picks_landscape() -> None:
    portrait = plan_sheet(POKER, "a4", bleed=3, gutter=2, orientation="portrait")
    landscape = plan_sheet(POKER, "a4", bleed=3, gutter=2, orientation="landscape")
    assert (portrait.columns, portrait.rows) == (2, 3)
    assert (landscape.columns, landscape.rows) == (4, 2)
    chosen = plan_sheet(POKER, "a4", bleed=3, gutter=2)
    assert (chosen.width, chosen.height, chosen.per_page) == (297, 210, 8)
    # each card keeps its own 3 mm bleed, with a 2 mm gutter between bleeds
    a, b = chosen.fronts[0], chosen.fronts[1]
    assert b.bleed_rect.x - a.bleed_rect.right == pytest.approx(2.0)
    assert a.bleed_rect.width == pytest.approx(69.0)


@pytest.mark.parametrize(("size", "paper", "kind"), list(itertools.product(CARD_SIZES, PAPERS, SHEET_KINDS)))
def test_every_size_paper_and_layout_fits_centred_with_marks_outside_cards(size: str, paper: str, kind: str) -> None:
    card = CARD_SIZES[size]
    sheet = plan_sheet(card, paper, **SHEET_KINDS[kind])
    short, long = PAPERS[paper]
    assert sorted((sheet.width, sheet.height)) == [short, long]
    assert sheet.per_page >= 1
    slots = sheet.fronts + (sheet.backs if kind.startswith("fold") else ())
    for slot in slots:
        assert (slot.trim.width, slot.trim.height) == (card.width_mm, card.height_mm)
        assert slot.trim.x >= MIN_TRIM_MARGIN_MM - EPS and slot.trim.y >= MIN_TRIM_MARGIN_MM - EPS
        assert sheet.width - slot.trim.right >= MIN_TRIM_MARGIN_MM - EPS
        assert sheet.height - slot.trim.bottom >= MIN_TRIM_MARGIN_MM - EPS
    for a, b in itertools.combinations(slots, 2):
        assert not _overlap(a.bleed_rect, b.bleed_rect)
    if not kind.startswith("fold"):  # the grid is centred on the page
        left = min(s.trim.x for s in slots) - slots[0].bleed
        right = sheet.width - max(s.trim.right for s in slots) - slots[0].bleed
        top = min(s.trim.y for s in slots) - slots[0].bleed
        bottom = sheet.height - max(s.trim.bottom for s in slots) - slots[0].bleed
        assert (left, top) == pytest.approx((right, bottom))
    # the orientation chosen fits at least as many cards as the other one
    for orientation in ("portrait", "landscape"):
        try:
            other = plan_sheet(card, paper, orientation=orientation, **SHEET_KINDS[kind]).per_page
        except LayoutError:
            other = 0
        assert sheet.per_page >= other
    # crop marks: 5 mm from the paper's edge, never over a card or its bleed
    assert sheet.marks
    gap = max(0.0, MARK_GAP_MM - slots[0].bleed)
    for mark in sheet.marks:
        for x in (mark.x1, mark.x2):
            assert UNPRINTABLE_MM - EPS <= x <= sheet.width - UNPRINTABLE_MM + EPS
        for y in (mark.y1, mark.y2):
            assert UNPRINTABLE_MM - EPS <= y <= sheet.height - UNPRINTABLE_MM + EPS
        for slot in slots:
            assert not _crosses(mark, slot.bleed_rect.expanded(gap - EPS)), (mark, slot)
    # and every cut line gets at least one mark
    vertical = {round(m.x1, 6) for m in sheet.marks if m.x1 == m.x2}
    horizontal = {round(m.y1, 6) for m in sheet.marks if m.y1 == m.y2}
    for slot in slots:
        assert {round(slot.trim.x, 6), round(slot.trim.right, 6)} <= vertical
        assert {round(slot.trim.y, 6), round(slot.trim.bottom, 6)} <= horizontal


def test_sheet_marks_stop_in_the_margin_for_poker_on_a4() -> None:
    sheet = plan_sheet(POKER, "a4")
    x_lines = sorted({m.x1 for m in sheet.marks if m.x1 == m.x2})
    assert x_lines == pytest.approx([10.5, 73.5, 136.5, 199.5])
    top = [m for m in sheet.marks if m.x1 == m.x2 and m.y1 < 20]
    assert {(m.y1, m.y2) for m in top} == {(5.0, 15.5)}  # from 5 mm off the edge to 1 mm off the cards
    assert len(sheet.marks) == 4 * 2 + 4 * 2


def test_long_edge_backs_mirror_the_columns_on_a_portrait_sheet() -> None:
    sheet = plan_sheet(POKER, "a4", backs="long-edge")
    assert sheet.backs_on_own_page
    for front, back in zip(sheet.fronts, sheet.backs, strict=True):
        assert back.trim.x == pytest.approx(sheet.width - front.trim.x - front.trim.width)
        assert back.trim.y == front.trim.y
        assert not back.rotated
    assert sheet.backs[0].trim.x == pytest.approx(136.5)  # first card's back on the right


def test_short_edge_backs_mirror_the_rows_and_turn_round() -> None:
    sheet = plan_sheet(POKER, "a4", backs="short-edge")
    for front, back in zip(sheet.fronts, sheet.backs, strict=True):
        assert back.trim.x == front.trim.x
        assert back.trim.y == pytest.approx(sheet.height - front.trim.y - front.trim.height)
        assert back.rotated


def test_on_a_landscape_page_the_paper_edges_swap_roles() -> None:
    long_edge = plan_sheet(POKER, "a4", bleed=3, gutter=2, backs="long-edge")
    assert long_edge.orientation == "landscape"
    front, back = long_edge.fronts[0], long_edge.backs[0]
    assert (back.trim.x, back.rotated) == (front.trim.x, True)
    assert back.trim.y == pytest.approx(long_edge.height - front.trim.bottom)
    short_edge = plan_sheet(POKER, "a4", bleed=3, gutter=2, backs="short-edge")
    front, back = short_edge.fronts[0], short_edge.backs[0]
    assert (back.trim.y, back.rotated) == (front.trim.y, False)
    assert back.trim.x == pytest.approx(short_edge.width - front.trim.right)


def test_fold_puts_fronts_and_backs_on_either_side_of_the_fold() -> None:
    sheet = plan_sheet(POKER, "a4", backs="fold")
    assert not sheet.backs_on_own_page
    assert (sheet.orientation, sheet.per_page) == ("landscape", 4)
    (line,) = sheet.fold
    assert line.x1 == line.x2 == pytest.approx(148.5)
    assert (line.y1, line.y2) == (UNPRINTABLE_MM, sheet.height - UNPRINTABLE_MM)
    for front, back in zip(sheet.fronts, sheet.backs, strict=True):
        assert front.trim.right < line.x1 < back.trim.x
        # folding along the line lays each back exactly behind its front
        assert line.x1 - front.trim.right == pytest.approx(back.trim.x - line.x1)
        assert back.trim.y == front.trim.y


def test_print_shop_page_is_trim_plus_bleed_all_round() -> None:
    shop = plan_print_shop(POKER, bleed=3.0, backs=True)
    assert (shop.width, shop.height) == pytest.approx((69.0, 94.0))
    assert (shop.fronts[0].trim.x, shop.fronts[0].trim.y) == (3.0, 3.0)
    assert shop.marks == ()
    us = plan(PrintOptions(card_size="poker-us", layout="print-shop"))
    assert (us.width, us.height) == pytest.approx((63.5 + 6.35, 88.9 + 6.35))
    marked = plan(PrintOptions(layout="print-shop", crop_marks=True))
    assert marked.width > 69 and marked.marks
    for mark in marked.marks:
        assert not _crosses(mark, marked.fronts[0].bleed_rect)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (PrintOptions(layout="print-shop", backs="fold"), "Folded backs"),
        (PrintOptions(bleed_mm=-1), "bleed"),
        (PrintOptions(back_offset_mm=(0, 12)), "offset"),
        (PrintOptions(paper="a3"), "paper"),
        (PrintOptions(sets=0), "sets"),
    ],
)
def test_incoherent_options_are_refused_with_a_message(options: PrintOptions, message: str) -> None:
    with pytest.raises(ExportError, match=message):
        plan(options)


def test_options_defaults_match_the_issue() -> None:
    options = PrintOptions()
    assert (options.card_size, options.paper, options.layout, options.backs) == ("poker", "a4", "sheet", "none")
    assert options.marks and options.bleed == 0.0
    assert PrintOptions(layout="print-shop").marks is False
    assert PrintOptions(layout="sheet-bleed").bleed == 3.0
    assert PrintOptions(layout="print-shop", card_size="poker-us").bleed == 3.175
    assert isinstance(plan(options), Sheet)
