"""Everything an export of one workshop shows, read once: the header, the stages with their
notes and syntheses, the other notes, the counts, the most voted notes and the groups.

The PDF report, the CSV/XLSX tables and the Qt review page's exports all start from
:func:`workshop_report`; with ``anonymise=True`` every author is already replaced by their
role and number (``review_anonymise``), so no exporter can forget to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from workshop_studio.domain.vocabulary import Role
from workshop_studio.services.review import NoteRow, note_rows
from workshop_studio.services.review_anonymise import Anonymiser, Person, role_label
from workshop_studio.services.review_counts import Axis, CountTable, stage_counts
from workshop_studio.services.review_filters import sort_notes, top_notes
from workshop_studio.services.review_groups import workshop_groups
from workshop_studio.services.review_synthesis import stage_syntheses
from workshop_studio.services.workshops import get_workshop


@dataclass(frozen=True)
class RoleLine:
    role: str
    label: str
    names: tuple[str, ...]  # display names, or pseudonyms when anonymised


@dataclass(frozen=True)
class ReportStage:
    id: int
    position: int
    key: str
    title: str
    description: str
    pictogram_data: bytes | None
    pictogram_media_type: str | None
    notes: tuple[NoteRow, ...]  # in their order on the timeline
    synthesis: str = ""


@dataclass(frozen=True)
class ReportGroup:
    id: int
    title: str
    notes: tuple[NoteRow, ...]
    votes: int


@dataclass(frozen=True)
class WorkshopReport:
    workshop_id: int
    title: str
    date: dt.date | None
    place: str
    facilitator: str
    timeline_name: str
    start_time: dt.time | None
    participants: tuple[RoleLine, ...]
    stages: tuple[ReportStage, ...]
    other_notes: tuple[NoteRow, ...]  # on cards, scenarios, matrix cells or the tray, oldest first
    by_kind: CountTable
    by_role: CountTable
    top_notes: tuple[NoteRow, ...]
    groups: tuple[ReportGroup, ...]
    anonymised: bool
    include_hidden: bool
    room: str = ""
    available_minutes: int | None = None

    @property
    def notes(self) -> tuple[NoteRow, ...]:
        """Every note exported: the stages' in timeline order, then the others."""
        return tuple(n for stage in self.stages for n in stage.notes) + self.other_notes


def workshop_report(
    session: Session, workshop_id: int, *, anonymise: bool = False, include_hidden: bool = True, top: int = 10
) -> WorkshopReport:
    """Read the workshop once for an export (see the module)."""
    workshop = get_workshop(session, workshop_id)
    people = [Person(p.id, p.display_name, p.role) for p in workshop.participants]
    hide = Anonymiser(people, enabled=anonymise)
    pseudonym = {p.id: hide.author(p.id, p.display_name) or "" for p in people}

    def clean(note: NoteRow) -> NoteRow:
        return dataclasses.replace(
            note, author=hide.author(note.participant_id, note.author), text=hide.text(note.text)
        )

    notes = [clean(n) for n in note_rows(session, workshop_id) if include_hidden or not n.hidden]
    syntheses = stage_syntheses(session, workshop_id)
    by_stage: dict[int, list[NoteRow]] = {}
    for note in sort_notes(notes, "timeline"):
        if note.target_kind == "stage" and note.workshop_stage_id is not None:
            by_stage.setdefault(note.workshop_stage_id, []).append(note)
    stages = tuple(
        ReportStage(
            id=s.id,
            position=s.position,
            key=s.key,
            title=s.title,
            description=s.description,
            pictogram_data=s.pictogram.data if s.pictogram is not None else None,
            pictogram_media_type=s.pictogram.media_type if s.pictogram is not None else None,
            notes=tuple(by_stage.get(s.id, ())),
            synthesis=hide.text(syntheses.get(s.id, "")),
        )
        for s in workshop.stages
    )
    others = tuple(n for n in sort_notes(notes, "time") if n.target_kind != "stage" or n.workshop_stage_id is None)
    axes = tuple(Axis(str(s.id), s.title) for s in stages)
    by_id = {n.id: n for n in notes}
    groups = tuple(
        ReportGroup(
            g.id,
            hide.text(g.title),
            tuple(by_id[n] for n in g.note_ids if n in by_id),
            sum(by_id[n].votes for n in g.note_ids if n in by_id),
        )
        for g in workshop_groups(session, workshop_id)
    )
    return WorkshopReport(
        workshop_id=workshop.id,
        title=workshop.title,
        date=workshop.date,
        place=workshop.place,
        room=workshop.room,
        start_time=workshop.start_time,
        available_minutes=workshop.available_minutes,
        facilitator=hide.facilitator(workshop.facilitator),
        timeline_name=workshop.timeline.name if workshop.timeline is not None else "",
        participants=_roles(
            people,
            pseudonym
            if anonymise
            else {
                p.id: f"{p.display_name} ({p.organisation})" if p.organisation else p.display_name
                for p in workshop.participants
            },
        ),
        stages=stages,
        other_notes=others,
        by_kind=stage_counts(notes, axes, "kind"),
        by_role=stage_counts(notes, axes, "role"),
        top_notes=tuple(top_notes(notes, top)),
        groups=groups,
        anonymised=anonymise,
        include_hidden=include_hidden,
    )


def _roles(people: list[Person], names: dict[int, str]) -> tuple[RoleLine, ...]:
    order = [str(r) for r in Role]
    roles = sorted({p.role for p in people}, key=lambda r: (order.index(r) if r in order else len(order), r))
    return tuple(
        RoleLine(role, role_label(role), tuple(names[p.id] for p in people if p.role == role)) for role in roles
    )
