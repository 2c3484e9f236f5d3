"""Pooled review across agencies: filters by agency (place), date range and template."""

from __future__ import annotations

import datetime as dt

from workshop_studio.domain.workshop import WorkshopDetails
from workshop_studio.services.review_pool import PoolFilter, pool_options, pooled_review
from workshop_studio.services.workshop_setup import create_workshop
from workshop_studio.storage.engine import Database


def test_filters_by_agency_dates_and_template(db: Database) -> None:
    with db.write() as session:
        (sample,) = pooled_review(session).workshops
        for title, place, day in (
            ("Carpentras", "Agence de Carpentras", dt.date(2027, 1, 14)),
            ("Orange", "Agence d'Orange", dt.date(2027, 3, 2)),
        ):
            create_workshop(session, WorkshopDetails(title=title, date=day, place=place))
    with db.read() as session:
        everything = pooled_review(session)
        assert [w.title for w in everything.workshops][:2] == ["Orange", "Carpentras"]  # newest first
        assert everything.note_count == 40 and sum(n for _, n in everything.by_kind) == 40
        options = pool_options(session)
        assert ("Agence d'Orange", 1) in options.places and options.templates
        assert (options.first_date, options.last_date) == (sample.date, dt.date(2027, 3, 2))
        templates = options.templates
        orange = pooled_review(session, PoolFilter.of(places=["Agence d'Orange"]))
        assert [w.title for w in orange.workshops] == ["Orange"] and orange.by_kind == ()
        spring = pooled_review(session, PoolFilter.of(date_from=dt.date(2027, 2, 1), date_to=dt.date(2027, 12, 31)))
        assert [w.title for w in spring.workshops] == ["Orange"]
        by_template = pooled_review(session, PoolFilter.of(timeline_ids=[templates[0][0]]))
        assert sample.id in [w.id for w in by_template.workshops]
        assert by_template.note_count == 40 and dict(by_template.by_role)


def test_the_pools_count_tables_add_up_by_kind_role_and_agency(db: Database) -> None:
    from workshop_studio.domain.notes import Target
    from workshop_studio.domain.vocabulary import AnnotationKind, TargetKind
    from workshop_studio.services.notes import add_annotation
    from workshop_studio.services.review_pool_tables import kind_role_table, place_table

    with db.write() as session:
        (sample,) = pooled_review(session).workshops
        orange = create_workshop(session, WorkshopDetails(title="Orange", date=dt.date(2027, 3, 2), place=""))
        add_annotation(
            session, workshop_id=orange.id, target=Target(TargetKind.TRAY), kind=AnnotationKind.IDEA, text="Sans rôle"
        )
        create_workshop(session, WorkshopDetails(title="Apt", date=dt.date(2027, 4, 2), place="Agence d'Apt"))
    with db.read() as session:
        pool = pooled_review(session)
    table = kind_role_table(pool)
    assert table.total == pool.note_count == 41
    assert [a.key for a in table.columns][-1] == "" and table.columns[-1].label == "No role"  # one note has none
    assert dict(zip((a.key for a in table.rows), table.row_totals, strict=True)) == {
        **dict.fromkeys((a.key for a in table.rows), 0),
        **dict(pool.by_kind),
    }
    assert dict(zip((a.key for a in table.columns), table.column_totals, strict=True)) == dict(pool.by_role)
    by_agency = place_table(pool, "role")
    assert [a.label for a in by_agency.rows] == ["No agency given", "Agence d'Apt", sample.place]
    assert by_agency.row_totals == (1, 0, 40) and by_agency.cells[0][-1] == 1
    assert place_table(pool, "kind").total == 41
