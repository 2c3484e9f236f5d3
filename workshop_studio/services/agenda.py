"""A workshop's agenda: read it whole for the shared screen, and edit it step by step.

Reading gives :class:`~workshop_studio.domain.agenda.AgendaView`, with everything each step
shows already resolved (card views, scenario, the workshop's stages, the matrix's axes).

The presenter console's undoable edits call these (``ui/undo/agenda.py``):

* ``add_step`` returns the new step's id: undo with ``remove_step`` (keep the snapshot),
  redo with ``restore_step(snapshot)``, which gives the step its id and place back;
* ``remove_step``: undo with ``restore_step(snapshot)``;
* ``move_step`` / ``set_step_order``: undo with ``set_step_order(session, workshop_id, edit.before)``;
* ``update_step`` (and its shorthands ``set_step_minutes`` / ``set_step_title``) returns a
  ``FieldEdit``: undo with ``update_step(session, step_id, **edit.before)``. It changes what a
  step shows (its card, spread, scenario; an instruction's bullets, pictogram and countdown)
  and whether it is skipped while presenting.

Steps keep dense positions ``0..n-1`` within their workshop, so an index is a position.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.domain.agenda import (
    AgendaView,
    MatrixView,
    ScenarioView,
    StageView,
    StepView,
    WorkshopHeader,
)
from workshop_studio.domain.materials import CardView
from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.i18n import translate
from workshop_studio.services.edits import (
    UNSET,
    FieldEdit,
    OrderEdit,
    Unset,
    apply_changes,
    check_permutation,
    get_row,
    given,
    renumber,
)
from workshop_studio.services.errors import Refused
from workshop_studio.services.library import card_view
from workshop_studio.services.matrices import matrix_axes
from workshop_studio.services.scenarios import get_scenario
from workshop_studio.storage.models import (
    AgendaStep,
    Card,
    Pictogram,
    Scenario,
    Workshop,
    WorkshopStage,
)

MAX_MINUTES = 24 * 60
MAX_BULLETS = 6  # an instruction slide stays readable from the back row
MAX_BULLET_CHARS = 160
MAX_COUNTDOWN_MINUTES = 180


# --- Reading --------------------------------------------------------------------------------
def _cards(session: Session, ids: Iterable[int]) -> dict[int, CardView]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = session.scalars(select(Card).where(Card.id.in_(wanted)).options(selectinload(Card.pictogram)))
    return {card.id: card_view(card) for card in rows}


def scenario_view(scenario: Scenario) -> ScenarioView:
    picture = scenario.pictogram
    return ScenarioView(
        id=scenario.id,
        title=scenario.title,
        trade=scenario.trade,
        company_size=scenario.company_size,
        family_business=scenario.family_business,
        agency_history=scenario.agency_history,
        story=scenario.story,
        questions=tuple(scenario.questions or ()),
        pictogram_data=picture.data if picture is not None else None,
        pictogram_media_type=picture.media_type if picture is not None else None,
    )


def _stages(session: Session, workshop_id: int) -> tuple[StageView, ...]:
    rows = session.scalars(
        select(WorkshopStage)
        .where(WorkshopStage.workshop_id == workshop_id)
        .options(selectinload(WorkshopStage.pictogram))
        .order_by(WorkshopStage.position, WorkshopStage.id)
    )
    return tuple(
        StageView(
            s.id,
            s.title,
            s.description,
            s.pictogram.data if s.pictogram is not None else None,
            s.pictogram.media_type if s.pictogram is not None else None,
        )
        for s in rows
    )


def _matrix(session: Session, workshop: Workshop) -> MatrixView | None:
    if workshop.matrix is None:
        return None
    rows, columns = matrix_axes(session, workshop.matrix.id)
    return MatrixView(
        workshop.matrix.id, workshop.matrix.name, tuple(map(card_view, rows)), tuple(map(card_view, columns))
    )


def read_agenda(session: Session, workshop_id: int) -> AgendaView:
    """The workshop's agenda, every step with the content it shows."""
    workshop = get_row(session, Workshop, workshop_id, translate("Agenda", "workshop"))
    steps = list(
        session.scalars(
            select(AgendaStep).where(AgendaStep.workshop_id == workshop_id).order_by(AgendaStep.position, AgendaStep.id)
        )
    )
    cards = _cards(
        session, [s.card_id for s in steps if s.card_id is not None] + [i for s in steps for i in s.card_ids or ()]
    )
    scenarios = {
        i: scenario_view(get_scenario(session, i)) for i in sorted({s.scenario_id for s in steps if s.scenario_id})
    }
    kinds = {s.kind for s in steps}
    stages = _stages(session, workshop_id) if StepKind.TIMELINE in kinds else ()
    matrix = _matrix(session, workshop) if StepKind.MATRIX in kinds else None
    timeline_name = workshop.timeline.name if workshop.timeline is not None else ""
    pictograms = {
        p.id: p
        for p in session.scalars(
            select(Pictogram).where(Pictogram.id.in_({s.pictogram_id for s in steps if s.pictogram_id is not None}))
        )
    }
    views = []
    for step in steps:
        picture = pictograms.get(step.pictogram_id) if step.pictogram_id is not None else None
        views.append(
            StepView(
                id=step.id,
                kind=step.kind,
                title=step.title,
                planned_minutes=step.planned_minutes,
                hidden=step.hidden,
                bullets=tuple(step.bullets or ()),
                pictogram_id=step.pictogram_id,
                pictogram_data=picture.data if picture is not None else None,
                pictogram_media_type=picture.media_type if picture is not None else None,
                countdown_minutes=step.countdown_minutes,
                card=cards.get(step.card_id) if step.card_id is not None else None,
                cards=tuple(cards[i] for i in step.card_ids or () if i in cards),
                scenario=scenarios.get(step.scenario_id) if step.scenario_id is not None else None,
                stages=stages if step.kind == StepKind.TIMELINE else (),
                timeline_name=timeline_name if step.kind == StepKind.TIMELINE else "",
                matrix=matrix if step.kind == StepKind.MATRIX else None,
            )
        )
    header = WorkshopHeader(
        workshop.id,
        workshop.title,
        workshop.date,
        workshop.place,
        workshop.facilitator,
        workshop.start_time,
        workshop.room,
    )
    return AgendaView(header, tuple(views))


def card_step(session: Session, card_id: int) -> StepView:
    """One card as a step shown on the fly (not part of the agenda)."""
    card = get_row(session, Card, card_id, translate("Agenda", "card"))
    return StepView(id=None, kind=StepKind.CARD.value, card=card_view(card))


def scenario_step(session: Session, scenario_id: int) -> StepView:
    """One scenario as a step shown on the fly (not part of the agenda)."""
    return StepView(id=None, kind=StepKind.SCENARIO.value, scenario=scenario_view(get_scenario(session, scenario_id)))


@dataclass(frozen=True)
class Showable:
    """Something the facilitator may put on the shared screen at once."""

    id: int
    title: str
    kind: str  # a card kind, or "scenario"


def showable_cards(session: Session, workshop_id: int) -> list[Showable]:
    """The cards of the decks the workshop uses (every card when it uses none), deck by deck."""
    workshop = get_row(session, Workshop, workshop_id, translate("Agenda", "workshop"))
    query = select(Card.id, Card.title, Card.kind, Card.deck_id)
    decks = workshop.deck_ids
    if decks:
        query = query.where(Card.deck_id.in_(decks))
    rows = list(session.execute(query.order_by(Card.position, Card.id)))
    rank = {deck_id: index for index, deck_id in enumerate(decks)}
    rows.sort(key=lambda row: rank.get(row[3], row[3]))  # the workshop's order of decks, then deck order
    return [Showable(i, title, kind) for i, title, kind, _deck in rows]


def showable_scenarios(session: Session, workshop_id: int | None = None) -> list[Showable]:
    """Every scenario; those the workshop uses first, in its order."""
    rows = session.execute(select(Scenario.id, Scenario.title).order_by(Scenario.title, Scenario.id))
    found = [Showable(i, title, "scenario") for i, title in rows]
    if workshop_id is None:
        return found
    workshop = get_row(session, Workshop, workshop_id, translate("Agenda", "workshop"))
    rank = {scenario_id: index for index, scenario_id in enumerate(workshop.scenario_ids)}
    return sorted(found, key=lambda s: rank.get(s.id, len(rank)))


# --- Editing --------------------------------------------------------------------------------
@dataclass(frozen=True)
class StepSnapshot:
    """A removed step, whole, with its place in the agenda."""

    id: int
    workshop_id: int
    index: int
    kind: str
    title: str
    planned_minutes: int
    card_id: int | None
    scenario_id: int | None
    card_ids: tuple[int, ...]
    hidden: bool
    bullets: tuple[str, ...] = ()
    pictogram_id: int | None = None
    countdown_minutes: int | None = None


def _ordered(session: Session, workshop_id: int) -> list[AgendaStep]:
    return list(
        session.scalars(
            select(AgendaStep).where(AgendaStep.workshop_id == workshop_id).order_by(AgendaStep.position, AgendaStep.id)
        )
    )


def _minutes(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_MINUTES:
        raise Refused(translate("Agenda", "A step lasts from 0 to {max} minutes.").format(max=MAX_MINUTES))
    return value


def _kind(value: StepKind | str) -> str:
    try:
        return StepKind(value).value
    except ValueError:
        raise Refused(translate("Agenda", "“{kind}” is not a kind of step.").format(kind=value)) from None


def _bullets(value: Sequence[str]) -> list[str]:
    if isinstance(value, str) or not all(isinstance(b, str) for b in value):
        raise Refused(translate("Agenda", "An instruction's bullets are lines of text."))
    lines = [b.strip() for b in value if b.strip()]
    if len(lines) > MAX_BULLETS:
        raise Refused(translate("Agenda", "An instruction has at most {max} bullets.").format(max=MAX_BULLETS))
    if any(len(b) > MAX_BULLET_CHARS for b in lines):
        raise Refused(
            translate("Agenda", "A bullet has at most {max} characters: keep it short for the room.").format(
                max=MAX_BULLET_CHARS
            )
        )
    return lines


def _countdown(value: int | None) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_COUNTDOWN_MINUTES:
        raise Refused(
            translate("Agenda", "A countdown lasts from 1 to {max} minutes.").format(max=MAX_COUNTDOWN_MINUTES)
        )
    return value


def _check_content(
    session: Session, kind: str, card_id: int | None, scenario_id: int | None, card_ids: Sequence[int]
) -> None:
    if kind == StepKind.CARD and card_id is None:
        raise Refused(translate("Agenda", "A one-card step needs a card."))
    if kind == StepKind.SCENARIO and scenario_id is None:
        raise Refused(translate("Agenda", "A scenario step needs a scenario."))
    if kind == StepKind.CARDS and not card_ids:
        raise Refused(translate("Agenda", "A spread needs at least one card."))
    for one in ([card_id] if card_id is not None else []) + list(card_ids):
        get_row(session, Card, one, translate("Agenda", "card"))
    if scenario_id is not None:
        get_row(session, Scenario, scenario_id, translate("Agenda", "scenario"))


def add_step(
    session: Session,
    workshop_id: int,
    *,
    kind: StepKind | str,
    title: str = "",
    planned_minutes: int = 10,
    card_id: int | None = None,
    scenario_id: int | None = None,
    card_ids: Sequence[int] = (),
    bullets: Sequence[str] = (),
    pictogram_id: int | None = None,
    countdown_minutes: int | None = None,
    index: int | None = None,
) -> int:
    """A new step at ``index`` (``None``: at the end); returns its id."""
    get_row(session, Workshop, workshop_id, translate("Agenda", "workshop"))
    kind_value = _kind(kind)
    _check_content(session, kind_value, card_id, scenario_id, card_ids)
    if pictogram_id is not None:
        get_row(session, Pictogram, pictogram_id, translate("Agenda", "pictogram"))
    step = AgendaStep(
        workshop_id=workshop_id,
        kind=kind_value,
        title=title,
        planned_minutes=_minutes(planned_minutes),
        card_id=card_id,
        scenario_id=scenario_id,
        card_ids=list(dict.fromkeys(card_ids)),
        bullets=_bullets(bullets),
        pictogram_id=pictogram_id,
        countdown_minutes=_countdown(countdown_minutes),
    )
    steps = _ordered(session, workshop_id)
    steps.insert(len(steps) if index is None else max(0, min(index, len(steps))), step)
    session.add(step)
    renumber(steps)
    session.flush()
    return step.id


def remove_step(session: Session, step_id: int) -> StepSnapshot:
    step = get_row(session, AgendaStep, step_id, translate("Agenda", "agenda step"))
    steps = _ordered(session, step.workshop_id)
    snapshot = StepSnapshot(
        step.id,
        step.workshop_id,
        steps.index(step),
        step.kind,
        step.title,
        step.planned_minutes,
        step.card_id,
        step.scenario_id,
        tuple(step.card_ids or ()),
        step.hidden,
        tuple(step.bullets or ()),
        step.pictogram_id,
        step.countdown_minutes,
    )
    steps.remove(step)
    session.delete(step)
    renumber(steps)
    session.flush()
    return snapshot


def restore_step(session: Session, snapshot: StepSnapshot) -> int:
    """Put a removed step back at its place, under its old id when free; returns its id.

    Cards or a scenario deleted since are left out, as their deletion would have done.
    """
    free = session.get(AgendaStep, snapshot.id) is None
    step = AgendaStep(
        id=snapshot.id if free else None,
        workshop_id=snapshot.workshop_id,
        kind=snapshot.kind,
        title=snapshot.title,
        planned_minutes=snapshot.planned_minutes,
        card_id=snapshot.card_id if snapshot.card_id and session.get(Card, snapshot.card_id) else None,
        scenario_id=snapshot.scenario_id
        if snapshot.scenario_id and session.get(Scenario, snapshot.scenario_id)
        else None,
        card_ids=[i for i in snapshot.card_ids if session.get(Card, i) is not None],
        hidden=snapshot.hidden,
        bullets=list(snapshot.bullets),
        pictogram_id=snapshot.pictogram_id
        if snapshot.pictogram_id and session.get(Pictogram, snapshot.pictogram_id)
        else None,
        countdown_minutes=snapshot.countdown_minutes,
    )
    steps = _ordered(session, snapshot.workshop_id)
    steps.insert(max(0, min(snapshot.index, len(steps))), step)
    session.add(step)
    renumber(steps)
    session.flush()
    return step.id


def step_order(session: Session, workshop_id: int) -> tuple[int, ...]:
    return tuple(step.id for step in _ordered(session, workshop_id))


def set_step_order(session: Session, workshop_id: int, step_ids: Sequence[int]) -> OrderEdit:
    """The workshop's steps in the order ``step_ids`` (each of them exactly once)."""
    steps = _ordered(session, workshop_id)
    before = tuple(step.id for step in steps)
    after = check_permutation(before, step_ids, translate("Agenda", "agenda steps"))
    by_id = {step.id: step for step in steps}
    renumber(by_id[i] for i in after)
    session.flush()
    return OrderEdit(workshop_id, before, after)


def move_step(session: Session, step_id: int, to_index: int) -> OrderEdit:
    """Move one step so that it ends at ``to_index`` (clamped)."""
    step = get_row(session, AgendaStep, step_id, translate("Agenda", "agenda step"))
    order = list(step_order(session, step.workshop_id))
    order.remove(step_id)
    order.insert(max(0, min(to_index, len(order))), step_id)
    return set_step_order(session, step.workshop_id, order)


def update_step(
    session: Session,
    step_id: int,
    *,
    title: str | Unset = UNSET,
    planned_minutes: int | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    card_id: int | Unset | None = UNSET,
    scenario_id: int | Unset | None = UNSET,
    card_ids: Sequence[int] | Unset = UNSET,
    bullets: Sequence[str] | Unset = UNSET,
    pictogram_id: int | Unset | None = UNSET,
    countdown_minutes: int | Unset | None = UNSET,
) -> FieldEdit:
    """Change what a step says, shows, lasts, or whether it is skipped; its kind stays."""
    step = get_row(session, AgendaStep, step_id, translate("Agenda", "agenda step"))
    changes = given(
        title=title,
        planned_minutes=planned_minutes,
        hidden=hidden,
        card_id=card_id,
        scenario_id=scenario_id,
        card_ids=card_ids,
        bullets=bullets,
        pictogram_id=pictogram_id,
        countdown_minutes=countdown_minutes,
    )
    if "title" in changes:
        changes["title"] = str(changes["title"])
    if "planned_minutes" in changes:
        changes["planned_minutes"] = _minutes(changes["planned_minutes"])
    if "hidden" in changes:
        changes["hidden"] = bool(changes["hidden"])
    if "card_ids" in changes:
        changes["card_ids"] = list(dict.fromkeys(int(i) for i in changes["card_ids"]))
    if "bullets" in changes:
        changes["bullets"] = _bullets(changes["bullets"])
    if "countdown_minutes" in changes:
        changes["countdown_minutes"] = _countdown(changes["countdown_minutes"])
    if changes.get("pictogram_id") is not None:
        get_row(session, Pictogram, changes["pictogram_id"], translate("Agenda", "pictogram"))
    _check_content(
        session,
        step.kind,
        changes.get("card_id", step.card_id),
        changes.get("scenario_id", step.scenario_id),
        changes.get("card_ids", step.card_ids or ()),
    )
    edit = apply_changes(step, changes)
    session.flush()
    return edit


def set_step_minutes(session: Session, step_id: int, minutes: int) -> FieldEdit:
    return update_step(session, step_id, planned_minutes=minutes)


def set_step_title(session: Session, step_id: int, title: str) -> FieldEdit:
    return update_step(session, step_id, title=title)
