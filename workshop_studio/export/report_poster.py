"""The annotated timeline as a poster: stages as columns, notes stacked under them, spread
over as many pages as it needs (pure layout; ``report_paint`` draws the ops).

Across: as many columns as fit at :data:`MIN_COLUMN` mm, then the stages are shared evenly
between the pages a row of the poster needs (10 stages on A4 landscape: two pages of five),
columns no wider than :data:`MAX_COLUMN`. Down: when a column's notes pass the bottom of the
page, they continue on a following page for the same stages, whose headers are repeated.
A continuation page gives its columns to the stages that still have notes, one each, then
the spare ones to a crowded stage that needs them (its header repeated over each), so one
busy stage does not leave a trail of near-empty pages, and no column stands empty under a
repeated header. Its page heading names the stages on it. Pages are ordered stages first,
then down: 1–5, 1–5 continued, 6–10… An arrow across the top of each page carries the
timeline on, and says where it continues.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from workshop_studio.domain.colours import INK
from workshop_studio.export.fonts import BOLD, REGULAR
from workshop_studio.export.report_flow import ascent_mm
from workshop_studio.export.report_notes import NoteLayout, layout_note, legend_ops, note_ops
from workshop_studio.export.report_ops import Line, Op, Page, Picture, Rect, Text
from workshop_studio.export.report_style import RULE, SMALL_PT, STAGE_FILL, Frame, drawable
from workshop_studio.export.text_fit import fit
from workshop_studio.i18n import translate
from workshop_studio.services.review_report import ReportStage, WorkshopReport

MIN_COLUMN = 36.0
MAX_COLUMN = 80.0
GAP = 4.0
BAND = 7.0  # the arrow across the top
STAGE_HEAD = 27.0
PICTOGRAM = 10.0
NOTE_GAP = 2.5
LEGEND_GAP = 3.0


def columns_per_page(content_width: float, stage_count: int, *, min_width: float = MIN_COLUMN, gap: float = GAP) -> int:
    """How many stage columns one page holds, shared evenly between the pages needed."""
    fit_count = max(1, int((content_width + gap) // (min_width + gap)))
    if stage_count <= 0:
        return fit_count
    pages = math.ceil(stage_count / fit_count)
    return math.ceil(stage_count / pages)


def column_width(content_width: float, per_page: int, *, gap: float = GAP, max_width: float = MAX_COLUMN) -> float:
    return min(max_width, (content_width - gap * (per_page - 1)) / per_page)


@dataclass(frozen=True)
class PlacedNote:
    layout: NoteLayout
    column: int  # index among the page's columns
    y: float


@dataclass(frozen=True)
class Tile:
    """One poster page: the stage each column shows, and the notes placed in them."""

    columns: tuple[ReportStage, ...]
    notes: tuple[PlacedNote, ...]
    continued: bool  # a continuation page of these stages


@dataclass(frozen=True)
class PosterPlan:
    per_page: int
    column_width: float
    groups: tuple[tuple[ReportStage, ...], ...]  # the stages of each row of pages
    tiles: tuple[tuple[Tile, ...], ...]  # per group: its first page, then its continuations
    notes_top: float
    notes_bottom: float
    legend: tuple[tuple[Op, ...], float]

    @property
    def page_count(self) -> int:
        return sum(len(t) for t in self.tiles)

    @property
    def truncated(self) -> int:
        return sum(1 for tiles in self.tiles for tile in tiles for n in tile.notes if n.layout.truncated)


def share_columns(remaining: list[float], columns: int, needed: list[int] | None = None) -> list[int]:
    """Columns for each stage still holding notes (``remaining``: their height in mm): one each,
    then the spare ones, one by one, to the stage with the most height per column, never more
    than a stage ``needed`` to hold all its notes."""
    counts = [1] * len(remaining)
    wanting = list(range(len(remaining)))
    for _ in range(max(columns - len(remaining), 0)):
        if needed is not None:
            wanting = [i for i in wanting if counts[i] < needed[i]]
        if not wanting:
            break
        best = max(wanting, key=lambda i: (remaining[i] / counts[i], -i))
        counts[best] += 1
    return counts


def columns_needed(queue: Iterable[NoteLayout], top: float, bottom: float, *, cap: int | None = None) -> int:
    """The columns ``queue``'s notes fill from ``top`` to ``bottom``, in order (at least one);
    counting stops past ``cap`` (a page has no more), so a long queue is not read to its end."""
    columns, y = 1, top
    for note in queue:
        if y + note.height > bottom and y != top:
            columns, y = columns + 1, top
            if cap is not None and columns > cap:
                break
        y += note.height + NOTE_GAP
    return columns


def plan_poster(report: WorkshopReport, frame: Frame) -> PosterPlan:
    """Where each stage and note goes (see the module). A continuation page gives its columns
    to the stages that still have notes, sharing spare columns by how much each has left."""
    stages = report.stages
    per_page = columns_per_page(frame.content_width, len(stages))
    width = column_width(frame.content_width, per_page)
    groups = tuple(stages[i : i + per_page] for i in range(0, len(stages), per_page))  # no timeline: no poster
    legend, legend_h = legend_ops(frame.left, 0.0, frame.content_width)
    notes_top = frame.top + BAND + STAGE_HEAD + 3.0
    notes_bottom = frame.bottom - legend_h - LEGEND_GAP
    all_tiles = []
    for group in groups:
        queues = [deque(layout_note(n, width, anonymised=report.anonymised) for n in stage.notes) for stage in group]
        remaining = [sum(n.height + NOTE_GAP for n in queue) for queue in queues]  # kept up to date: no re-summing
        tiles: list[Tile] = []
        columns: list[int] = list(range(len(group)))  # stage index of each column
        while True:
            placed: list[PlacedNote] = []
            for column, stage_index in enumerate(columns):
                y, queue = notes_top, queues[stage_index]
                while queue and (y + queue[0].height <= notes_bottom or y == notes_top):
                    layout = queue.popleft()
                    remaining[stage_index] -= layout.height + NOTE_GAP
                    placed.append(PlacedNote(layout, column, y))
                    y += layout.height + NOTE_GAP
            tiles.append(Tile(tuple(group[i] for i in columns), tuple(placed), bool(tiles)))
            left = [i for i, queue in enumerate(queues) if queue]
            if not left:
                break
            heights = [remaining[i] for i in left]
            needed = [columns_needed(queues[i], notes_top, notes_bottom, cap=per_page) for i in left]
            columns = [
                i
                for i, count in zip(left, share_columns(heights, per_page, needed), strict=False)
                for _ in range(count)
            ]
        all_tiles.append(tuple(tiles))
    return PosterPlan(per_page, width, groups, tuple(all_tiles), notes_top, notes_bottom, (tuple(legend), legend_h))


def poster_pages(report: WorkshopReport, frame: Frame, pictures: dict[bytes, int]) -> tuple[list[Page], PosterPlan]:
    """The poster's pages; ``pictures`` maps each stage pictogram's bytes to its index."""
    plan = plan_poster(report, frame)
    return list(iter_poster_pages(plan, frame, pictures)), plan


def iter_poster_pages(plan: PosterPlan, frame: Frame, pictures: dict[bytes, int]) -> Iterator[Page]:
    """The poster's pages one at a time, made as they are asked for (a report streams them)."""
    for g, group in enumerate(plan.groups):
        tiles = plan.tiles[g]
        for number, tile in enumerate(tiles):
            page = Page(head=_head(tile.columns if tile.continued else group, number, len(tiles)))
            _band(page, frame, plan, g, len(tile.columns))
            for column, stage in enumerate(tile.columns):
                x = frame.left + column * (plan.column_width + GAP)
                page.ops.extend(_stage_head(stage, x, frame.top + BAND, plan.column_width, pictures))
                if not stage.notes:
                    page.ops.append(
                        Text(
                            x + plan.column_width / 2,
                            plan.notes_top + 4,
                            translate("ReviewExport", "No notes"),
                            REGULAR,
                            SMALL_PT,
                            colour="#555555",
                            align="center",
                        )
                    )
            for placed in tile.notes:
                x = frame.left + placed.column * (plan.column_width + GAP)
                page.ops.extend(note_ops(placed.layout, x, placed.y))
            legend, legend_h = plan.legend
            page.ops.extend(_moved(legend, frame.bottom - legend_h))
            yield page


def _head(stages: tuple[ReportStage, ...], tile: int, tiles: int) -> str:
    """The page heading: the stages on the page (a continuation page may hold fewer)."""
    if not stages:
        return translate("ReviewExport", "Annotated timeline")
    first, last = stages[0].position + 1, stages[-1].position + 1
    if first == last:
        head = translate("ReviewExport", "Annotated timeline, stage {number}").format(number=first)
    else:
        head = translate("ReviewExport", "Annotated timeline, stages {first} to {last}").format(first=first, last=last)
    if tiles > 1:
        head += " " + translate("ReviewExport", "({page} of {pages})").format(page=tile + 1, pages=tiles)
    return head


def _band(page: Page, frame: Frame, plan: PosterPlan, group: int, columns: int) -> None:
    """The timeline's arrow, reaching the page's edge when the timeline goes on."""
    y = frame.top + BAND / 2 - 0.5
    more = group + 1 < len(plan.groups)
    end = frame.right if more else frame.left + columns * plan.column_width + (columns - 1) * GAP
    start = frame.left - (frame.margin / 2 if group > 0 else 0)
    page.ops.append(Line(start, y, end, y, INK, 1.2, arrow=True))
    if more:
        words = translate("ReviewExport", "continued: stages {first} to {last}").format(
            first=plan.groups[group + 1][0].position + 1, last=plan.groups[group + 1][-1].position + 1
        )
        page.ops.append(Text(frame.right - 6.0, y - 1.8, words, REGULAR, SMALL_PT, align="right"))


def _stage_head(stage: ReportStage, x: float, y: float, width: float, pictures: dict[bytes, int]) -> list[Op]:
    ops: list[Op] = [Rect(x, y, width, STAGE_HEAD, fill=STAGE_FILL, stroke=RULE, line_pt=0.5, radius=1.2)]
    if stage.pictogram_data and stage.pictogram_data in pictures:
        ops.append(Picture(x + (width - PICTOGRAM) / 2, y + 1.8, PICTOGRAM, PICTOGRAM, pictures[stage.pictogram_data]))
    title = drawable(f"{stage.position + 1}. {stage.title}")
    area = STAGE_HEAD - PICTOGRAM - 4.5
    fitted = fit(title, BOLD, width - 4.0, area, max_pt=9.5, min_pt=7.0, floor_pt=6.0)
    area_top = y + PICTOGRAM + 3.0 + (area - fitted.height_mm) / 2  # centred under the pictogram
    for n, line in enumerate(fitted.lines):
        ops.append(
            Text(
                x + width / 2,
                area_top + n * fitted.line_height_mm + ascent_mm(BOLD, fitted.size_pt),
                line,
                BOLD,
                fitted.size_pt,
                align="center",
            )
        )
    return ops


def _moved(ops: tuple[Op, ...], dy: float) -> list[Op]:
    from dataclasses import replace

    moved: list[Op] = []
    for op in ops:
        if isinstance(op, Text):
            moved.append(replace(op, baseline=op.baseline + dy))
        elif isinstance(op, Line):
            moved.append(replace(op, y1=op.y1 + dy, y2=op.y2 + dy))
        else:
            moved.append(replace(op, y=op.y + dy))
    return moved
