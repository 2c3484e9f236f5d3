"""The slide view: draws what a :class:`Presentation` shows, at whatever size it is given.

It keeps no state but its last layout (a cache of arithmetic on the model and its size). The
stage window holds the one view that reports page counts back to the model; the presenter
console's miniature is a picture of that same view, so it shows exactly what the room sees.

The seam for richer slides: :meth:`SlideView.set_widget_for` makes a step kind show through a
widget of its own (the shared timeline ``QGraphicsView``, for instance). Such a widget gets
:meth:`show_content` with the :class:`Shown` and returns its page count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_studio.ui.stage.layout import SlideLayout, layout_slide
from workshop_studio.ui.stage.painter import paint_slide
from workshop_studio.ui.stage.presentation import Presentation
from workshop_studio.ui.stage.shown import Shown


class ContentWidget(Protocol):
    def show_content(self, shown: Shown) -> int: ...


class SlideView(QWidget):
    def __init__(self, presentation: Presentation, parent: QWidget | None = None, *, reports_pages: bool = False) -> None:
        super().__init__(parent)
        self.presentation = presentation
        self._reports_pages = reports_pages
        self._layout: SlideLayout | None = None
        self._widgets: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[QWidget], QWidget]] = {}
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

    def refresh(self) -> None:
        shown = self.presentation.shown()
        kind = shown.step.kind if shown.step is not None and not shown.black else ""
        widget = self._content_widget(kind)
        for other in self._widgets.values():
            other.setVisible(other is widget)
        if widget is not None:
            widget.setGeometry(self.rect())
            count = widget.show_content(shown)  # type: ignore[attr-defined]
            self._layout = None
        else:
            date = ""
            if shown.workshop is not None and shown.workshop.date is not None:
                date = QLocale().toString(shown.workshop.date, QLocale.FormatType.LongFormat)
            self._layout = layout_slide(shown, max(self.width(), 1), max(self.height(), 1), date_text=date)
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
        paint_slide(painter, self._layout, self.width(), self.height())
        painter.end()
