"""Preparing a workshop: create it, edit its details, choose what it uses, copy it from a model.

Each edit returns what its undo needs (``services/edits.py``):

* ``create_workshop`` / ``copy_workshop`` return the new workshop; undo deletes it with
  ``review_workshops.delete_workshop`` (it has no notes yet) after taking a
  :func:`workshop_snapshot`, redo is :func:`restore_workshop`;
* ``update_workshop`` returns a ``FieldEdit``: undo with ``update_workshop(**edit.before)``;
* ``set_workshop_decks`` / ``set_workshop_scenarios`` return an ``OrderEdit`` (the ids
  before and after): undo with the same call and ``edit.before``;
* ``set_workshop_timeline`` returns a :class:`StagesSnapshot` of the stages it replaced:
  undo with :func:`restore_workshop_stages`. It is refused once the stages hold notes.

A workshop owns copies of its template's stages, so editing the template never rewrites a
workshop that already ran.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from workshop_studio.domain.workshop import MAX_DAY_MINUTES, MAX_NAME_CHARS, MAX_TITLE_CHARS, WorkshopDetails
from workshop_studio.i18n import translate
from workshop_studio.services.edits import UNSET, FieldEdit, OrderEdit, Unset, apply_changes, get_row, given
from workshop_studio.services.errors import Refused
from workshop_studio.services.naming import unique_name
from workshop_studio.services.workshops import get_workshop, workshop_details
from workshop_studio.storage.models import (
    AgendaStep,
    Annotation,
    Card,
    Deck,
    Matrix,
    Participant,
    Pictogram,
    Scenario,
    StageSynthesis,
    Timeline,
    Workshop,
    WorkshopDeck,
    WorkshopScenario,
    WorkshopStage,
)

_STEP_FIELDS = (
    "kind",
    "title",
    "planned_minutes",
    "card_id",
    "scenario_id",
    "hidden",
    "pictogram_id",
    "countdown_minutes",
)
_STAGE_FIELDS = ("source_stage_id", "key", "title", "description", "pictogram_id")


# --- Checking what the user typed -------------------------------------------------------------
def _title(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Refused(translate("WorkshopSetup", "A workshop needs a title."))
    if len(value) > MAX_TITLE_CHARS:
        raise Refused(
            translate("WorkshopSetup", "A workshop's title has at most {max} characters.").format(max=MAX_TITLE_CHARS)
        )
    return value.strip()


def _short(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise Refused(translate("WorkshopSetup", "The {what} must be text.").format(what=what))
    if len(value) > MAX_NAME_CHARS:
        raise Refused(
            translate("WorkshopSetup", "The {what} has at most {max} characters.").format(what=what, max=MAX_NAME_CHARS)
        )
    return value.strip()


def _minutes(value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_DAY_MINUTES:
        raise Refused(
            translate("WorkshopSetup", "The time available is from 1 to {max} minutes.").format(max=MAX_DAY_MINUTES)
        )
    return value


def _date(value: Any) -> dt.date | None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise Refused(translate("WorkshopSetup", "The date is not a date."))
    return value


def _time(value: Any) -> dt.time | None:
    if value is not None and not isinstance(value, dt.time):
        raise Refused(translate("WorkshopSetup", "The start time is not a time of day."))
    return value.replace(second=0, microsecond=0, tzinfo=None) if value is not None else None


def _checked_ids(session: Session, model: type, ids: Iterable[int], what: str) -> list[int]:
    wanted = list(dict.fromkeys(int(i) for i in ids))
    for row_id in wanted:
        get_row(session, model, row_id, what)
    return wanted


def _checked(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    checks = {
        "title": _title,
        "date": _date,
        "start_time": _time,
        "available_minutes": _minutes,
        "place": lambda v: _short(v, translate("WorkshopSetup", "place")),
        "room": lambda v: _short(v, translate("WorkshopSetup", "room")),
        "facilitator": lambda v: _short(v, translate("WorkshopSetup", "facilitator's name")),
    }
    result: dict[str, Any] = {name: checks[name](value) if name in checks else value for name, value in changes.items()}
    if result.get("matrix_id") is not None:
        get_row(session, Matrix, result["matrix_id"], translate("WorkshopSetup", "matrix"))
    return result


# --- Creating ----------------------------------------------------------------------------------
def _copy_template_stages(session: Session, workshop: Workshop, timeline_id: int | None) -> None:
    if timeline_id is None:
        return
    timeline = get_row(session, Timeline, timeline_id, translate("WorkshopSetup", "timeline"))
    for stage in timeline.stages:
        workshop.stages.append(
            WorkshopStage(
                source_stage_id=stage.id,
                position=stage.position,
                key=stage.key,
                title=stage.title,
                description=stage.description,
                pictogram_id=stage.pictogram_id,
            )
        )


def create_workshop(session: Session, details: WorkshopDetails) -> Workshop:
    """A new workshop owning a copy of its timeline template's stages."""
    fields = _checked(
        session,
        {
            "title": details.title,
            "date": details.date,
            "start_time": details.start_time,
            "available_minutes": details.available_minutes,
            "place": details.place,
            "room": details.room,
            "facilitator": details.facilitator,
            "matrix_id": details.matrix_id,
        },
    )
    workshop = Workshop(timeline_id=details.timeline_id, **fields)
    _copy_template_stages(session, workshop, details.timeline_id)
    decks = _checked_ids(session, Deck, details.deck_ids, translate("WorkshopSetup", "deck"))
    scenarios = _checked_ids(session, Scenario, details.scenario_ids, translate("WorkshopSetup", "scenario"))
    workshop.deck_links.extend(WorkshopDeck(deck_id=d, position=i) for i, d in enumerate(decks))
    workshop.scenario_links.extend(WorkshopScenario(scenario_id=s, position=i) for i, s in enumerate(scenarios))
    session.add(workshop)
    session.flush()
    return workshop


def copy_title(session: Session, title: str) -> str:
    """ "<title> (copy)", made unique among the workshops."""
    taken = set(session.scalars(select(Workshop.title)))
    base = translate("WorkshopSetup", "{title} (copy)").format(title=title)
    return unique_name(base, taken, lambda b, n: f"{b} {n}")


def copy_workshop(
    session: Session, model_id: int, *, details: WorkshopDetails | None = None, participants: bool = False
) -> Workshop:
    """A new workshop made from ``model_id``: its agenda, its own stages, what it uses, and its
    participants when asked; never its notes. ``details`` replaces the model's details (the
    new-workshop dialog's); without it, the copy is the model's duplicate with a new title."""
    model = get_workshop(session, model_id)
    if details is None:
        details = replace(workshop_details(session, model_id), title=copy_title(session, model.title))
    if details.timeline_id is None or details.timeline_id == model.timeline_id:
        workshop = create_workshop(session, replace(details, timeline_id=None))
        workshop.timeline_id = model.timeline_id
        for stage in model.stages:  # the model's own stages, as the facilitator may have adjusted them
            workshop.stages.append(
                WorkshopStage(position=stage.position, **{f: getattr(stage, f) for f in _STAGE_FIELDS})
            )
    else:  # another timeline was chosen: its template's stages
        workshop = create_workshop(session, details)
    for step in model.agenda:
        workshop.agenda.append(
            AgendaStep(
                position=step.position,
                card_ids=list(step.card_ids or ()),
                bullets=list(step.bullets or ()),
                **{f: getattr(step, f) for f in _STEP_FIELDS},
            )
        )
    if participants:
        for person in model.participants:
            workshop.participants.append(
                Participant(
                    position=person.position,
                    display_name=person.display_name,
                    role=person.role,
                    organisation=person.organisation,
                )
            )
    session.flush()
    return workshop


# --- Editing -----------------------------------------------------------------------------------
def update_workshop(
    session: Session,
    workshop_id: int,
    *,
    title: str | Unset = UNSET,
    date: dt.date | Unset | None = UNSET,
    start_time: dt.time | Unset | None = UNSET,
    available_minutes: int | Unset | None = UNSET,
    place: str | Unset = UNSET,
    room: str | Unset = UNSET,
    facilitator: str | Unset = UNSET,
    matrix_id: int | Unset | None = UNSET,
) -> FieldEdit:
    workshop = get_workshop(session, workshop_id)
    changes = _checked(
        session,
        given(
            title=title,
            date=date,
            start_time=start_time,
            available_minutes=available_minutes,
            place=place,
            room=room,
            facilitator=facilitator,
            matrix_id=matrix_id,
        ),
    )
    edit = apply_changes(workshop, changes)
    session.flush()
    return edit


def _set_links(
    session: Session, workshop: Workshop, links: list[Any], make: Any, ids: Sequence[int], model: type, what: str
) -> OrderEdit:
    key = "deck_id" if model is Deck else "scenario_id"
    before = tuple(getattr(link, key) for link in links)
    after = tuple(_checked_ids(session, model, ids, what))
    if before != after:
        links.clear()
        session.flush()  # the old rows go before the new ones take their keys
        links.extend(make(i, position) for position, i in enumerate(after))
        session.flush()
    return OrderEdit(workshop.id, before, after)


def set_workshop_decks(session: Session, workshop_id: int, deck_ids: Sequence[int]) -> OrderEdit:
    """The decks the workshop uses, in this order."""
    workshop = get_workshop(session, workshop_id)
    return _set_links(
        session,
        workshop,
        workshop.deck_links,
        lambda i, p: WorkshopDeck(deck_id=i, position=p),
        deck_ids,
        Deck,
        translate("WorkshopSetup", "deck"),
    )


def set_workshop_scenarios(session: Session, workshop_id: int, scenario_ids: Sequence[int]) -> OrderEdit:
    """The scenarios the workshop uses, in this order."""
    workshop = get_workshop(session, workshop_id)
    return _set_links(
        session,
        workshop,
        workshop.scenario_links,
        lambda i, p: WorkshopScenario(scenario_id=i, position=p),
        scenario_ids,
        Scenario,
        translate("WorkshopSetup", "scenario"),
    )


@dataclass(frozen=True)
class StageRow:
    id: int
    position: int
    values: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class StagesSnapshot:
    """A workshop's stages and template before its timeline was changed."""

    workshop_id: int
    timeline_id: int | None
    stages: tuple[StageRow, ...]


def timeline_locked(session: Session, workshop_id: int) -> bool:
    """Whether notes or syntheses are pinned to the workshop's stages (its timeline then stays)."""
    stage_ids = select(WorkshopStage.id).where(WorkshopStage.workshop_id == workshop_id)
    notes = session.scalar(select(func.count(Annotation.id)).where(Annotation.workshop_stage_id.in_(stage_ids)))
    syntheses = session.scalar(
        select(func.count(StageSynthesis.id)).where(StageSynthesis.workshop_stage_id.in_(stage_ids))
    )
    return bool(notes or syntheses)


def _snapshot_stages(workshop: Workshop) -> StagesSnapshot:
    rows = tuple(StageRow(s.id, s.position, tuple((f, getattr(s, f)) for f in _STAGE_FIELDS)) for s in workshop.stages)
    return StagesSnapshot(workshop.id, workshop.timeline_id, rows)


def set_workshop_timeline(session: Session, workshop_id: int, timeline_id: int | None) -> StagesSnapshot:
    """Use another timeline template: the workshop's stages become a copy of its stages.

    Refused once notes or syntheses are pinned to the current stages: they would be lost.
    """
    workshop = get_workshop(session, workshop_id)
    if timeline_locked(session, workshop_id):
        raise Refused(
            translate(
                "WorkshopSetup",
                "Notes are already pinned to this workshop's timeline, so its timeline cannot change any more. "
                "Make a new workshop from this one (its notes stay behind) to use another timeline.",
            )
        )
    snapshot = _snapshot_stages(workshop)
    session.execute(delete(WorkshopStage).where(WorkshopStage.workshop_id == workshop_id))
    session.expire(workshop, ["stages"])
    workshop.timeline_id = timeline_id
    _copy_template_stages(session, workshop, timeline_id)
    session.flush()
    return snapshot


def restore_workshop_stages(session: Session, snapshot: StagesSnapshot) -> StagesSnapshot:
    """Put back the stages and template of ``snapshot``; returns the ones it replaced."""
    workshop = get_workshop(session, snapshot.workshop_id)
    current = _snapshot_stages(workshop)
    session.execute(delete(WorkshopStage).where(WorkshopStage.workshop_id == workshop.id))
    session.expire(workshop, ["stages"])
    timeline_alive = snapshot.timeline_id is not None and session.get(Timeline, snapshot.timeline_id) is not None
    workshop.timeline_id = snapshot.timeline_id if timeline_alive else None
    for row in snapshot.stages:
        values = dict(row.values)
        if values.get("source_stage_id") is not None and not timeline_alive:
            values["source_stage_id"] = None
        session.add(WorkshopStage(id=row.id, workshop_id=workshop.id, position=row.position, **values))
    session.flush()
    session.expire(workshop, ["stages"])
    return current


# --- Undoing a creation -----------------------------------------------------------------------
@dataclass(frozen=True)
class WorkshopSnapshot:
    """A workshop with no notes, whole, to put back after its creation was undone."""

    id: int
    fields: tuple[tuple[str, Any], ...]
    stages: tuple[StageRow, ...]
    participants: tuple[tuple[tuple[str, Any], ...], ...]
    steps: tuple[tuple[tuple[str, Any], ...], ...]
    deck_ids: tuple[int, ...]
    scenario_ids: tuple[int, ...]


_WORKSHOP_FIELDS = (
    "title",
    "date",
    "start_time",
    "available_minutes",
    "place",
    "room",
    "facilitator",
    "timeline_id",
    "matrix_id",
    "created_at",
)


def delete_new_workshop(session: Session, workshop_id: int) -> WorkshopSnapshot:
    """Take back a workshop just created or copied; refused once it holds notes."""
    workshop = get_workshop(session, workshop_id)
    if session.scalar(select(func.count(Annotation.id)).where(Annotation.workshop_id == workshop_id)):
        raise Refused(translate("WorkshopSetup", "This workshop holds notes now; delete it from the review page."))
    snapshot = WorkshopSnapshot(
        id=workshop.id,
        fields=tuple((f, getattr(workshop, f)) for f in _WORKSHOP_FIELDS),
        stages=_snapshot_stages(workshop).stages,
        participants=tuple(
            tuple((f, getattr(p, f)) for f in ("id", "position", "display_name", "role", "organisation"))
            for p in workshop.participants
        ),
        steps=tuple(
            tuple((f, getattr(s, f)) for f in ("id", "position", "card_ids", "bullets", *_STEP_FIELDS))
            for s in workshop.agenda
        ),
        deck_ids=tuple(workshop.deck_ids),
        scenario_ids=tuple(workshop.scenario_ids),
    )
    session.delete(workshop)
    session.flush()
    return snapshot


def _still_there(session: Session, step: dict[str, Any]) -> dict[str, Any]:
    """A step's fields without the cards, scenario or pictogram deleted since."""
    for key, model in (("card_id", Card), ("scenario_id", Scenario), ("pictogram_id", Pictogram)):
        if step.get(key) is not None and session.get(model, step[key]) is None:
            step[key] = None
    step["card_ids"] = [i for i in step.get("card_ids") or () if session.get(Card, i) is not None]
    return step


def restore_workshop(session: Session, snapshot: WorkshopSnapshot) -> Workshop:
    """Bring back a workshop taken back by :func:`delete_new_workshop`, under its old ids."""
    fields = dict(snapshot.fields)
    for key, model in (("timeline_id", Timeline), ("matrix_id", Matrix)):
        if fields[key] is not None and session.get(model, fields[key]) is None:
            fields[key] = None
    workshop = Workshop(id=snapshot.id if session.get(Workshop, snapshot.id) is None else None, **fields)
    for row in snapshot.stages:
        workshop.stages.append(WorkshopStage(id=row.id, position=row.position, **dict(row.values)))
    workshop.participants.extend(Participant(**dict(p)) for p in snapshot.participants)
    workshop.agenda.extend(AgendaStep(**_still_there(session, dict(s))) for s in snapshot.steps)
    workshop.deck_links.extend(
        WorkshopDeck(deck_id=d, position=i)
        for i, d in enumerate(d for d in snapshot.deck_ids if session.get(Deck, d) is not None)
    )
    workshop.scenario_links.extend(
        WorkshopScenario(scenario_id=s, position=i)
        for i, s in enumerate(s for s in snapshot.scenario_ids if session.get(Scenario, s) is not None)
    )
    session.add(workshop)
    session.flush()
    return workshop
