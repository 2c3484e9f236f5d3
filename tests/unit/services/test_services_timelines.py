"""Timeline templates: stages added, edited, reordered, deleted and restored; templates
duplicated; and workshops' own copies of the stages never touched by any of it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop_studio.services import timelines
from workshop_studio.services.errors import Refused
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Pictogram, ScenarioStage, Stage, Timeline, Workshop, WorkshopStage


def _sample(db: Database) -> tuple[int, list[int]]:
    with db.read() as session:
        timeline = session.scalars(select(Timeline).order_by(Timeline.id)).first()
        return timeline.id, [stage.id for stage in timelines.timeline_stages(session, timeline.id)]


def _order(db: Database, timeline_id: int) -> list[int]:
    with db.read() as session:
        return [stage.id for stage in timelines.timeline_stages(session, timeline_id)]


def _workshop_copies(db: Database) -> list[tuple]:
    with db.read() as session:
        return [
            (w.id, w.workshop_id, w.position, w.key, w.title, w.description, w.pictogram_id)
            for w in session.scalars(select(WorkshopStage).order_by(WorkshopStage.id))
        ]


def test_add_describe_rename_reorder_delete_stages_never_touch_workshop_copies(sdb: Database, dump) -> None:
    timeline_id, stages = _sample(sdb)
    copies = _workshop_copies(sdb)
    before = dump(sdb)
    with sdb.read() as session:
        pictogram_id = session.scalars(select(Pictogram.id).order_by(Pictogram.id.desc())).first()
    with sdb.write() as session:
        added = timelines.add_stage(session, timeline_id, title="Six mois après", index=len(stages))
        added_id, added_key = added.id, added.key
    assert added_key == "six-mois-apres" and _order(sdb, timeline_id) == [*stages, added_id]
    with sdb.write() as session:
        edit = timelines.update_stage(
            session, stages[0], title="Le besoin naît", description="Souvent sans le dire.", pictogram_id=pictogram_id
        )
        order = timelines.move_stages(session, timeline_id, [added_id], to_index=7)
        snapshot = timelines.delete_stage(session, stages[3])
    assert _order(sdb, timeline_id) == [s for s in stages[:7] if s != stages[3]] + [added_id] + stages[7:]
    assert _workshop_copies(sdb) == copies

    with sdb.write() as session:  # undo, in reverse order
        timelines.restore_stages(session, snapshot)
        timelines.set_stage_order(session, timeline_id, order.before)
        timelines.update_stage(session, edit.id, **edit.before)
        timelines.delete_stage(session, added_id)
    assert dump(sdb) == before


def test_delete_stage_restores_scenario_links_and_copy_sources(sdb: Database, dump) -> None:
    _timeline_id, stages = _sample(sdb)
    with sdb.read() as session:
        linked = min(set(session.scalars(select(ScenarioStage.stage_id))) & set(stages))
    before = dump(sdb)
    with sdb.write() as session:
        snapshot = timelines.delete_stage(session, linked)
    assert snapshot.scenario_links and snapshot.workshop_stage_sources
    with sdb.read() as session:
        assert session.get(Stage, linked) is None
        for copy_id, _ in snapshot.workshop_stage_sources:
            copy = session.get(WorkshopStage, copy_id)
            assert copy is not None and copy.source_stage_id is None  # the copy stays
    with sdb.write() as session:
        timelines.restore_stages(session, snapshot)
    assert dump(sdb) == before


def test_duplicate_template_copies_stages_with_their_keys(sdb: Database) -> None:
    timeline_id, stages = _sample(sdb)
    with sdb.write() as session:
        copy = timelines.duplicate_timeline(session, timeline_id)
        copy_id, name = copy.id, copy.name
    with sdb.read() as session:
        original = timelines.timeline_stages(session, timeline_id)
        copied = timelines.timeline_stages(session, copy_id)
        assert name.endswith("(copy)")
        fields = lambda s: (s.position, s.key, s.title, s.description, s.pictogram_id)  # noqa: E731
        assert [fields(s) for s in copied] == [fields(s) for s in original]
        assert not {s.id for s in copied} & set(stages)


def test_rename_template_and_undo(sdb: Database, dump) -> None:
    timeline_id, _ = _sample(sdb)
    before = dump(sdb)
    with sdb.write() as session:
        edit = timelines.update_timeline(session, timeline_id, name="Frise courte", description="pour 1 h")
    with sdb.write() as session:
        timelines.update_timeline(session, timeline_id, **edit.before)
    assert dump(sdb) == before
    with pytest.raises(Refused):
        with sdb.write() as session:
            timelines.update_timeline(session, timeline_id, name=" ")


def test_delete_template_and_restore(sdb: Database, dump) -> None:
    timeline_id, _ = _sample(sdb)
    copies = _workshop_copies(sdb)
    before = dump(sdb)
    with sdb.write() as session:
        snapshot = timelines.delete_timeline(session, timeline_id)
    assert snapshot.workshop_ids
    with sdb.read() as session:
        assert session.get(Workshop, snapshot.workshop_ids[0]).timeline_id is None
    assert _workshop_copies(sdb) == copies  # the workshop keeps its stages
    with sdb.write() as session:
        timelines.restore_timeline(session, snapshot)
    assert dump(sdb) == before


def test_new_template_with_stages_from_scratch(sdb: Database) -> None:
    with sdb.write() as session:
        timeline_id = timelines.new_timeline(session, name="Frise vide").id
        first = timelines.add_stage(session, timeline_id, title="Avant").id
        second = timelines.add_stage(session, timeline_id, title="Avant", index=0).id
    with sdb.read() as session:
        stages = timelines.timeline_stages(session, timeline_id)
    assert [(s.id, s.key, s.position) for s in stages] == [(second, "avant-2", 0), (first, "avant", 1)]
