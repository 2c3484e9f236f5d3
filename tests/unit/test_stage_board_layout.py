"""The boards' arithmetic with numbers: 8 to 12 stages on one screen with whole titles, notes
paged by whole notes, a long name shortened before the votes and the role, post-its in cells,
and the stepping rules of the board."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop_studio.domain.agenda import MatrixView, StageView, StepView
from workshop_studio.domain.materials import CardView
from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.export.card_layout import Box
from workshop_studio.ui.stage.board import Board, last_stage, next_stage, previous_stage
from workshop_studio.ui.stage.layout import layout_slide
from workshop_studio.ui.stage.layout.note_card import NoteSizes, note_card
from workshop_studio.ui.stage.layout.note_columns import balance, note_pages
from workshop_studio.ui.stage.layout.post_its import post_its
from workshop_studio.ui.stage.shown import Shown, stage_key
from workshop_studio.ui.stage.sizes import stage_sizes

RESOLUTIONS = [(1280, 720), (1920, 1080)]
TITLES = [
    "Le besoin apparaît",
    "Le poste se précise",
    "L’offre est reformulée",
    "Diffusion et sourcing",
    "La présélection",
    "Les entretiens",
    "Décision et embauche",
    "Les premiers jours",
    "La période d’essai",
    "Quelques mois après",
    "Le point à six mois avec l’entreprise et la recrue",
    "Un an après : bilan",
]


def _note(
    note_id: int,
    stage_id: int,
    text: str,
    *,
    kind: str = "idea",
    votes: int = 0,
    author: str | None = "Karima B.",
    role: str | None = "cde",
) -> NoteRecord:
    return NoteRecord(
        note_id,
        f"u{note_id}",
        Target.stage(stage_id),
        kind,
        text,
        role,
        None,
        author,
        float(note_id),
        votes,
        False,
        dt.datetime(2026, 11, 24, 10, 0),
    )


def _timeline(count: int, notes_each: int = 5) -> tuple[StepView, tuple[NoteRecord, ...]]:
    stages = tuple(StageView(100 + i, TITLES[i]) for i in range(count))
    kinds = ("irritant", "idea", "question", "quote", "good_practice", "emotion_positive", "emotion_negative")
    notes = tuple(
        _note(
            1000 + 10 * i + n,
            stage.id,
            f"Ce que la personne {n} a dit sur « {stage.title} », en détail.",
            kind=kinds[(i + n) % len(kinds)],
            votes=n,
        )
        for i, stage in enumerate(stages)
        for n in range(notes_each)
    )
    return StepView(1, "timeline", title="La frise, étape par étape", stages=stages), notes


@pytest.mark.parametrize(("width", "height"), RESOLUTIONS)
@pytest.mark.parametrize("count", [8, 10, 12])
def test_eight_to_twelve_stages_fit_one_screen_with_whole_titles(count: int, width: int, height: int) -> None:
    step, notes = _timeline(count)
    layout = layout_slide(Shown(step, notes=notes), width, height)
    assert layout.page_count == 1
    titles = [t for t in layout.texts if t.role == "stage"]
    assert len(titles) == count
    for text, stage in zip(titles, step.stages, strict=True):
        assert " ".join(text.fitted.lines).replace("\u00a0", " ") == stage.title.replace("\u00a0", " ")
        assert not text.fitted.truncated and not text.fitted.broke_words
        assert text.fitted.size_pt * 25.4 / 72 >= 0.026 * height - 0.01
    assert len({round(t.fitted.size_pt, 2) for t in titles}) == 1  # one size for every stage title
    panels = [r.box for r in layout.regions if r.action == "stage"]
    for text in layout.texts:
        assert text.box.x >= 0 and text.box.right <= width and text.box.bottom <= height
    for text in (t for t in layout.texts if t.role in ("stage", "count", "first-words")):
        assert any(
            p.x <= text.box.x and text.box.right <= p.right + 0.5 and text.box.bottom <= p.bottom + 0.5 for p in panels
        )
    assert len({round(b.y) for b in panels}) == 2  # two rows


def test_a_hidden_stage_is_an_empty_dashed_panel_and_never_in_focus() -> None:
    step, notes = _timeline(10)
    hidden = frozenset({stage_key(step.stages[2].id)})
    layout = layout_slide(Shown(step, notes=notes, hidden=hidden), 1920, 1080)
    assert step.stages[2].title not in " ".join(" ".join(t.fitted.lines) for t in layout.texts)
    assert step.stages[2].id not in {r.stage_id for r in layout.regions}
    focused = layout_slide(Shown(step, notes=notes, hidden=hidden, board=Board(stage_id=step.stages[2].id)), 1920, 1080)
    assert any(t.role == "first-words" for t in focused.texts)  # the overview, not the hidden stage
    board = next_stage(step, Board(stage_id=step.stages[1].id), hidden)
    assert board is not None and board.stage_id == step.stages[3].id


def test_stepping_through_the_stages() -> None:
    step, _ = _timeline(3)
    none = frozenset[str]()
    board = next_stage(step, Board(), none)
    assert board == Board(stage_id=step.stages[0].id)
    assert next_stage(step, Board(stage_id=step.stages[2].id), none) is None  # past the last: the next step
    assert previous_stage(step, Board(stage_id=step.stages[0].id), none) == Board()  # back to the overview
    assert previous_stage(step, Board(), none) is None  # from the overview: the previous step
    assert last_stage(step, Board(by_role=True), none) == Board(stage_id=step.stages[2].id, by_role=True)


def test_a_long_name_gives_way_to_the_role_and_the_votes() -> None:
    name = "Marie-Bernadette de La Tour d’Auvergne-Saint-Exupéry (Avignon)"
    assert len(name) >= 60
    card = note_card(_note(1, 1, "Une idée.", votes=12, author=name, role="partner"), 300, NoteSizes(24, 19))
    roles = {t.role: t for t in card.parts.texts}
    assert roles["votes"].fitted.lines == ("12 votes",) and roles["role"].fitted.lines == (" · Partner",)
    author = roles["author"].fitted.lines[0]
    assert author.endswith("…") and name.startswith(author[:-1].rstrip())
    assert roles["role"].box.right <= 300 and roles["author"].box.right <= roles["role"].box.x + 1


def test_notes_page_by_whole_notes_in_balanced_columns() -> None:
    sizes = stage_sizes(1280, 720)
    notes = [_note(i, 1, " ".join(["mot"] * (20 + 7 * (i % 5)))) for i in range(30)]
    area = Box(33, 120, 1214, 500)
    pages = note_pages(
        notes,
        area,
        columns=3,
        gap=sizes.gap,
        text_px=(sizes.body_preferred, sizes.label),
        label=sizes.label,
        floor=sizes.floor,
    )
    assert pages.page_count > 1 and pages.sizes.text == sizes.label  # paging: the notes' smallest size
    placed = [p for page in pages.pages for p in page]
    assert [p.card.note.id for p in placed] == [n.id for n in notes]  # each once, in order
    for p in placed:
        assert p.card.complete and area.y <= p.y and p.y + p.card.height <= area.bottom + 1e-6
    few = note_pages(
        notes[:2],
        area,
        columns=3,
        gap=sizes.gap,
        text_px=(sizes.body_preferred, sizes.label),
        label=sizes.label,
        floor=sizes.floor,
    )
    assert few.page_count == 1 and few.sizes.text == sizes.body_preferred  # room: as large as allowed
    assert balance([100, 100, 100, 100], 2, 10) == [0, 2]


def test_a_note_longer_than_a_page_is_cut_between_lines_and_kept_whole() -> None:
    sizes = stage_sizes(1280, 720)
    text = " ".join(f"mot{n}" for n in range(900))
    area = Box(33, 120, 1214, 500)
    pages = note_pages(
        [_note(1, 1, text)],
        area,
        columns=3,
        gap=sizes.gap,
        text_px=(sizes.label, sizes.label),
        label=sizes.label,
        floor=sizes.floor,
    )
    words = " ".join(
        " ".join(t.fitted.lines) for page in pages.pages for p in page for t in p.card.parts.texts if t.role == "note"
    )
    assert words.split() == text.split()
    assert all(p.y + p.card.height <= area.bottom + 1e-6 for page in pages.pages for p in page)


def test_post_its_most_voted_first_and_the_rest_counted() -> None:
    notes = [_note(i, 1, f"Note {i} avec quelques mots de plus", votes=i) for i in range(6)]
    parts, shown = post_its(notes, Box(0, 0, 200, 120), 19, 8)
    texts = [" ".join(t.fitted.lines) for t in parts.texts]
    assert 1 <= shown < 6 and texts[-1] == f"+{6 - shown}"
    assert texts[0].startswith("Note 5")  # the most voted first
    matrix = MatrixView(
        1,
        "M",
        (CardView("recruiter_profile", "Le pressé", card_id=1),),
        (CardView("advisor_posture", "Négocier", card_id=2),),
    )
    step = StepView(1, "matrix", matrix=matrix)
    cell_note = NoteRecord(
        9,
        "u9",
        Target.matrix_cell(1, 2),
        "idea",
        "Je négocie le délai contre un peu de temps",
        "cde",
        None,
        None,
        1.0,
        2,
        False,
        dt.datetime(2026, 11, 24),
    )
    layout = layout_slide(Shown(step, notes=(cell_note,)), 1280, 720)
    words = " ".join(" ".join(t.fitted.lines) for t in layout.texts if t.role == "post-it")
    assert words.startswith("Je négocie le délai")
    assert [r.cell for r in layout.regions if r.action == "cell"] == [(1, 2)]


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (800, 600), (800, 800), (3840, 2160)])
def test_older_and_larger_projectors_still_show_every_stage_whole(width: int, height: int) -> None:
    step, notes = _timeline(10)
    layout = layout_slide(Shown(step, notes=notes), width, height)
    titles = [t for t in layout.texts if t.role == "stage"]
    assert layout.page_count == 1 and len(titles) == 10
    assert all(not t.fitted.broke_words and not t.fitted.truncated for t in titles)
    assert {r.stage_id for r in layout.regions if r.action == "stage"} == {s.id for s in step.stages}
