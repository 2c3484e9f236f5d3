"""The shared screen's arithmetic, with numbers: type sizes as shares of the window height,
every slide of the sample legible at 1920 × 1080 and 1366 × 768, long text paged, never cut."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop_studio.domain.agenda import AgendaView, MatrixView, ScenarioView, StepView, WorkshopHeader
from workshop_studio.domain.colours import contrast_ratio
from workshop_studio.domain.materials import CardView
from workshop_studio.services.agenda import read_agenda
from workshop_studio.storage.engine import Database
from workshop_studio.ui.stage.board import Board
from workshop_studio.ui.stage.layout import layout_slide
from workshop_studio.ui.stage.layout.primitives import SlideLayout, keep_together
from workshop_studio.ui.stage.shown import Shown, card_key, question_key, stage_key, story_key
from workshop_studio.ui.stage.sizes import stage_sizes
from workshop_studio.ui.stage.timing import TimeState, clock_text, time_state

RESOLUTIONS = [(1920, 1080), (1366, 768)]


@pytest.mark.parametrize(("width", "height"), RESOLUTIONS)
def test_sizes_meet_the_shares_of_the_window_height(width: int, height: int) -> None:
    sizes = stage_sizes(width, height)
    assert sizes.body >= 0.045 * height
    assert sizes.label >= 0.033 * height
    assert sizes.floor >= 0.026 * height
    assert 0.067 * height <= sizes.title < 0.067 * height + 1
    assert sizes.body_preferred >= sizes.body > sizes.label > sizes.floor


def test_the_numbers_at_the_two_reference_resolutions() -> None:
    full_hd, laptop = stage_sizes(1920, 1080), stage_sizes(1366, 768)
    assert (full_hd.title, full_hd.body, full_hd.label, full_hd.floor) == (73, 49, 36, 29)
    assert (laptop.title, laptop.body, laptop.label, laptop.floor) == (52, 35, 26, 20)


def test_sizes_follow_the_height_at_any_resolution() -> None:
    small, big = stage_sizes(1024, 600), stage_sizes(3840, 2160)
    assert big.body == pytest.approx(small.body * 3.6, rel=0.05)
    assert stage_sizes(1920, 1200).margin == stage_sizes(1920, 1080).margin  # 16:10 keeps 16:9's frame


@pytest.fixture(scope="module")
def agenda(seeded_template) -> AgendaView:
    from workshop_studio.storage.migrate import open_database

    db: Database = open_database(str(seeded_template))
    try:
        with db.read() as session:
            return read_agenda(session, 1)
    finally:
        db.dispose()


def _pages(shown: Shown, width: int, height: int) -> list[SlideLayout]:
    first = layout_slide(shown, width, height)
    return [first] + [layout_slide(replace(shown, page=p), width, height) for p in range(1, first.page_count)]


def _assert_legible(layout: SlideLayout, width: int, height: int, kind: str) -> None:
    sizes = stage_sizes(width, height)
    assert not layout.problems
    for role, size in layout.text_sizes():
        assert size >= 0.026 * height - 0.01, (kind, role, size)
        if role in ("title", "display"):
            assert size >= sizes.body, (kind, role, size)
    for text in layout.texts:
        assert not text.fitted.truncated, (kind, text.fitted.lines)
        box = text.box
        assert box.x >= 0 and box.right <= width + 0.5 and box.y >= 0 and box.bottom <= height + 0.5, (kind, box)
    for card in layout.cards:
        assert not any(t.fitted.truncated for t in card.face.texts), (kind, card.card.title)
        assert card.box.right <= width and card.box.bottom <= height


@pytest.mark.parametrize(("width", "height"), RESOLUTIONS)
def test_every_slide_of_the_sample_is_legible_and_whole(agenda: AgendaView, width: int, height: int) -> None:
    sizes = stage_sizes(width, height)
    for step in agenda.steps:
        for layout in _pages(Shown(step, agenda.workshop), width, height):
            _assert_legible(layout, width, height, step.kind)
            body = [size for role, size in layout.text_sizes() if role == "body"]
            if step.kind in ("card", "scenario"):  # running text: at least 4.5 % of the height
                assert body and min(body) >= sizes.body - 0.01, (step.kind, body)


def _ground_under(layout: SlideLayout, box) -> str:
    """The colour a text is drawn on: the last filled shape under its centre, else the background."""
    x, y = box.x + box.width / 2, box.y + box.height / 2
    ground = layout.background
    for shape in layout.shapes:  # drawn in order, all of them before the texts
        if shape.fill and shape.box.x <= x <= shape.box.right and shape.box.y <= y <= shape.box.bottom:
            ground = shape.fill
    return ground


def test_every_text_the_stage_draws_reaches_7_to_1_on_what_it_is_drawn_on(agenda: AgendaView, seeded_template) -> None:
    from workshop_studio.services.notes import workshop_notes
    from workshop_studio.storage.migrate import open_database

    db = open_database(str(seeded_template))
    try:
        with db.read() as session:
            notes = tuple(workshop_notes(session, 1))
    finally:
        db.dispose()
    shows = []
    for step in agenda.steps:  # every slide of the sample with its notes, each stage in focus, the lanes
        shows.append(Shown(step, agenda.workshop, notes=notes))
        for stage in step.stages:
            shows += [
                Shown(step, agenda.workshop, notes=notes, board=Board(stage_id=stage.id, by_role=by_role))
                for by_role in (False, True)
            ]
    shows.append(Shown(next(s for s in agenda.steps if s.kind == "timeline"), notes=notes, board=Board(by_role=True)))
    grounds = set()
    for shown in shows:
        for layout in _pages(shown, 1920, 1080):
            for text in layout.texts:
                ground = _ground_under(layout, text.box)
                grounds.add(ground)
                assert contrast_ratio(text.colour, ground) >= 7.0, (shown.step.kind, text.role, text.colour, ground)
    assert len(grounds) >= 8  # the ground, panels, lanes, headers and the notes' fills were all checked


def test_the_sample_timeline_is_two_rows_of_five_and_the_matrix_fits_one_screen(agenda: AgendaView) -> None:
    timeline = next(s for s in agenda.steps if s.kind == "timeline")
    layout = layout_slide(Shown(timeline), 1920, 1080)
    panels = [shape.box for shape in layout.shapes]
    assert len(panels) == 10 and len({round(b.y) for b in panels}) == 2
    assert len(layout.pictures) == 10 and len(layout.segments) == 8  # an arrow between neighbours
    matrix = next(s for s in agenda.steps if s.kind == "matrix")
    layout = layout_slide(Shown(matrix), 1920, 1080)
    assert layout.page_count == 1 and len(layout.shapes) == 6 + 5 + 30


def _scenario(story: str, questions: tuple[str, ...] = ("Qui ?", "Quand ?")) -> StepView:
    return StepView(
        1,
        "scenario",
        scenario=ScenarioView(7, "Un très long cas", trade="Boulangerie", story=story, questions=questions),
    )


@pytest.mark.parametrize(("width", "height"), RESOLUTIONS)
def test_a_very_long_scenario_pages_instead_of_clipping(width: int, height: int) -> None:
    sentences = [f"Phrase numéro {n} de l’histoire, qui raconte encore un détail du recrutement." for n in range(120)]
    step = _scenario("\n".join(" ".join(sentences[i : i + 4]) for i in range(0, 120, 4)))
    pages = _pages(Shown(step), width, height)
    assert len(pages) > 3
    story = [line for page in pages for text in page.texts if text.role == "body" for line in text.fitted.lines]
    assert " ".join(story).split()[: len(" ".join(sentences).split())] == " ".join(sentences).split()  # all, in order
    for page in pages:
        _assert_legible(page, width, height, "scenario")
        assert {round(size) for role, size in page.text_sizes() if role == "body"} <= {stage_sizes(width, height).body}
    assert pages[-1].page == len(pages) - 1 and "Quand" in pages[-1].words()


def test_a_single_ten_thousand_character_word_pages_too() -> None:
    step = _scenario("x" * 10_000, ())
    pages = _pages(Shown(step), 1920, 1080)
    assert sum(page.words().count("x") for page in pages) == 10_000
    for page in pages:
        _assert_legible(page, 1920, 1080, "scenario")


def test_a_card_whose_text_is_too_long_for_one_screen_pages_its_body() -> None:
    body = " ".join(f"mot{n}" for n in range(400))
    step = StepView(1, "card", card=CardView("question", "Une question", body=body))
    pages = _pages(Shown(step), 1920, 1080)
    assert len(pages) > 1
    words = " ".join(" ".join(c.face.text("body").fitted.lines) for p in pages for c in p.cards)
    assert words.split() == body.split()
    for page in pages:
        _assert_legible(page, 1920, 1080, "card")


def test_hidden_items_leave_the_stage_and_cards_turn_face_down(agenda: AgendaView) -> None:
    spread = next(s for s in agenda.steps if s.kind == "cards")
    hidden = frozenset({card_key(spread.cards[1].card_id)})
    layout = layout_slide(Shown(spread, hidden=hidden), 1920, 1080)
    assert [c.face_down for c in layout.cards] == [False, True, False]
    assert spread.cards[1].body[:20] not in layout.words()

    scenario = next(s for s in agenda.steps if s.kind == "scenario")
    assert scenario.scenario is not None
    sid = scenario.scenario.id
    shown = Shown(scenario, hidden=frozenset({story_key(sid), question_key(sid, 0)}))
    words = " ".join(p.words() for p in _pages(shown, 1920, 1080)).replace("\u00a0", " ")
    assert scenario.scenario.questions[1][:25] in words
    assert scenario.scenario.questions[0][:25] not in words
    assert scenario.scenario.story[:25] not in words

    timeline = next(s for s in agenda.steps if s.kind == "timeline")
    layout = layout_slide(Shown(timeline, hidden=frozenset({stage_key(timeline.stages[0].id)})), 1920, 1080)
    assert timeline.stages[0].title not in layout.words() and len(layout.pictures) == 9
    assert sum(shape.dashed for shape in layout.shapes) == 1


def test_black_and_blank() -> None:
    header = WorkshopHeader(1, "Atelier")
    assert layout_slide(Shown(StepView(1, "black")), 1920, 1080).background == "#000000"
    assert layout_slide(Shown(StepView(1, "card", title="x"), black=True), 1920, 1080).background == "#000000"
    blank = layout_slide(Shown(StepView(1, "blank", title="Pause"), header), 1920, 1080)
    assert blank.words() == "Pause" and blank.background != "#000000"
    assert layout_slide(Shown(StepView(1, "blank")), 1920, 1080).texts == ()


def test_a_matrix_too_big_for_one_screen_pages_its_rows() -> None:
    rows = tuple(CardView("recruiter_profile", f"Profil de recruteur numéro {n}", card_id=n) for n in range(24))
    columns = tuple(CardView("advisor_posture", f"Posture {n}", card_id=100 + n) for n in range(4))
    step = StepView(1, "matrix", matrix=MatrixView(1, "Grande matrice", rows, columns))
    pages = _pages(Shown(step), 1366, 768)
    assert len(pages) > 1
    words = " ".join(p.words() for p in pages)
    assert all(f"numéro {n} " in words.replace("\u00a0", " ") + " " for n in range(24))
    for page in pages:
        _assert_legible(page, 1366, 768, "matrix")


def test_french_punctuation_never_starts_a_line() -> None:
    assert keep_together("Le pressé « pour hier » ?") == "Le pressé «\u00a0pour hier\u00a0»\u00a0?"


def test_timers_turn_soon_then_over() -> None:
    assert time_state(0, 600) == TimeState.OK
    assert time_state(479, 600) == TimeState.OK
    assert time_state(481, 600) == TimeState.SOON  # two minutes (a fifth) left
    assert time_state(600, 600) == TimeState.OVER
    assert time_state(10, 0) == TimeState.UNPLANNED
    assert time_state(9000 - 299, 9000) == TimeState.SOON  # at most five minutes' warning
    assert (clock_text(65), clock_text(3725), clock_text(-3)) == ("01:05", "1:02:05", "00:00")
