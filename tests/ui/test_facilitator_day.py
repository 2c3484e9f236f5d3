"""A facilitator's whole day on their own material, from an empty database to the archive:
prepare a workshop (not from the sample), import six participants from a French CSV, build a
six-step agenda with an instruction, present it step by step on the second screen, capture
ten notes with Ctrl+N on stages and a matrix cell, vote, hide and reveal, review, export the
report and the archive, import the archive into another empty database: everything equal.

The library is made beforehand through the services, as a facilitator makes it on the
library pages (their own tests drive those pages): a deck imported from a CSV file, a timeline
of five stages, a matrix of two profiles by two postures.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from console_support import open_console
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.interchange.deck_files import import_deck_file
from workshop_studio.interchange.sample import open_with_sample
from workshop_studio.interchange.workshop_archive_import import import_workshop_file
from workshop_studio.services.matrices import new_matrix, set_matrix_axis
from workshop_studio.services.timelines import add_stage, new_timeline
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, Card, Workshop
from workshop_studio.ui import prompts as ui_prompts
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.review.export_dialog import ExportChoice

DATA = Path(__file__).resolve().parents[1] / "data"
TITLE = "Recruter sans se perdre – Cavaillon"
STAGES = ("Le besoin", "L’offre", "Les candidatures", "L’embauche", "Les premiers mois")
DECK_CSV = """type;titre;texte
Profil de recruteur;Le gérant pressé;Il veut quelqu’un pour hier.
Profil de recruteur;L’artisan méfiant;Il a été déçu deux fois.
Posture du conseiller;Traduire;Dire le besoin avec les mots du métier.
Posture du conseiller;Négocier;Ajuster l’offre au marché local.
Question;Qui appelle qui après l’embauche ?;
Verbatim;« On m’a laissée seule le premier jour »;
Verbatim;« Je n’ai jamais eu de retour »;
"""


def _library(path: Path) -> None:
    """The facilitator's own library in a database that declined the sample."""
    deck_file = path.parent / "mon-jeu.csv"
    deck_file.write_text(DECK_CSV, encoding="utf-8")
    db = open_with_sample(str(path), sample=False)
    try:
        import_deck_file(db, deck_file, name="Jeu de Cavaillon")
        with db.write() as session:
            timeline = new_timeline(session, name="Frise courte")
            for title in STAGES:
                add_stage(session, timeline.id, title=title)
            matrix = new_matrix(session, name="Profils × postures")
            cards = {c.title: c.id for c in session.scalars(select(Card))}
            set_matrix_axis(
                session,
                matrix.id,
                "row",
                kind="recruiter_profile",
                card_ids=[cards["Le gérant pressé"], cards["L’artisan méfiant"]],
            )
            set_matrix_axis(
                session, matrix.id, "column", kind="advisor_posture", card_ids=[cards["Traduire"], cards["Négocier"]]
            )
    finally:
        db.dispose()


@pytest.fixture
def day(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "mes-ateliers.sqlite3"
    _library(path)
    window = open_console(qtbot, path, sample=False)
    monkeypatch.setattr(ui_prompts, "open_file", lambda path: True)  # a PDF viewer took it
    yield window
    window.close()


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _activate(qtbot, console: ConsoleWindow) -> None:
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow, timeout=3000)


def _say(qtbot, console: ConsoleWindow, text: str, who: int, kind: str) -> None:
    """Ctrl+N from wherever the focus is, type, choose who and what, Enter."""
    qtbot.keyClick(console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    bar = console.capture
    assert console.focusWidget() is bar.text
    qtbot.keyClicks(bar.text, text)
    bar.who.setCurrentIndex(who)
    bar.kind.setCurrentIndex(bar.kind.findData(kind))
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    assert bar.text.text() == ""


def _record(db: Database, workshop_id: int) -> dict:
    """Everything a colleague should get back from the archive, without database ids."""
    with db.read() as session:
        w = session.get(Workshop, workshop_id)
        assert w is not None
        titles = {c.id: c.title for c in session.scalars(select(Card))}
        stage_titles = {s.id: s.title for s in w.stages}
        notes = session.scalars(
            select(Annotation)
            .where(Annotation.workshop_id == workshop_id)
            .order_by(Annotation.created_at, Annotation.id)
        )
        return {
            "details": (
                w.title,
                w.date,
                w.start_time,
                w.available_minutes,
                w.place,
                w.room,
                w.facilitator,
                w.timeline.name if w.timeline else None,
                w.matrix.name if w.matrix else None,
                [link.deck.name for link in w.deck_links],
            ),
            "participants": [(p.display_name, p.role, p.organisation) for p in w.participants],
            "stages": [s.title for s in w.stages],
            "agenda": [
                (
                    s.kind,
                    s.title,
                    s.planned_minutes,
                    tuple(s.bullets),
                    s.countdown_minutes,
                    s.hidden,
                    titles.get(s.card_id),
                    tuple(titles[c] for c in s.card_ids),
                )
                for s in w.agenda
            ],
            "notes": [
                (
                    n.uid,
                    n.text,
                    n.kind,
                    n.role,
                    n.target_kind,
                    stage_titles.get(n.workshop_stage_id),
                    titles.get(n.matrix_row_card_id),
                    titles.get(n.matrix_column_card_id),
                    n.participant.display_name if n.participant else None,
                    n.votes,
                    n.hidden,
                )
                for n in notes
            ],
        }


def test_a_facilitators_day_from_an_empty_database_to_the_archive(day: ConsoleWindow, qtbot, tmp_path: Path) -> None:
    console = day
    page = console.workshops_page
    assert page.empty.isVisible() and console.workspace.workshop_id is None

    # -- before: prepare the session -------------------------------------------------------------
    _activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = console.workshop_actions.dialog
    assert dialog.timeline.currentText() == "Frise courte (5 stages)"  # the library's only one, chosen
    assert dialog.decks.checked() and dialog.matrix.currentText() == "Profils × postures"
    qtbot.keyClicks(dialog.title, "Recruter sans se perdre")
    dialog.title.insert(" – Cavaillon")
    dialog.date.setDate(QDate(2027, 3, 9))
    dialog.start.setTime(QTime(9, 0))
    dialog.minutes.setValue(120)
    dialog.place.setText("Agence de Cavaillon")
    dialog.room.setText("Salle Luberon")
    dialog.facilitator.setText("Inès R.")
    _ok(dialog)
    workshop_id = console.workspace.workshop_id
    assert workshop_id is not None and page.title.text() == TITLE and not page.empty.isVisible()

    assert page.participants.import_file(DATA / "participants_libreoffice_cp1252.csv") == 6

    editor = page.agenda
    palette = editor.materials
    slides, cards = palette.topLevelItem(0), palette.topLevelItem(1)

    def add_slide(kind: StepKind) -> None:
        item = next(slides.child(i) for i in range(slides.childCount()) if slides.child(i).text(0) == kind.display())
        palette.clearSelection()
        item.setSelected(True)
        palette.itemActivated.emit(item, 0)

    add_slide(StepKind.TITLE)
    instruction = editor.open_step_dialog(kind=StepKind.INSTRUCTION.value)
    instruction.title.setText("À deux, une étape chacun")
    instruction.bullets.setPlainText("Choisissez une étape de la frise\nDites ce qui coince\nPuis ce qui aide")
    instruction.countdown_on.setChecked(True)
    instruction.countdown.setValue(5)
    instruction.minutes.setValue(8)
    _ok(instruction)
    question = next(cards.child(i) for i in range(cards.childCount()) if "Qui appelle qui" in cards.child(i).text(0))
    verbatims = [cards.child(i) for i in range(cards.childCount()) if "«" in cards.child(i).text(0)]
    palette.clearSelection()
    question.setSelected(True)
    palette.itemActivated.emit(question, 0)
    palette.clearSelection()
    for item in verbatims:
        item.setSelected(True)
    editor.add_materials(palette.selected_materials(), None)  # two cards at once: a spread
    add_slide(StepKind.TIMELINE)
    add_slide(StepKind.MATRIX)
    kinds = [s.kind for s in editor.agenda.steps]
    assert kinds == ["title", "instruction", "card", "cards", "timeline", "matrix"]
    assert editor.budget.text() == "93 of 120 minutes planned: 27 minutes to spare"  # 10+8+10+15+30+20

    # -- during: present it on the projector, capture what is said -------------------------------
    _activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    presenter, stage = console.presenter, console.presenter.stage
    qtbot.waitUntil(stage.isVisible, timeout=3000)
    _activate(qtbot, console)
    presentation = presenter.presentation
    assert presentation.running and stage.screen().name() == "projector"
    seen, headings = [], []
    for _ in range(30):  # the timeline takes its overview, then one press per stage
        seen.append(presentation.index)
        headings.append(stage.view.layout_shown.words())
        if presentation.index == 5:
            break
        qtbot.keyClick(console, Qt.Key.Key_Right)
    assert sorted(set(seen)) == list(range(6)) and seen.count(4) == 1 + len(STAGES)
    assert TITLE in headings[0] and "Dites ce qui coince" in headings[seen.index(1)]
    assert "05:00" in headings[seen.index(1)] and "Qui appelle qui" in headings[seen.index(2)]
    assert all(title in headings[seen.index(4)] for title in STAGES)  # the whole timeline at once
    assert "Le gérant pressé" in headings[seen.index(5)]

    presentation.go_to(4)  # the timeline: notes go to the stage chosen
    timeline = console.workspace.timeline
    said = [
        ("Le besoin arrive toujours trop tard", 0, 0, "irritant"),
        ("Une fiche de poste en trois lignes suffit", 1, 1, "idea"),
        ("On publie avant d avoir parle au gerant", 2, 1, "irritant"),
        ("Trop de candidatures hors sujet", 3, 2, "quote"),
        ("Un appel de la conseillere la premiere semaine", 4, 4, "good_practice"),
        ("Personne ne m a montre le poste", 5, 4, "emotion_negative"),
        ("Et si on proposait un tuteur ?", 0, 3, "question"),
        ("Le contrat signe, plus de nouvelles", 1, 3, "irritant"),
    ]
    for text, who, stage_index, kind in said:
        timeline.set_current_stage(timeline.stages[stage_index].id)
        _say(qtbot, console, text, who + 1, kind)  # who: 0 is "no one in particular"
    presentation.go_to(5)  # the matrix: a click on a cell of the console's grid puts it in focus
    matrix = presentation.current_step.matrix
    presentation.focus_cell((matrix.rows[0].card_id, matrix.columns[0].card_id))
    _say(qtbot, console, "Traduire le besoin du gerant presse", 2, "idea")
    _say(qtbot, console, "Negocier prend du temps", 3, "good_practice")
    words = stage.view.layout_shown.words()
    assert "Traduire le besoin du gerant presse" in words and "Negocier prend du temps" in words

    panel = page.timeline_panel
    notes = {n.text: n for n in timeline.notes()}
    assert len(notes) == 10
    for text in ("Un appel de la conseillere la premiere semaine", "Le besoin arrive toujours trop tard"):
        panel.scene.clearSelection()
        panel.scene.note_item(notes[text].id).setSelected(True)
        panel.vote_selected(1)
    panel.scene.clearSelection()
    panel.scene.note_item(notes["Trop de candidatures hors sujet"].id).setSelected(True)
    panel.toggle_hidden_selected()  # hidden from the room
    hidden_id = notes["Trop de candidatures hors sujet"].id
    assert timeline.note(hidden_id).hidden
    panel.toggle_hidden_selected()  # and revealed
    panel.scene.clearSelection()
    panel.scene.note_item(notes["Le contrat signe, plus de nouvelles"].id).setSelected(True)
    panel.toggle_hidden_selected()  # this one stays hidden
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert not presentation.running

    # -- after: review, export the report and the archive ----------------------------------------
    qtbot.keyClick(console, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    review = console.page("review")
    assert console.pages.currentWidget() is review
    outputs = {}
    for fmt, name in (("pdf-a4", "rapport.pdf"), ("zip", "atelier.zip")):
        review.ask = lambda dialog, f=fmt: (dialog.choose(ExportChoice(f)), True)[1]
        ui_prompts.ask_save_path = lambda *args, n=name: str(tmp_path / n)
        with qtbot.waitSignal(review.exporter.done, timeout=60000) as done:
            review.export()
        outputs[fmt] = Path(done.args[0])
    pages = [p.extract_text() for p in PdfReader(outputs["pdf-a4"]).pages]
    everything = "\n".join(pages)
    assert TITLE in pages[0] and "Agence de Cavaillon, Salle Luberon" in pages[0]
    assert "Un appel de la conseillere la premiere semaine" in everything and "Patricia G." in everything

    other = open_with_sample(str(tmp_path / "chez-une-collegue.sqlite3"), sample=False)
    try:
        imported = import_workshop_file(other, outputs["zip"])
        assert imported.note_count == 10
        mine, theirs = _record(console.workspace.db, workshop_id), _record(other, imported.workshop_id)
    finally:
        other.dispose()
    assert theirs == mine
    assert mine["details"][:7] == (
        TITLE,
        dt.date(2027, 3, 9),
        dt.time(9, 0),
        120,
        "Agence de Cavaillon",
        "Salle Luberon",
        "Inès R.",
    )
    assert len(mine["participants"]) == 6 and mine["stages"] == list(STAGES)
    assert sum(1 for n in mine["notes"] if n[4] == "matrix_cell") == 2
    assert sorted(n[9] for n in mine["notes"])[-2:] == [1, 1] and sum(n[10] for n in mine["notes"]) == 1
