"""The countdown's arithmetic, on a clock the test moves."""

from __future__ import annotations

from workshop_studio.domain.countdown import Countdown, view


def test_it_runs_pauses_and_resumes_where_it_was() -> None:
    countdown = Countdown(300)
    assert view(countdown, 0).remaining_seconds == 300 and not countdown.running
    countdown.start(10)
    assert view(countdown, 70).remaining_seconds == 240 and view(countdown, 70).running
    countdown.pause(70)
    assert countdown.remaining(500) == 240  # paused: time does not pass
    countdown.toggle(500)
    assert countdown.remaining(560.5) == 179.5 and view(countdown, 560.5).remaining_seconds == 180  # rounded up


def test_it_stops_at_zero_and_a_minute_more_counts_again() -> None:
    countdown = Countdown(60)
    countdown.start(0)
    late = view(countdown, 95)
    assert (late.remaining_seconds, late.finished, late.running) == (0, True, False)
    countdown.add(60, 95)
    assert view(countdown, 95).remaining_seconds == 60 and view(countdown, 125).remaining_seconds == 30
    countdown.reset(120)
    assert (countdown.remaining(1000), countdown.running) == (120, False)


def test_a_minute_added_while_paused_or_running_adds_a_minute() -> None:
    countdown = Countdown(120)
    countdown.add(60, 0)
    countdown.start(0)
    assert countdown.remaining(30) == 150
    countdown.add(60, 30)
    assert countdown.remaining(30) == 210
