"""The frise and the matrix as the room sees them, read back from what the stage window drew,
at 1280 × 720 and 1920 × 1080: every stage title whole in the overview, every note of a
stage in full across the pages of its focus, votes and role beside a 60-character name, the
words of the notes in the matrix's cells. Set WORKSHOP_STUDIO_SHOTS to a folder to keep the
pictures (the issue's screenshots come from here)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from board_support import RESOLUTIONS, add_notes, drawn, flat, plain, show_stage_at, within
from PySide6.QtGui import QColor

from workshop_studio.domain.colours import ANNOTATION_SWATCH, INK, PALETTE, contrast_ratio
from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.stage.style import PANEL

SHOTS = os.environ.get("WORKSHOP_STUDIO_SHOTS")

LONG_NOTES = [
    f"Note longue numéro {n} : le gérant rappelle trois fois, la recrue hésite, le conseiller reformule "
    f"l’offre avec lui, puis ils fixent ensemble un point à la fin de la première semaine ({n})."
    for n in range(14)
]
SIXTY = "Marie-Bernadette de La Tour d’Auvergne-Saint-Exupéry (CMA)"  # 60 characters with the suffix below


def _index(controller, kind: str) -> int:
    return next(i for i, step in enumerate(controller.presentation.steps) if step.kind == kind)


def _shot(view, name: str, width: int) -> None:
    if SHOTS:
        folder = Path(SHOTS)
        folder.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(folder / f"{name}-{width}.png"))


@pytest.fixture(params=RESOLUTIONS, ids=[f"{w}x{h}" for w, h in RESOLUTIONS])
def room(request, console: ConsoleWindow, qtbot):
    width, height = request.param
    controller = console.presenter
    show_stage_at(controller, qtbot, width, height)
    return controller, width, height  # the console's closing takes the stage window with it


def test_the_overview_shows_every_stage_title_whole_and_legible(room) -> None:
    controller, width, height = room
    model = controller.presentation
    model.go_to(_index(controller, StepKind.TIMELINE))
    step = model.current_step
    assert model.board.overview and len(step.stages) == 10
    shown = drawn(controller.stage.view)
    _shot(controller.stage.view, "overview", width)
    panels = {region.stage_id: region.box for region in shown.regions("stage")}
    assert set(panels) == {stage.id for stage in step.stages}  # each stage can be touched
    assert len({round(box.y) for box in panels.values()}) <= 2 and shown.layout.page_count == 1
    for stage in step.stages:
        lines = shown.inside(panels[stage.id], "stage")
        assert flat(" ".join(line.text for line in lines)) == flat(stage.title), stage.title
        title_words = plain(stage.title).split()
        for line in lines:  # wrapped on words, never cut nor broken mid-word, inside its panel and the screen
            assert set(plain(line.text).split()) <= set(title_words) and "…" not in line.text
            assert within(line.rect, panels[stage.id]) and line.rect.left() >= 0 and line.rect.right() <= width
            assert line.pixel_size >= 0.026 * height
    for text in shown.layout.texts:
        if text.role == "stage":
            assert contrast_ratio(text.colour, PANEL) >= 7.0 and not text.fitted.truncated
    # what each stage holds: a count per kind, with its fill, its symbol and its word
    counts = shown.of("count")
    assert counts and {mark.kind for mark in shown.layout.marks} >= {"irritant", "idea", "question"}
    kinds = {note.kind for note in model.shown().notes}
    fills = {PALETTE[ANNOTATION_SWATCH[kind]].fill.lower() for kind in kinds}
    assert fills <= {shape.fill.lower() for shape in shown.layout.shapes if shape.fill}
    assert "Irritant 1" in shown.words("count") and "Idea 1" in shown.words("count")
    first = shown.inside(panels[step.stages[1].id], "first-words")  # its most voted note: 4 votes
    assert flat(" ".join(line.text for line in first)).startswith("« Je demande toujours")
    for kind in kinds:
        assert contrast_ratio(INK, PALETTE[ANNOTATION_SWATCH[kind]].fill) >= 7.0
    box = panels[step.stages[0].id]
    assert shown.image.pixelColor(round(box.right - 4), round(box.y + box.height / 2)) == QColor(PANEL)


def test_a_focused_stage_draws_every_note_in_full_page_by_page(room, console: ConsoleWindow) -> None:
    controller, width, height = room
    model = controller.presentation
    model.go_to(_index(controller, StepKind.TIMELINE))
    stage = model.current_step.stages[3]
    add_notes(console, stage.id, LONG_NOTES)
    notes = console.workspace.timeline.stage_notes(stage.id)
    assert len(notes) == 2 + len(LONG_NOTES)
    model.focus_stage(stage.id)
    pages: dict[int, int] = {}
    for page in range(20):
        shown = drawn(controller.stage.view)
        if page == 0:
            _shot(controller.stage.view, "focus", width)
            assert shown.words("counter") == "Stage 4 / 10"
        for region in shown.regions("note"):
            lines = shown.inside(region.box)
            words = flat(" ".join(line.text for line in lines if line.role == "note"))
            note = next(n for n in notes if n.id == region.note_id)
            assert words == flat(note.text)  # whole, on this page
            assert region.note_id not in pages  # and on no other page
            pages[region.note_id] = page
            for line in lines:
                assert within(line.rect, region.box) and line.rect.bottom() <= height and line.rect.right() <= width
                assert line.pixel_size >= 0.026 * height
            note_px = {line.pixel_size for line in lines if line.role == "note"}
            assert min(note_px) >= 0.033 * height - 0.5  # the words at least a note's size
        last = model.page == model.page_count - 1
        assert ("continued" in shown.words("continued")) is not last
        if last:
            break
        model.next()
        assert model.board.stage_id == stage.id
    assert set(pages) == {note.id for note in notes} and max(pages.values()) >= 1  # paged by whole notes
    model.next()
    assert model.board.stage_id == model.current_step.stages[4].id and model.page == 0


def test_votes_and_role_are_drawn_whole_beside_a_sixty_character_name(room, console: ConsoleWindow) -> None:
    controller, _width, _height = room
    author = SIXTY + " (Avignon)"
    assert len(author) >= 60
    model = controller.presentation
    model.go_to(_index(controller, StepKind.TIMELINE))
    stage = model.current_step.stages[4]
    add_notes(console, stage.id, ["Un partenaire au nom très long a voté pour cette idée."], author=author, votes=7)
    note = next(n for n in console.workspace.timeline.stage_notes(stage.id) if n.author == author)
    model.focus_stage(stage.id)
    shown = drawn(controller.stage.view)
    box = next(region.box for region in shown.regions("note") if region.note_id == note.id)
    inside = shown.inside(box)
    assert [line.text for line in inside if line.role == "votes"] == ["7 votes"]
    assert [plain(line.text) for line in inside if line.role == "role"] == [" · Partner"]
    (name,) = [line.text for line in inside if line.role == "author"]
    assert name.endswith("…") and author.startswith(name[:-1].rstrip())  # the name gave way, with an ellipsis
    for line in inside:
        assert within(line.rect, box)
    role, votes = (next(line for line in inside if line.role == r) for r in ("role", "votes"))
    assert role.rect.right() <= box.right and votes.rect.right() <= box.right
    model.open_note(note.id)  # touched: the note whole and large, the name too
    opened = drawn(controller.stage.view)
    assert author in plain(opened.words("author")) and "7 votes" in opened.words("votes")
    assert min(line.pixel_size for line in opened.of("note")) > max(
        line.pixel_size for line in inside if line.role == "note"
    )


def test_the_matrix_cells_show_their_notes_words(room, console: ConsoleWindow) -> None:
    controller, width, height = room
    model = controller.presentation
    model.go_to(_index(controller, StepKind.MATRIX))
    notes = model.shown().notes
    assert len(notes) == 3
    shown = drawn(controller.stage.view)
    _shot(controller.stage.view, "matrix", width)
    cells = {region.cell: region.box for region in shown.regions("cell")}
    assert len(cells) == 30
    for note in notes:
        box = cells[(note.target.row_card_id, note.target.column_card_id)]
        lines = shown.inside(box, "post-it")
        words = flat(" ".join(line.text for line in lines)).rstrip("…")
        assert words and flat(note.text).startswith(words.rstrip(" :")), (words, note.text)
        assert len(words.split()) >= 3
        assert all(within(line.rect, box) and line.pixel_size >= 0.026 * height for line in lines)
    assert "notes" not in shown.words("cell")  # no more "2 notes": the words themselves
    note = notes[0]
    model.focus_cell((note.target.row_card_id, note.target.column_card_id))
    focused = drawn(controller.stage.view)
    _shot(controller.stage.view, "matrix-cell", width)
    assert flat(focused.words("note")) == flat(note.text)
    assert min(line.pixel_size for line in focused.of("note")) >= 0.033 * height - 0.5


def test_by_role_shows_role_lanes_on_the_room_screen(room) -> None:
    controller, width, _height = room
    model = controller.presentation
    model.go_to(_index(controller, StepKind.TIMELINE))
    model.set_room_by_role(True)
    shown = drawn(controller.stage.view)
    _shot(controller.stage.view, "by-role", width)
    assert {"CDE", "CDDE", "Recruiter"} <= set(shown.words("lane").split())
    model.focus_stage(model.current_step.stages[8].id)
    focused = drawn(controller.stage.view)
    _shot(controller.stage.view, "by-role-focus", width)
    assert "by role" in focused.words("counter")
    heads = focused.words("lane")
    assert all(f"{role} (1)" in heads for role in ("CDE", "CDDE", "Recruiter", "New hire", "Partner"))
    assert len(focused.regions("note")) == 5 and focused.layout.page_count == 1


def test_the_room_reads_french(room, console: ConsoleWindow, qapp) -> None:
    from workshop_studio.app import install_translators

    controller, width, _height = room
    install_translators(qapp, "fr")
    model = controller.presentation
    model.go_to(_index(controller, StepKind.TIMELINE))
    stage = model.current_step.stages[3]
    add_notes(console, stage.id, LONG_NOTES[:9])
    overview = drawn(controller.stage.view)
    _shot(controller.stage.view, "fr-overview", width)
    assert "Irritant 1" in overview.words("count") and "Idée 1" in overview.words("count")
    model.focus_stage(stage.id)
    focused = drawn(controller.stage.view)
    _shot(controller.stage.view, "fr-focus", width)
    assert focused.words("counter") == "Étape 4 / 10" and focused.words("home") == "Vue d’ensemble"
    assert model.page_count > 1 and "suite" in focused.words("continued")
    model.go_to(_index(controller, StepKind.MATRIX))
    _shot(controller.stage.view, "fr-matrix", width)
    assert "Je négocie le délai" in flat(drawn(controller.stage.view).words("post-it"))
