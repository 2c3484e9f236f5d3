"""Workshops that use a timeline template or a matrix, unlinked when it is deleted and linked
again when the deletion is undone (``Workshop.timeline_id``, ``Workshop.matrix_id``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from workshop_studio.storage.models import Workshop


def detach_workshops(session: Session, column: InstrumentedAttribute[int | None], row_id: int) -> tuple[int, ...]:
    """Unlink the workshops whose ``column`` names ``row_id``; their ids, for the undo."""
    workshop_ids = tuple(session.scalars(select(Workshop.id).where(column == row_id).order_by(Workshop.id)))
    for workshop in session.scalars(select(Workshop).where(Workshop.id.in_(workshop_ids))):
        setattr(workshop, column.key, None)
    return workshop_ids


def reattach_workshops(
    session: Session, column: InstrumentedAttribute[int | None], workshop_ids: tuple[int, ...], row_id: int
) -> None:
    """Link them to ``row_id`` again, those still there that nothing else was linked to since."""
    for workshop in session.scalars(select(Workshop).where(Workshop.id.in_(workshop_ids))):
        if getattr(workshop, column.key) is None:
            setattr(workshop, column.key, row_id)
