"""How the facilitator's time is going, as plain arithmetic (no Qt here).

A step's timer turns "soon" when a fifth of its planned time is left (at least one minute,
at most five), and "over" once the time is spent. The console shows it with a colour *and*
words, and never makes a sound: the room must not hear it.
"""

from __future__ import annotations

from enum import StrEnum


class TimeState(StrEnum):
    OK = "ok"
    SOON = "soon"
    OVER = "over"
    UNPLANNED = "unplanned"  # no minutes planned: nothing to run out


def warning_seconds(planned_seconds: float) -> float:
    return min(max(planned_seconds * 0.2, 60.0), 300.0)


def time_state(elapsed_seconds: float, planned_seconds: float) -> TimeState:
    if planned_seconds <= 0:
        return TimeState.UNPLANNED
    left = planned_seconds - elapsed_seconds
    if left <= 0:
        return TimeState.OVER
    if left <= warning_seconds(planned_seconds):
        return TimeState.SOON
    return TimeState.OK


def clock_text(seconds: float) -> str:
    """``12:05``, or ``1:02:05`` past an hour; whole seconds, rounded down."""
    whole = int(max(seconds, 0))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
