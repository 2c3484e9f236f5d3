"""Participants' notes as plain records: where they are pinned, who said what."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop_studio.domain.vocabulary import TargetKind


@dataclass(frozen=True, slots=True)
class Target:
    """Where a note is pinned: a stage, a card, a scenario, a matrix cell, or the to-sort tray."""

    kind: TargetKind
    stage_id: int | None = None
    card_id: int | None = None
    scenario_id: int | None = None
    row_card_id: int | None = None
    column_card_id: int | None = None

    @classmethod
    def stage(cls, stage_id: int) -> Target:
        return cls(TargetKind.STAGE, stage_id=stage_id)

    @classmethod
    def card(cls, card_id: int) -> Target:
        return cls(TargetKind.CARD, card_id=card_id)

    @classmethod
    def scenario(cls, scenario_id: int) -> Target:
        return cls(TargetKind.SCENARIO, scenario_id=scenario_id)

    @classmethod
    def matrix_cell(cls, row_card_id: int, column_card_id: int) -> Target:
        return cls(TargetKind.MATRIX_CELL, row_card_id=row_card_id, column_card_id=column_card_id)

    @classmethod
    def tray(cls) -> Target:
        return cls(TargetKind.TRAY)


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """One note as the views show it."""

    id: int
    uid: str
    target: Target
    kind: str
    text: str
    role: str | None
    participant_id: int | None
    author: str | None
    position: float
    votes: int
    hidden: bool
    created_at: dt.datetime
