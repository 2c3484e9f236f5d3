"""The console opens the room to phones; a phone's note, sent over HTTP, shows on every view."""

from __future__ import annotations

import pytest
from phone_client import Phone
from PySide6.QtGui import QColor

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import StepKind, TargetKind


@pytest.fixture
def opened(console):
    controller = console.participation
    server = controller.open("127.0.0.1")
    yield controller, server
    controller.close()


def test_participation_is_off_until_the_facilitator_opens_it(console) -> None:
    controller = console.participation
    assert not controller.is_open and controller.server is None
    assert controller.overlay.isHidden()
    panel = console.participation_panel
    assert panel.toggle.text() == "Open participation"
    assert panel.interface.count() >= 1


def test_the_panel_opens_and_closes_the_room(console, qtbot) -> None:
    panel = console.participation_panel
    panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
    panel.toggle.click()
    server = console.participation.server
    assert server is not None and server.host == "127.0.0.1"
    assert server.room.code in panel.address.text() and panel.toggle.text() == "Close participation"
    phone = Phone(server.join_url)
    assert phone.join("cde").status == 201
    qtbot.waitUntil(lambda: console.participation.phones == 1, timeout=5000)
    assert panel.phones.text() == "1 phone connected"
    panel.toggle.click()
    assert console.participation.server is None
    with pytest.raises(OSError):
        phone.note("Trop tard")
    phone.close()


def test_a_phone_note_arrives_in_the_console_and_on_the_stage(console, opened, qtbot) -> None:
    controller, server = opened
    model = console.workspace.timeline
    stage = model.stages[1]
    phone = Phone(server.join_url)
    phone.join("recruiter", "Boulangerie <Martin>")
    answer = phone.note("<b>Trop de papiers</b>", "irritant", stage=stage.id)
    note_id = answer.body["id"]
    qtbot.waitUntil(lambda: model.note(note_id) is not None, timeout=5000)
    record = model.note(note_id)
    assert record.target == Target.stage(stage.id) and record.role == "recruiter"
    assert record.text == "<b>Trop de papiers</b>"
    line = console.participation_panel.notes.item(0).text()
    assert "Boulangerie <Martin>" in line and "<b>Trop de papiers</b>" in line
    overlay = controller.overlay
    assert overlay.note is not None and overlay.note.text == "<b>Trop de papiers</b>"
    assert not overlay.isHidden()
    phone.close()


def test_closing_the_room_tells_the_views_of_the_last_notes_at_once(console, opened, qtbot) -> None:
    """The other views hear of phone notes a moment later (in batches); closing the room (or the
    console) in that moment says it then, while the views still exist, and leaves nothing to fire."""
    from workshop_studio.domain.changes import Area

    controller, server = opened
    model = console.workspace.timeline
    heard: list = []
    console.workspace.changed.connect(heard.append)
    phone = Phone(server.join_url)
    phone.join("cde")
    note_id = phone.note("Dernier mot", "idea", stage=model.stages[0].id).body["id"]
    qtbot.waitUntil(lambda: model.note(note_id) is not None, timeout=5000)
    assert heard == []  # not yet: the batch waits a moment
    controller.close()
    assert [c.areas for c in heard] == [{Area.NOTES}] and note_id in heard[0].notes
    assert not controller._notify_timer.isActive()
    phone.close()


def test_the_stage_shows_a_qr_code_the_room_code_and_address(console, opened) -> None:
    controller, server = opened
    stage = console.presenter.stage
    stage.resize(1280, 720)
    picture = stage.view.grab().toImage()
    qr = controller.overlay.qr_rect()
    modules = controller.overlay.card.modules
    cell = qr.width() / len(modules)
    # The finder pattern's corner module is dark, the quiet zone around it light.
    dark = picture.pixelColor(int(qr.left() + cell * 4.5), int(qr.top() + cell * 4.5))
    light = picture.pixelColor(int(qr.left() + cell * 1.5), int(qr.top() + cell * 1.5))
    assert dark == QColor("#000000") and light.lightness() > 240
    assert qr.height() >= 720 * 0.33
    assert controller.overlay.card.code == server.room.code


def test_the_room_follows_what_the_stage_shows(console, opened) -> None:
    _controller, server = opened
    presentation = console.presenter.presentation
    steps = presentation.steps
    card_index = next(i for i, s in enumerate(steps) if s.kind == StepKind.CARD)
    console.presenter.present(card_index)
    step = server.room.step
    assert step.target.kind == TargetKind.CARD and step.title == steps[card_index].card.title
    serial = step.serial
    timeline_index = next(i for i, s in enumerate(steps) if s.kind == StepKind.TIMELINE)
    presentation.go_to(timeline_index)
    stage = console.workspace.timeline.stages[3]
    console.workspace.timeline.set_current_stage(stage.id)
    assert server.room.step.target == Target.stage(stage.id) and server.room.step.title == stage.title
    assert server.room.step.serial > serial
    presentation.end()


def test_moderation_holds_phone_notes_in_the_tray_and_off_the_stage(console, opened, qtbot) -> None:
    controller, server = opened
    panel = console.participation_panel
    panel.moderation.setCurrentIndex(panel.moderation.findData("tray"))
    phone = Phone(server.join_url)
    phone.join("cdde")
    note_id = phone.note("À trier d'abord", stage=console.workspace.timeline.stages[0].id).body["id"]
    model = console.workspace.timeline
    qtbot.waitUntil(lambda: model.note(note_id) is not None, timeout=5000)
    assert note_id in {n.id for n in model.tray_notes()}
    assert controller.overlay.note is None
    phone.close()


def test_another_workshop_closes_the_room(console, opened) -> None:
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.services.workshop_setup import create_workshop

    controller, _server = opened
    other = console.workspace.write(lambda s: create_workshop(s, WorkshopDetails(title="Un autre atelier")).id)
    console.open_workshop(other)
    assert not controller.is_open and controller.overlay.isHidden()


def test_a_vote_round_opened_in_the_console_counts_phone_dots(console, opened, qtbot) -> None:
    _controller, server = opened
    panel = console.participation_panel
    model = console.workspace.timeline
    phone = Phone(server.join_url)
    phone.join("partner")
    note_id = phone.note("Un guichet unique", stage=model.stages[0].id).body["id"]
    assert phone.api("POST", "votes", {"note_id": note_id}).error == "closed"
    panel.dots.setValue(2)
    panel.vote_button.click()
    assert panel.vote_button.text() == "Close the vote round" and "2 dots" in panel.vote_state.text()
    assert phone.api("POST", "votes", {"note_id": note_id}).status == 200
    qtbot.waitUntil(lambda: model.note(note_id) is not None and model.note(note_id).votes == 1, timeout=5000)
    panel.vote_button.click()
    assert phone.api("POST", "votes", {"note_id": note_id}).error == "closed"
    phone.close()
