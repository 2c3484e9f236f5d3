"""The annotated timeline scene: stage columns, their notes, optionally split into role lanes.

It takes a :class:`TimelineModel` and listens: a note put or dropped moves or adds one item
(and the notes below it in its column); only a change of arrangement or a reset rebuilds.
It never writes data: a drag that ends over a stage is announced by :attr:`noteMoved`, and
whoever owns the undo stack decides.
"""

from __future__ import annotations

import math
from collections import Counter

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from workshop_studio.domain.colours import ANNOTATION_SWATCH, PALETTE
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.timeline_layout import LANE_ROLES, TimelineLayout, by_role_layout, by_stage_layout
from workshop_studio.domain.vocabulary import TargetKind
from workshop_studio.ui.timeline.items import LaneItem, NoteItem, StageHeaderItem
from workshop_studio.ui.timeline.model import TimelineModel

GROWTH_ROWS = 8


class TimelineScene(QGraphicsScene):
    stageSelected = Signal(int)  # the stage a new note would go to
    stageActivated = Signal(int)  # double-click or tap on a stage: add a note there
    noteMoved = Signal(int, int, int)  # note id, stage id, slot (0 first) it was dropped on
    noteActivated = Signal(int)  # double-click on a note: edit it

    def __init__(self, model: TimelineModel, *, show_hidden: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.show_hidden = show_hidden
        self.by_role = False
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self._layout: TimelineLayout = by_stage_layout(0, 1)
        self._notes: dict[int, NoteItem] = {}
        self._headers: dict[int, StageHeaderItem] = {}
        self._lanes: list[LaneItem] = []
        self.overview = False  # zoomed far out: notes drawn as blocks by drawForeground
        self._blocks: dict[str, list[QRectF]] | None = None
        self._per_stage: Counter[int | None] = Counter()  # notes shown per stage
        self._per_cell: Counter[tuple[int | None, int]] = Counter()  # … per stage and role lane
        model.currentStageChanged.connect(self._highlight)
        model.reset.connect(self.rebuild)
        model.notePut.connect(self._on_put)
        model.noteDropped.connect(self._on_dropped)
        self.rebuild()

    # -- options -------------------------------------------------------------------------------
    def set_by_role(self, by_role: bool) -> None:
        if by_role != self.by_role:
            self.by_role = by_role
            self.rebuild()

    def set_show_hidden(self, show: bool) -> None:
        if show != self.show_hidden:
            self.show_hidden = show
            self.rebuild()

    @property
    def current_stage_id(self) -> int | None:
        return self.model.current_stage_id

    def select_stage(self, stage_id: int | None) -> None:
        """Make ``stage_id`` the stage new notes go to, on every view of the model."""
        self.model.pick_stage(stage_id)

    def _highlight(self, stage_id: int | None) -> None:
        for sid, header in self._headers.items():
            header.set_state(current=sid == stage_id)
        if stage_id is not None:
            self.stageSelected.emit(stage_id)

    def set_overview(self, overview: bool) -> None:
        """Far out, thousands of notes are drawn as coloured blocks in a few calls, not one by one."""
        if overview == self.overview:
            return
        self.overview = overview
        for item in self._notes.values():
            item.setVisible(not overview)
        self._blocks = None
        self.update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if not self.overview:
            return
        if self._blocks is None:
            self._blocks = {}
            for item in self._notes.values():
                self._blocks.setdefault(item.record.kind, []).append(item.sceneBoundingRect())
        painter.setPen(Qt.PenStyle.NoPen)
        for kind, rects in self._blocks.items():
            painter.setBrush(QColor(PALETTE[ANNOTATION_SWATCH.get(kind, "grey")].fill))
            painter.drawRects(rects)

    @property
    def layout(self) -> TimelineLayout:
        return self._layout

    def note_items_count(self) -> int:
        return len(self._notes)

    def note_item(self, note_id: int) -> NoteItem | None:
        return self._notes.get(note_id)

    def header_item(self, stage_id: int) -> StageHeaderItem | None:
        return self._headers.get(stage_id)

    # -- building ------------------------------------------------------------------------------
    def _shown(self, note: NoteRecord) -> bool:
        return note.target.kind == TargetKind.STAGE and (self.show_hidden or not note.hidden)

    def _lane(self, note: NoteRecord) -> int:
        return LANE_ROLES.index(note.role) if note.role in LANE_ROLES else len(LANE_ROLES) - 1

    def _count(self, note: NoteRecord, step: int) -> None:
        self._per_stage[note.target.stage_id] += step
        self._per_cell[(note.target.stage_id, self._lane(note))] += step

    def _compute_layout(self) -> TimelineLayout:
        """The arrangement for the notes shown, from running counts (not a pass over every note)."""
        stage_count = len(self.model.stages)
        if self.by_role:
            counts = [
                max((c for (_, lane), c in self._per_cell.items() if lane == index), default=0)
                for index in range(len(LANE_ROLES))
            ]
            return by_role_layout(stage_count, counts)
        return by_stage_layout(stage_count, max(self._per_stage.values(), default=1))

    def rebuild(self) -> None:
        self._blocks = None
        self.clear()
        self._notes.clear()
        self._headers.clear()
        self._lanes.clear()
        self._per_stage.clear()
        self._per_cell.clear()
        for note in self.model.notes():
            if self._shown(note):
                self._count(note, +1)
        self._layout = self._compute_layout()
        layout = self._layout
        if layout.by_role:
            for index, role in enumerate(LANE_ROLES):
                lane = layout.lane(index)
                item = LaneItem(role, lane.width, lane.height, layout.metrics.lane_label_width, index % 2 == 0)
                item.setPos(lane.x, lane.y)
                self.addItem(item)
                self._lanes.append(item)
        for index, stage in enumerate(self.model.stages):
            header = layout.header(index)
            stage_item = StageHeaderItem(stage, header.width, header.height)
            stage_item.setPos(header.x, header.y)
            stage_item.set_state(current=stage.id == self.current_stage_id)
            self.addItem(stage_item)
            self._headers[stage.id] = stage_item
        for note in self.model.notes():
            if self._shown(note):
                self._add_item(note)
        for stage in self.model.stages:
            self._place_column(stage.id)
        self._update_rect()

    def _add_item(self, note: NoteRecord) -> NoteItem:
        m = self._layout.metrics
        item = NoteItem(note, m.note_width, m.note_height, show_hidden_mark=self.show_hidden)
        item.setZValue(1)
        item.setVisible(not self.overview)
        self._blocks = None
        self.addItem(item)
        self._notes[note.id] = item
        return item

    def _place_column(self, stage_id: int | None, from_note: NoteRecord | None = None) -> None:
        """Put the notes of one stage in their slots, from ``from_note`` on (all when ``None``)."""
        index = self.model.stage_index(stage_id)
        if index is None or stage_id is None:  # no stage has the id None
            return
        notes = [n for n in self.model.stage_notes(stage_id) if self._shown(n)]
        slots: Counter[int | None] = Counter()
        by_role = self._layout.by_role
        start = 0
        if from_note is not None and not by_role:
            key = (from_note.position, from_note.id)
            start = next((i for i in range(len(notes) - 1, -1, -1) if (notes[i].position, notes[i].id) < key), -1) + 1
            slots[None] = start
        for note in notes[start:]:
            lane = self._lane(note) if by_role else None
            rect = self._layout.note(index, slots[lane], lane)
            slots[lane] += 1
            item = self._notes.get(note.id)
            if item is not None and (item.x(), item.y()) != (rect.x, rect.y):
                item.setPos(rect.x, rect.y)
                self._blocks = None
        self._headers[stage_id].set_state(count=len(notes))

    def _update_rect(self) -> None:
        """Grow the scene by several rows at a time: a new scroll range repaints the whole view,
        so it should not happen each time the fullest stage gets one more note."""
        layout = self._layout
        slot = layout.metrics.note_height + layout.metrics.gap
        height = layout.height + layout.metrics.gap
        if not layout.by_role:
            height = (
                layout.notes_top + math.ceil((height - layout.notes_top) / (GROWTH_ROWS * slot)) * GROWTH_ROWS * slot
            )
        rect = QRectF(0, 0, layout.width + layout.metrics.gap, height)
        if rect != self.sceneRect():
            self.setSceneRect(rect)

    # -- following the model -------------------------------------------------------------------
    def _needs_rebuild(self) -> bool:
        fresh = self._compute_layout()
        if fresh == self._layout:
            return False
        if not fresh.by_role and fresh.stage_count == self._layout.stage_count:
            self._layout = fresh  # only taller: the columns stay where they are
            self._update_rect()
            return False
        return True

    def _on_put(self, note_id: int, previous: NoteRecord | None) -> None:
        note = self.model.note(note_id)
        if note is None:
            return
        if previous is not None and self._shown(previous):
            self._count(previous, -1)
        if self._shown(note):
            self._count(note, +1)
        if self._needs_rebuild():
            self.rebuild()
            return
        item = self._notes.get(note_id)
        if not self._shown(note):
            if item is not None:
                self.removeItem(item)
                del self._notes[note_id]
                self._blocks = None
        elif item is None:
            self._add_item(note)
        else:
            item.set_record(note)
            self._blocks = None
        moved_within = previous is not None and previous.target.stage_id == note.target.stage_id
        first = min(note, previous, key=lambda n: (n.position, n.id)) if moved_within and previous else note
        self._place_column(note.target.stage_id, first)
        if previous is not None and previous.target.stage_id != note.target.stage_id:
            self._place_column(previous.target.stage_id, previous)

    def _on_dropped(self, note_id: int, removed: NoteRecord) -> None:
        if self._shown(removed):
            self._count(removed, -1)
        item = self._notes.pop(note_id, None)
        if item is not None:
            self.removeItem(item)
            self._blocks = None
        if self._needs_rebuild():
            self.rebuild()
            return
        self._place_column(removed.target.stage_id, removed)

    # -- pointer -------------------------------------------------------------------------------
    def stage_at(self, point: QPointF) -> int | None:
        index = self._layout.stage_at(point.x())
        return self.model.stages[index].id if index is not None else None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        stage_id = self.stage_at(event.scenePos())
        if stage_id is not None:
            self.select_stage(stage_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.itemAt(event.scenePos(), self.views()[0].transform() if self.views() else self._identity())
        if isinstance(item, NoteItem):
            self.noteActivated.emit(item.record.id)
            return
        stage_id = self.stage_at(event.scenePos())
        if stage_id is not None:
            self.stageActivated.emit(stage_id)

    @staticmethod
    def _identity():
        from PySide6.QtGui import QTransform

        return QTransform()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        moved = [item for item in self.selectedItems() if isinstance(item, NoteItem)]
        super().mouseReleaseEvent(event)
        dragged = event.buttonDownScenePos(event.button()) != event.scenePos()
        if not moved or not dragged:
            return
        target = self.stage_at(event.scenePos())
        lane = self._layout.lane_at(event.scenePos().y()) if self._layout.by_role else None
        for item in moved:
            note = item.record
            if target is None:
                self._place_column(note.target.stage_id)  # dropped outside the stages: back in place
                continue
            slot = self._layout.slot_at(event.scenePos().y(), lane)
            self.noteMoved.emit(note.id, target, slot)
            self._place_column(note.target.stage_id)  # the model's answer moves it for good
