"""A workshop as the facilitator prepares it: its details, its participants, its time budget.

Plain values: the new-workshop dialog fills a :class:`WorkshopDetails`, the services store it,
the command line builds one from its flags. :func:`time_budget` compares the agenda's planned
minutes with the time the room is booked for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

MAX_TITLE_CHARS = 300
MAX_NAME_CHARS = 200  # a participant's name or pseudonym, an organisation, a place, a room
MAX_DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class WorkshopDetails:
    """Everything the new-workshop dialog asks; only the title is required."""

    title: str
    date: dt.date | None = None
    start_time: dt.time | None = None
    available_minutes: int | None = None  # how long the room is booked for
    place: str = ""  # the agency or the venue
    room: str = ""
    facilitator: str = ""
    timeline_id: int | None = None
    deck_ids: tuple[int, ...] = ()
    scenario_ids: tuple[int, ...] = ()
    matrix_id: int | None = None


@dataclass(frozen=True)
class ParticipantData:
    """One participant as typed or imported: a name (or pseudonym), a role, an organisation."""

    display_name: str
    role: str  # a Role value
    organisation: str = ""


@dataclass(frozen=True)
class ParsedParticipants:
    """Participants read from a file or a paste, before they touch the database.

    ``rows[i]`` is the spreadsheet row participant ``i`` came from, for messages.
    """

    source: str
    participants: tuple[ParticipantData, ...]
    rows: tuple[int, ...] = field(default=())


class BudgetState(StrEnum):
    UNKNOWN = "unknown"  # no time available was given
    FITS = "fits"
    TIGHT = "tight"  # less than a tenth of the time left over
    OVER = "over"


@dataclass(frozen=True)
class TimeBudget:
    planned_minutes: int
    available_minutes: int | None

    @property
    def spare_minutes(self) -> int | None:
        if self.available_minutes is None:
            return None
        return self.available_minutes - self.planned_minutes

    @property
    def state(self) -> BudgetState:
        spare = self.spare_minutes
        if spare is None or self.available_minutes is None:
            return BudgetState.UNKNOWN
        if spare < 0:
            return BudgetState.OVER
        if spare < self.available_minutes / 10:
            return BudgetState.TIGHT
        return BudgetState.FITS


def time_budget(planned_minutes: int, available_minutes: int | None) -> TimeBudget:
    return TimeBudget(planned_minutes, available_minutes)


def end_time(start: dt.time | None, minutes: int | None) -> dt.time | None:
    """When a session starting at ``start`` and lasting ``minutes`` ends (same day, or ``None``)."""
    if start is None or minutes is None:
        return None
    total = start.hour * 60 + start.minute + minutes
    if total >= MAX_DAY_MINUTES:
        return None
    return dt.time(total // 60, total % 60)
