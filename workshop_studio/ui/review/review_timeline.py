"""The annotated timeline as the review shows it: read-only, filtered, with its heat map.

It reuses the capture's :class:`TimelineScene` and :class:`TimelineView` on a model of its
own (not the workspace's live one): the review may look at a past workshop while another is
being run, and it shows only the notes that pass the filters. It is read-only on purpose:
notes can be selected (to group them) but never dragged, since what participants said and
where they pinned it is the record the review works from; the capture keeps the note actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from PySide6.QtCore import QCoreApplication, QRectF, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.overview import StageLine
from workshop_studio.services.review import NoteRow
from workshop_studio.services.review_counts import Axis, stage_counts
from workshop_studio.ui.review.heat_grid import LABEL_WIDTH, HeatGrid, HeatGridItem, grid_from_table
from workshop_studio.ui.review.review_data import note_records
from workshop_studio.ui.timeline.items import NoteItem
from workshop_studio.ui.timeline.model import TimelineModel
from workshop_studio.ui.timeline.scene import TimelineScene
from workshop_studio.ui.timeline.view import TimelineView, zoom_actions

translate = QCoreApplication.translate

HeatDimension = Literal["kind", "role", ""]
START_ZOOM = 0.6  # notes stay legible (DETAIL_THRESHOLD is 0.35), several stages fit


def heat_grid(
    notes: Sequence[NoteRow], stage_axes: Sequence[Axis], stage_ids: Sequence[int], dimension: HeatDimension
) -> HeatGrid | None:
    """The heat map of ``notes`` per stage and kind (or role); ``None`` for no heat map."""
    if not dimension:
        return None
    table = stage_counts(list(notes), list(stage_axes), dimension)
    if dimension == "kind":
        caption = translate("ReviewTimeline", "Notes per stage and kind")
    else:
        caption = translate("ReviewTimeline", "Notes per stage and role")
    return grid_from_table(table, stage_ids, caption, translate("ReviewTimeline", "All notes"))


class ReviewScene(TimelineScene):
    """A :class:`TimelineScene` whose notes are selectable but never moved, with a heat grid
    above the stage headers (at negative y, so the timeline's own layout is untouched)."""

    def __init__(self, model: TimelineModel, parent=None) -> None:
        self._heat: HeatGrid | None = None
        self.heat_item: HeatGridItem | None = None
        super().__init__(model, show_hidden=True, parent=parent)

    def set_heat(self, grid: HeatGrid | None) -> None:
        self._heat = grid
        self._place_heat()

    def _place_heat(self) -> None:
        if self.heat_item is not None:
            self.removeItem(self.heat_item)
            self.heat_item = None
        layout = self.layout
        if self._heat is not None and self.model.stages:
            columns = [(layout.column(i).x, layout.column(i).width) for i in range(len(self.model.stages))]
            left = 0.0 if layout.by_role else -LABEL_WIDTH
            item = HeatGridItem(self._heat, columns, left, -(self._heat.height + layout.metrics.gap))
            self.addItem(item)
            self.heat_item = item
        self._update_rect()

    def rebuild(self) -> None:
        self.heat_item = None  # clear() takes it with the rest
        super().rebuild()
        self._place_heat()

    def _update_rect(self) -> None:
        layout = self.layout
        gap = layout.metrics.gap
        rect = QRectF(0, 0, layout.width + gap, layout.height + gap)
        if self.heat_item is not None:
            rect = rect.united(self.heat_item.boundingRect().adjusted(-gap, -gap, 0, 0))
        self.setSceneRect(rect)

    def _add_item(self, note: NoteRecord) -> NoteItem:
        item = super()._add_item(note)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        return item

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        QGraphicsScene.mouseReleaseEvent(self, event)  # read-only: a drag only selects

    def selected_note_ids(self) -> list[int]:
        return [item.record.id for item in self.selectedItems() if isinstance(item, NoteItem)]


class ReviewTimeline(QWidget):
    """The review's timeline: a toolbar (arrangement, heat map, zoom) over the view."""

    stageSelected = Signal(int)
    noteActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.scene = ReviewScene(self.model, parent=self)
        self.view = TimelineView(self.scene)
        self.view.setAccessibleName(self.tr("Annotated timeline"))
        self.scene.stageSelected.connect(self.stageSelected)
        self.scene.noteActivated.connect(self.noteActivated)
        self._notes: tuple[NoteRow, ...] = ()
        self._axes: tuple[Axis, ...] = ()
        self._start_pending = False

        toolbar = QToolBar()
        self.by_role = QAction(self.tr("By role"), self)
        self.by_role.setCheckable(True)
        self.by_role.setToolTip(self.tr("One lane per role under each stage"))
        self.by_role.toggled.connect(self.scene.set_by_role)
        toolbar.addAction(self.by_role)
        toolbar.addSeparator()
        heat_label = QLabel(self.tr("&Heat map:"))
        self.heat = QComboBox()
        self.heat.addItem(self.tr("Notes per kind"), "kind")
        self.heat.addItem(self.tr("Notes per role"), "role")
        self.heat.addItem(self.tr("None"), "")
        heat_label.setBuddy(self.heat)
        self.heat.currentIndexChanged.connect(lambda _i: self._refresh_heat())
        toolbar.addWidget(heat_label)
        toolbar.addWidget(self.heat)
        toolbar.addSeparator()
        toolbar.addActions(zoom_actions(self.view, self))
        self.toolbar = toolbar

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)

    @property
    def heat_dimension(self) -> HeatDimension:
        return self.heat.currentData() or ""

    def show_notes(
        self,
        workshop_id: int,
        title: str,
        stages: Sequence[StageLine],
        notes: Sequence[NoteRow],
        stage_axes: Sequence[Axis],
    ) -> None:
        """Show ``notes`` (already filtered) on the workshop's stages, and their heat map."""
        self._notes, self._axes = tuple(notes), tuple(stage_axes)
        first_look = self.model.workshop_id != workshop_id
        kept = self._scrolled()
        self.model.set_content(workshop_id, title, stages, (), note_records(notes))
        self._refresh_heat()
        if not first_look:
            self._scroll_back(kept)  # a filter ticked: the heat map's row labels stay where they were
        if first_look:
            self.show_start()
            if not self.view.isVisible():
                self._start_pending = True  # the viewport gets its size when shown: place it again then

    def _scrolled(self) -> tuple[int, int, bool, bool]:
        """Where the view is scrolled, and whether it is at its left or top edge."""
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        return h.value(), v.value(), h.value() <= h.minimum(), v.value() <= v.minimum()

    def _scroll_back(self, kept: tuple[int, int, bool, bool]) -> None:
        """The same place after the scene was rebuilt (its rectangle shrinks and grows meanwhile,
        and Qt would leave the view at x = 0, right of the heat map's labels); an edge stays an edge."""
        x, y, at_left, at_top = kept
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.minimum() if at_left else x)
        v.setValue(v.minimum() if at_top else y)

    def show_start(self) -> None:
        """A new workshop opens zoomed out enough to see several stages and their heat map,
        from its top-left corner."""
        self.view.set_zoom(START_ZOOM)
        self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().minimum())
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._start_pending:
            self._start_pending = False
            QTimer.singleShot(0, self, self.show_start)  # after the layout has sized the view

    def clear(self) -> None:
        self._notes, self._axes = (), ()
        self.model.set_content(-1, "", (), (), ())
        self.scene.set_heat(None)

    def _refresh_heat(self) -> None:
        stage_ids = [stage.id for stage in self.model.stages]
        self.scene.set_heat(heat_grid(self._notes, self._axes, stage_ids, self.heat_dimension))

    def select_notes(self, note_ids: Sequence[int]) -> None:
        wanted = set(note_ids)
        self.scene.clearSelection()
        for note_id in wanted:
            item = self.scene.note_item(note_id)
            if item is not None:
                item.setSelected(True)
        if len(wanted) == 1:
            item = self.scene.note_item(next(iter(wanted)))
            if item is not None:
                self.view.ensureVisible(item)
