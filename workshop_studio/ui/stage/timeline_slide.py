"""The annotated timeline on the shared screen: the same scene as the console's, sized for the room.

Notes are drawn so their text is at least a label's size (3.3 % of the window height), so a
few stages fit across the screen; the view follows the stage the facilitator is on. On an
interactive whiteboard the room can tap a stage to add a note (large dialog) and drag notes
between stages, through the same undoable commands as the console. Notes hidden by hand, and
all notes while "notes hidden" is on, stay off this view.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGraphicsView, QVBoxLayout, QWidget

from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.ui.fonts import card_font
from workshop_studio.ui.stage.shown import Shown, stage_key
from workshop_studio.ui.stage.sizes import stage_sizes
from workshop_studio.ui.stage.style import GROUND
from workshop_studio.ui.text import plain_label
from workshop_studio.ui.timeline.panel import TimelinePanel

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class TimelineSlide(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._page = 0
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(GROUND))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.title = plain_label(wrap=True)
        self.panel = TimelinePanel(workspace, self, for_room=True)
        view = self.panel.view
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFrameShape(QGraphicsView.Shape.NoFrame)
        view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.scene.setBackgroundBrush(QColor(GROUND))
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.panel, 1)
        workspace.timeline.currentStageChanged.connect(self._follow)

    @property
    def scene(self):  # type: ignore[no-untyped-def]
        return self.panel.scene

    def show_content(self, shown: Shown) -> int:
        """Draw ``shown`` (a timeline step); its pages are screens of notes, top to bottom
        (Right and Page Down go down the columns before moving on to the next step)."""
        step = shown.step
        sizes = stage_sizes(max(self.width(), 1), max(self.height(), 1))
        self._layout.setContentsMargins(sizes.margin, sizes.margin, sizes.margin, sizes.margin)
        font = card_font(bold=True)
        font.setPixelSize(sizes.title)
        self.title.setFont(font)
        title = step.title if step is not None and step.kind == StepKind.TIMELINE else ""
        self.title.setText(title or (step.timeline_name if step is not None else ""))
        stages = step.stages if step is not None else ()
        hidden = frozenset(stage.id for stage in stages if stage_key(stage.id) in shown.hidden)
        self.scene.set_room_filter(notes_visible=not shown.notes_hidden, hidden_stages=hidden)
        self.panel.view.set_legible_zoom(sizes.label)
        self._layout.activate()  # the view's size is right before scrolling it
        self._page = shown.page
        self._follow(self.workspace.timeline.current_stage_id)
        return self.page_count()

    def _slots(self) -> tuple[int, int, float]:
        """Notes per column on the first page (under the headers) and on later pages, and a
        note's height with its gap: pages turn at note boundaries, so no note is ever cut."""
        view = self.panel.view
        metrics = self.scene.layout.metrics
        slot = metrics.note_height + metrics.gap
        visible = view.viewport().height() / max(view.zoom, 1e-6)
        first = max(int((visible - self.scene.layout.notes_top) // slot), 1)
        return first, max(int(visible // slot), 1), slot

    def page_count(self) -> int:
        first, rest, _slot = self._slots()
        tallest = self.scene.layout.tallest_stack
        return 1 if tallest <= first else 1 + math.ceil((tallest - first) / rest)

    def _page_top(self, page: int) -> float:
        """The scene height at the top of ``page``."""
        if page <= 0:
            return 0.0
        first, rest, slot = self._slots()
        layout = self.scene.layout
        return layout.notes_top + (first + (page - 1) * rest) * slot - layout.metrics.gap / 2

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._follow(self.workspace.timeline.current_stage_id)

    def _follow(self, stage_id: int | None) -> None:
        """Show the headers, with the current stage's column in the middle (or the first ones)."""
        view = self.panel.view
        header = self.scene.header_item(stage_id) if stage_id is not None else None
        horizontal = view.horizontalScrollBar()
        if header is None:
            horizontal.setValue(horizontal.minimum())
        else:
            centre = view.transform().map(header.sceneBoundingRect().center()).x()
            horizontal.setValue(int(centre - view.viewport().width() / 2))
        page = self._page if self._page >= 0 else self.page_count() + self._page
        view.verticalScrollBar().setValue(int(self._page_top(page) * view.zoom))
