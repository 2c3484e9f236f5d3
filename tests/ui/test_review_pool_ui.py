"""The review workspace's pooled view, with real widgets, on SQLite and on the test PostgreSQL
server: agencies, a date range and templates choose the workshops; the table lists them and
the count tables count all their notes together by kind and role and by agency; a double
click reviews one workshop alone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role, TargetKind
from workshop_studio.domain.workshop import WorkshopDetails
from workshop_studio.services.notes import add_annotation
from workshop_studio.services.review_pool import pooled_review
from workshop_studio.services.workshop_setup import create_workshop
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Workshop
from workshop_studio.ui.review.pool_workshops import ID_ROLE
from workshop_studio.ui.review.review_page import ReviewPage
from workshop_studio.ui.workspace import Workspace

pytestmark = pytest.mark.both_engines

ORANGE, APT = "Agence d'Orange", "Agence d'Apt"
NOTES = {  # title: (agency, date, same template as the sample, notes as (kind, role))
    "Orange hiver": (
        ORANGE,
        dt.date(2027, 1, 10),
        True,
        [("irritant", "cde"), ("irritant", "recruiter"), ("idea", None)],
    ),
    "Orange printemps": (ORANGE, dt.date(2027, 5, 10), False, [("question", "recruiter")]),
    "Apt": (APT, dt.date(2027, 3, 1), True, [("irritant", "cde"), ("quote", "new_hire")]),
}


@pytest.fixture
def page(qtbot, db_target: str):
    database = open_database(db_target)
    with database.write() as session:
        (sample,) = pooled_review(session).workshops
        template = session.get(Workshop, sample.id).timeline_id
        for title, (place, day, same, notes) in NOTES.items():
            workshop = create_workshop(
                session, WorkshopDetails(title=title, date=day, place=place, timeline_id=template if same else None)
            )
            for kind, role in notes:
                add_annotation(
                    session,
                    workshop_id=workshop.id,
                    target=Target(TargetKind.TRAY),
                    kind=AnnotationKind(kind),
                    text=f"{title}: {kind}",
                    role=Role(role) if role else None,
                )
    workspace = Workspace(database)
    workspace.set_workshop(sample.id)
    review = ReviewPage(workspace)
    qtbot.addWidget(review, before_close_func=lambda widget: widget.workspace.db.dispose())
    review.resize(1400, 900)
    review.show()
    qtbot.waitExposed(review)
    review.modes.setCurrentWidget(review.pool)  # "Several workshops"
    return review


def _titles(page) -> list[str]:
    view = page.pool.workshops
    return [view.model().index(row, 1).data() for row in range(view.model().rowCount())]


def _count(table, row_key: str, column_key: str) -> int:
    return table.count(row_key, column_key)


def test_the_pool_opens_on_every_workshop_and_counts_all_their_notes(page) -> None:
    pool = page.pool
    assert pool.pool is not None and len(_titles(page)) == 4
    assert _titles(page)[:3] == ["Orange printemps", "Apt", "Orange hiver"]  # newest first
    assert pool.summary.text() == "4 workshops · 3 agencies · 46 notes"
    table = pool.kind_role_model.table
    assert table.total == 46 and _count(table, "irritant", "cde") >= 2
    assert table.columns[-1].label == "No role"  # the idea typed with no role
    agencies = pool.agency_model.table
    assert [a.key for a in agencies.rows if a.key in (ORANGE, APT)] == [APT, ORANGE]
    assert _count(agencies, ORANGE, "irritant") == 2 and _count(agencies, APT, "quote") == 1
    pool.dimension.setCurrentIndex(pool.dimension.findData("role"))
    assert _count(pool.agency_model.table, ORANGE, "recruiter") == 2


def test_agencies_dates_and_templates_filter_the_workshops_and_their_counts(page, qtbot) -> None:
    pool, filters = page.pool, page.pool.filters
    labels = [filters.agencies.item(i).text() for i in range(filters.agencies.count())]
    assert f"{ORANGE} (2 workshops)" in labels and f"{APT} (1 workshop)" in labels
    filters.tick(filters.agencies, ORANGE)
    qtbot.waitUntil(lambda: len(_titles(page)) == 2)
    assert sorted(_titles(page)) == ["Orange hiver", "Orange printemps"]
    assert pool.kind_role_model.table.total == 4 and pool.summary.text() == "2 workshops · 1 agency · 4 notes"

    filters.from_check.setChecked(True)
    filters.from_date.setDate(QDate(2027, 2, 1))
    qtbot.waitUntil(lambda: _titles(page) == ["Orange printemps"])
    assert pool.kind_role_model.table.total == 1

    filters.clear_button.click()
    qtbot.waitUntil(lambda: len(_titles(page)) == 4)
    template = filters.templates.item(0).data(Qt.ItemDataRole.UserRole)
    filters.tick(filters.templates, template)
    filters.to_check.setChecked(True)
    filters.to_date.setDate(QDate(2027, 2, 28))
    qtbot.waitUntil(lambda: "Apt" not in _titles(page))
    assert "Orange printemps" not in _titles(page) and "Orange hiver" in _titles(page)

    filters.clear_button.click()  # a from-date after the until-date: nothing, said plainly
    filters.from_check.setChecked(True)
    filters.to_check.setChecked(True)
    filters.from_date.setDate(QDate(2028, 1, 1))
    qtbot.waitUntil(lambda: _titles(page) == [])
    assert pool.summary.text() == "0 workshops · 0 agencies · 0 notes"
    assert pool.kind_role_model.rowCount() == 0


def test_a_double_click_reviews_the_workshop_alone_and_new_notes_show(page, qtbot, db_target: str) -> None:
    view = page.pool.workshops
    row = _titles(page).index("Apt")
    apt = view.model().index(row, 1).data(ID_ROLE)
    view.doubleClicked.emit(view.model().index(row, 1))
    assert page.modes.currentIndex() == 0 and page.workshop_id == apt
    assert "2 notes shown out of 2" in page.summary.text()

    colleague = open_database(db_target)  # another console adds a note; this one reloads
    try:
        with colleague.write() as session:
            add_annotation(
                session,
                workshop_id=apt,
                target=Target(TargetKind.TRAY),
                kind=AnnotationKind.IDEA,
                text="Une de plus",
                role=Role.PARTNER,
            )
    finally:
        colleague.dispose()
    page.modes.setCurrentWidget(page.pool)
    page.workspace.reload()
    qtbot.waitUntil(lambda: page.pool.summary.text().endswith("47 notes"))
