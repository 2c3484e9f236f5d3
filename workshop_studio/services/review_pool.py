"""Pooled review: the workshops of several agencies on a team's server, filtered by agency
(the workshop's place), a date range and the timeline template, with their notes counted
by agency, kind and role in the database (one grouped query, not 40,000 rows in Python);
``review_pool_tables`` lays those counts out as the review's count tables.

``benchmarks/pooled_review.py`` measures it at a year of a network's workshops (200 workshops,
40,000 notes) on both engines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
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
    def of(
        cls,
        *,
        places: Collection[str] = (),
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        timeline_ids: Collection[int] = (),
    ) -> PoolFilter:
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
class PoolCount:
    """How many notes of one kind, by one role ("": none), the workshops of one agency hold."""

    place: str
    kind: str
    role: str
    count: int


@dataclass(frozen=True)
class Pool:
    workshops: tuple[PooledWorkshop, ...]
    counts: tuple[PoolCount, ...]  # by agency, kind and role: every other count adds these up

    @property
    def note_count(self) -> int:
        return sum(w.note_count for w in self.workshops)

    def _summed(self, key: Callable[[PoolCount], str]) -> tuple[tuple[str, int], ...]:
        sums: dict[str, int] = {}
        for cell in self.counts:
            sums[key(cell)] = sums.get(key(cell), 0) + cell.count
        return tuple(sorted(sums.items()))

    @property
    def by_kind(self) -> tuple[tuple[str, int], ...]:
        return self._summed(lambda cell: cell.kind)

    @property
    def by_role(self) -> tuple[tuple[str, int], ...]:
        return self._summed(lambda cell: cell.role)


@dataclass(frozen=True)
class PoolOptions:
    """What there is to filter by: agencies and templates with their number of workshops, and
    the first and last workshop dates."""

    places: tuple[tuple[str, int], ...]
    templates: tuple[tuple[int, str, int], ...]
    first_date: dt.date | None
    last_date: dt.date | None


def _where(query: Select, pool_filter: PoolFilter) -> Select:
    if pool_filter.places:
        query = query.where(Workshop.place.in_(sorted(pool_filter.places)))
    if pool_filter.date_from is not None:
        query = query.where(Workshop.date >= pool_filter.date_from)
    if pool_filter.date_to is not None:
        query = query.where(Workshop.date <= pool_filter.date_to)
    if pool_filter.timeline_ids:
        query = query.where(Workshop.timeline_id.in_(sorted(pool_filter.timeline_ids)))
    return query


def pool_options(session: Session) -> PoolOptions:
    """The agencies and the templates there are to filter by, in order, and the dates' span."""
    places = tuple(
        (place, int(n))
        for place, n in session.execute(
            select(Workshop.place, func.count(Workshop.id)).group_by(Workshop.place).order_by(Workshop.place)
        )
    )
    templates = tuple(
        (row[0], row[1], int(row[2]))
        for row in session.execute(
            select(Timeline.id, Timeline.name, func.count(Workshop.id))
            .join(Workshop, Workshop.timeline_id == Timeline.id)
            .group_by(Timeline.id, Timeline.name)
            .order_by(Timeline.name, Timeline.id)
        )
    )
    first, last = session.execute(select(func.min(Workshop.date), func.max(Workshop.date))).one()
    return PoolOptions(places, templates, first, last)


def pooled_review(session: Session, pool_filter: PoolFilter = PoolFilter()) -> Pool:
    """The chosen workshops (newest first) and their notes counted by agency, kind and role."""
    counts = (
        select(Annotation.workshop_id, func.count(Annotation.id).label("n")).group_by(Annotation.workshop_id).subquery()
    )
    query = _where(
        select(
            Workshop.id,
            Workshop.title,
            Workshop.date,
            Workshop.place,
            func.coalesce(Timeline.name, ""),
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(Timeline, Timeline.id == Workshop.timeline_id)
        .outerjoin(counts, counts.c.workshop_id == Workshop.id),
        pool_filter,
    ).order_by(Workshop.date.desc(), Workshop.id.desc())
    workshops = tuple(PooledWorkshop(*row) for row in session.execute(query))
    grouped = _where(
        select(Workshop.place, Annotation.kind, Annotation.role, func.count(Annotation.id))
        .select_from(Annotation)
        .join(Workshop, Workshop.id == Annotation.workshop_id),
        pool_filter,
    ).group_by(Workshop.place, Annotation.kind, Annotation.role)
    cells: dict[tuple[str, str, str], int] = {}
    for place, kind, role, n in session.execute(grouped):
        key = (place, kind, role or "")  # no role: NULL or ""
        cells[key] = cells.get(key, 0) + int(n)
    return Pool(workshops, tuple(PoolCount(*key, n) for key, n in sorted(cells.items())))
