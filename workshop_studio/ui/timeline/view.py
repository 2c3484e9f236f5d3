"""The view of a :class:`TimelineScene`: scroll, zoom (Ctrl+wheel, Ctrl++ / Ctrl+-, pinch), fit.

The console's timelines (capture, presenter console, review) use it; the shared screen draws
its own board (``ui/stage/layout/timeline*.py``), sized for the room.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from workshop_studio.ui.timeline.items import DETAIL_THRESHOLD
from workshop_studio.ui.timeline.scene import TimelineScene

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0


def zoom_actions(view: TimelineView, owner: QWidget) -> list[QAction]:
    """Zoom in, zoom out, fit, actual size: for a toolbar, with shortcuts while ``owner`` has focus."""
    actions = []
    for text, shortcut, slot in (
        (
            QCoreApplication.translate("TimelineView", "Zoom in"),
            QKeySequence.StandardKey.ZoomIn,
            lambda: view.zoom_by(1.25),
        ),
        (
            QCoreApplication.translate("TimelineView", "Zoom out"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: view.zoom_by(0.8),
        ),
        (QCoreApplication.translate("TimelineView", "Fit"), None, view.fit_all),
        (QCoreApplication.translate("TimelineView", "Actual size"), None, lambda: view.set_zoom(1.0)),
    ):
        action = QAction(text, owner)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)
        actions.append(action)
    return actions


class TimelineView(QGraphicsView):
    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.timeline = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        scene.stageSelected.connect(self.show_stage)
        self._placed = False  # scrolled to the start once it first had a size

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:  # the first time it has a size: the start of the timeline
            self._placed = True
            QTimer.singleShot(0, self, self.to_start)

    def to_start(self) -> None:
        """Scroll to the first stages' headers (the current stage, if any, is then brought in)."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        stage_id = self.timeline.current_stage_id
        if stage_id is not None:
            self.show_stage(stage_id)

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.setTransform(self.transform().fromScale(zoom, zoom))
        self._follow_zoom()

    def _follow_zoom(self) -> None:
        self.timeline.set_overview(self.zoom < DETAIL_THRESHOLD)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom * factor)

    def fit_all(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._follow_zoom()

    def show_stage(self, stage_id: int) -> None:
        header = self.timeline.header_item(stage_id)
        if header is not None:
            rect = header.sceneBoundingRect()
            self.ensureVisible(QRectF(rect.x(), rect.y(), rect.width(), 10), 40, 0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom_by(1.25)
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_by(1 / 1.25)
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]  # a QGestureEvent at run time
            if pinch is not None:
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)
