"""Phones write, edit, withdraw and vote through the real server; the database says what landed."""

from __future__ import annotations

import threading
import uuid

import pytest

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import TargetKind


def notes_of(db, workshop_id: int):
    from workshop_studio.services.notes import workshop_notes

    with db.read() as session:
        return workshop_notes(session, workshop_id)


def stage_ids(server) -> list[int]:
    return [stage_id for stage_id, _title in server.store.facts().stages]


def test_a_note_lands_on_its_stage_with_the_role_and_pseudonym(server, phone, db, workshop_id) -> None:
    stage = stage_ids(server)[2]
    answer = phone.note("Le délai de réponse décourage", "irritant", stage=stage)
    assert answer.status == 201
    (stored,) = [n for n in notes_of(db, workshop_id) if n.id == answer.body["id"]]
    assert stored.target == Target.stage(stage)
    assert (stored.kind, stored.role, stored.author) == ("irritant", "cde", "Léa")
    assert stored.text == "Le délai de réponse décourage"


def test_without_a_stage_the_note_goes_to_the_current_step(server, phone, db, workshop_id) -> None:
    assert phone.note("Rien de choisi").body["place"].startswith("À trier")
    stage = stage_ids(server)[0]
    server.room.set_step(Target.stage(stage), "Le besoin apparaît")
    answer = phone.note("Sur l'étape en cours")
    stored = {n.id: n for n in notes_of(db, workshop_id)}[answer.body["id"]]
    assert stored.target == Target.stage(stage)


def test_markup_in_a_note_is_kept_as_text(phone, db, workshop_id) -> None:
    text = '<img src=x onerror="alert(1)"> & <b>gras</b> \u202eàrebours 👍\u200b'
    answer = phone.note(text)
    assert answer.status == 201 and answer.body["text"] == text
    assert {n.id: n.text for n in notes_of(db, workshop_id)}[answer.body["id"]] == text
    (mine,) = phone.api("GET", "state").body["notes"]
    assert mine["text"] == text


def test_a_retried_note_is_stored_once(phone, db, workshop_id) -> None:
    before = len(notes_of(db, workshop_id))
    client_id = uuid.uuid4().hex
    first = phone.note("Une seule fois", client_id=client_id)
    again = phone.note("Une seule fois", client_id=client_id)
    assert (first.status, again.status) == (201, 200)
    assert first.body["id"] == again.body["id"]
    assert len(notes_of(db, workshop_id)) == before + 1


def test_retries_racing_each_other_store_one_note(phone, db, workshop_id) -> None:
    from phone_client import Phone

    before = len(notes_of(db, workshop_id))
    client_id = uuid.uuid4().hex
    results: list[int] = []

    def send() -> None:
        twin = Phone(f"http://{phone.host}:{phone.port}{phone.base}")
        twin.session = phone.session
        results.append(twin.note("En double ?", client_id=client_id).status)
        twin.close()

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results).count(201) == 1 and set(results) <= {200, 201, 409}
    assert len(notes_of(db, workshop_id)) == before + 1


def test_another_phone_cannot_take_a_client_id(phones) -> None:
    first, second = phones(), phones()
    first.join("cde"), second.join("partner")
    client_id = uuid.uuid4().hex
    assert first.note("à moi", client_id=client_id).status == 201
    assert second.note("à moi aussi", client_id=client_id).status == 409
    assert second.api("DELETE", f"notes/{client_id}").status == 404


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        ({"kind": "rant"}, "bad_kind"),
        ({"kind": None}, "bad_kind"),
        ({"stage": 999_999}, "bad_stage"),
        ({"stage": "2"}, "bad_stage"),
        ({"stage": True}, "bad_stage"),
        ({"text": "   "}, "empty_text"),
        ({"text": 42}, "bad_text"),
        ({"text": "a\x00b"}, "bad_text"),
        ({"text": "a" * 5001}, "long_text"),
        ({"role": "king"}, "bad_role"),
        ({"client_id": "short"}, "bad_client_id"),
        ({"client_id": "../../etc/passwd"}, "bad_client_id"),
        ({"colour": "red"}, "unknown_field"),
    ],
)
def test_a_bad_field_is_a_400_with_its_reason(phone, db, workshop_id, payload, error) -> None:
    before = len(notes_of(db, workshop_id))
    body = {"client_id": uuid.uuid4().hex, "text": "Une note", "kind": "idea", "role": "cde", **payload}
    answer = phone.api("POST", "notes", body)
    assert answer.status == 400 and answer.error == error
    assert answer.body["reason"]
    assert len(notes_of(db, workshop_id)) == before


def test_a_stage_of_another_workshop_is_refused(phone, db, workshop_id) -> None:
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.services.workshop_setup import create_workshop
    from workshop_studio.storage.models import Timeline

    with db.write() as session:
        other = create_workshop(session, WorkshopDetails(title="Autre", timeline_id=session.query(Timeline).first().id))
        foreign = other.stages[0].id
    answer = phone.note("Ailleurs", stage=foreign)
    assert answer.status == 400 and answer.error == "bad_stage"


@pytest.mark.parametrize("body", [b"{", b"[1, 2]", b'"text"', b"\xff\xfe", b"", b"null"])
def test_malformed_json_is_a_400(phone, body: bytes) -> None:
    answer = phone.raw("POST", f"{phone.base}api/notes", body, {"Content-Type": "application/json"})
    assert answer.status == 400 and answer.error == "bad_json"


def test_a_phone_edits_and_withdraws_its_notes_while_the_step_is_open(server, phone, db, workshop_id) -> None:
    stage = stage_ids(server)[1]
    server.room.set_step(Target.stage(stage), "Le poste se précise")
    client_id = uuid.uuid4().hex
    note_id = phone.note("Premier jet", client_id=client_id).body["id"]
    edited = phone.api("PUT", f"notes/{client_id}", {"text": "Second jet <i>", "kind": "question"})
    assert edited.status == 200
    stored = {n.id: n for n in notes_of(db, workshop_id)}[note_id]
    assert (stored.text, stored.kind) == ("Second jet <i>", "question")

    gone = uuid.uuid4().hex
    gone_id = phone.note("À retirer", client_id=gone).body["id"]
    assert phone.api("DELETE", f"notes/{gone}").status == 200
    assert phone.api("DELETE", f"notes/{gone}").status == 200  # a retry: done already
    assert gone_id not in {n.id for n in notes_of(db, workshop_id)}

    server.room.set_step(Target.stage(stage_ids(server)[2]), "L’offre est reformulée")
    assert phone.api("PUT", f"notes/{client_id}", {"text": "Trop tard"}).error == "step_closed"
    assert phone.api("DELETE", f"notes/{client_id}").error == "step_closed"
    (mine,) = phone.api("GET", "state").body["notes"]
    assert mine["editable"] is False and mine["text"] == "Second jet <i>"


def test_with_moderation_notes_wait_in_the_tray(server, phone, db, workshop_id) -> None:
    from workshop_studio.participation.room import Moderation

    server.room.set_moderation(Moderation.TRAY)
    answer = phone.note("À placer", stage=stage_ids(server)[0])
    stored = {n.id: n for n in notes_of(db, workshop_id)}[answer.body["id"]]
    assert stored.target.kind == TargetKind.TRAY


def test_the_server_reports_each_change_to_its_listener(server, phone) -> None:
    from workshop_studio.participation.events import NoteArrived, NoteEdited, NoteWithdrawn

    heard: list[object] = []
    server.room.listen(heard.append)
    client_id = uuid.uuid4().hex
    phone.note("Bonjour", client_id=client_id)
    phone.note("Bonjour", client_id=client_id)  # a retry: nothing new to report
    phone.api("PUT", f"notes/{client_id}", {"text": "Bonsoir"})
    phone.api("DELETE", f"notes/{client_id}")
    assert [type(e) for e in heard] == [NoteArrived, NoteEdited, NoteWithdrawn]
    assert heard[0].record.text == "Bonjour" and heard[0].pseudonym == "Léa"


def test_a_pseudonym_becomes_one_participant(server, phones, db, workshop_id) -> None:
    from workshop_studio.services.workshops import workshop_overview

    for _ in range(2):
        phones().join("recruiter", "Boulangerie Martin")
    with db.read() as session:
        people = [
            p for p in workshop_overview(session, workshop_id).participants if p.display_name == "Boulangerie Martin"
        ]
    assert len(people) == 1 and people[0].role == "recruiter"


def test_votes_follow_the_round_and_the_dots(server, phones, db, workshop_id) -> None:
    writer, voter = phones(), phones()
    writer.join("cde"), voter.join("recruiter")
    note_id = writer.note("À voter", stage=stage_ids(server)[0]).body["id"]
    assert voter.api("POST", "votes", {"note_id": note_id}).error == "closed"

    server.room.open_vote(2)
    state = voter.api("GET", "state").body["vote"]
    assert state["open"] and state["left"] == 2 and note_id in {n["id"] for n in state["notes"]}
    assert voter.api("POST", "votes", {"note_id": note_id, "delta": 1}).body["votes"] == 1
    assert voter.api("POST", "votes", {"note_id": note_id, "delta": 1}).body["left"] == 0
    assert voter.api("POST", "votes", {"note_id": note_id}).error == "no_dots_left"
    assert writer.api("POST", "votes", {"note_id": note_id}).status == 200
    assert voter.api("POST", "votes", {"note_id": note_id, "delta": -1}).body["left"] == 1
    assert voter.api("POST", "votes", {"note_id": note_id, "delta": 5}).error == "bad_delta"
    assert voter.api("POST", "votes", {"note_id": 999_999}).status == 404
    assert {n.id: n.votes for n in notes_of(db, workshop_id)}[note_id] == 2

    server.room.close_vote()
    assert voter.api("POST", "votes", {"note_id": note_id}).error == "closed"
    server.room.open_vote(1)  # a new round: fresh dots
    assert voter.api("GET", "state").body["vote"]["left"] == 1


def test_a_room_of_phones_joining_at_once_all_get_in(server) -> None:
    from phone_client import Phone

    statuses: list[int] = []

    def join() -> None:
        phone = Phone(server.join_url)
        statuses.append(phone.join("partner").status)
        phone.close()

    threads = [threading.Thread(target=join) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * 40
