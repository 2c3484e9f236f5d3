"""Write a workshop archive (.zip): the workshop and everything it uses, to hand it over.

See ``workshop_archive_format`` for what the archive holds. The zip is built in memory,
deterministically (members in a fixed order, fixed timestamps: the same workshop gives the
same bytes), then written whole or not at all. With ``anonymise=True`` participants are
named by role and number, and their full names are taken out of the texts
(``services.review_anonymise``). Reading it back: ``workshop_archive_read`` and
``workshop_archive_import``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.atomic import atomic_write
from workshop_studio.interchange.workshop_archive_format import FORMAT, JSON_MEMBER, PICTOGRAM_FOLDER, VERSION
from workshop_studio.interchange.workshop_archive_limits import check_reads_back
from workshop_studio.services.review_anonymise import Anonymiser, Person
from workshop_studio.services.workshops import get_workshop
from workshop_studio.storage.models import (
    Annotation,
    Card,
    Deck,
    NoteGroup,
    Pictogram,
    Scenario,
    StageSynthesis,
    Workshop,
)

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class ArchiveWritten:
    path: Path
    note_count: int
    pictogram_count: int


def _when(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


class _Refs:
    """Short, stable references ("c1", "c2"…) for rows, in the order they are first met."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.ids: dict[int, str] = {}

    def __call__(self, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        if row_id not in self.ids:
            self.ids[row_id] = f"{self.prefix}{len(self.ids) + 1}"
        return self.ids[row_id]


class _Collector:
    def __init__(self, session: Session, workshop: Workshop, hide: Anonymiser) -> None:
        self.session = session
        self.workshop = workshop
        self.hide = hide
        self.pictograms: dict[int, Pictogram] = {}
        self.card_ref, self.scenario_ref, self.deck_ref = _Refs("c"), _Refs("sc"), _Refs("d")
        self.template_ref, self.stage_ref = _Refs("t"), _Refs("s")
        self.person_ref, self.group_ref = _Refs("p"), _Refs("g")

    def pictogram(self, pictogram: Pictogram | None) -> str | None:
        if pictogram is None:
            return None
        self.pictograms.setdefault(pictogram.id, pictogram)
        return pictogram.key

    def document(self) -> dict[str, Any]:
        w, session = self.workshop, self.session
        notes = list(
            session.scalars(
                select(Annotation).where(Annotation.workshop_id == w.id).order_by(Annotation.created_at, Annotation.id)
            )
        )
        scenario_ids = w.scenario_ids + [s.scenario_id for s in w.agenda] + [n.scenario_id for n in notes]
        scenarios = [session.get(Scenario, i) for i in dict.fromkeys(i for i in scenario_ids if i is not None)]
        axis = list(w.matrix.axis_cards) if w.matrix is not None else []
        card_ids = [s.card_id for s in w.agenda] + [c for s in w.agenda for c in (s.card_ids or ())]
        card_ids += [c for n in notes for c in (n.card_id, n.matrix_row_card_id, n.matrix_column_card_id)]
        card_ids += [link.card_id for s in scenarios if s is not None for link in s.card_links]
        card_ids += [link.card_id for link in axis]
        for link in reversed(w.deck_links):  # whole decks travel: a colleague can run the workshop again
            card_ids[:0] = [c.id for c in link.deck.cards]
        cards = [c for c in (session.get(Card, i) for i in dict.fromkeys(i for i in card_ids if i is not None)) if c]
        timeline = w.timeline
        template = self._timeline(timeline) if timeline is not None else None
        template_ids = {s.id for s in timeline.stages} if timeline is not None else set()
        decks = [
            d for d in (session.get(Deck, i) for i in dict.fromkeys([*w.deck_ids, *(c.deck_id for c in cards)])) if d
        ]
        people = {p.id: p for p in w.participants}
        syntheses = session.scalars(
            select(StageSynthesis).where(StageSynthesis.workshop_stage_id.in_([s.id for s in w.stages]))
        )
        synthesis_of = {s.workshop_stage_id: s.text for s in syntheses}
        groups = list(
            session.scalars(
                select(NoteGroup).where(NoteGroup.workshop_id == w.id).order_by(NoteGroup.created_at, NoteGroup.id)
            )
        )
        return {
            "format": FORMAT,
            "version": VERSION,
            "anonymised": self.hide.enabled,
            "workshop": {
                "title": w.title,
                "date": _when(w.date),
                "start_time": w.start_time.strftime("%H:%M") if w.start_time is not None else None,
                "available_minutes": w.available_minutes,
                "place": w.place,
                "room": w.room,
                "facilitator": self.hide.facilitator(w.facilitator),
                "decks": [self.deck_ref(i) for i in w.deck_ids],
                "scenarios": [self.scenario_ref(i) for i in w.scenario_ids],
            },
            "timeline": template,
            "decks": [self._deck(d) for d in decks],
            "cards": [self._card(c) for c in cards],
            "scenarios": [self._scenario(s, template_ids) for s in scenarios if s is not None],
            "matrix": None
            if w.matrix is None
            else {
                "name": w.matrix.name,
                "row_kind": w.matrix.row_kind,
                "column_kind": w.matrix.column_kind,
                "rows": [self.card_ref(a.card_id) for a in axis if a.axis == "row"],
                "columns": [self.card_ref(a.card_id) for a in axis if a.axis == "column"],
            },
            "stages": [
                {
                    "ref": self.stage_ref(s.id),
                    "source": self.template_ref(s.source_stage_id) if s.source_stage_id in template_ids else None,
                    "key": s.key,
                    "title": s.title,
                    "description": s.description,
                    "pictogram": self.pictogram(s.pictogram),
                }
                for s in w.stages
            ],
            "participants": [
                {
                    "ref": self.person_ref(p.id),
                    "name": self.hide.author(p.id, p.display_name) or "",
                    "role": p.role,
                    "organisation": self.hide.text(p.organisation),
                }
                for p in people.values()
            ],
            "agenda": [
                {
                    "kind": s.kind,
                    "title": self.hide.text(s.title),
                    "planned_minutes": s.planned_minutes,
                    "card": self.card_ref(s.card_id),
                    "scenario": self.scenario_ref(s.scenario_id),
                    "cards": [self.card_ref(c) for c in (s.card_ids or ())],
                    "hidden": s.hidden,
                    "bullets": [self.hide.text(b) for b in (s.bullets or ())],
                    "pictogram": self.pictogram(s.pictogram),
                    "countdown_minutes": s.countdown_minutes,
                }
                for s in w.agenda
            ],
            "groups": [
                {"ref": self.group_ref(g.id), "title": self.hide.text(g.title), "created_at": _when(g.created_at)}
                for g in groups
            ],
            "notes": [self._note(n, people) for n in notes],
            "syntheses": [
                {"stage": self.stage_ref(s.id), "text": self.hide.text(synthesis_of[s.id])}
                for s in w.stages
                if s.id in synthesis_of
            ],
        }

    def _timeline(self, timeline: Any) -> dict[str, Any]:
        return {
            "name": timeline.name,
            "description": timeline.description,
            "stages": [
                {
                    "ref": self.template_ref(s.id),
                    "key": s.key,
                    "title": s.title,
                    "description": s.description,
                    "pictogram": self.pictogram(s.pictogram),
                }
                for s in timeline.stages
            ],
        }

    def _deck(self, deck: Deck) -> dict[str, Any]:
        return {
            "ref": self.deck_ref(deck.id),
            "name": deck.name,
            "description": deck.description,
            "card_size": deck.card_size,
            "kinds": [{"key": k.key, "label": k.label, "colour": k.colour} for k in deck.kinds],
            "show_kind_label": deck.show_kind_label,
        }

    def _card(self, card: Card) -> dict[str, Any]:
        return {
            "ref": self.card_ref(card.id),
            "deck": self.deck_ref(card.deck_id),
            "kind": card.kind,
            "title": card.title,
            "body": card.body,
            "pictogram": self.pictogram(card.pictogram),
            "colour": card.colour,
            "back": card.back,
            "copies": card.copies,
        }

    def _scenario(self, scenario: Scenario, template_ids: set[int]) -> dict[str, Any]:
        return {
            "ref": self.scenario_ref(scenario.id),
            "title": scenario.title,
            "trade": scenario.trade,
            "company_size": scenario.company_size,
            "family_business": scenario.family_business,
            "agency_history": scenario.agency_history,
            "story": scenario.story,
            "questions": list(scenario.questions or ()),
            "pictogram": self.pictogram(scenario.pictogram),
            "cards": [self.card_ref(link.card_id) for link in scenario.card_links],
            "stages": [
                self.template_ref(link.stage_id) for link in scenario.stage_links if link.stage_id in template_ids
            ],
        }

    def _note(self, note: Annotation, people: dict[int, Any]) -> dict[str, Any]:
        return {
            "uid": note.uid,
            "target": note.target_kind,
            "stage": self.stage_ref(note.workshop_stage_id),
            "card": self.card_ref(note.card_id),
            "scenario": self.scenario_ref(note.scenario_id),
            "row_card": self.card_ref(note.matrix_row_card_id),
            "column_card": self.card_ref(note.matrix_column_card_id),
            "participant": self.person_ref(note.participant_id) if note.participant_id in people else None,
            "role": note.role,
            "kind": note.kind,
            "text": self.hide.text(note.text),
            "position": note.position,
            "hidden": note.hidden,
            "votes": note.votes,
            "group": self.group_ref(note.group_id),
            "created_at": _when(note.created_at),
            "updated_at": _when(note.updated_at),
        }


def archive_members(session: Session, workshop_id: int, *, anonymise: bool = False) -> list[tuple[str, bytes]]:
    """``(member name, bytes)`` in archive order: ``workshop.json`` first, then the pictures."""
    workshop = get_workshop(session, workshop_id)
    hide = Anonymiser((Person(p.id, p.display_name, p.role) for p in workshop.participants), enabled=anonymise)
    collector = _Collector(session, workshop, hide)
    document = collector.document()
    pictures: list[tuple[str, bytes]] = []
    entries = []
    for index, pictogram in enumerate(collector.pictograms.values(), start=1):
        suffix = {"image/png": "png", "image/jpeg": "jpg"}.get(pictogram.media_type, "svg")
        member = f"{PICTOGRAM_FOLDER}{index:03d}.{suffix}"
        pictures.append((member, pictogram.data))
        entries.append(
            {
                "key": pictogram.key,
                "label_fr": pictogram.label_fr,
                "label_en": pictogram.label_en,
                "media_type": pictogram.media_type,
                "source": pictogram.source,
                "file": member,
                "sha256": hashlib.sha256(pictogram.data).hexdigest(),
            }
        )
    document["pictograms"] = entries
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    return [(JSON_MEMBER, text.encode("utf-8")), *pictures]


def render_workshop_archive(session: Session, workshop_id: int, *, anonymise: bool = False) -> bytes:
    """The archive's bytes (the same workshop gives the same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in archive_members(session, workshop_id, anonymise=anonymise):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def write_workshop_archive(
    session: Session, workshop_id: int, path: Path, *, anonymise: bool = False
) -> ArchiveWritten:
    """Write the archive to ``path`` whole or not at all, and only if it reads back (its limits
    and checks are import's: ``workshop_archive_limits.check_reads_back``)."""
    data = render_workshop_archive(session, workshop_id, anonymise=anonymise)
    check_reads_back(data, Path(path))
    notes = session.scalars(select(Annotation.id).where(Annotation.workshop_id == workshop_id)).all()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        pictures = sum(1 for name in archive.namelist() if name.startswith(PICTOGRAM_FOLDER))
    with atomic_write(path) as handle:
        handle.write(data)
    return ArchiveWritten(Path(path), len(notes), pictures)
