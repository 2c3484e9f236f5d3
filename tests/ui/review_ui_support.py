"""Helpers for the review page's tests: a page on a fresh workspace, a second workshop of the
same template, and the notes the page shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Annotation, Timeline, Workshop
from workshop_studio.ui.review.review_page import ReviewPage
from workshop_studio.ui.timeline.items import NoteItem
from workshop_studio.ui.workspace import Workspace

SAMPLE_ID = 1
PARTICIPANT_NAMES = (
    "Karima", "Stéphane", "Laurence", "Youssef", "Patricia", "Franck", "Léa T", "Sofiane", "Martine", "Béatrice",
)


def open_page(qtbot, db_path: Path) -> ReviewPage:  # type: ignore[no-untyped-def]
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
        other = create_workshop(session, WorkshopDetails(title="Deuxième session", date=dt.date(2026, 12, 8), timeline_id=timeline.id))
        trial = next(s for s in other.stages if s.key == "essai")
        for kind in (AnnotationKind.IRRITANT, AnnotationKind.IRRITANT, AnnotationKind.IDEA):
            add_annotation(session, workshop_id=other.id, target=Target.stage(trial.id), kind=kind,
                           text="Personne ne rappelle pendant l’essai", role=Role.NEW_HIRE)
        return other.id

    return workspace.write(work)  # the views hear of it, as of any write


def note_ids_of(workspace: Workspace, workshop_id: int = SAMPLE_ID) -> list[int]:
    with workspace.db.read() as session:
        return list(session.scalars(select(Annotation.id).where(Annotation.workshop_id == workshop_id)
                                    .order_by(Annotation.id)))
