"""Helpers for the review page's tests: a page on a fresh workspace, a second workshop of the
same template, the notes the page shows, and what the database file holds, read with the
standard library's sqlite3 (none of the app's queries), to check the page against."""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path
from typing import Any

from sample_people import PARTICIPANT_NAMES  # noqa: F401 - offered to the tests importing it from here
from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Annotation, Timeline, Workshop
from workshop_studio.ui.review.review_page import ReviewPage
from workshop_studio.ui.timeline.items import NoteItem
from workshop_studio.ui.workspace import Workspace

SAMPLE_ID = 1


def open_page(qtbot, db_path: Path) -> ReviewPage:
    workspace = Workspace(open_database(str(db_path)))
    workspace.set_workshop(SAMPLE_ID)
    page = ReviewPage(workspace)
    qtbot.addWidget(page, before_close_func=lambda widget: widget.workspace.db.dispose())
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def table_ids(page: ReviewPage) -> list[int]:
    return page.notes.model.note_ids()


def timeline_ids(page: ReviewPage) -> set[int]:
    return {item.record.id for item in page.timeline.scene.items() if isinstance(item, NoteItem)}


def stored_groups(workspace: Workspace, note_ids: list[int]) -> list[int | None]:
    with workspace.db.read() as session:
        return [session.get(Annotation, n).group_id for n in note_ids]


def second_workshop(workspace: Workspace) -> int:
    """Another session of the sample's timeline template, with three notes at the trial period."""
    from workshop_studio.domain.vocabulary import AnnotationKind, Role
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.services.notes import Target, add_annotation
    from workshop_studio.services.workshop_setup import create_workshop

    def work(session: Session) -> int:
        first = session.get(Workshop, SAMPLE_ID)
        timeline = session.get(Timeline, first.timeline_id)
        other = create_workshop(
            session, WorkshopDetails(title="Deuxième session", date=dt.date(2026, 12, 8), timeline_id=timeline.id)
        )
        trial = next(s for s in other.stages if s.key == "essai")
        for kind in (AnnotationKind.IRRITANT, AnnotationKind.IRRITANT, AnnotationKind.IDEA):
            add_annotation(
                session,
                workshop_id=other.id,
                target=Target.stage(trial.id),
                kind=kind,
                text="Personne ne rappelle pendant l’essai",
                role=Role.NEW_HIRE,
            )
        return other.id

    return workspace.write(work)  # the views hear of it, as of any write


# What the page's headers say for each kind and role of the sample (English interface).
KIND_LABELS = {
    "irritant": "Irritant",
    "idea": "Idea",
    "question": "Question",
    "quote": "Quote",
    "good_practice": "Good practice",
    "emotion_positive": "Positive emotion",
    "emotion_negative": "Negative emotion",
}
ROLE_LABELS = {
    "cde": "CDE",
    "cdde": "CDDE",
    "recruiter": "Recruiter",
    "new_hire": "New hire",
    "partner": "Partner",
    "facilitator": "Facilitator",
}
# The review's orders, said in SQL: stage notes by stage then by their place on it, then the others by time.
TIMELINE_ORDER = (
    "ORDER BY s.position IS NULL, s.position, CASE WHEN s.position IS NULL THEN 0 ELSE a.position END, "
    "a.created_at, a.id"
)
VOTES_ORDER = "ORDER BY a.votes DESC, a.created_at, a.id"


def sql(db_path: Path, query: str, *params: Any) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute(query, params).fetchall()


def stored_notes(
    db_path: Path, where: str = "1", *params: Any, order: str = TIMELINE_ORDER, workshop_id: int = SAMPLE_ID
) -> list[tuple[int, str]]:
    """(id, text) of the workshop's notes matching ``where`` (``a`` is the note, ``s`` its stage)."""
    return sql(
        db_path,
        "SELECT a.id, a.text FROM annotation a LEFT JOIN workshop_stage s "
        f"ON s.id = a.workshop_stage_id WHERE a.workshop_id = ? AND ({where}) {order}",
        workshop_id,
        *params,
    )


def stored_ids(db_path: Path, where: str = "1", *params: Any, order: str = TIMELINE_ORDER) -> list[int]:
    return [note_id for note_id, _text in stored_notes(db_path, where, *params, order=order)]


def folded(text: str) -> str:
    """Lower case, accents off: "Première" and "PREMIERE" both give "premiere"."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def stored_counts(
    db_path: Path, dimension: str, workshop_ids: tuple[int, ...] = (SAMPLE_ID,), where: str = "1", *params: Any
) -> dict[tuple[str, str], int]:
    """Stage notes counted per (stage title, kind or role label), with the Total row and column,
    as a count table shows them (zeros left out)."""
    labels = KIND_LABELS if dimension == "kind" else ROLE_LABELS
    marks = ",".join("?" * len(workshop_ids))
    rows = sql(
        db_path,
        f"SELECT s.title, a.{dimension}, count(*) FROM annotation a "
        "JOIN workshop_stage s ON s.id = a.workshop_stage_id "
        f"WHERE a.target_kind = 'stage' AND a.workshop_id IN ({marks}) AND ({where}) "
        f"GROUP BY s.title, a.{dimension}",
        *workshop_ids,
        *params,
    )
    counts: dict[tuple[str, str], int] = {}
    for title, key, count in rows:
        for cell in ((title, labels[key]), (title, "Total"), ("Total", labels[key]), ("Total", "Total")):
            counts[cell] = counts.get(cell, 0) + count
    return counts


def shown_counts(model: Any) -> dict[tuple[str, str], int]:
    """What a count table shows: (row header, column header) -> the number printed, zeros left out."""
    from PySide6.QtCore import Qt

    shown = {}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            number = int(model.index(row, column).data())
            if number:
                shown[
                    (
                        model.headerData(row, Qt.Orientation.Vertical),
                        model.headerData(column, Qt.Orientation.Horizontal),
                    )
                ] = number
    return shown


def note_ids_of(workspace: Workspace, workshop_id: int = SAMPLE_ID) -> list[int]:
    with workspace.db.read() as session:
        return list(
            session.scalars(select(Annotation.id).where(Annotation.workshop_id == workshop_id).order_by(Annotation.id))
        )
