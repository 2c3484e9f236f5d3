"""Read-only pictures of a workshop, as the console's first screen shows it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class WorkshopSummary:
    id: int
    title: str
    date: dt.date | None
    annotation_count: int


@dataclass(frozen=True)
class ParticipantLine:
    id: int
    display_name: str
    role: str
    organisation: str = ""


@dataclass(frozen=True)
class AgendaLine:
    id: int
    kind: str
    title: str
    planned_minutes: int
    subject: str = ""  # the card's or scenario's title, for steps that show one
    card_count: int = 0  # cards in a spread
    hidden: bool = False  # skipped while presenting


@dataclass(frozen=True)
class StageLine:
    id: int
    title: str
    description: str
    pictogram_id: int | None
    annotation_count: int
    pictogram_data: bytes | None = None
    pictogram_media_type: str | None = None


@dataclass(frozen=True)
class WorkshopOverview:
    id: int
    title: str
    date: dt.date | None
    place: str
    facilitator: str
    timeline_name: str
    participants: tuple[ParticipantLine, ...]
    agenda: tuple[AgendaLine, ...]
    stages: tuple[StageLine, ...]
    annotation_total: int  # every note of the workshop, on stages, cards, scenarios, cells or the tray
    tray_count: int
    start_time: dt.time | None = None
    available_minutes: int | None = None
    room: str = ""
    deck_names: tuple[str, ...] = ()
    scenario_names: tuple[str, ...] = ()
    matrix_name: str = ""

    @property
    def planned_minutes(self) -> int:
        """The minutes of the steps that will be shown (skipped steps left out)."""
        return sum(step.planned_minutes for step in self.agenda if not step.hidden)
