"""What others changed in the open workshop, seen by a cheap poll (a team's shared server).

A console shows its own changes at once (every edit says what it changed). Changes other
consoles make reach it when it refreshes a page, and, for the workshop it has open (the one
being presented), within a couple of seconds: it compares a :class:`WorkshopStamp` every few
seconds. Why a poll rather than PostgreSQL's LISTEN/NOTIFY: the same few aggregate reads work
on both engines (a phone server or a command-line import writing to the facilitator's SQLite
file shows up too), need no connection held open nor a listener thread feeding Qt, go through
connection poolers that drop LISTEN, and recover from a lost connection the way every other
read does. Counting the rows and summing their versions moves whenever a row is added, edited
or removed, and the highest id catches a removal and an addition between two polls.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_studio.storage.models import AgendaStep, Annotation, Participant, Workshop, WorkshopStage


@dataclass(frozen=True)
class WorkshopStamp:
    """A fingerprint of a workshop's parts; two equal stamps mean nothing changed."""

    workshop_id: int
    details: tuple[int, ...]
    agenda: tuple[int, ...]
    participants: tuple[int, ...]
    notes: tuple[int, ...]

    def changed_parts(self, newer: WorkshopStamp) -> frozenset[str]:
        """Which parts differ: "details", "agenda", "participants", "notes"."""
        if newer.workshop_id != self.workshop_id:
            return frozenset({"details", "agenda", "participants", "notes"})
        return frozenset(
            name
            for name in ("details", "agenda", "participants", "notes")
            if getattr(self, name) != getattr(newer, name)
        )


def _fingerprint(
    session: Session,
    model: type[WorkshopStage] | type[AgendaStep] | type[Participant] | type[Annotation],
    workshop_id: int,
) -> tuple[int, ...]:
    row = session.execute(
        select(
            func.count(model.id), func.coalesce(func.sum(model.version), 0), func.coalesce(func.max(model.id), 0)
        ).where(model.workshop_id == workshop_id)
    ).one()
    return tuple(int(value) for value in row)


def workshop_stamp(session: Session, workshop_id: int) -> WorkshopStamp:
    version = session.scalar(select(Workshop.version).where(Workshop.id == workshop_id))
    return WorkshopStamp(
        workshop_id=workshop_id,
        details=(int(version or 0), *_fingerprint(session, WorkshopStage, workshop_id)),
        agenda=_fingerprint(session, AgendaStep, workshop_id),
        participants=_fingerprint(session, Participant, workshop_id),
        notes=_fingerprint(session, Annotation, workshop_id),
    )
