"""Fictional scenarios."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.domain.materials import ScenarioData
from workshop_studio.i18n import translate
from workshop_studio.services.errors import NotFound
from workshop_studio.services.library import card_by_title
from workshop_studio.services.pictograms import pictogram_ids_by_key
from workshop_studio.storage.models import Scenario, ScenarioCard, ScenarioStage, Stage


@dataclass(frozen=True)
class ScenarioSummary:
    id: int
    title: str


def list_scenario_summaries(session: Session) -> list[ScenarioSummary]:
    rows = session.execute(select(Scenario.id, Scenario.title).order_by(Scenario.title, Scenario.id))
    return [ScenarioSummary(*row) for row in rows]


def create_scenario(session: Session, data: ScenarioData, *, deck_id: int | None, timeline_id: int | None) -> Scenario:
    """Store a scenario; its cards are named by title in ``deck_id``, its stages by key in ``timeline_id``."""
    pictogram_ids = pictogram_ids_by_key(session)
    if data.pictogram and data.pictogram not in pictogram_ids:
        raise NotFound(translate("Scenarios", "No pictogram is called “{name}”.").format(name=data.pictogram))
    scenario = Scenario(
        title=data.title,
        trade=data.trade,
        company_size=data.company_size,
        family_business=data.family_business,
        agency_history=data.agency_history,
        story=data.story,
        questions=list(data.questions),
        pictogram_id=pictogram_ids.get(data.pictogram) if data.pictogram else None,
    )
    if data.card_titles and deck_id is not None:
        for position, title in enumerate(data.card_titles):
            scenario.card_links.append(ScenarioCard(card=card_by_title(session, deck_id, title), position=position))
    if data.stage_keys and timeline_id is not None:
        stages = {s.key: s for s in session.scalars(select(Stage).where(Stage.timeline_id == timeline_id))}
        for position, key in enumerate(data.stage_keys):
            if key not in stages:
                raise NotFound(translate("Scenarios", "No stage has the key “{key}”.").format(key=key))
            scenario.stage_links.append(ScenarioStage(stage=stages[key], position=position))
    session.add(scenario)
    session.flush()
    return scenario


def get_scenario(session: Session, scenario_id: int) -> Scenario:
    query = (
        select(Scenario)
        .where(Scenario.id == scenario_id)
        .options(
            selectinload(Scenario.card_links).selectinload(ScenarioCard.card),
            selectinload(Scenario.stage_links).selectinload(ScenarioStage.stage),
            selectinload(Scenario.pictogram),
        )
    )
    scenario = session.scalars(query).first()
    if scenario is None:
        raise NotFound(translate("Scenarios", "No scenario has the id {id}.").format(id=scenario_id))
    return scenario
