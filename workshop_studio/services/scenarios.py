"""Fictional scenarios: reading, creating from data, and the scenario editor's edits (below)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.domain.materials import ScenarioData
from workshop_studio.i18n import translate
from workshop_studio.services import links
from workshop_studio.services.card_refs import capture_notes, clear_notes, restore_notes
from workshop_studio.services.edits import (
    UNSET,
    FieldEdit,
    OrderEdit,
    Unset,
    apply_changes,
    get_row,
    given,
    renumber,
    required_text,
)
from workshop_studio.services.errors import NotFound
from workshop_studio.services.library import card_by_title
from workshop_studio.services.pictograms import pictogram_ids_by_key
from workshop_studio.services.snapshots import LinkRef, ScenarioSnapshot
from workshop_studio.storage.models import (
    AgendaStep,
    Card,
    Deck,
    Pictogram,
    Scenario,
    ScenarioCard,
    ScenarioStage,
    Stage,
    Timeline,
    Workshop,
    WorkshopScenario,
)


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


# --- The scenario editor's edits ----------------------------------------------------------
#
# * ``new_scenario``: undo with ``delete_scenario`` (keep the snapshot), redo with
#   ``restore_scenario(snapshot)``;
# * ``update_scenario`` (persona, story, questions, pictogram): undo with
#   ``update_scenario(session, edit.id, **edit.before)``;
# * ``link_card``/``link_stage`` return the index used: undo with ``unlink_…``;
#   ``unlink_card``/``unlink_stage`` return the index the link had: undo with ``link_…(index=…)``;
# * ``set_scenario_cards``/``set_scenario_stages`` (reorder, or several links at once):
#   undo with the same call and ``edit.before``;
# * ``delete_scenario``: undo with ``restore_scenario(snapshot)`` (links, agenda steps, notes).

SCENARIO_FIELDS = (
    "title",
    "trade",
    "company_size",
    "family_business",
    "agency_history",
    "story",
    "questions",
    "pictogram_id",
)


def _scenario(session: Session, scenario_id: int) -> Scenario:
    return get_row(session, Scenario, scenario_id, translate("Scenarios", "scenario"))


def _checked(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    if "title" in changes:
        changes["title"] = required_text(changes["title"], translate("Scenarios", "scenario title"))
    if "questions" in changes:
        changes["questions"] = [str(question) for question in changes["questions"]]
    if "family_business" in changes:
        changes["family_business"] = bool(changes["family_business"])
    if changes.get("pictogram_id") is not None:
        get_row(session, Pictogram, changes["pictogram_id"], translate("Scenarios", "pictogram"))
    return changes


def new_scenario(
    session: Session,
    *,
    title: str,
    trade: str = "",
    company_size: str = "",
    family_business: bool = False,
    agency_history: str = "",
    story: str = "",
    questions: Sequence[str] = (),
    pictogram_id: int | None = None,
) -> Scenario:
    fields = _checked(
        session,
        {
            "title": title,
            "trade": trade,
            "company_size": company_size,
            "family_business": family_business,
            "agency_history": agency_history,
            "story": story,
            "questions": questions,
            "pictogram_id": pictogram_id,
        },
    )
    scenario = Scenario(**fields)
    session.add(scenario)
    session.flush()
    return scenario


def update_scenario(
    session: Session,
    scenario_id: int,
    *,
    title: str | Unset = UNSET,
    trade: str | Unset = UNSET,
    company_size: str | Unset = UNSET,
    family_business: bool | Unset = UNSET,
    agency_history: str | Unset = UNSET,
    story: str | Unset = UNSET,
    questions: Sequence[str] | Unset = UNSET,
    pictogram_id: int | Unset | None = UNSET,
) -> FieldEdit:
    scenario = _scenario(session, scenario_id)
    changes = _checked(
        session,
        given(
            title=title,
            trade=trade,
            company_size=company_size,
            family_business=family_business,
            agency_history=agency_history,
            story=story,
            questions=questions,
            pictogram_id=pictogram_id,
        ),
    )
    edit = apply_changes(scenario, changes)
    session.flush()
    return edit


def _link(session: Session, kind: links.LinkKind, scenario_id: int, item_id: int, index: int | None) -> int:
    scenario = _scenario(session, scenario_id)
    model, what = (
        (Card, translate("Scenarios", "card"))
        if kind is links.SCENARIO_CARDS
        else (Stage, translate("Scenarios", "stage"))
    )
    get_row(session, model, item_id, what)
    current = [kind.item_of(link) for link in links.group(scenario, kind)]
    if item_id in current:
        return current.index(item_id)
    where = len(current) if index is None else max(0, min(index, len(current)))
    current.insert(where, item_id)
    links.set_items(session, kind, scenario, current)
    return where


def _unlink(session: Session, kind: links.LinkKind, scenario_id: int, item_id: int) -> int:
    scenario = _scenario(session, scenario_id)
    current = [kind.item_of(link) for link in links.group(scenario, kind)]
    if item_id not in current:
        raise NotFound(translate("Scenarios", "This scenario has no such link."))
    where = current.index(item_id)
    current.remove(item_id)
    links.set_items(session, kind, scenario, current)
    return where


def link_card(session: Session, scenario_id: int, card_id: int, *, index: int | None = None) -> int:
    """Link a card to the scenario at ``index`` (``None``: last); return where it went."""
    return _link(session, links.SCENARIO_CARDS, scenario_id, card_id, index)


def unlink_card(session: Session, scenario_id: int, card_id: int) -> int:
    """Unlink a card; return the index it had."""
    return _unlink(session, links.SCENARIO_CARDS, scenario_id, card_id)


def link_stage(session: Session, scenario_id: int, stage_id: int, *, index: int | None = None) -> int:
    return _link(session, links.SCENARIO_STAGES, scenario_id, stage_id, index)


def unlink_stage(session: Session, scenario_id: int, stage_id: int) -> int:
    return _unlink(session, links.SCENARIO_STAGES, scenario_id, stage_id)


def _set(session: Session, kind: links.LinkKind, scenario_id: int, item_ids: Sequence[int]) -> OrderEdit:
    scenario = _scenario(session, scenario_id)
    wanted = list(dict.fromkeys(item_ids))
    model, what = (
        (Card, translate("Scenarios", "card"))
        if kind is links.SCENARIO_CARDS
        else (Stage, translate("Scenarios", "stage"))
    )
    for item_id in wanted:
        get_row(session, model, item_id, what)
    before = links.set_items(session, kind, scenario, wanted)
    return OrderEdit(scenario_id, before, tuple(wanted))


def set_scenario_cards(session: Session, scenario_id: int, card_ids: Sequence[int]) -> OrderEdit:
    """The scenario's cards become exactly ``card_ids``, in that order."""
    return _set(session, links.SCENARIO_CARDS, scenario_id, card_ids)


def set_scenario_stages(session: Session, scenario_id: int, stage_ids: Sequence[int]) -> OrderEdit:
    return _set(session, links.SCENARIO_STAGES, scenario_id, stage_ids)


def delete_scenario(session: Session, scenario_id: int) -> ScenarioSnapshot:
    """Delete a scenario; agenda steps showing it and notes pinned to it are kept, unlinked."""
    scenario = _scenario(session, scenario_id)
    steps = tuple(
        session.scalars(select(AgendaStep.id).where(AgendaStep.scenario_id == scenario_id).order_by(AgendaStep.id))
    )
    notes = capture_notes(session, ("scenario_id",), [scenario_id])
    uses = list(
        session.scalars(
            select(WorkshopScenario)
            .where(WorkshopScenario.scenario_id == scenario_id)
            .order_by(WorkshopScenario.workshop_id)
        )
    )
    snapshot = ScenarioSnapshot(
        id=scenario.id,
        **{name: getattr(scenario, name) for name in SCENARIO_FIELDS if name != "questions"},
        questions=tuple(scenario.questions or ()),
        created_at=scenario.created_at,
        card_links=tuple(
            LinkRef(scenario.id, link.card_id, index)
            for index, link in enumerate(links.group(scenario, links.SCENARIO_CARDS))
        ),
        stage_links=tuple(
            LinkRef(scenario.id, link.stage_id, index)
            for index, link in enumerate(links.group(scenario, links.SCENARIO_STAGES))
        ),
        agenda_step_ids=steps,
        notes=notes,
        workshop_links=tuple(LinkRef(link.workshop_id, scenario.id, link.position) for link in uses),
    )
    for step_id in steps:
        session.get(AgendaStep, step_id).scenario_id = None  # type: ignore[union-attr]  # steps read just above
    for link in uses:
        session.delete(link)
    clear_notes(session, notes)
    session.delete(scenario)
    session.flush()
    return snapshot


def restore_scenario(session: Session, snapshot: ScenarioSnapshot) -> Scenario:
    free = session.get(Scenario, snapshot.id) is None
    scenario = Scenario(
        id=snapshot.id if free else None,
        **{name: getattr(snapshot, name) for name in SCENARIO_FIELDS if name != "questions"},
        questions=list(snapshot.questions),
        created_at=snapshot.created_at,
    )
    session.add(scenario)
    session.flush()
    card_ids = [
        ref.item_id for ref in sorted(snapshot.card_links, key=lambda r: r.index) if session.get(Card, ref.item_id)
    ]
    stage_ids = [
        ref.item_id for ref in sorted(snapshot.stage_links, key=lambda r: r.index) if session.get(Stage, ref.item_id)
    ]
    links.set_items(session, links.SCENARIO_CARDS, scenario, card_ids)
    links.set_items(session, links.SCENARIO_STAGES, scenario, stage_ids)
    for step_id in snapshot.agenda_step_ids:
        step = session.get(AgendaStep, step_id)
        if step is not None and step.scenario_id is None:
            step.scenario_id = scenario.id
    restore_notes(session, snapshot.notes, {snapshot.id: scenario.id})
    for ref in snapshot.workshop_links:
        workshop = session.get(Workshop, ref.owner_id)
        if workshop is not None:
            workshop.scenario_links.insert(
                min(ref.index, len(workshop.scenario_links)), WorkshopScenario(scenario_id=scenario.id)
            )
            renumber(workshop.scenario_links)
    session.flush()
    return scenario


SCENARIO_TEXT_FIELDS = ("title", "trade", "company_size", "agency_history", "story")


def scenario_for_editing(session: Session, scenario_id: int) -> dict[str, Any]:
    """The scenario's fields, its linked cards and stages in order, and what else could be
    linked ("title — deck" and "title — timeline"), as the scenario editor shows them."""
    s = get_scenario(session, scenario_id)
    cards = [(link.card_id, link.card.title) for link in sorted(s.card_links, key=lambda link: link.position)]
    stages = [(link.stage_id, link.stage.title) for link in sorted(s.stage_links, key=lambda link: link.position)]
    linked_cards, linked_stages = {i for i, _ in cards}, {i for i, _ in stages}
    all_cards = session.execute(select(Card.id, Card.title, Deck.name).join(Deck).order_by(Deck.name, Card.position))
    all_stages = session.execute(
        select(Stage.id, Stage.title, Timeline.name).join(Timeline).order_by(Timeline.name, Stage.position)
    )
    return {
        **{name: getattr(s, name) for name in (*SCENARIO_TEXT_FIELDS, "family_business", "pictogram_id")},
        "questions": list(s.questions or ()),
        "cards": cards,
        "stages": stages,
        "card_choices": [(i, f"{t} — {d}") for i, t, d in all_cards if i not in linked_cards],
        "stage_choices": [(i, f"{t} — {n}") for i, t, n in all_stages if i not in linked_stages],
    }
