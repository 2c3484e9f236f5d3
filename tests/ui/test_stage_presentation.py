"""The presentation model alone: steps and pages, skipped steps, black, hidden items, on the fly, clock."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop_studio.domain.agenda import AgendaView, StepView, WorkshopHeader
from workshop_studio.ui.stage.clock import PresentationClock
from workshop_studio.ui.stage.presentation import Presentation
from workshop_studio.ui.stage.timing import TimeState


def _agenda(*kinds: str, hidden: tuple[int, ...] = ()) -> AgendaView:
    steps = tuple(
        StepView(i + 1, kind, title=f"Étape {i + 1}", planned_minutes=10, hidden=i in hidden)
        for i, kind in enumerate(kinds)
    )
    return AgendaView(WorkshopHeader(1, "Atelier"), steps)


@pytest.fixture
def model(qapp) -> Presentation:
    presentation = Presentation()
    presentation.set_agenda(_agenda("title", "scenario", "card", "blank", hidden=(3,)))
    return presentation


def test_next_walks_pages_then_steps_and_previous_lands_on_the_last_page(model: Presentation) -> None:
    shown: list[int] = []
    model.shownChanged.connect(lambda: shown.append(1))
    model.start(0)
    assert model.running and model.index == 0 and shown
    model.next()
    assert model.index == 1
    model.set_page_count(3)  # the stage laid the scenario out in three pages
    model.next()
    model.next()
    assert (model.index, model.page) == (1, 2)
    model.next()
    assert (model.index, model.page) == (2, 0)
    model.previous()
    assert model.index == 1 and model.page == -1  # "the last page", until the stage says how many
    model.set_page_count(3)
    assert model.page == 2 and model.shown().page == 2


def test_skipped_steps_are_passed_over_but_can_be_jumped_to(model: Presentation) -> None:
    model.start(2)
    model.next()
    assert model.index == 2 and model.next_step is None  # step 4 is skipped: the end
    model.go_to(3)
    assert model.index == 3
    model.previous()
    assert model.index == 2


def test_black_hidden_items_and_notes_are_what_the_stage_is_told(model: Presentation) -> None:
    model.start(0)
    model.toggle_black()
    model.hide("card:7")
    model.hide("note:3")
    model.set_notes_hidden(True)
    shown = model.shown()
    assert shown.black and shown.hidden == {"card:7", "note:3"} and shown.notes_hidden
    model.reveal("card:7")
    assert model.hidden == {"note:3"}
    model.reveal_all()
    model.toggle_black()
    assert not model.shown().black and not model.hidden
    model.end()
    assert not model.running and not model.black


def test_something_shown_on_the_fly_gives_way_to_the_agenda(model: Presentation) -> None:
    model.start(1)
    card = StepView(None, "card", title="Au vol")
    model.show_now(card)
    assert model.shown().step is card and model.index == 1
    model.next()
    assert model.override is None and model.index == 1  # back where the agenda was
    model.show_now(card)
    model.go_to(2)
    assert model.override is None and model.index == 2


def test_a_new_agenda_keeps_the_current_step_by_id(model: Presentation) -> None:
    model.start(2)
    current = model.current_step
    assert current is not None
    old = model.agenda
    assert old is not None
    model.set_agenda(replace(old, steps=(old.steps[2], old.steps[0], old.steps[1], old.steps[3])))
    assert model.index == 0 and model.current_step == current
    model.set_agenda(old)
    assert model.index == 2
    model.set_agenda(replace(old, steps=old.steps[:2]))  # the current step was removed: the place stays
    assert model.index == 1
    model.set_agenda(None)
    assert model.current_step is None and model.shown().step is None


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_clock_counts_each_step_and_the_whole(model: Presentation) -> None:
    time = FakeTime()
    clock = PresentationClock(model, now=time)
    model.start(0)
    time.now = 300
    assert clock.step_seconds() == 300 and clock.step_state() == TimeState.OK
    model.next()
    time.now = 900
    assert clock.step_seconds() == 600 and clock.step_state() == TimeState.OVER
    model.previous()
    time.now = 960
    assert clock.step_seconds() == 360  # the first step's time goes on from where it was
    assert clock.total_seconds() == 960
    model.end()
    time.now = 5000
    assert clock.total_seconds() == 960  # stopped
