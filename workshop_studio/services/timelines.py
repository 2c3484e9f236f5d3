"""Timeline templates and their stages."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.domain.materials import StageData
from workshop_studio.i18n import translate
from workshop_studio.services.errors import NotFound
from workshop_studio.services.pictograms import pictogram_ids_by_key
from workshop_studio.storage.models import Stage, Timeline


def create_timeline(session: Session, name: str, stages: Iterable[StageData], description: str = "") -> Timeline:
    pictogram_ids = pictogram_ids_by_key(session)
    timeline = Timeline(name=name, description=description)
    for position, stage in enumerate(stages):
        if stage.pictogram and stage.pictogram not in pictogram_ids:
            raise NotFound(
                translate("Timelines", "Stage “{title}”: no pictogram is called “{name}”.").format(
                    title=stage.title, name=stage.pictogram
                )
            )
        timeline.stages.append(
            Stage(
                position=position,
                key=stage.key,
                title=stage.title,
                description=stage.description,
                pictogram_id=pictogram_ids.get(stage.pictogram) if stage.pictogram else None,
            )
        )
    session.add(timeline)
    session.flush()
    return timeline


def list_timelines(session: Session) -> list[Timeline]:
    query = select(Timeline).options(selectinload(Timeline.stages).selectinload(Stage.pictogram))
    return list(session.scalars(query.order_by(Timeline.name, Timeline.id)))


def find_timeline(session: Session, name: str) -> Timeline:
    timeline = session.scalars(select(Timeline).where(Timeline.name == name).order_by(Timeline.id)).first()
    if timeline is None:
        raise NotFound(translate("Timelines", "No timeline is called “{name}”.").format(name=name))
    return timeline
