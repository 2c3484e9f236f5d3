"""Preparing a workshop in the console, as a facilitator does it: the new-workshop dialog
(blank, from a model, from the sample), its details afterwards, participants, the agenda built
from the library, an instruction with its countdown; everything undoable, nothing by SQL."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QDate, QMimeData, QPointF, Qt, QTime
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.services.workshops import workshop_details, workshop_overview
from workshop_studio.storage.models import AgendaStep
from workshop_studio.ui import prompts as ui_prompts
from workshop_studio.ui.console.agenda_editor import MATERIAL_MIME
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.console.workshop_dialog import SAMPLE

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(ui_prompts, "warn", lambda parent, title, text: said.append(text))
    return said


def _focus(qtbot, console: ConsoleWindow, widget) -> None:
    """Keys go where a person would have put the focus (shortcuts need the active window)."""
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow, timeout=3000)
    widget.setFocus()


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _overview(console: ConsoleWindow):
    workshop_id = console.workspace.workshop_id
    return console.workspace.query(lambda s: workshop_overview(s, workshop_id))


def test_an_empty_database_says_what_to_do_and_the_sample_is_one_click_away(
    empty_console: ConsoleWindow, qtbot
) -> None:
    page = empty_console.workshops_page
    assert page.empty.isVisible() and page.empty_button.isVisible() and not page.splitter.isVisible()
    assert empty_console.workspace.workshop_id is None
    assert not empty_console.workshop_actions.edit_action.isEnabled()
    qtbot.keyClick(empty_console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = empty_console.workshop_actions.dialog
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()  # the title is required
    assert dialog.timeline.count() == 1 and dialog.decks.count() == 0  # an empty library offers nothing
    dialog.model.setCurrentIndex(dialog.model.findData(SAMPLE))
    assert not dialog.materials.isEnabled() and dialog.room.text() == "Salle 2"
    qtbot.keyClicks(dialog.title, "Atelier du mardi")
    dialog.copy_participants.setChecked(True)
    _ok(dialog)
    overview = _overview(empty_console)
    assert overview.title == "Atelier du mardi" and len(overview.participants) == 10 and overview.annotation_total == 0
    assert len(overview.agenda) == 11 and len(overview.stages) == 10 and overview.deck_names
    assert page.splitter.isVisible() and not page.empty.isVisible()
    assert page.agenda.list.count() == 11 and page.participants.list.count() == 10
    assert "Atelier du mardi" in empty_console.windowTitle()


def test_a_blank_workshop_with_its_details_opens_at_once_and_undo_takes_it_back(console: ConsoleWindow) -> None:
    actions = console.workshop_actions
    before = console.workspace.workshop_id
    dialog = actions.new_workshop()
    assert dialog.has_date.isChecked() and dialog.date.date() == QDate.currentDate().addDays(1)
    dialog.title.setText("Atelier de Carpentras")
    dialog.date.setDate(QDate(2027, 1, 14))
    dialog.start.setTime(QTime(9, 30))
    dialog.minutes.setValue(150)
    assert dialog.ends.text() == "ends at 12:00"
    dialog.place.setText("Agence de Carpentras")
    dialog.room.setText("Salle 3")
    dialog.facilitator.setText("Inès R.")
    dialog.scenarios.set_checked((dialog.scenarios.item(0).data(Qt.ItemDataRole.UserRole),))
    _ok(dialog)
    overview = _overview(console)
    assert (overview.title, overview.date, overview.start_time, overview.available_minutes) == (
        "Atelier de Carpentras",
        dt.date(2027, 1, 14),
        dt.time(9, 30),
        150,
    )
    assert (overview.place, overview.room, overview.facilitator) == ("Agence de Carpentras", "Salle 3", "Inès R.")
    assert len(overview.stages) == 10 and len(overview.scenario_names) == 1 and overview.agenda == ()
    page = console.workshops_page
    assert page.title.text() == "Atelier de Carpentras" and "Salle 3" in page.details.text()
    assert "09:30–12:00" in page.details.text() and page.chooser.currentText().startswith("Atelier de Carpentras")
    new_id = console.workspace.workshop_id
    console.workspace.undo_stack.undo()
    assert page.chooser.findData(new_id) < 0
    console.workspace.undo_stack.redo()
    assert page.chooser.findData(new_id) >= 0
    again = actions.new_workshop()  # what was typed last time comes back
    assert again.place.text() == "Agence de Carpentras" and again.minutes.value() == 150
    assert again.start.time() == QTime(9, 30) and before is not None


def test_a_board_step_in_a_workshop_without_its_board_says_so(console: ConsoleWindow) -> None:
    """The step is kept (a timeline may be chosen later); the status bar says what the room
    would see, and where to choose one."""
    dialog = console.workshop_actions.new_workshop()
    dialog.title.setText("Sans frise")
    dialog.timeline.setCurrentIndex(0)  # "No timeline"
    dialog.matrix.setCurrentIndex(0)  # "No matrix"
    _ok(dialog)
    editor = console.workshops_page.agenda
    for kind, missing in ((StepKind.TIMELINE, "no timeline"), (StepKind.MATRIX, "no matrix")):
        console.statusBar().clearMessage()
        step_id = editor.add_step({"kind": kind.value})
        assert step_id is not None and editor.selected_step().kind == kind.value
        message = console.statusBar().currentMessage()
        assert message.startswith(f"This workshop has {missing} yet") and "(Ctrl+Shift+E)" in message

    dialog = console.workshop_actions.new_workshop()
    dialog.title.setText("Avec sa frise")  # a timeline, the default: nothing to say
    _ok(dialog)
    console.statusBar().clearMessage()
    assert editor.add_step({"kind": StepKind.TIMELINE.value}) is not None
    assert console.statusBar().currentMessage() == ""


def test_details_are_edited_with_undo_and_a_timeline_with_notes_stays(console: ConsoleWindow) -> None:
    actions = console.workshop_actions
    workshop_id = console.workspace.workshop_id
    dialog = actions.edit_workshop()
    assert dialog.title.text() == "Atelier frise – recruter dans une TPE" and not dialog.timeline.isEnabled()
    dialog.title.setText("Atelier frise – Avignon")
    dialog.room.setText("Salle du conseil")
    dialog.minutes.setValue(165)
    dialog.scenarios.set_checked(())
    _ok(dialog)
    details = console.workspace.query(lambda s: workshop_details(s, workshop_id))
    assert (details.title, details.room, details.available_minutes, details.scenario_ids) == (
        "Atelier frise – Avignon",
        "Salle du conseil",
        165,
        (),
    )
    assert console.workshops_page.title.text() == "Atelier frise – Avignon"
    assert "Edit the workshop" in console.undo_action.text()
    console.workspace.undo_stack.undo()
    back = console.workspace.query(lambda s: workshop_details(s, workshop_id))
    assert (back.title, back.room, back.available_minutes, len(back.scenario_ids)) == (
        "Atelier frise – recruter dans une TPE",
        "Salle 2",
        180,
        2,
    )


def test_participants_added_edited_imported_pasted_reordered_removed(
    console: ConsoleWindow, qtbot, warnings: list[str]
) -> None:
    panel = console.workshops_page.participants
    undo = console.workspace.undo_stack
    dialog = panel.add()
    qtbot.keyClicks(dialog.name, "Ines R.")
    dialog.role.setCurrentIndex(dialog.role.findData("cdde"))
    dialog.organisation.setText("France Travail Cavaillon")
    _ok(dialog)
    names = [p.display_name for p in _overview(console).participants]
    assert len(names) == 11 and "Ines R." in names
    added = panel.list.current_id()
    panel.list.select_ids([added])
    edit = panel.edit_selected()
    assert edit.name.text() == "Ines R." and edit.role.currentData() == "cdde"
    edit.name.setText("Inès R.")
    _ok(edit)
    assert "Inès R. — CDDE · France Travail Cavaillon" in [
        panel.model.index(r).data() for r in range(panel.model.rowCount())
    ]

    # the sample's own six people, by name and role: already there, none added twice
    assert panel.import_file(DATA / "participants_libreoffice.xlsx") == 0
    message = console.statusBar().currentMessage()
    assert message.startswith("Added 0 participants from participants_libreoffice.xlsx. 6 already in the workshop")
    assert len(_overview(console).participants) == 11
    assert panel.paste("Marc\tpartenaire\tMission locale\nJulie\tnouvelle recrue") == 2
    assert panel.paste("marc\tPartenaire\nLéo\tCDE") == 1  # Marc again (any case): only Léo
    assert "1 already in the workshop left out (marc)" in console.statusBar().currentMessage()
    assert panel.paste("Marc\tpatron") == 0 and "pasted text, row 1" in warnings[-1]
    assert panel.import_file(DATA / "cartes_libreoffice.xlsx") == 0 and "unknown column" in warnings[-1]
    assert len(_overview(console).participants) == 14

    julie = next(p.id for p in _overview(console).participants if p.display_name == "Julie")
    panel.list.select_ids([julie])
    panel.move_selected(-1)
    order = [p.display_name for p in _overview(console).participants]
    assert order[-3:] == ["Julie", "Marc", "Léo"]
    panel.list.select_ids([julie])
    _focus(qtbot, console, panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert "Julie" not in [p.display_name for p in _overview(console).participants]
    undo.undo()  # remove
    undo.undo()  # move
    assert [p.display_name for p in _overview(console).participants][-3:] == ["Marc", "Julie", "Léo"]
    for _ in range(4):  # the two pastes, edit, add (the import added no one)
        undo.undo()
    assert len(_overview(console).participants) == 10


def _drop(view, materials: list[dict], row: int) -> None:
    mime = QMimeData()
    mime.setData(MATERIAL_MIME, QByteArray(json.dumps(materials).encode("utf-8")))
    count = view.model().rowCount()
    if row < count:  # on the upper part of the row: before it
        rect = view.visualRect(view.model().index(row, 0))
        point = QPointF(rect.center().x(), rect.top() + 2)
    else:  # under the last row: at the end
        rect = view.visualRect(view.model().index(count - 1, 0))
        point = QPointF(rect.center().x(), rect.bottom() + 6)
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)


def _kinds(console: ConsoleWindow) -> list[str]:
    workshop_id = console.workspace.workshop_id
    with console.workspace.db.read() as session:
        return list(
            session.scalars(
                select(AgendaStep.kind).where(AgendaStep.workshop_id == workshop_id).order_by(AgendaStep.position)
            )
        )


def test_the_agenda_is_built_from_the_library_by_drag_and_drop_and_edited(console: ConsoleWindow, qtbot) -> None:
    actions = console.workshop_actions
    dialog = actions.new_workshop()
    dialog.title.setText("Atelier court")
    dialog.minutes.setValue(30)
    _ok(dialog)
    editor = console.workshops_page.agenda
    palette = editor.materials
    slides, cards = palette.topLevelItem(0), palette.topLevelItem(1)
    palette.setCurrentItem(slides.child(0))  # the title slide, by double-click (itemActivated)
    palette.itemActivated.emit(slides.child(0), 0)
    timeline = next(slides.child(i) for i in range(slides.childCount()) if slides.child(i).text(0) == "Timeline")
    palette.clearSelection()
    timeline.setSelected(True)
    palette.itemActivated.emit(timeline, 0)
    assert _kinds(console) == ["title", "timeline"]
    two_cards = [json.loads(cards.child(i).data(0, Qt.ItemDataRole.UserRole)) for i in (0, 1)]
    _drop(editor.list, two_cards, 1)  # dropped on the timeline's upper half: before it
    assert _kinds(console) == ["title", "cards", "timeline"]
    _drop(editor.list, two_cards[:1], 3)
    assert _kinds(console) == ["title", "cards", "timeline", "card"]
    assert "planned" in editor.budget.text() and editor.budget.property("timeState") == "over"

    editor.list.select_ids([editor.model.ids()[3]])
    edit = editor.edit_selected()
    assert not edit.kind.isEnabled()
    edit.card.setCurrentIndex(5)
    chosen = edit.card.currentData()
    edit.minutes.setValue(5)
    _ok(edit)
    step = editor.selected_step()
    assert step.card.card_id == chosen and step.planned_minutes == 5
    qtbot.mouseClick(editor.skip_button, Qt.MouseButton.LeftButton)
    assert editor.selected_step().hidden and "skipped" in editor.model.index(3, 0).data()
    editor.list.select_ids([editor.model.ids()[3]])
    _focus(qtbot, console, editor.list)
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _kinds(console) == ["title", "cards", "card", "timeline"]
    undo = console.workspace.undo_stack
    for _ in range(3):  # move, skip, edit
        undo.undo()
    step = next(s for s in editor.agenda.steps if s.kind == StepKind.CARD)
    assert step.card.card_id != chosen and not step.hidden and _kinds(console)[-1] == "card"


def test_an_instruction_with_its_countdown_on_the_stage(console: ConsoleWindow, qtbot) -> None:
    editor = console.workshops_page.agenda
    editor.list.select_ids([editor.model.ids()[0]])
    dialog = editor.open_step_dialog(kind=StepKind.INSTRUCTION.value)
    assert dialog.bullets.isVisible() and not dialog.card.isVisible()
    dialog.title.setText("À vous : les signaux faibles")
    dialog.bullets.setPlainText("Relisez l’offre\n\nNotez trois signaux\nUn par note")
    assert dialog.bullet_count.text() == "3 of 6 bullets"
    dialog.bullets.setPlainText("\n".join(f"Point {i}" for i in range(7)))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.bullets.setPlainText("Relisez l’offre\nNotez trois signaux\nUn par note")
    dialog.countdown_on.setChecked(True)
    dialog.countdown.setValue(4)
    _ok(dialog)
    step = editor.selected_step()
    assert (step.kind, step.bullets, step.countdown_minutes) == (
        "instruction",
        ("Relisez l’offre", "Notez trois signaux", "Un par note"),
        4,
    )
    assert editor.model.row_of(step.id) == 1  # after the selected step

    presentation = console.presenter.presentation
    clock = [100.0]
    presentation.set_time_source(lambda: clock[0])
    console.presenter.present(1)
    try:
        stage = console.presenter.stage
        words = stage.view.layout_shown.words()
        assert "À vous\u00a0: les signaux faibles" in words and "Notez trois signaux" in words and "04:00" in words
        qtbot.keyClick(console, Qt.Key.Key_T)
        clock[0] += 65
        qtbot.waitUntil(lambda: "02:55" in stage.view.layout_shown.words(), timeout=3000)  # its next tick shows it
        page = console.page("presenter")
        assert page.now.countdown_row.isVisible() and page.now.countdown.text().startswith("02:55")
        page.now.minute_button.click()
        assert "03:55" in stage.view.layout_shown.words()
        sizes = dict(stage.view.layout_shown.text_sizes())
        assert sizes["countdown"] >= 0.15 * stage.view.height()  # far larger than anything else
        page.now.countdown_button.click()  # pause
        clock[0] += 600
        page.now.countdown_button.click()  # and go on: the ten minutes paused did not count
        assert "03:55" in stage.view.layout_shown.words() and page.now.countdown.text().startswith("03:55")
    finally:
        presentation.end()


def test_six_long_bullets_fit_one_screen_and_longer_ones_are_flagged_while_typing(console: ConsoleWindow) -> None:
    """Six two-line bullets beside a countdown are shown at once (bullets drawn closer); more
    text than a 1280 × 720 projector holds at a legible size is said in the dialog."""
    from workshop_studio.domain.agenda import StepView
    from workshop_studio.domain.countdown import CountdownView
    from workshop_studio.ui.stage.layout.instruction import instruction_slide
    from workshop_studio.ui.stage.layout.primitives import px
    from workshop_studio.ui.stage.sizes import stage_sizes

    two_lines = tuple(
        f"Point {i} assez long pour tenir sur deux lignes au fond de la salle, pas plus" for i in range(6)
    )
    step = StepView(id=1, kind="instruction", title="À deux, une étape chacun", bullets=two_lines)
    for width, height in ((1280, 720), (1920, 1080)):
        sizes = stage_sizes(width, height)
        laid = instruction_slide(step, sizes, 0, CountdownView(300, False, False))
        assert laid.page_count == 1, (width, height)
        body = [text for text in laid.texts if text.role == "body"]
        drawn = " ".join(line for text in body for line in text.fitted.lines)
        assert all(bullet in drawn for bullet in two_lines)  # every bullet whole, on this one page
        assert min(px(text.fitted) for text in body) >= sizes.body  # legible, not shrunk below the minimum

    dialog = console.workshops_page.agenda.open_step_dialog(kind=StepKind.INSTRUCTION.value)
    dialog.countdown_on.setChecked(True)
    dialog.bullets.setPlainText("\n".join(two_lines))
    assert dialog.bullet_count.text() == "6 of 6 bullets" and dialog.bullet_count.property("timeState") == "ok"
    dialog.bullets.setPlainText("\n".join(line * 2 for line in two_lines))
    assert dialog.room_pages() == 2
    assert dialog.bullet_count.text() == (
        "6 of 6 bullets — too long for one screen: a 1280 × 720 projector shows them on 2 pages; shorten them"
    )
    assert dialog.bullet_count.property("timeState") == "over"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # said, not refused
    dialog.reject()


def test_a_french_system_reads_one_french_long_date_everywhere(qapp, qtbot, db_path: Path) -> None:
    from console_support import open_console

    from workshop_studio.app import install_translators

    install_translators(qapp, "fr")  # what a French system gets (the autouse fixture puts English back)
    console = open_console(qtbot, db_path)
    try:
        page = console.workshops_page
        assert page.details.text().startswith("mardi 24 novembre 2026, 14:00–17:00 · Agence d’Avignon, Salle 2")
        assert page.chooser.currentText().endswith("— mardi 24 novembre 2026")
        console.show_page("review")
        review = console.page("review")
        assert "mardi 24 novembre 2026" in review.chooser.currentText()
        review.modes.setCurrentWidget(review.pool)  # several workshops: the table and its filters too
        model = review.pool.workshops_model
        qtbot.waitUntil(lambda: model.rowCount() > 0)
        assert model.index(0, 0).data() == "mardi 24 novembre 2026"
        review.pool.filters.from_date.setDate(QDate(2026, 11, 24))
        assert review.pool.filters.from_date.text() == "mardi 24 novembre 2026"
        assert console.workshop_menu.title() == "A&telier"
    finally:
        console.close()
