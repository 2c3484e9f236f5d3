"""Capturing and editing notes: each edit is committed and hands back its own undo."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role, TargetKind
from workshop_studio.services.errors import Refused
from workshop_studio.services.notes import (
    capture_note,
    delete_notes,
    move_note,
    restore_notes,
    set_hidden,
    update_note,
    vote,
    workshop_notes,
)
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, WorkshopStage


def _stages(db: Database) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(WorkshopStage.id).order_by(WorkshopStage.position)))


def _count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Annotation))


def test_a_note_sent_twice_is_stored_once(db: Database) -> None:
    stage = _stages(db)[0]
    uid = uuid.uuid4().hex
    before = _count(db)
    with db.write() as session:
        first = capture_note(
            session,
            workshop_id=1,
            target=Target.stage(stage),
            kind=AnnotationKind.IDEA,
            text="Un café avec le gérant",
            uid=uid,
            role=Role.CDE,
        )
    with db.write() as session:
        again = capture_note(
            session,
            workshop_id=1,
            target=Target.stage(stage),
            kind=AnnotationKind.IDEA,
            text="Un café avec le gérant",
            uid=uid,
            role=Role.CDE,
        )
    assert again.id == first.id and _count(db) == before + 1


def test_new_notes_go_last_in_their_stage(db: Database) -> None:
    stage = _stages(db)[1]
    with db.write() as session:
        notes = [
            capture_note(
                session,
                workshop_id=1,
                target=Target.stage(stage),
                kind=AnnotationKind.QUOTE,
                text=f"n{i}",
                uid=uuid.uuid4().hex,
            )
            for i in range(3)
        ]
    positions = [n.position for n in notes]
    assert positions == sorted(positions) and len(set(positions)) == 3
    with db.read() as session:
        in_stage = [n for n in workshop_notes(session, 1) if n.target == Target.stage(stage)]
    assert [n.text for n in in_stage][-3:] == ["n0", "n1", "n2"]


def test_empty_text_is_refused(db: Database) -> None:
    with pytest.raises(Refused), db.write() as session:
        capture_note(
            session, workshop_id=1, target=Target.tray(), kind=AnnotationKind.IDEA, text="   ", uid=uuid.uuid4().hex
        )


def test_participant_gives_the_role(db: Database) -> None:
    with db.write() as session:
        note = capture_note(
            session,
            workshop_id=1,
            target=Target.tray(),
            kind=AnnotationKind.IDEA,
            text="x",
            uid=uuid.uuid4().hex,
            participant_id=3,
        )
    assert note.role == "cdde" and note.author == "Laurence P."


def test_update_and_its_inverse(db: Database) -> None:
    with db.read() as session:
        note = workshop_notes(session, 1)[0]
    with db.write() as session:
        edit, changed = update_note(session, note.id, text="<b>nouveau</b> & co", kind="idea")
    assert changed.text == "<b>nouveau</b> & co" and changed.kind == "idea"
    with db.write() as session:
        _, restored = update_note(session, note.id, **edit.before)
    assert (restored.text, restored.kind) == (note.text, note.kind)


def test_move_between_stages_and_back(db: Database) -> None:
    stages = _stages(db)
    with db.read() as session:
        note = next(n for n in workshop_notes(session, 1) if n.target == Target.stage(stages[0]))
    with db.write() as session:
        move, moved = move_note(session, note.id, target=Target.stage(stages[5]))
    assert moved.target == Target.stage(stages[5])
    with db.write() as session:
        _, back = move_note(session, note.id, target=move.before[0], position=move.before[1])
    assert (back.target, back.position) == (note.target, note.position)


def test_votes_never_go_below_zero(db: Database) -> None:
    with db.write() as session:
        note = capture_note(
            session, workshop_id=1, target=Target.tray(), kind=AnnotationKind.IDEA, text="v", uid=uuid.uuid4().hex
        )
        before, voted = vote(session, note.id, +1)
        assert (before, voted.votes) == (0, 1)
        _, voted = vote(session, note.id, -5)
        assert voted.votes == 0


def test_hide_and_show(db: Database) -> None:
    with db.read() as session:
        ids = [n.id for n in workshop_notes(session, 1)[:3]]
    with db.write() as session:
        before = set_hidden(session, ids, True)
    assert before == dict.fromkeys(ids, False)
    with db.read() as session:
        assert all(n.hidden for n in workshop_notes(session, 1) if n.id in ids)


def test_delete_and_restore_keep_ids_and_uids(db: Database) -> None:
    with db.read() as session:
        notes = workshop_notes(session, 1)[:4]
    with db.write() as session:
        snapshot = delete_notes(session, [n.id for n in notes])
    assert _count(db) == 36
    with db.write() as session:
        restored = restore_notes(session, snapshot)
    assert sorted((n.id, n.uid, n.text, n.target) for n in restored) == sorted(
        (n.id, n.uid, n.text, n.target) for n in notes
    )


def test_tray_target_round_trip(db: Database) -> None:
    with db.write() as session:
        note = capture_note(
            session,
            workshop_id=1,
            target=Target.tray(),
            kind=AnnotationKind.QUESTION,
            text="À trier",
            uid=uuid.uuid4().hex,
        )
    assert note.target.kind == TargetKind.TRAY
