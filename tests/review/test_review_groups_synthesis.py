"""Groups of notes and per-stage syntheses: each edit, and its undo and redo, on the data."""

from __future__ import annotations

import pytest
from review_probe import dump_database
from sqlalchemy import select

from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.services.review_groups import (
    add_notes_to_group,
    create_group,
    delete_group,
    put_notes_back,
    remove_notes_from_group,
    rename_group,
    restore_group,
    undo_create_group,
    workshop_groups,
)
from workshop_studio.services.review_synthesis import clear_synthesis, set_synthesis, stage_syntheses
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, NoteGroup, WorkshopStage


def _note_ids(db: Database, workshop_id: int, count: int) -> list[int]:
    with db.read() as session:
        return list(
            session.scalars(
                select(Annotation.id).where(Annotation.workshop_id == workshop_id).order_by(Annotation.id).limit(count)
            )
        )


def _groups_of(db: Database, note_ids: list[int]) -> list[int | None]:
    with db.read() as session:
        return [session.get(Annotation, n).group_id for n in note_ids]


def test_create_group_then_undo_and_redo(rdb: Database, workshop_id: int) -> None:
    notes = _note_ids(rdb, workshop_id, 3)
    before = dump_database(rdb)
    with rdb.write() as session:
        created = create_group(session, workshop_id=workshop_id, title="Le suivi après l’embauche", note_ids=notes)
    assert _groups_of(rdb, notes) == [created.group_id] * 3
    with rdb.read() as session:
        (line,) = workshop_groups(session, workshop_id)
    assert line.title == "Le suivi après l’embauche" and line.note_ids == tuple(notes)
    with rdb.write() as session:
        snapshot = undo_create_group(session, created)
    assert dump_database(rdb) == before
    with rdb.write() as session:
        assert restore_group(session, snapshot) == created.group_id
    assert _groups_of(rdb, notes) == [created.group_id] * 3


def test_creating_a_group_takes_notes_from_their_old_group_and_undo_gives_them_back(
    rdb: Database, workshop_id: int
) -> None:
    notes = _note_ids(rdb, workshop_id, 4)
    with rdb.write() as session:
        old = create_group(session, workshop_id=workshop_id, title="Ancien", note_ids=notes[:2]).group_id
        new = create_group(session, workshop_id=workshop_id, title="Nouveau", note_ids=notes[1:3])
    assert _groups_of(rdb, notes) == [old, new.group_id, new.group_id, None]
    with rdb.write() as session:
        undo_create_group(session, new)
    assert _groups_of(rdb, notes) == [old, old, None, None]


def test_rename_and_its_undo(rdb: Database, workshop_id: int) -> None:
    with rdb.write() as session:
        group_id = create_group(session, workshop_id=workshop_id, title="Avant").group_id
        edit = rename_group(session, group_id, title="  Après  ")
    assert edit.before == {"title": "Avant"} and edit.after == {"title": "Après"}
    with rdb.write() as session:
        rename_group(session, edit.id, title=edit.before["title"])
        assert session.get(NoteGroup, group_id).title == "Avant"


def test_delete_keeps_the_notes_and_restore_puts_them_back(rdb: Database, workshop_id: int) -> None:
    notes = _note_ids(rdb, workshop_id, 2)
    with rdb.write() as session:
        group_id = create_group(session, workshop_id=workshop_id, title="G", note_ids=notes).group_id
    before = dump_database(rdb)
    with rdb.write() as session:
        snapshot = delete_group(session, group_id)
    assert _groups_of(rdb, notes) == [None, None]
    with rdb.read() as session:
        assert session.scalar(select(Annotation.id).where(Annotation.id == notes[0])) == notes[0]
    with rdb.write() as session:
        restore_group(session, snapshot)
    assert dump_database(rdb) == before


def test_add_and_remove_notes_each_undoable(rdb: Database, workshop_id: int) -> None:
    notes = _note_ids(rdb, workshop_id, 3)
    with rdb.write() as session:
        group_id = create_group(session, workshop_id=workshop_id, title="G", note_ids=notes[:1]).group_id
        added = add_notes_to_group(session, group_id, notes[1:])
    assert _groups_of(rdb, notes) == [group_id] * 3
    with rdb.write() as session:
        put_notes_back(session, added)
    assert _groups_of(rdb, notes) == [group_id, None, None]
    with rdb.write() as session:
        removed = remove_notes_from_group(session, notes[:1])
    assert _groups_of(rdb, notes) == [None, None, None]
    with rdb.write() as session:
        put_notes_back(session, removed)
        add_notes_to_group(session, removed.group_id or group_id, [])  # nothing to move: no error
    assert _groups_of(rdb, notes) == [group_id, None, None]


def test_a_group_holds_its_workshop_notes_only(rdb: Database, workshop_id: int) -> None:
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.services.workshop_setup import create_workshop

    notes = _note_ids(rdb, workshop_id, 1)
    with rdb.write() as session:
        other = create_workshop(session, WorkshopDetails(title="Autre")).id
    with pytest.raises(Refused), rdb.write() as session:
        create_group(session, workshop_id=other, title="G", note_ids=notes)
    with pytest.raises(NotFound), rdb.write() as session:
        create_group(session, workshop_id=workshop_id, title="G", note_ids=[999_999])


def _stage(db: Database, workshop_id: int) -> int:
    with db.read() as session:
        return session.scalars(
            select(WorkshopStage.id).where(WorkshopStage.workshop_id == workshop_id).order_by(WorkshopStage.position)
        ).first()


def test_synthesis_set_change_clear_and_undo(rdb: Database, workshop_id: int) -> None:
    stage = _stage(rdb, workshop_id)
    before = dump_database(rdb)
    with rdb.write() as session:
        first = set_synthesis(session, stage, "Le besoin est vu trop tard.")
        second = set_synthesis(session, stage, "Le besoin naît au comptoir.")
    assert (first.before, first.after) == (None, "Le besoin est vu trop tard.")
    assert (second.before, second.after) == ("Le besoin est vu trop tard.", "Le besoin naît au comptoir.")
    with rdb.read() as session:
        assert stage_syntheses(session, workshop_id) == {stage: "Le besoin naît au comptoir."}
    with rdb.write() as session:
        cleared = clear_synthesis(session, stage)
        assert stage_syntheses(session, workshop_id) == {}
        set_synthesis(session, cleared.stage_id, cleared.before)  # undo the clear
        assert stage_syntheses(session, workshop_id) == {stage: "Le besoin naît au comptoir."}
        set_synthesis(session, second.stage_id, second.before)
        set_synthesis(session, first.stage_id, first.before)
    assert dump_database(rdb) == before


def test_blank_synthesis_clears_and_too_long_is_refused(rdb: Database, workshop_id: int) -> None:
    stage = _stage(rdb, workshop_id)
    with rdb.write() as session:
        set_synthesis(session, stage, "x")
        assert set_synthesis(session, stage, "   \n").after is None
        assert stage_syntheses(session, workshop_id) == {}
    with pytest.raises(Refused), rdb.write() as session:
        set_synthesis(session, stage, "x" * 20_001)
