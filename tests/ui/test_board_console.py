"""Driving the room's boards from the console, the keys and the whiteboard: stage by stage with
the arrows, Home and the Overview button, a touch that focuses or opens, notes dragged between
stages and cells with undo, the preview always the room's picture, Ctrl+Z after a note, and
Reveal All."""

from __future__ import annotations

from board_support import add_notes, centre, drawn, flat
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.storage.models import Annotation
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.console.presenter_page import PresenterPage
from workshop_studio.ui.stage.shown import stage_key


def _activate(qtbot, window) -> None:
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def _present(console: ConsoleWindow, qtbot, kind: str):
    _activate(qtbot, console)
    controller = console.presenter
    index = next(i for i, step in enumerate(controller.presentation.steps) if step.kind == kind)
    controller.present(index)
    qtbot.waitUntil(lambda: controller.stage.isVisible(), timeout=3000)
    _activate(qtbot, console)
    page = console.page("presenter")
    assert isinstance(page, PresenterPage)
    return controller, page


def test_arrows_go_stage_by_stage_home_goes_back_and_past_the_last_stage_comes_the_next_step(
    console: ConsoleWindow, qtbot
) -> None:
    controller, page = _present(console, qtbot, StepKind.TIMELINE)
    model = controller.presentation
    stages = model.current_step.stages
    try:
        assert model.board.overview
        for _ in range(model.page_count):  # the overview's pages (one on a projector), then stage 1
            qtbot.keyClick(console, Qt.Key.Key_Right)
        assert model.board.stage_id == stages[0].id
        assert drawn(controller.stage.view).words("counter") == "Stage 1 / 10"
        assert console.workspace.timeline.current_stage_id == stages[0].id  # where the next note goes
        assert "the stage “Le besoin apparaît”" in console.capture.where.text()
        qtbot.keyClick(console, Qt.Key.Key_PageDown)  # a clicker
        assert model.board.stage_id == stages[1].id
        qtbot.keyClick(console, Qt.Key.Key_Home)
        assert model.board.overview
        qtbot.keyClick(console, Qt.Key.Key_Left)  # from the overview: the step before
        assert model.current_step.kind != StepKind.TIMELINE
        qtbot.keyClick(console, Qt.Key.Key_Right)  # back in: the overview again
        assert model.current_step.kind == StepKind.TIMELINE and model.board.overview
        model.focus_stage(stages[-1].id)
        while model.page < model.page_count - 1:
            qtbot.keyClick(console, Qt.Key.Key_Right)
        timeline = model.index
        qtbot.keyClick(console, Qt.Key.Key_Right)
        assert model.index == timeline + 1 and model.board.overview
        qtbot.keyClick(console, Qt.Key.Key_Left)  # coming back lands on the last stage
        assert model.index == timeline and model.board.stage_id == stages[-1].id
        # the console redraws once, just after a burst of model signals
        qtbot.waitUntil(page.now.overview_button.isEnabled, timeout=3000)
        page.now.overview_button.click()  # the console's way back to the overview
        assert model.board.overview
        qtbot.waitUntil(lambda: not page.now.overview_button.isEnabled(), timeout=3000)
        assert page.now.drives.text() == "Shared screen:"
    finally:
        model.end()


def test_touching_the_whiteboard_focuses_opens_and_dismisses(console: ConsoleWindow, qtbot) -> None:
    controller, _page = _present(console, qtbot, StepKind.TIMELINE)
    model, view = controller.presentation, controller.stage.view
    try:
        overview = drawn(view)
        third = overview.regions("stage")[2]
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(third.box))  # touches reach Qt as clicks
        assert model.board.stage_id == third.stage_id
        focused = drawn(view)
        note = focused.regions("note")[0]
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(note.box))
        assert model.board.note_id == note.note_id
        opened = drawn(view)
        text = console.workspace.timeline.note(note.note_id).text
        assert flat(opened.words("note")) == flat(text)
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # anywhere: dismissed
        assert model.board.note_id is None and model.board.stage_id == third.stage_id
        home = drawn(view).regions("home")[0]
        assert home.box.height >= 48  # a touch target
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(home.box))
        assert model.board.overview
    finally:
        model.end()


def _drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def _stored_target(console: ConsoleWindow, note_id: int) -> tuple:
    with console.workspace.db.read() as session:
        note = session.get(Annotation, note_id)
        return note.target_kind, note.workshop_stage_id, note.matrix_row_card_id, note.matrix_column_card_id


def test_a_note_dragged_to_another_stage_on_the_whiteboard_moves_with_undo(console: ConsoleWindow, qtbot) -> None:
    controller, _page = _present(console, qtbot, StepKind.TIMELINE)
    model, view = controller.presentation, controller.stage.view
    stages = model.current_step.stages
    try:
        model.focus_stage(stages[0].id)
        shown = drawn(view)
        note = shown.regions("note")[0]
        tab = next(r for r in shown.regions("stage") if r.stage_id == stages[6].id)
        _drag(qtbot, view, centre(note.box), centre(tab.box))
        assert _stored_target(console, note.note_id)[:2] == ("stage", stages[6].id)
        assert note.note_id not in {r.note_id for r in drawn(view).regions("note")}  # gone from stage 1
        console.workspace.undo_stack.undo()
        assert _stored_target(console, note.note_id)[:2] == ("stage", stages[0].id)
        assert note.note_id in {r.note_id for r in drawn(view).regions("note")}
    finally:
        model.end()


def test_the_console_grid_chooses_the_cell_moves_with_arrows_and_drags_notes_with_undo(
    console: ConsoleWindow, qtbot
) -> None:
    controller, page = _present(console, qtbot, StepKind.MATRIX)
    model = controller.presentation
    grid = page.matrix
    try:
        assert page.tabs.currentWidget() is grid
        page.resize(1300, 700)
        qtbot.waitUntil(lambda: grid.width() > 300, timeout=3000)
        shown = drawn(grid)
        note = shown.regions("note")[0]
        cells = shown.regions("cell")
        home = next(c for c in cells if c.box.contains(note.box.x + 1, note.box.y + 1))
        empty = next(
            c for c in cells if not any(c.box.contains(n.box.x + 1, n.box.y + 1) for n in shown.regions("note"))
        )
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre(note.box))  # on a post-it: its cell
        assert model.board.cell == home.cell
        assert "the cell “" in console.capture.where.text()
        assert any(s.stroke_width == 5.0 for s in drawn(grid).layout.shapes)  # the chosen cell, framed
        grid.setFocus()
        qtbot.keyClick(grid, Qt.Key.Key_Down)
        assert model.board.cell not in (None, home.cell)
        assert model.current_step.kind == StepKind.MATRIX  # the arrows moved the cell, not the agenda
        _drag(qtbot, grid, centre(note.box), centre(empty.box))
        assert _stored_target(console, note.note_id) == ("matrix_cell", None, *empty.cell)
        console.workspace.undo_stack.undo()
        assert _stored_target(console, note.note_id) == ("matrix_cell", None, *home.cell)
        qtbot.keyClick(console, Qt.Key.Key_Home)
        assert model.board.overview
        assert console.capture.target()[0].kind == "tray"  # no cell chosen: to sort
    finally:
        model.end()


def test_the_preview_is_the_rooms_picture_after_every_change(console: ConsoleWindow, qtbot) -> None:
    controller, page = _present(console, qtbot, StepKind.TIMELINE)
    model, now = controller.presentation, page.now
    stages = model.current_step.stages

    def same() -> bool:
        room = (
            controller.stage.picture()
            .scaled(
                now.miniature.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            .toImage()
        )
        return now.miniature.pixmap().toImage() == room

    try:
        model.focus_stage(stages[4].id)
        qtbot.waitUntil(same, timeout=3000)
        before = now.miniature.pixmap().toImage()
        add_notes(console, stages[4].id, ["Une note qui arrive pendant qu’on la regarde, et qui se voit."])
        qtbot.waitUntil(same, timeout=3000)
        assert now.miniature.pixmap().toImage() != before
        assert "stage 5 of 10 in focus" in now.current_detail.text()
        model.set_room_by_role(True)
        qtbot.waitUntil(same, timeout=3000)
        assert now.room_by_role.isChecked() and "by role" in now.current_detail.text()
    finally:
        model.end()


def test_by_role_on_the_console_changes_the_console_only(console: ConsoleWindow, qtbot) -> None:
    controller, page = _present(console, qtbot, StepKind.TIMELINE)
    model = controller.presentation
    try:
        before = drawn(controller.stage.view).words()
        page.timeline.by_role.setChecked(True)
        page.timeline.view.zoom_by(1.5)
        assert drawn(controller.stage.view).words() == before and not model.board.by_role
        labels = [w.text() for w in page.timeline.toolbar.findChildren(type(page.now.drives))]
        assert "This view only:" in labels
        qtbot.mouseClick(page.now.room_by_role, Qt.MouseButton.LeftButton)
        assert model.board.by_role and "CDE" in drawn(controller.stage.view).words("lane")
    finally:
        model.end()


def test_ctrl_z_right_after_adding_a_note_removes_it(console: ConsoleWindow, qtbot) -> None:
    _activate(qtbot, console)
    model = console.workspace.timeline
    console.workshops_page.timeline_panel.scene.select_stage(model.stages[1].id)
    qtbot.keyClick(console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    field = console.capture.text
    qtbot.keyClicks(field, "Une note a reprendre")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    def stored() -> int:
        with console.workspace.db.read() as session:
            return len(list(session.scalars(select(Annotation).where(Annotation.text == "Une note a reprendre"))))

    assert stored() == 1 and field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored() == 0 and field.text() == ""  # the note is gone; its words did not come back
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored() == 0  # Enter on the empty field stores nothing
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""  # typing is still undone in the field itself
    console.workspace.undo_stack.clear()


def test_reveal_all_shows_every_hidden_stage_and_note_and_is_enabled_when_anything_is_hidden(
    console: ConsoleWindow, qtbot
) -> None:
    controller, page = _present(console, qtbot, StepKind.TIMELINE)
    model, panel = controller.presentation, page.stage_panel
    stages = model.current_step.stages
    timeline = console.workspace.timeline
    try:
        assert not panel.reveal_button.isEnabled()
        note = timeline.stage_notes(stages[0].id)[0]
        page.timeline.scene.note_item(note.id).setSelected(True)
        page.timeline.toggle_hidden_selected()  # H: this note off the shared screen
        assert panel.reveal_button.isEnabled()
        assert any("Note hidden by hand" in panel.items.item(i).text() for i in range(panel.items.count()))
        model.set_notes_hidden(True)
        model.set_notes_hidden(False)  # all notes back: the one hidden by hand stays hidden
        model.focus_stage(stages[0].id)
        assert flat(note.text)[:30] not in flat(drawn(controller.stage.view).words("note"))
        model.hide(stage_key(stages[3].id))
        model.set_notes_hidden(True)
        qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
        assert not model.hidden and not model.notes_hidden and not timeline.note(note.id).hidden
        assert flat(note.text)[:30] in flat(drawn(controller.stage.view).words("note"))
        assert not panel.reveal_button.isEnabled()
        console.workspace.undo_stack.undo()  # the notes revealed come back hidden in one step
        assert timeline.note(note.id).hidden
    finally:
        model.end()
        console.workspace.undo_stack.clear()


def test_a_post_it_dragged_to_another_cell_on_the_whiteboard_moves_with_undo(console: ConsoleWindow, qtbot) -> None:
    controller, _page = _present(console, qtbot, StepKind.MATRIX)
    model, view = controller.presentation, controller.stage.view
    try:
        shown = drawn(view)
        note = shown.regions("note")[0]
        before = _stored_target(console, note.note_id)
        cells = shown.regions("cell")
        empty = next(
            c for c in cells if not any(c.box.contains(n.box.x + 1, n.box.y + 1) for n in shown.regions("note"))
        )
        _drag(qtbot, view, centre(note.box), centre(empty.box))
        assert _stored_target(console, note.note_id) == ("matrix_cell", None, *empty.cell)
        words = " ".join(line.text for line in drawn(view).inside(empty.box, "post-it"))
        assert words  # the post-it now in its new cell
        console.workspace.undo_stack.undo()
        assert _stored_target(console, note.note_id) == before
        assert model.board.overview  # a drag is not a tap: nothing put in focus
    finally:
        model.end()
        console.workspace.undo_stack.clear()


def test_plus_note_on_the_whiteboard_adds_to_the_stage_in_focus_through_the_large_dialog(
    console: ConsoleWindow, qtbot
) -> None:
    controller, _page = _present(console, qtbot, StepKind.TIMELINE)
    model, view = controller.presentation, controller.stage.view
    stage = model.current_step.stages[5]

    def ask(dialog) -> bool:
        assert all(button.minimumHeight() >= 48 for button in dialog.kinds.buttons())  # touch targets
        dialog.text.setPlainText("Ecrit au tableau blanc")
        dialog.kinds.buttons()[1].setChecked(True)
        return True

    controller.board_link.ask = ask
    try:
        model.focus_stage(stage.id)
        add = drawn(view).regions("add")[0]
        assert add.stage_id == stage.id and add.box.height >= 48
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(add.box))
        (note,) = [n for n in console.workspace.timeline.stage_notes(stage.id) if n.text == "Ecrit au tableau blanc"]
        assert note.kind == "idea" and "Ecrit au tableau blanc" in drawn(view).words("note")
        console.workspace.undo_stack.undo()
        assert console.workspace.timeline.note(note.id) is None
    finally:
        model.end()
        console.workspace.undo_stack.clear()
