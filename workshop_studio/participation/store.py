"""The participation server's reads and writes, through the services, one transaction each.

Each request thread opens its own session (the engine's pool hands each its connection).
Writes from phones also queue on one lock here: SQLite lets one writer in at a time anyway
(``BEGIN IMMEDIATE``), and a Python lock wakes the next writer the moment the last commits,
where SQLite's busy handler would have it sleep and poll (which shows in the p99 latency).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from workshop_studio.domain.notes import NoteRecord, Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role, TargetKind
from workshop_studio.domain.workshop import ParticipantData
from workshop_studio.participation.errors import ApiError, bad_request
from workshop_studio.services import notes as note_service
from workshop_studio.services.edits import UNSET, Unset
from workshop_studio.services.participants import add_participant
from workshop_studio.services.workshops import get_workshop
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, Card, Scenario, WorkshopStage

CANDIDATES_TTL_S = 1.0  # the notes phones vote on, read at most once a second
FACTS_TTL_S = 2.0  # the workshop's title and stages, which change rarely during a session


@dataclass(frozen=True)
class WorkshopFacts:
    title: str
    stages: tuple[tuple[int, str], ...]  # (workshop stage id, title) in timeline order


@dataclass(frozen=True)
class Stored:
    record: NoteRecord
    created: bool  # False: a retry, the note was already there


class Store:
    def __init__(self, db: Database, workshop_id: int) -> None:
        self.db = db
        self.workshop_id = workshop_id
        self._write_lock = threading.Lock()
        self._candidates: tuple[float, tuple[NoteRecord, ...]] = (0.0, ())
        self._candidates_lock = threading.Lock()
        self._facts: tuple[float, WorkshopFacts | None] = (0.0, None)

    # -- reading -------------------------------------------------------------------------------
    def facts(self) -> WorkshopFacts:
        stamp, facts = self._facts
        if facts is None or time.monotonic() - stamp > FACTS_TTL_S:
            with self.db.read() as session:
                workshop = get_workshop(session, self.workshop_id)
                facts = WorkshopFacts(workshop.title, tuple((s.id, s.title) for s in workshop.stages))
            self._facts = (time.monotonic(), facts)
        return facts

    def notes(self, note_ids: list[int]) -> dict[int, NoteRecord]:
        with self.db.read() as session:
            return note_service.notes_by_id(session, note_ids)

    def all_notes(self) -> tuple[NoteRecord, ...]:
        """The workshop's notes, read at most once a second however many phones ask."""
        with self._candidates_lock:
            stamp, notes = self._candidates
            if time.monotonic() - stamp > CANDIDATES_TTL_S:
                with self.db.read() as session:
                    notes = tuple(note_service.workshop_notes(session, self.workshop_id))
                self._candidates = (time.monotonic(), notes)
            return notes

    def forget_cache(self) -> None:
        with self._candidates_lock:
            self._candidates = (0.0, ())

    # -- writing -------------------------------------------------------------------------------
    def _write(self, work):
        with self._write_lock, self.db.write() as session:
            result = work(session)
        self.forget_cache()
        return result

    def participant(self, role: Role, pseudonym: str) -> int | None:
        """A pseudonym becomes a participant of the workshop (the same one when it comes back)."""
        if not pseudonym:
            return None

        def work(session):
            workshop = get_workshop(session, self.workshop_id)
            for person in workshop.participants:
                if person.display_name == pseudonym and person.role == str(role):
                    return person.id
            return add_participant(session, workshop.id, ParticipantData(pseudonym, str(role))).id

        return int(self._write(work))

    def _check_target(self, session, target: Target) -> Target:
        """The room's default target, or the tray if what it pointed at was deleted since."""
        if target.kind == TargetKind.CARD and session.get(Card, target.card_id) is None:
            return Target.tray()
        if target.kind == TargetKind.SCENARIO and session.get(Scenario, target.scenario_id) is None:
            return Target.tray()
        if target.kind == TargetKind.STAGE and session.get(WorkshopStage, target.stage_id) is None:
            return Target.tray()
        return target

    def add_note(
        self,
        *,
        client_id: str,
        text: str,
        kind: AnnotationKind,
        role: Role,
        participant_id: int | None,
        stage_id: int | None,
        default: Target,
        to_tray: bool,
    ) -> Stored:
        """Store a phone's note once per client-made id; a stage must be one of this workshop's."""

        def work(session):
            existing = session.query(Annotation).filter(Annotation.uid == client_id).one_or_none()
            if existing is not None:
                if existing.workshop_id != self.workshop_id:
                    raise ApiError(409, "client_id_taken", "Cet identifiant de note est déjà pris.")
                return Stored(note_service.record(existing), created=False)
            if stage_id is not None:
                stage = session.get(WorkshopStage, stage_id)
                if stage is None or stage.workshop_id != self.workshop_id:
                    raise bad_request("bad_stage", "Cette étape n'est pas sur la frise de l'atelier.")
            target = (
                Target.tray()
                if to_tray
                else (Target.stage(stage_id) if stage_id is not None else self._check_target(session, default))
            )
            record = note_service.capture_note(
                session,
                workshop_id=self.workshop_id,
                target=target,
                kind=kind,
                text=text,
                uid=client_id,
                participant_id=participant_id,
                role=role,
            )
            return Stored(record, created=True)

        return self._write(work)

    def edit_note(self, note_id: int, *, text: str | None, kind: AnnotationKind | None) -> NoteRecord:
        new_text: str | Unset = text if text is not None else UNSET
        new_kind: str | Unset = str(kind) if kind is not None else UNSET
        return self._write(lambda s: note_service.update_note(s, note_id, text=new_text, kind=new_kind)[1])

    def withdraw_note(self, note_id: int) -> None:
        self._write(lambda s: note_service.delete_notes(s, [note_id]))

    def vote(self, note_id: int, delta: int) -> NoteRecord:
        def work(session):
            note = session.get(Annotation, note_id)
            if note is None or note.workshop_id != self.workshop_id or note.hidden:
                raise ApiError(404, "no_such_note", "Cette note n'est pas soumise au vote.")
            return note_service.vote(session, note_id, delta)[1]

        return self._write(work)
