"""What a deletion took away, so that its undo can put it back exactly.

A destructive service (``delete_cards``, ``delete_deck``, ``delete_stage``…) returns one of
these frozen records; the matching ``restore_…`` service takes it back. They hold plain
values only (no ORM rows), so an undo command may keep them for the whole session.

Restoring reuses the old ids when they are free, which is the normal case on an undo stack
(whatever took an id since was undone first), so the other commands on the stack, which
name rows by id, keep working. If an id is taken after all (another window or process
wrote meanwhile), the row comes back under a new id and the restore service returns it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class LinkRef:
    """One entry of an ordered list of links: ``item_id`` at ``index`` in ``owner_id``'s list.

    Scenario cards and stages (owner: the scenario), matrix axes (owner: the matrix, with
    ``axis``), a workshop agenda step's spread of cards (owner: the step).
    """

    owner_id: int
    item_id: int
    index: int
    axis: str = ""


@dataclass(frozen=True)
class NoteRef:
    """A participant's note that pointed at a deleted row through ``column``."""

    annotation_id: int
    column: str
    target_id: int


@dataclass(frozen=True)
class CardRow:
    id: int
    deck_id: int
    index: int
    kind: str
    title: str
    body: str
    pictogram_id: int | None
    colour: str | None
    back: str
    copies: int


@dataclass(frozen=True)
class CardsSnapshot:
    """Deleted cards, and everything that pointed at them (links, agenda, notes)."""

    cards: tuple[CardRow, ...]
    scenario_links: tuple[LinkRef, ...] = ()
    matrix_links: tuple[LinkRef, ...] = ()
    agenda_cards: tuple[tuple[int, int], ...] = ()  # (agenda step id, card id)
    agenda_spreads: tuple[LinkRef, ...] = ()
    notes: tuple[NoteRef, ...] = ()

    @property
    def card_ids(self) -> tuple[int, ...]:
        return tuple(card.id for card in self.cards)


@dataclass(frozen=True)
class DeckSnapshot:
    id: int
    name: str
    description: str
    card_size: str
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    cards: CardsSnapshot
    workshop_ids: tuple[tuple[int, int], ...] = ()  # (workshop, place in its list) of workshops that used it
    kinds: tuple[tuple[str, str, str], ...] = ()  # the deck's own kinds: (key, label, colour)
    show_kind_label: bool = True


@dataclass(frozen=True)
class PictogramSnapshot:
    id: int
    key: str
    label_fr: str
    label_en: str
    media_type: str
    data: bytes
    source: str
    created_at: dt.datetime | None


@dataclass(frozen=True)
class StageRow:
    id: int
    timeline_id: int
    index: int
    key: str
    title: str
    description: str
    pictogram_id: int | None


@dataclass(frozen=True)
class StagesSnapshot:
    """Deleted template stages, the scenario links to them and the workshop copies made from them.

    The workshop copies themselves (``WorkshopStage``) are never deleted or edited by template
    edits; only their ``source_stage_id`` link is cleared, and restored here.
    """

    stages: tuple[StageRow, ...]
    scenario_links: tuple[LinkRef, ...] = ()
    workshop_stage_sources: tuple[tuple[int, int], ...] = ()  # (workshop stage id, stage id)

    @property
    def stage_ids(self) -> tuple[int, ...]:
        return tuple(stage.id for stage in self.stages)


@dataclass(frozen=True)
class TimelineSnapshot:
    id: int
    name: str
    description: str
    created_at: dt.datetime | None
    stages: StagesSnapshot
    workshop_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ScenarioSnapshot:
    id: int
    title: str
    trade: str
    company_size: str
    family_business: bool
    agency_history: str
    story: str
    questions: tuple[str, ...]
    pictogram_id: int | None
    created_at: dt.datetime | None
    card_links: tuple[LinkRef, ...] = ()
    stage_links: tuple[LinkRef, ...] = ()
    agenda_step_ids: tuple[int, ...] = ()
    notes: tuple[NoteRef, ...] = ()
    workshop_links: tuple[LinkRef, ...] = ()  # the workshops that used it (workshop id, scenario, place)


@dataclass(frozen=True)
class MatrixSnapshot:
    id: int
    name: str
    row_kind: str
    column_kind: str
    axis_links: tuple[LinkRef, ...] = ()
    workshop_ids: tuple[int, ...] = ()
