"""The annotated timeline: built from data, following every change, and every action undoable."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from workshop_studio.domain.notes import Target
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Annotation
from workshop_studio.ui.console.capture_bar import CaptureBar
from workshop_studio.ui.timeline.items import NoteItem, StageHeaderItem
from workshop_studio.ui.timeline.panel import TimelinePanel
from workshop_studio.ui.workspace import Workspace


def _workspace(db_path) -> Workspace:
    workspace = Workspace(open_database(str(db_path)))
    workspace.set_workshop(1)
    return workspace


def _stored(workspace: Workspace) -> dict[str, Annotation]:
    with workspace.db.read() as session:
        return {n.uid: n for n in session.scalars(select(Annotation))}


def test_the_scene_shows_every_stage_and_stage_note(qtbot, db_path) -> None:
    with closing(sqlite3.connect(db_path)) as connection:  # what the file holds, read without the app's code
        titles = [
            title
            for (title,) in connection.execute(
                "SELECT title FROM workshop_stage WHERE workshop_id = 1 ORDER BY position"
            )
        ]
        columns = dict(
            connection.execute(
                "SELECT a.id, s.position FROM annotation AS a JOIN workshop_stage AS s ON s.id = a.workshop_stage_id "
                "WHERE a.workshop_id = 1 AND a.target_kind = 'stage'"
            )
        )
    assert len(titles) == 10 and len(columns) == 28
    workspace = _workspace(db_path)
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    headers = sorted((i for i in panel.scene.items() if isinstance(i, StageHeaderItem)), key=lambda h: h.x())
    assert [h.stage.title for h in headers] == titles  # every stage, in order
    items = [i for i in panel.scene.items() if isinstance(i, NoteItem)]
    # every stage note, each in its stage's column
    assert {i.record.id: panel.scene.layout.stage_at(i.x() + 10) for i in items} == columns


def test_keyboard_capture_lands_in_the_database_and_on_the_view(qtbot, db_path) -> None:
    workspace = _workspace(db_path)
    panel = TimelinePanel(workspace)
    stage = workspace.timeline.stages[8]

    def target() -> tuple[Target, str]:
        sid = panel.scene.current_stage_id
        return (Target.stage(sid), "stage") if sid is not None else (Target.tray(), "tray")

    bar = CaptureBar(workspace, target)
    qtbot.addWidget(panel)
    qtbot.addWidget(bar)
    bar.show()
    panel.scene.select_stage(stage.id)
    bar.focus_capture()
    qtbot.keyClicks(bar.text, "<b>Un appel</b> & un ")  # QTest types ASCII only
    bar.text.insert("café après l'essai")
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)

    stored = [n for n in _stored(workspace).values() if n.text == "<b>Un appel</b> & un café après l'essai"]
    assert len(stored) == 1 and stored[0].workshop_stage_id == stage.id
    assert bar.text.text() == "" and bar.focusWidget() is bar.text  # ready for the next note
    item = panel.scene.note_item(stored[0].id)
    assert item is not None and item.record.text == "<b>Un appel</b> & un café après l'essai"

    # nothing selected: the note goes to the tray, never dropped
    panel.scene.select_stage(None)
    bar.text.insert("sans étape")
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    (tray,) = [n for n in _stored(workspace).values() if n.text == "sans étape"]
    assert tray.target_kind == "tray"
    assert [n.text for n in workspace.timeline.tray_notes()][-1] == "sans étape"

    # undo and redo the last note: gone from both, then back with the same uid
    workspace.undo_stack.undo()
    assert "sans étape" not in {n.text for n in _stored(workspace).values()}
    workspace.undo_stack.redo()
    assert tray.uid in _stored(workspace)


def test_enter_with_an_empty_field_adds_nothing(qtbot, db_path) -> None:
    workspace = _workspace(db_path)
    bar = CaptureBar(workspace, lambda: (Target.tray(), "tray"))
    qtbot.addWidget(bar)
    before = len(_stored(workspace))
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    assert len(_stored(workspace)) == before


def test_dragging_a_note_to_another_stage_persists_and_undoes(qtbot, db_path) -> None:
    workspace = _workspace(db_path)
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    model = workspace.timeline
    note = model.stage_notes(model.stages[0].id)[0]
    destination = model.stages[4].id
    panel.scene.noteMoved.emit(note.id, destination, 0)  # what a drop over stage 5 announces
    with workspace.db.read() as session:
        assert session.get(Annotation, note.id).workshop_stage_id == destination
    item = panel.scene.note_item(note.id)
    assert panel.scene.layout.stage_at(item.x() + 10) == 4
    workspace.undo_stack.undo()
    with workspace.db.read() as session:
        assert session.get(Annotation, note.id).workshop_stage_id == model.stages[0].id
    assert panel.scene.layout.stage_at(panel.scene.note_item(note.id).x() + 10) == 0


def test_mouse_drag_between_stages(qtbot, db_path) -> None:
    workspace = _workspace(db_path)
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(1600, 900)
    panel.show()
    panel.view.set_zoom(0.5)
    model = workspace.timeline
    note = model.stage_notes(model.stages[0].id)[0]
    item = panel.scene.note_item(note.id)
    start = panel.view.mapFromScene(item.sceneBoundingRect().center())
    end = panel.view.mapFromScene(QPointF(panel.scene.layout.column(2).x + 50, item.sceneBoundingRect().center().y()))
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=start + (end - start) / 2)
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    with workspace.db.read() as session:
        assert session.get(Annotation, note.id).workshop_stage_id == model.stages[2].id


def test_votes_hide_edit_delete_are_undoable(qtbot, db_path) -> None:
    workspace = _workspace(db_path)
    answers: list[QDialog] = []

    def ask(dialog: QDialog) -> bool:
        answers.append(dialog)
        dialog.text.setPlainText("Texte corrigé")
        return True

    panel = TimelinePanel(workspace, ask=ask)
    qtbot.addWidget(panel)
    note = workspace.timeline.stage_notes(workspace.timeline.stages[1].id)[0]
    panel.scene.note_item(note.id).setSelected(True)

    def stored():
        with workspace.db.read() as session:
            return session.get(Annotation, note.id)

    panel.vote_selected(+1)
    assert stored().votes == note.votes + 1
    panel.toggle_hidden_selected()
    assert stored().hidden is True
    assert panel.scene.note_item(note.id).record.hidden  # still on the console, marked
    panel.edit_note(note.id)
    assert stored().text == "Texte corrigé"
    panel.delete_selected()
    assert stored() is None and panel.scene.note_item(note.id) is None
    for _ in range(4):
        workspace.undo_stack.undo()
    restored = stored()
    assert (restored.text, restored.votes, restored.hidden) == (note.text, note.votes, False)


def test_adding_through_the_large_dialog(qtbot, db_path) -> None:
    workspace = _workspace(db_path)

    def ask(dialog) -> bool:
        assert all(b.minimumHeight() >= 48 for b in dialog.kinds.buttons())  # touch targets
        dialog.text.setPlainText("Au tableau")
        dialog.kinds.buttons()[0].setChecked(True)
        return True

    panel = TimelinePanel(workspace, ask=ask)
    qtbot.addWidget(panel)
    stage = workspace.timeline.stages[3]
    panel.scene.stageActivated.emit(stage.id)
    (note,) = [n for n in workspace.timeline.stage_notes(stage.id) if n.text == "Au tableau"]
    assert note.kind == "irritant"


def test_by_role_puts_notes_in_their_role_lane(qtbot, db_path) -> None:
    from workshop_studio.domain.timeline_layout import LANE_ROLES

    workspace = _workspace(db_path)
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.by_role.setChecked(True)
    layout = panel.scene.layout
    assert layout.by_role
    for item in (i for i in panel.scene.items() if isinstance(i, NoteItem)):
        assert layout.lane_at(item.y() + 5) == LANE_ROLES.index(item.record.role)


def test_a_long_author_name_never_hides_a_notes_votes_or_role(qtbot, db_path) -> None:
    workspace = _workspace(db_path)
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    note = workspace.timeline.stage_notes(workspace.timeline.stages[0].id)[0]
    long_name = "Marie-Bernadette de La Tour d’Auvergne-Saint-Exupéry (Avignon)"
    workspace.timeline.put(dataclasses.replace(note, author=long_name, votes=3))
    item = panel.scene.note_item(note.id)
    lines = _painted_lines(item)  # top to bottom, each line as the runs of text drawn left to right
    assert lines[0] == ["IRRITANT", "Recruiter"] and lines[1][0].startswith("Quand je")
    footer = "".join(lines[-1])
    assert footer.endswith(" · ●●●")  # the votes whole
    assert footer.startswith("Marie-Bernadette") and "…" in footer  # the name gave way


def _painted_lines(item) -> list[list[str]]:
    """The words ``item`` paints, read back from an SVG it is painted into: one list of runs
    (left to right) per line (top to bottom)."""
    from xml.etree import ElementTree

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setViewBox(item.boundingRect())
    painter = QPainter(svg)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    runs: dict[float, list[tuple[float, str]]] = {}
    for text in ElementTree.fromstring(bytes(data.data())).iter("{http://www.w3.org/2000/svg}text"):
        runs.setdefault(float(text.get("y", "0")), []).append((float(text.get("x", "0")), text.text or ""))
    return [[words for _x, words in sorted(line)] for _y, line in sorted(runs.items())]


def test_space_shows_the_selected_note_large_on_the_shared_screen(qtbot, db_path) -> None:
    workspace = _workspace(db_path)
    shown: list[int] = []
    panel = TimelinePanel(workspace, show_note=shown.append)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=3000)
    note = workspace.timeline.stage_notes(workspace.timeline.stages[1].id)[0]
    panel.scene.note_item(note.id).setSelected(True)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert shown == [note.id]
