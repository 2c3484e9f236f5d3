"""Scenario edits: persona, story, questions, links to cards and stages; delete and restore."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop_studio.services import scenarios
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import AgendaStep, Annotation, Card, Scenario, Stage


def _scenario_with_agenda_and_notes(db: Database) -> int:
    with db.read() as session:
        on_agenda = set(session.scalars(select(AgendaStep.scenario_id)))
        noted = set(session.scalars(select(Annotation.scenario_id)))
    return min((on_agenda & noted) - {None})


def _links(db: Database, scenario_id: int) -> tuple[list[int], list[int]]:
    with db.read() as session:
        scenario = scenarios.get_scenario(session, scenario_id)
        return [link.card_id for link in scenario.card_links], [link.stage_id for link in scenario.stage_links]


def test_new_scenario_and_update_persona_story_questions_with_undo(sdb: Database, dump) -> None:
    with sdb.write() as session:
        scenario_id = scenarios.new_scenario(
            session, title="La boulangerie", trade="Boulangerie", questions=["Qui appelle qui ?"]
        ).id
    before = dump(sdb)
    with sdb.write() as session:
        edit = scenarios.update_scenario(
            session,
            scenario_id,
            company_size="3 salariés",
            family_business=True,
            agency_history="Jamais venue à l'agence",
            story="Le fils reprend.\n\nLa mère hésite.",
            questions=["Que dire au fils ?", "Et à la mère ?"],
        )
    assert edit.before["questions"] == ["Qui appelle qui ?"] and edit.before["family_business"] is False
    with sdb.read() as session:
        scenario = session.get(Scenario, scenario_id)
        assert scenario.questions == ["Que dire au fils ?", "Et à la mère ?"] and scenario.family_business
    with sdb.write() as session:
        scenarios.update_scenario(session, scenario_id, **edit.before)
    assert dump(sdb) == before
    with pytest.raises(Refused):
        with sdb.write() as session:
            scenarios.update_scenario(session, scenario_id, title="")


def test_link_and_unlink_cards_and_stages_with_undo(sdb: Database, dump) -> None:
    scenario_id = _scenario_with_agenda_and_notes(sdb)
    cards_before, stages_before = _links(sdb, scenario_id)
    with sdb.read() as session:
        card_id = session.scalars(select(Card.id).where(Card.id.not_in(cards_before)).order_by(Card.id)).first()
        stage_id = session.scalars(select(Stage.id).where(Stage.id.not_in(stages_before)).order_by(Stage.id)).first()
    before = dump(sdb)
    with sdb.write() as session:
        assert scenarios.link_card(session, scenario_id, card_id, index=1) == 1
        assert scenarios.link_stage(session, scenario_id, stage_id) == len(stages_before)
    assert _links(sdb, scenario_id) == ([*cards_before[:1], card_id, *cards_before[1:]], [*stages_before, stage_id])
    with sdb.write() as session:  # undo both
        scenarios.unlink_stage(session, scenario_id, stage_id)
        scenarios.unlink_card(session, scenario_id, card_id)
    assert dump(sdb) == before

    with sdb.write() as session:
        index = scenarios.unlink_card(session, scenario_id, cards_before[2])
    assert index == 2 and _links(sdb, scenario_id)[0] == cards_before[:2] + cards_before[3:]
    with sdb.write() as session:
        scenarios.link_card(session, scenario_id, cards_before[2], index=index)  # undo
    assert dump(sdb) == before
    with pytest.raises(NotFound):
        with sdb.write() as session:
            scenarios.unlink_card(session, scenario_id, card_id)


def test_reorder_links_and_undo(sdb: Database, dump) -> None:
    scenario_id = _scenario_with_agenda_and_notes(sdb)
    cards_before, stages_before = _links(sdb, scenario_id)
    before = dump(sdb)
    with sdb.write() as session:
        edit = scenarios.set_scenario_cards(session, scenario_id, list(reversed(cards_before)))
        stage_edit = scenarios.set_scenario_stages(session, scenario_id, list(reversed(stages_before)))
    assert _links(sdb, scenario_id) == (cards_before[::-1], stages_before[::-1])
    with sdb.write() as session:
        scenarios.set_scenario_stages(session, scenario_id, stage_edit.before)
        scenarios.set_scenario_cards(session, scenario_id, edit.before)
    assert dump(sdb) == before


def test_delete_scenario_keeps_agenda_and_notes_and_restores_them(sdb: Database, dump) -> None:
    scenario_id = _scenario_with_agenda_and_notes(sdb)
    before = dump(sdb)
    with sdb.write() as session:
        snapshot = scenarios.delete_scenario(session, scenario_id)
    assert snapshot.agenda_step_ids and snapshot.notes and snapshot.card_links and snapshot.stage_links
    with sdb.read() as session:
        assert session.get(Scenario, scenario_id) is None
        for step_id in snapshot.agenda_step_ids:
            assert session.get(AgendaStep, step_id).scenario_id is None
        for ref in snapshot.notes:
            assert session.get(Annotation, ref.annotation_id).scenario_id is None
    with sdb.write() as session:
        scenarios.restore_scenario(session, snapshot)
    assert dump(sdb) == before
