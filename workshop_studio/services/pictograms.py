"""The pictogram library."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.domain.materials import PictogramData
from workshop_studio.i18n import translate
from workshop_studio.services.errors import NotFound
from workshop_studio.storage.models import Pictogram


def add_pictogram(session: Session, data: PictogramData) -> Pictogram:
    pictogram = Pictogram(
        key=data.key,
        label_fr=data.label_fr,
        label_en=data.label_en,
        media_type=data.media_type,
        data=data.data,
        source=data.source,
    )
    session.add(pictogram)
    session.flush()
    return pictogram


def list_pictograms(session: Session) -> list[Pictogram]:
    return list(session.scalars(select(Pictogram).order_by(Pictogram.label_fr, Pictogram.id)))


def pictogram_ids_by_key(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Pictogram.key, Pictogram.id)).tuples().all())


def resolve_pictogram(session: Session, name: str) -> Pictogram:
    """The pictogram whose key, French label or English label is ``name`` (case-insensitive)."""
    wanted = name.strip().casefold()
    for pictogram in session.scalars(select(Pictogram).order_by(Pictogram.id)):
        if wanted in (pictogram.key.casefold(), pictogram.label_fr.casefold(), pictogram.label_en.casefold()):
            return pictogram
    raise NotFound(translate("Pictograms", "No pictogram is called “{name}”.").format(name=name))
