"""An instruction's countdown, shown large to the room: started, paused, a minute added.

Plain arithmetic on a clock the caller reads (``now`` in seconds, e.g. ``time.monotonic``):
the presentation keeps one countdown per step, so going back to an instruction finds its
countdown where it was left, and tests move a fake clock instead of waiting.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Countdown:
    total_seconds: float
    spent_before: float = 0.0  # seconds counted down before the current run
    started_at: float | None = None  # when the current run began; None while paused

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def remaining(self, now: float) -> float:
        spent = self.spent_before + (now - self.started_at if self.started_at is not None else 0.0)
        return max(self.total_seconds - spent, 0.0)

    def finished(self, now: float) -> bool:
        return self.remaining(now) <= 0.0

    def start(self, now: float) -> None:
        if self.started_at is None and not self.finished(now):
            self.started_at = now

    def pause(self, now: float) -> None:
        if self.started_at is not None:
            self.spent_before += now - self.started_at
            self.started_at = None

    def toggle(self, now: float) -> None:
        if self.running:
            self.pause(now)
        else:
            self.start(now)

    def add(self, seconds: float, now: float) -> None:
        """More time (a minute, usually); a finished countdown counts again from there."""
        if self.finished(now):
            self.spent_before = min(
                self.spent_before + (now - self.started_at if self.started_at is not None else 0.0), self.total_seconds
            )
            if self.started_at is not None:
                self.started_at = now
        self.total_seconds += seconds

    def reset(self, total_seconds: float) -> None:
        self.total_seconds = total_seconds
        self.spent_before = 0.0
        self.started_at = None


@dataclass(frozen=True)
class CountdownView:
    """What the room and the console show of a countdown at one moment."""

    remaining_seconds: int
    running: bool
    finished: bool


def view(countdown: Countdown, now: float) -> CountdownView:
    remaining = countdown.remaining(now)
    return CountdownView(int(-(-remaining // 1)), countdown.running and remaining > 0, remaining <= 0)
