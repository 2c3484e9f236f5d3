"""Pooled review: the workshops of several agencies on a team's server, filtered by agency
(the workshop's place), a date range and the timeline template, with their notes counted
by kind and role in the database (one grouped query, not 40,000 rows in Python).

``benchmarks/pooled_review.py`` measures it at a year of a network's workshops (200 workshops,
40,000 notes) on both engines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from workshop_studio.storage.models import Annotation, Timeline, Workshop


@dataclass(frozen=True)
class PoolFilter:
    places: frozenset[str] = field(default_factory=frozenset)  # agencies; empty: all
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    timeline_ids: frozenset[int] = field(default_factory=frozenset)  # templates; empty: all

    @classmethod
    def of(cls, *, places: Collection[str] = (), date_from: dt.date | None = None, date_to: dt.date | None = None,
           timeline_ids: Collection[int] = ()) -> PoolFilter:
        return cls(frozenset(places), date_from, date_to, frozenset(timeline_ids))


@dataclass(frozen=True)
class PooledWorkshop:
    id: int
    title: str
    date: dt.date | None
    place: str
    timeline: str
    note_count: int


@dataclass(frozen=True)
class Pool:
    workshops: tuple[PooledWorkshop, ...]
    by_kind: tuple[tuple[str, int], ...]
    by_role: tuple[tuple[str, int], ...]

    @property
    def note_count(self) -> int:
        return sum(w.note_count for w in self.workshops)


def _where(query: Select, pool_filter: PoolFilter) -> Select:  # type: ignore[type-arg]
    if pool_filter.places:
        query = query.where(Workshop.place.in_(sorted(pool_filter.places)))
    if pool_filter.date_from is not None:
        query = query.where(Workshop.date >= pool_filter.date_from)
    if pool_filter.date_to is not None:
        query = query.where(Workshop.date <= pool_filter.date_to)
    if pool_filter.timeline_ids:
        query = query.where(Workshop.timeline_id.in_(sorted(pool_filter.timeline_ids)))
    return query


def pool_choices(session: Session) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    """The agencies and the templates there are to filter by, in order."""
    places = tuple(session.scalars(select(Workshop.place).distinct().order_by(Workshop.place)))
    templates = tuple((row.id, row.name) for row in session.execute(
        select(Timeline.id, Timeline.name).where(Timeline.id.in_(select(Workshop.timeline_id)))
        .order_by(Timeline.name, Timeline.id)))
    return places, templates


def pooled_review(session: Session, pool_filter: PoolFilter = PoolFilter()) -> Pool:
    """The chosen workshops (newest first) and their notes counted by kind and by role."""
    counts = (select(Annotation.workshop_id, func.count(Annotation.id).label("n"))
              .group_by(Annotation.workshop_id).subquery())
    query = _where(
        select(Workshop.id, Workshop.title, Workshop.date, Workshop.place, func.coalesce(Timeline.name, ""),
               func.coalesce(counts.c.n, 0))
        .outerjoin(Timeline, Timeline.id == Workshop.timeline_id)
        .outerjoin(counts, counts.c.workshop_id == Workshop.id),
        pool_filter,
    ).order_by(Workshop.date.desc(), Workshop.id.desc())
    workshops = tuple(PooledWorkshop(*row) for row in session.execute(query))
    chosen = _where(select(Workshop.id), pool_filter)

    def tally(column):  # type: ignore[no-untyped-def]
        rows = session.execute(
            select(func.coalesce(column, ""), func.count(Annotation.id))
            .where(Annotation.workshop_id.in_(chosen)).group_by(column).order_by(column))
        return tuple((str(key), int(n)) for key, n in rows)

    return Pool(workshops, tally(Annotation.kind), tally(Annotation.role))
