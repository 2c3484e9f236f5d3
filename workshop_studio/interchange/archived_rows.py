"""New library rows made from what an archive or a team's library brought: the cards of a deck,
the stages of a timeline template (``workshop_archive_import``, ``library_merge``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from workshop_studio.interchange.workshop_archive_format import ArchivedCard, ArchivedTemplateStage
from workshop_studio.storage.models import Card, Stage

PictogramId = Callable[[str | None], int | None]  # a pictogram's reference -> its id in this database


def card_rows(cards: Iterable[ArchivedCard], pictogram: PictogramId) -> list[Card]:
    return [
        Card(
            position=i,
            kind=c.kind,
            title=c.title,
            body=c.body,
            pictogram_id=pictogram(c.pictogram),
            colour=c.colour,
            back=c.back,
            copies=c.copies,
        )
        for i, c in enumerate(cards)
    ]


def stage_rows(stages: Iterable[ArchivedTemplateStage], pictogram: PictogramId) -> list[Stage]:
    return [
        Stage(position=i, key=s.key, title=s.title, description=s.description, pictogram_id=pictogram(s.pictogram))
        for i, s in enumerate(stages)
    ]
