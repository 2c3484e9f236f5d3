"""The slide view: draws what a :class:`Presentation` shows, at whatever size it is given.

It keeps no state but its last layout (a cache of arithmetic on the model and its size) and
the lines of text it drew last (for tests). The stage window holds the one view that reports
page counts back to the model; the presenter console's miniature is a picture of that same
view, so it shows exactly what the room sees.

On an interactive whiteboard (touches reach Qt as mouse events) and on the console, the board
slides answer the pointer through the layout's :class:`Region` s: a tap on a stage or a matrix
cell puts it in focus, on a note opens it whole, on "Overview" goes back to the whole board,
anywhere on an opened note dismisses it; a note dragged onto a stage's tab or onto another
cell is announced by :attr:`SlideView.noteDropped` (whoever owns the undo stack moves it).

The seam for richer slides: :meth:`SlideView.set_widget_for` makes a step kind show through a
widget of its own. Such a widget gets :meth:`show_content` with the :class:`Shown` and
returns its page count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from workshop_studio.domain.colours import INK
from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.ui.stage.layout import SlideLayout, layout_slide
from workshop_studio.ui.stage.layout.primitives import Region
from workshop_studio.ui.stage.painter import DrawnText, paint_slide
from workshop_studio.ui.stage.presentation import Presentation
from workshop_studio.ui.stage.shown import Board, Shown
from workshop_studio.ui.text import long_date


class ContentWidget(Protocol):
    def show_content(self, shown: Shown) -> int: ...


class SlideView(QWidget):
    regionTapped = Signal(object)  # the Region tapped (after the view acted on it)
    noteDropped = Signal(int, object)  # note id, the Region (a stage or a cell) it was dropped on
    addNoteRequested = Signal(object)  # the "+ Note" Region touched: a note for its stage or cell

    def __init__(
        self,
        presentation: Presentation,
        parent: QWidget | None = None,
        *,
        reports_pages: bool = False,
        whole_board: bool = False,
    ) -> None:
        """``whole_board``: always draw a matrix whole, its focused cell outlined (the console's grid)."""
        super().__init__(parent)
        self.presentation = presentation
        self._reports_pages = reports_pages
        self._whole_board = whole_board
        self._layout: SlideLayout | None = None
        self._widgets: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[QWidget], QWidget]] = {}
        self.last_drawn: list[DrawnText] = []
        self._pressed: tuple[QPointF, Region | None] | None = None
        self._drag: tuple[Region, QPointF] | None = None  # the note's region, where the pointer is
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        presentation.shownChanged.connect(self.refresh)

    def set_widget_for(self, kind: str, factory: Callable[[QWidget], QWidget]) -> None:
        """Show steps of ``kind`` with a widget made by ``factory(parent)`` (see the module's docstring)."""
        self._factories[kind] = factory
        self.refresh()

    @property
    def layout_shown(self) -> SlideLayout | None:
        """The layout drawn last (for tests and the console's words)."""
        return self._layout

    def sizeHint(self) -> QSize:
        return QSize(1920, 1080)

    def _shown(self) -> tuple[Shown, tuple[int, int] | None]:
        shown = self.presentation.shown()
        step = shown.step
        if self._whole_board and step is not None and step.kind == StepKind.MATRIX:
            return replace(shown, board=Board(by_role=shown.board.by_role), page=0), shown.board.cell
        return shown, None

    def refresh(self) -> None:
        shown, outline = self._shown()
        kind = shown.step.kind if shown.step is not None and not shown.black else ""
        widget = self._content_widget(kind)
        for other in self._widgets.values():
            other.setVisible(other is widget)
        if widget is not None:
            widget.setGeometry(self.rect())
            count = widget.show_content(shown)  # type: ignore[attr-defined]  # set_widget_for's factories make ContentWidgets
            self._layout = None
        else:
            date = ""
            if shown.workshop is not None and shown.workshop.date is not None:
                date = long_date(shown.workshop.date)
            self._layout = layout_slide(
                shown, max(self.width(), 1), max(self.height(), 1), date_text=date, outline=outline
            )
            count = self._layout.page_count
        if self._reports_pages:
            self.presentation.set_page_count(count)
        self.update()

    def _content_widget(self, kind: str) -> QWidget | None:
        if kind not in self._factories:
            return None
        if kind not in self._widgets:
            self._widgets[kind] = self._factories[kind](self)
        return self._widgets[kind]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._layout is None:
            return
        painter = QPainter(self)
        drawn: list[DrawnText] = []
        paint_slide(painter, self._layout, self.width(), self.height(), drawn)
        self.last_drawn = drawn
        if self._drag is not None:
            self._paint_drag(painter, *self._drag)
        painter.end()

    # -- the pointer: taps and drags -------------------------------------------------------------
    def region_at(self, point: QPointF, action: str | None = None) -> Region | None:
        return self._layout.region_at(point.x(), point.y(), action=action) if self._layout is not None else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._layout is None:
            super().mousePressEvent(event)
            return
        self._pressed = (event.position(), self.region_at(event.position()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            return
        start, region = self._pressed
        if self._drag is None and region is not None and region.action == "note":
            if (event.position() - start).manhattanLength() >= QApplication.startDragDistance():
                self._drag = (region, event.position())
        elif self._drag is not None:
            self._drag = (self._drag[0], event.position())
        if self._drag is not None:
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, drag = self._pressed, self._drag
        self._pressed, self._drag = None, None
        if pressed is None:
            return
        if drag is not None:
            self.update()
            target = self._drop_target(event.position())
            if target is not None and drag[0].note_id is not None:
                self.noteDropped.emit(drag[0].note_id, target)
            return
        region = pressed[1]
        if region is not None and region is self.region_at(event.position()):
            self.tap(region, event.position())

    def _drop_target(self, point: QPointF) -> Region | None:
        for action in ("stage", "cell"):
            region = self.region_at(point, action)
            if region is not None:
                return region
        return None

    def tap(self, region: Region, point: QPointF | None = None) -> None:
        """What a touch or a click on ``region`` (at ``point``) does to the shared screen."""
        model = self.presentation
        if region.action == "stage" and region.stage_id is not None:
            model.focus_stage(region.stage_id)
        elif region.action == "cell" and region.cell is not None:
            model.focus_cell(region.cell)
        elif region.action == "note" and region.note_id is not None:
            model.open_note(region.note_id)
        elif region.action == "home":
            model.home()
        elif region.action == "dismiss":
            model.close_note()
        elif region.action == "add":
            self.addNoteRequested.emit(region)
        self.regionTapped.emit(region)

    def _paint_drag(self, painter: QPainter, region: Region, point: QPointF) -> None:
        """The note follows the pointer as an outline; the stage or cell it would land on is framed."""
        start = self._pressed[0] if self._pressed is not None else point
        box = region.box
        ghost = QRectF(box.x + point.x() - start.x(), box.y + point.y() - start.y(), box.width, box.height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(INK), 3, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 255, 255, 90))
        painter.drawRoundedRect(ghost, 6, 6)
        target = self._drop_target(point)
        if target is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(INK), 6))
            t = target.box
            painter.drawRect(QRectF(t.x, t.y, t.width, t.height))
