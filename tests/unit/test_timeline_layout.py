"""The timeline's arrangement, tested with numbers."""

from __future__ import annotations

from workshop_studio.domain.timeline_layout import METRICS, by_role_layout, by_stage_layout, lane_heights

M = METRICS


def test_columns_follow_each_other_with_a_gap() -> None:
    layout = by_stage_layout(10, tallest_stack=3)
    assert layout.column(0).x == M.gap
    assert layout.column(1).x - layout.column(0).right == M.gap
    assert layout.width == M.gap + 10 * (M.column_width + M.gap)
    assert layout.height == M.header_height + M.gap + 3 * (M.note_height + M.gap) + M.gap


def test_notes_stack_under_their_stage_header() -> None:
    layout = by_stage_layout(3, tallest_stack=2)
    first, second = layout.note(1, 0), layout.note(1, 1)
    assert first.x == layout.column(1).x + M.gap and first.width == M.column_width - 2 * M.gap
    assert first.y == M.header_height + M.gap
    assert second.y - first.bottom == M.gap


def test_hit_testing_finds_the_stage_and_slot() -> None:
    layout = by_stage_layout(4, tallest_stack=5)
    note = layout.note(2, 3)
    assert layout.stage_at(note.x + 5) == 2
    assert layout.slot_at(note.y + 5) == 3
    assert layout.stage_at(layout.column(2).right + M.gap / 2) is None  # in the gap
    assert layout.stage_at(layout.width + 100) is None


def test_lanes_are_as_tall_as_their_fullest_stage() -> None:
    heights = lane_heights([0, 3, 1, 0, 0, 2])
    assert heights[0] == heights[2] == (M.note_height + M.gap) + M.lane_padding
    assert heights[1] == 3 * (M.note_height + M.gap) + M.lane_padding
    layout = by_role_layout(10, [0, 3, 1, 0, 0, 2])
    assert layout.left == M.lane_label_width
    assert layout.lane_top(2) == layout.notes_top + heights[0] + heights[1]
    note = layout.note(0, 1, lane=1)
    assert layout.lane_at(note.y + 1) == 1
    assert layout.height == layout.notes_top + sum(heights)
