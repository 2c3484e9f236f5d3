"""Deleting a workshop, after the review is done with it.

The console asks first; this deletes the workshop with its stages, participants, agenda,
notes, groups and syntheses in the caller's one transaction (the database's ON DELETE
CASCADE does the rest). The library (decks, cards, scenarios, the timeline template, the
matrix, pictograms) stays. The backups made through SQLite's backup API still hold the
workshop until they rotate out; :func:`delete_workshop_with_backup` takes one first, so the
newest backup always has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from workshop_studio.i18n import translate
from workshop_studio.services.edits import get_row
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, Workshop


@dataclass(frozen=True)
class DeletedWorkshop:
    id: int
    title: str
    note_count: int
    backup: Path | None = None  # the backup taken just before, if any


def delete_workshop(session: Session, workshop_id: int) -> DeletedWorkshop:
    workshop = get_row(session, Workshop, workshop_id, translate("Review", "workshop"))
    title = workshop.title
    notes = session.scalar(select(func.count(Annotation.id)).where(Annotation.workshop_id == workshop_id)) or 0
    session.expunge(workshop)  # the rows go below, in SQL, with their cascades
    session.execute(delete(Workshop).where(Workshop.id == workshop_id))
    session.expire_all()
    return DeletedWorkshop(workshop_id, title, int(notes))


def back_up_before_deleting(db: Database, workshop_id: int) -> Path | None:
    """Check the workshop exists, then back the database up (SQLite files only): the newest
    backup then holds what the deletion that follows removes."""
    from workshop_studio.storage.backup import backup_database

    with db.read() as session:
        get_row(session, Workshop, workshop_id, translate("Review", "workshop"))
    return backup_database(db.path, "before-delete") if db.path is not None else None


def delete_workshop_with_backup(db: Database, workshop_id: int) -> DeletedWorkshop:
    """Back the database up, then delete the workshop in one transaction."""
    from dataclasses import replace

    backup = back_up_before_deleting(db, workshop_id)
    with db.write() as session:
        deleted = delete_workshop(session, workshop_id)
    return replace(deleted, backup=backup)
