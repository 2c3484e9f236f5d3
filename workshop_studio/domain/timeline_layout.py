"""Where things sit on the annotated timeline, in scene units (pixels at zoom 1).

Two arrangements of the same notes:
* by stage: one column per stage, its notes stacked under its header;
* by role: the same columns crossed with one swimlane per role (CDE, CDDE, recruiter, new
  hire, partner, facilitator), so perspectives on one stage sit side by side vertically.
Pure arithmetic, so it is tested with numbers and shared by the screen and the poster.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop_studio.domain.geometry import Box as Rect

LANE_ROLES: tuple[str, ...] = ("cde", "cdde", "recruiter", "new_hire", "partner", "facilitator")


@dataclass(frozen=True)
class TimelineMetrics:
    column_width: float = 260.0
    note_height: float = 156.0
    gap: float = 12.0
    header_height: float = 150.0
    lane_label_width: float = 170.0
    lane_padding: float = 14.0

    @property
    def note_width(self) -> float:
        return self.column_width - 2 * self.gap


METRICS = TimelineMetrics()


@dataclass(frozen=True)
class TimelineLayout:
    """Column and lane geometry for ``stage_count`` stages; lanes only in the by-role arrangement."""

    stage_count: int
    lane_heights: tuple[float, ...] = ()  # one per role when arranged by role
    metrics: TimelineMetrics = METRICS
    tallest_stack: int = 1  # most notes under one stage, when arranged by stage

    @property
    def by_role(self) -> bool:
        return bool(self.lane_heights)

    @property
    def left(self) -> float:
        return self.metrics.lane_label_width if self.by_role else 0.0

    def column(self, stage_index: int) -> Rect:
        """The whole column of a stage, header included, down to the bottom of the notes area."""
        m = self.metrics
        x = self.left + m.gap + stage_index * (m.column_width + m.gap)
        return Rect(x, 0.0, m.column_width, self.height)

    def header(self, stage_index: int) -> Rect:
        column = self.column(stage_index)
        return Rect(column.x, 0.0, column.width, self.metrics.header_height)

    @property
    def notes_top(self) -> float:
        return self.metrics.header_height + self.metrics.gap

    def lane_top(self, lane: int) -> float:
        return self.notes_top + sum(self.lane_heights[:lane])

    def lane(self, lane: int) -> Rect:
        return Rect(0.0, self.lane_top(lane), self.width, self.lane_heights[lane])

    def note(self, stage_index: int, slot: int, lane: int | None = None) -> Rect:
        """The ``slot``-th note (0 first) of a stage, in ``lane`` when arranged by role."""
        m = self.metrics
        column = self.column(stage_index)
        top = self.notes_top if lane is None else self.lane_top(lane) + m.lane_padding / 2
        return Rect(column.x + m.gap, top + slot * (m.note_height + m.gap), m.note_width, m.note_height)

    @property
    def width(self) -> float:
        m = self.metrics
        return self.left + m.gap + self.stage_count * (m.column_width + m.gap)

    def notes_height(self, tallest_stack: int) -> float:
        m = self.metrics
        return max(tallest_stack, 1) * (m.note_height + m.gap) + m.gap

    @property
    def height(self) -> float:
        if self.by_role:
            return self.notes_top + sum(self.lane_heights)
        return self.notes_top + self.notes_height(self.tallest_stack)

    def stage_at(self, x: float) -> int | None:
        """The stage whose column holds ``x``, if any."""
        m = self.metrics
        offset = x - self.left - m.gap
        if offset < 0:
            return None
        index = int(offset // (m.column_width + m.gap))
        inside = offset - index * (m.column_width + m.gap) <= m.column_width
        return index if inside and index < self.stage_count else None

    def slot_at(self, y: float, lane: int | None = None) -> int:
        """The slot a note dropped at height ``y`` goes to (0 first)."""
        m = self.metrics
        top = self.notes_top if lane is None else self.lane_top(lane) + m.lane_padding / 2
        return max(0, int((y - top + (m.note_height + m.gap) / 2) // (m.note_height + m.gap)))

    def lane_at(self, y: float) -> int | None:
        for index in range(len(self.lane_heights)):
            if self.lane(index).contains(self.left + 1, y):
                return index
        return None


def lane_heights(counts_per_lane: Sequence[int], metrics: TimelineMetrics = METRICS) -> tuple[float, ...]:
    """Each lane as tall as its fullest stage (at least one note), plus padding."""
    return tuple(
        max(count, 1) * (metrics.note_height + metrics.gap) + metrics.lane_padding for count in counts_per_lane
    )


def by_stage_layout(stage_count: int, tallest_stack: int, metrics: TimelineMetrics = METRICS) -> TimelineLayout:
    return TimelineLayout(stage_count, (), metrics, tallest_stack)


def by_role_layout(
    stage_count: int, counts_per_lane: Sequence[int], metrics: TimelineMetrics = METRICS
) -> TimelineLayout:
    return TimelineLayout(stage_count, lane_heights(counts_per_lane, metrics), metrics)
