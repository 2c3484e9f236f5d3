"""Pooled review at a year of a network's workshops (issue 16), on SQLite and PostgreSQL.

    python benchmarks/pooled_review.py [--workshops 200] [--notes 40000] [--postgres URL]

Builds a database with ``--workshops`` workshops spread over 10 agencies, a year of dates and
2 timeline templates, holding ``--notes`` notes in all; then times the review page's reads
(``services.review_pool``): opening (the filter choices and every workshop with its counts by
kind and role) and filtering (one agency, a quarter, one template). Prints p50 and max over
repeated runs, each against a floor measured in the same run (a bare ``COUNT(*)`` of the
notes on the same connection). Then the same through the console's widgets, offscreen: the
review page built with its "Several workshops" tab shown, and the filters ticked. Goal: open and
filter well under a second. Without
``--postgres`` the PostgreSQL half starts a throwaway server as the tests do (Debian's
``postgresql`` package) or is skipped. Asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

KINDS = ("irritant", "idea", "question", "quote", "good_practice", "emotion_positive", "emotion_negative")
ROLES = ("cde", "cdde", "recruiter", "new_hire", "partner", "facilitator")
AGENCIES = tuple(
    f"Agence {name}"
    for name in (
        "d'Avignon",
        "de Carpentras",
        "d'Orange",
        "de Cavaillon",
        "d'Apt",
        "de Pertuis",
        "de Bollène",
        "de Valréas",
        "du Pontet",
        "de Sorgues",
    )
)


def fill(target: str, workshops: int, notes: int) -> None:
    from sqlalchemy import insert

    from workshop_studio.storage.migrate import open_database
    from workshop_studio.storage.models import Annotation, Stage, Timeline, Workshop, WorkshopStage, utcnow

    rng = random.Random(16)
    db = open_database(target)
    now = utcnow()
    with db.write() as session:
        timelines = []
        for name in ("Frise du recrutement", "Frise courte"):
            timeline = Timeline(name=name, description="")
            session.add(timeline)
            session.flush()
            timelines.append(timeline.id)
            session.execute(
                insert(Stage),
                [
                    {
                        "timeline_id": timeline.id,
                        "position": i,
                        "key": f"s{i}",
                        "title": f"Étape {i}",
                        "description": "",
                    }
                    for i in range(10)
                ],
            )
        start = dt.date(2026, 1, 5)
        session.execute(
            insert(Workshop),
            [
                {
                    "title": f"Atelier {n:03d}",
                    "date": start + dt.timedelta(days=(n * 365) // workshops),
                    "place": AGENCIES[n % len(AGENCIES)],
                    "room": "",
                    "facilitator": "",
                    "timeline_id": timelines[n % 2],
                    "created_at": now,
                }
                for n in range(workshops)
            ],
        )
        workshop_ids = [
            row[0]
            for row in session.execute(Workshop.__table__.select().with_only_columns(Workshop.id).order_by(Workshop.id))
        ]
        session.execute(
            insert(WorkshopStage),
            [
                {"workshop_id": w, "position": i, "key": f"s{i}", "title": f"Étape {i}", "description": ""}
                for w in workshop_ids
                for i in range(10)
            ],
        )
        stages: dict[int, list[int]] = {}
        for stage_id, workshop_id in session.execute(
            WorkshopStage.__table__.select().with_only_columns(WorkshopStage.id, WorkshopStage.workshop_id)
        ):
            stages.setdefault(workshop_id, []).append(stage_id)
        rows = []
        for n in range(notes):
            workshop_id = workshop_ids[n % len(workshop_ids)]
            rows.append(
                {
                    "uid": f"bench-{n}",
                    "workshop_id": workshop_id,
                    "target_kind": "stage",
                    "workshop_stage_id": rng.choice(stages[workshop_id]),
                    "kind": rng.choice(KINDS),
                    "role": rng.choice(ROLES),
                    "text": f"Note {n} sur le recrutement dans une petite entreprise",
                    "position": float(n),
                    "hidden": False,
                    "votes": 0,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if len(rows) == 5000:
                session.execute(insert(Annotation), rows)
                rows = []
        if rows:
            session.execute(insert(Annotation), rows)
    db.dispose()


def timed(work: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times)


def measure(label: str, target: str, workshops: int, notes: int, runs: int) -> None:
    from sqlalchemy import func, select

    from workshop_studio.services.review_pool import PoolFilter, pool_options, pooled_review
    from workshop_studio.storage.migrate import open_database
    from workshop_studio.storage.models import Annotation

    started = time.perf_counter()
    fill(target, workshops, notes)
    print(f"{label}: filled {workshops} workshops, {notes} notes in {time.perf_counter() - started:.1f} s")
    db = open_database(target)
    with db.read() as session:
        options = pool_options(session)
        places, templates = [p for p, _n in options.places], options.templates
        agency_template = pooled_review(session, PoolFilter.of(places=[places[0]])).workshops[0].timeline
        chosen = PoolFilter.of(
            places=[places[0]],
            date_from=dt.date(2026, 4, 1),
            date_to=dt.date(2026, 6, 30),
            timeline_ids=[i for i, name, _n in templates if name == agency_template],
        )

        def opening() -> object:
            pool_options(session)
            return pooled_review(session)

        def filtering() -> object:
            return pooled_review(session, chosen)

        def floor() -> object:
            return session.scalar(select(func.count(Annotation.id)))

        opening()  # warm the caches, as a console that has been open a while
        floor_p50, _ = timed(floor, runs)
        for name, work in (("open", opening), ("filter", filtering)):
            p50, worst = timed(work, runs)
            print(
                f"{label}: review {name}: p50 {p50 * 1000:.1f} ms, max {worst * 1000:.1f} ms "
                f"({p50 / floor_p50:.1f}x a bare COUNT(*) of the notes, {floor_p50 * 1000:.1f} ms); "
                f"goal < 1000 ms: {'met' if worst < 1 else 'NOT met'}"
            )
        result = pooled_review(session)
        print(
            f"{label}: {len(result.workshops)} workshops, {result.note_count} notes in the pool; "
            f"filtered: {len(filtering().workshops)} workshops"
        )  # type: ignore[attr-defined]
    db.dispose()
    measure_ui(label, target, chosen, max(3, runs // 4))


def measure_ui(label: str, target: str, chosen: object, runs: int) -> None:
    """The same through the console's widgets (offscreen): the review page built and its
    "Several workshops" tab shown (choices read, table and count tables filled), then the
    filters ticked and the pool shown again."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDate, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from workshop_studio.storage.migrate import open_database
    from workshop_studio.ui.review.review_page import ReviewPage
    from workshop_studio.ui.workspace import Workspace

    qInstallMessageHandler(lambda *_message: None)  # the offscreen platform's chatter
    app = QApplication.instance() or QApplication([])
    workspace = Workspace(open_database(target))
    pages = []

    def opening() -> object:
        page = ReviewPage(workspace)
        page.resize(1366, 768)
        page.show()
        page.modes.setCurrentWidget(page.pool)  # the pool is read when its tab is first shown
        app.processEvents()
        pages.append(page)
        return page

    def filtering() -> object:
        pool = pages[-1].pool
        filters = pool.filters
        filters.clear()
        filters.tick(filters.agencies, sorted(chosen.places)[0])  # type: ignore[attr-defined]
        for template in chosen.timeline_ids:  # type: ignore[attr-defined]
            filters.tick(filters.templates, template)
        for check, edit, day in (
            (filters.from_check, filters.from_date, chosen.date_from),  # type: ignore[attr-defined]
            (filters.to_check, filters.to_date, chosen.date_to),
        ):  # type: ignore[attr-defined]
            check.setChecked(True)
            edit.setDate(QDate(day.year, day.month, day.day))
        pool.apply_filter()
        app.processEvents()
        return pool

    def rereading() -> object:
        pool = pages[-1].pool
        pool.reload()
        app.processEvents()
        return pool

    opening()  # warm up, as a console that has been open a while
    for name, work in (("open", opening), ("pool re-read", rereading), ("filter", filtering)):
        p50, worst = timed(work, runs)
        print(
            f"{label}: review page (widgets) {name}: p50 {p50 * 1000:.1f} ms, max {worst * 1000:.1f} ms; "
            f"goal < 1000 ms: {'met' if worst < 1 else 'NOT met'}"
        )
    shown = pages[-1].pool
    print(
        f"{label}: the page shows {shown.workshops_model.rowCount()} workshops, "
        f"{shown.kind_role_model.table.total} notes counted"
    )
    for page in pages:
        page.close()
        page.deleteLater()
    app.processEvents()
    workspace.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workshops", type=int, default=200)
    parser.add_argument("--notes", type=int, default=40000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--postgres", metavar="URL", help="an empty PostgreSQL database to fill (else a throwaway one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure("sqlite", str(Path(folder) / "pool.sqlite3"), args.workshops, args.notes, args.runs)
    if args.postgres:
        measure("postgresql", args.postgres, args.workshops, args.notes, args.runs)
        return
    from postgres_server import PostgresServer, find_binaries

    binaries = find_binaries()
    if binaries is None:
        print("postgresql: skipped (no PostgreSQL binaries; apt-get install postgresql, or pass --postgres URL)")
        return
    server = PostgresServer(binaries).start()
    try:
        measure("postgresql", server.url(server.create_database("pool")), args.workshops, args.notes, args.runs)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
