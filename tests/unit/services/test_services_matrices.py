"""The matrix editor: choose each axis's kind and cards, reorder them; delete and restore."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop_studio.services import matrices
from workshop_studio.services.errors import Refused
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Matrix, Workshop


def _sample(db: Database) -> int:
    with db.read() as session:
        return session.scalars(select(Matrix.id).order_by(Matrix.id)).first()


def test_reorder_an_axis_and_undo(sdb: Database, dump) -> None:
    matrix_id = _sample(sdb)
    with sdb.read() as session:
        rows = matrices.axis_state(session, matrix_id, "row")
    before = dump(sdb)
    with sdb.write() as session:
        edit = matrices.reorder_matrix_axis(session, matrix_id, "row", list(reversed(rows.card_ids)))
    with sdb.read() as session:
        row_cards, _ = matrices.matrix_axes(session, matrix_id)
    assert [card.id for card in row_cards] == list(reversed(rows.card_ids))
    with sdb.write() as session:
        matrices.set_matrix_axis(session, matrix_id, edit.axis, kind=edit.before.kind, card_ids=edit.before.card_ids)
    assert dump(sdb) == before
    with pytest.raises(Refused):
        with sdb.write() as session:
            matrices.reorder_matrix_axis(session, matrix_id, "row", rows.card_ids[1:])


def test_change_an_axis_kind_and_cards_then_undo(sdb: Database, dump) -> None:
    matrix_id = _sample(sdb)
    before = dump(sdb)
    with sdb.read() as session:
        themes = [card.id for card in matrices.axis_choices(session, "Thème de travail")]
    assert len(themes) >= 2
    with sdb.write() as session:
        edit = matrices.set_matrix_axis(session, matrix_id, "column", kind="theme", card_ids=themes[:2])
    with sdb.read() as session:
        assert session.get(Matrix, matrix_id).column_kind == "theme"
        assert matrices.axis_state(session, matrix_id, "column").card_ids == tuple(themes[:2])
    assert edit.before.kind == "advisor_posture" and len(edit.before.card_ids) >= 2
    with sdb.write() as session:
        matrices.set_matrix_axis(session, matrix_id, "column", kind=edit.before.kind, card_ids=edit.before.card_ids)
    assert dump(sdb) == before


def test_an_axis_shows_only_cards_of_its_kind(sdb: Database, dump) -> None:
    matrix_id = _sample(sdb)
    with sdb.read() as session:
        posture = matrices.axis_choices(session, "advisor_posture")[0]
    before = dump(sdb)
    with pytest.raises(Refused, match=posture.title):
        with sdb.write() as session:
            matrices.set_matrix_axis(session, matrix_id, "row", kind="recruiter_profile", card_ids=[posture.id])
    with pytest.raises(Refused):
        with sdb.write() as session:
            matrices.set_matrix_axis(session, matrix_id, "diagonal", kind="theme", card_ids=[])
    assert dump(sdb) == before


def test_new_matrix_rename_delete_restore(sdb: Database, dump) -> None:
    with sdb.write() as session:
        matrix_id = matrices.new_matrix(
            session, name="Thèmes × hypothèses", row_kind="theme", column_kind="hypothèse"
        ).id
    with sdb.read() as session:
        assert (session.get(Matrix, matrix_id).row_kind, session.get(Matrix, matrix_id).column_kind) == (
            "theme",
            "hypothesis",
        )
    sample = _sample(sdb)
    before = dump(sdb)
    with sdb.write() as session:
        edit = matrices.rename_matrix(session, sample, name="Profils × postures (v2)")
        matrices.rename_matrix(session, sample, **edit.before)
    assert dump(sdb) == before
    with sdb.write() as session:
        snapshot = matrices.delete_matrix(session, sample)
    assert snapshot.workshop_ids and len(snapshot.axis_links) >= 4
    with sdb.read() as session:
        assert session.get(Workshop, snapshot.workshop_ids[0]).matrix_id is None
    with sdb.write() as session:
        matrices.restore_matrix(session, snapshot)
    assert dump(sdb) == before
