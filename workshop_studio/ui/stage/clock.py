"""The presentation's clock: time spent on each step and in all, while presenting.

Time on a step adds up over visits (going back to a step continues its count). The clock
reads time through ``now`` (``time.monotonic`` by default), so tests set the time instead of
waiting; :attr:`PresentationClock.ticked` fires every second for the console to redraw.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_studio.ui.stage.presentation import Presentation
from workshop_studio.ui.stage.timing import TimeState, time_state


class PresentationClock(QObject):
    ticked = Signal()

    def __init__(
        self, presentation: Presentation, now: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.presentation = presentation
        self._now = now
        self._spent: dict[int | None, float] = {}  # step id -> seconds on earlier visits
        self._step: int | None = None
        self._since: float | None = None  # when the current visit began
        self._started: float | None = None
        self._ended: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.ticked)
        presentation.runningChanged.connect(self._on_running)
        presentation.currentChanged.connect(lambda _index: self._switch())

    def set_time_source(self, now: Callable[[], float]) -> None:
        """Read the time from ``now`` (tests move a fake clock forward)."""
        self._now = now

    def _on_running(self, running: bool) -> None:
        now = self._now()
        if running:
            self._spent.clear()
            self._started, self._ended = now, None
            self._step, self._since = self._current_id(), now
            self._timer.start()
        else:
            self._close_visit(now)
            self._ended = now
            self._timer.stop()
        self.ticked.emit()

    def _current_id(self) -> int | None:
        step = self.presentation.current_step
        return step.id if step is not None else None

    def _close_visit(self, now: float) -> None:
        if self._since is not None:
            self._spent[self._step] = self._spent.get(self._step, 0.0) + now - self._since
        self._since = None

    def _switch(self) -> None:
        if not self.presentation.running:
            return
        now = self._now()
        self._close_visit(now)
        self._step, self._since = self._current_id(), now
        self.ticked.emit()

    def step_seconds(self, step_id: int | None = None) -> float:
        """Time spent on a step (default: the current one)."""
        step_id = self._current_id() if step_id is None else step_id
        spent = self._spent.get(step_id, 0.0)
        if self._since is not None and step_id == self._step:
            spent += self._now() - self._since
        return spent

    def total_seconds(self) -> float:
        if self._started is None:
            return 0.0
        return (self._ended if self._ended is not None else self._now()) - self._started

    def step_state(self) -> TimeState:
        step = self.presentation.current_step
        planned = step.planned_minutes * 60 if step is not None else 0
        return time_state(self.step_seconds(), planned)

    def total_state(self) -> TimeState:
        agenda = self.presentation.agenda
        return time_state(self.total_seconds(), agenda.planned_minutes * 60 if agenda is not None else 0)
