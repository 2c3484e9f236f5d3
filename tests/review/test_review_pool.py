"""Pooled review across agencies: filters by agency (place), date range and template."""

from __future__ import annotations

import datetime as dt

from workshop_studio.domain.workshop import WorkshopDetails
from workshop_studio.services.review_pool import PoolFilter, pool_choices, pooled_review
from workshop_studio.services.workshop_setup import create_workshop
from workshop_studio.storage.engine import Database


def test_filters_by_agency_dates_and_template(db: Database) -> None:
    with db.write() as session:
        (sample,) = pooled_review(session).workshops
        for title, place, day in (("Carpentras", "Agence de Carpentras", dt.date(2027, 1, 14)),
                                  ("Orange", "Agence d'Orange", dt.date(2027, 3, 2))):
            create_workshop(session, WorkshopDetails(title=title, date=day, place=place))
    with db.read() as session:
        everything = pooled_review(session)
        assert [w.title for w in everything.workshops][:2] == ["Orange", "Carpentras"]  # newest first
        assert everything.note_count == 40 and sum(n for _, n in everything.by_kind) == 40
        places, templates = pool_choices(session)
        assert "Agence d'Orange" in places and templates
        orange = pooled_review(session, PoolFilter.of(places=["Agence d'Orange"]))
        assert [w.title for w in orange.workshops] == ["Orange"] and orange.by_kind == ()
        spring = pooled_review(session, PoolFilter.of(date_from=dt.date(2027, 2, 1), date_to=dt.date(2027, 12, 31)))
        assert [w.title for w in spring.workshops] == ["Orange"]
        by_template = pooled_review(session, PoolFilter.of(timeline_ids=[templates[0][0]]))
        assert sample.id in [w.id for w in by_template.workshops]
        assert by_template.note_count == 40 and dict(by_template.by_role)
