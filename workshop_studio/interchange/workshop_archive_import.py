"""Write a checked workshop archive into a database, in the caller's one transaction.

The workshop always comes in as a new workshop (its title numbered if taken). What it uses
is reused when the database already has the same thing, else added:

* a pictogram: the same picture (type and bytes), whatever its key (``bring_pictogram``);
* a deck: one with the same name holding every archived card of it (same kind, title and
  body); otherwise a new deck, its name numbered if taken, holding the archived cards;
* the timeline template: one with the same name and the same stages (keys and titles);
* a scenario: one with the same title and story; the matrix: one with the same name and axes.

So importing into the database the workshop came from (after deleting it) or into a
colleague's that has the same sample library adds nothing to the library.

Retries: notes carry their client-made uid. If any of the archive's notes is already in the
database, the import is refused (naming the workshop that has them) and nothing is written:
a second import of the same archive never duplicates notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.domain.materials import PictogramData
from workshop_studio.i18n import translate
from workshop_studio.interchange.archived_rows import card_rows, stage_rows
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.workshop_archive_format import ArchivedCard, ArchivedDeck, WorkshopArchive
from workshop_studio.interchange.workshop_archive_read import read_workshop_archive
from workshop_studio.services.library import add_deck_kinds, unique_deck_name
from workshop_studio.services.naming import unique_name
from workshop_studio.services.pictograms import bring_pictogram
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import (
    AgendaStep,
    Annotation,
    Deck,
    Matrix,
    MatrixAxisCard,
    NoteGroup,
    Participant,
    Scenario,
    ScenarioCard,
    ScenarioStage,
    StageSynthesis,
    Timeline,
    Workshop,
    WorkshopDeck,
    WorkshopScenario,
    WorkshopStage,
)

_CHUNK = 500


@dataclass(frozen=True)
class ImportedWorkshop:
    workshop_id: int
    title: str
    note_count: int
    added_pictogram_ids: tuple[int, ...] = ()
    added_deck_ids: tuple[int, ...] = ()


def _numbered(base: str, n: int) -> str:
    return f"{base} ({n})"


def _refuse_known_notes(session: Session, archive: WorkshopArchive) -> None:
    uids = [note.uid for note in archive.notes]
    for start in range(0, len(uids), _CHUNK):
        found = session.execute(
            select(Annotation.uid, Workshop.id, Workshop.title)
            .join(Workshop, Workshop.id == Annotation.workshop_id)
            .where(Annotation.uid.in_(uids[start : start + _CHUNK]))
            .order_by(Annotation.id)
        ).first()
        if found is not None:
            raise ImportRefused(
                archive.source,
                translate(
                    "WorkshopArchive",
                    "its notes are already in this database, in workshop “{title}” (id {id}): it was imported before.",
                ).format(title=found[2], id=found[1]),
            )


class _Importer:
    def __init__(self, session: Session, archive: WorkshopArchive) -> None:
        self.session = session
        self.archive = archive
        self.pictograms: dict[str, int] = {}
        self.added_pictograms: list[int] = []
        self.cards: dict[str, int] = {}
        self.decks: dict[str, int] = {}
        self.added_decks: list[int] = []
        self.templates: dict[str, int] = {}
        self.scenarios: dict[str, int] = {}

    def pictogram(self, key: str | None) -> int | None:
        return self.pictograms[key] if key is not None else None

    def library(self) -> tuple[int | None, int | None]:
        """Pictograms, decks and cards, template, scenarios, matrix; returns (timeline id, matrix id)."""
        for p in self.archive.pictograms:
            row, added = bring_pictogram(
                self.session, PictogramData(p.key, p.label_fr, p.label_en, p.media_type, p.data, p.source)
            )
            self.pictograms[p.key] = row.id
            if added:
                self.added_pictograms.append(row.id)
        for deck in self.archive.decks:
            self._deck(deck, [c for c in self.archive.cards if c.deck == deck.ref])
        timeline_id = self._timeline()
        for s in self.archive.scenarios:
            self.scenarios[s.ref] = self._scenario(s)
        return timeline_id, self._matrix()

    def _deck(self, deck: ArchivedDeck, cards: Sequence[ArchivedCard]) -> None:
        for candidate in self.session.scalars(select(Deck).where(Deck.name == deck.name).order_by(Deck.id)):
            existing = {(c.kind, c.title, c.body): c.id for c in reversed(candidate.cards)}
            if all((c.kind, c.title, c.body) in existing for c in cards):
                self.decks[deck.ref] = candidate.id
                self.cards.update({c.ref: existing[(c.kind, c.title, c.body)] for c in cards})
                return
        row = Deck(
            name=unique_deck_name(self.session, deck.name),
            description=deck.description,
            card_size=deck.card_size,
            show_kind_label=deck.show_kind_label,
        )
        add_deck_kinds(row, deck.kinds)
        rows = card_rows(cards, self.pictogram)
        row.cards.extend(rows)
        self.session.add(row)
        self.session.flush()
        self.decks[deck.ref] = row.id
        self.added_decks.append(row.id)
        self.cards.update({c.ref: r.id for c, r in zip(cards, rows, strict=True)})

    def _timeline(self) -> int | None:
        t = self.archive.timeline
        if t is None:
            return None
        wanted = [(s.key, s.title) for s in t.stages]
        for candidate in self.session.scalars(select(Timeline).where(Timeline.name == t.name).order_by(Timeline.id)):
            if [(s.key, s.title) for s in candidate.stages] == wanted:
                self.templates.update({a.ref: s.id for a, s in zip(t.stages, candidate.stages, strict=True)})
                return candidate.id
        taken = set(self.session.scalars(select(Timeline.name)))
        row = Timeline(name=unique_name(t.name, taken, _numbered), description=t.description)
        stages = stage_rows(t.stages, self.pictogram)
        row.stages.extend(stages)
        self.session.add(row)
        self.session.flush()
        self.templates.update({a.ref: s.id for a, s in zip(t.stages, stages, strict=True)})
        return row.id

    def _scenario(self, s) -> int:
        query = select(Scenario).where(Scenario.title == s.title, Scenario.story == s.story).order_by(Scenario.id)
        existing = self.session.scalars(query).first()
        if existing is not None:
            return existing.id
        row = Scenario(
            title=s.title,
            trade=s.trade,
            company_size=s.company_size,
            family_business=s.family_business,
            agency_history=s.agency_history,
            story=s.story,
            questions=list(s.questions),
            pictogram_id=self.pictogram(s.pictogram),
        )
        row.card_links.extend(
            ScenarioCard(card_id=self.cards[c], position=i) for i, c in enumerate(dict.fromkeys(s.cards))
        )
        row.stage_links.extend(
            ScenarioStage(stage_id=self.templates[t], position=i) for i, t in enumerate(dict.fromkeys(s.stages))
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def _matrix(self) -> int | None:
        m = self.archive.matrix
        if m is None:
            return None
        rows = list(dict.fromkeys(self.cards[c] for c in m.rows))
        columns = list(dict.fromkeys(self.cards[c] for c in m.columns))
        for candidate in self.session.scalars(select(Matrix).where(Matrix.name == m.name).order_by(Matrix.id)):
            axes = candidate.axis_cards
            if [a.card_id for a in axes if a.axis == "row"] == rows and [
                a.card_id for a in axes if a.axis == "column"
            ] == columns:
                return candidate.id
        taken = set(self.session.scalars(select(Matrix.name)))
        row = Matrix(name=unique_name(m.name, taken, _numbered), row_kind=m.row_kind, column_kind=m.column_kind)
        for axis, ids in (("row", rows), ("column", columns)):
            row.axis_cards.extend(MatrixAxisCard(axis=axis, card_id=c, position=i) for i, c in enumerate(ids))
        self.session.add(row)
        self.session.flush()
        return row.id

    def workshop(self, timeline_id: int | None, matrix_id: int | None) -> Workshop:
        a, session = self.archive, self.session
        taken = set(session.scalars(select(Workshop.title)))
        workshop = Workshop(
            title=unique_name(a.title, taken, _numbered),
            date=a.date,
            start_time=a.start_time,
            available_minutes=a.available_minutes,
            place=a.place,
            room=a.room,
            facilitator=a.facilitator,
            timeline_id=timeline_id,
            matrix_id=matrix_id,
        )
        decks = list(dict.fromkeys(self.decks[d] for d in a.workshop_decks))
        scenarios = list(dict.fromkeys(self.scenarios[s] for s in a.workshop_scenarios))
        workshop.deck_links.extend(WorkshopDeck(deck_id=d, position=i) for i, d in enumerate(decks))
        workshop.scenario_links.extend(WorkshopScenario(scenario_id=s, position=i) for i, s in enumerate(scenarios))
        stages = {
            s.ref: WorkshopStage(
                source_stage_id=self.templates.get(s.source) if s.source else None,
                position=i,
                key=s.key,
                title=s.title,
                description=s.description,
                pictogram_id=self.pictogram(s.pictogram),
            )
            for i, s in enumerate(a.stages)
        }
        people = {
            p.ref: Participant(position=i, display_name=p.name, role=p.role, organisation=p.organisation)
            for i, p in enumerate(a.participants)
        }
        workshop.stages.extend(stages.values())
        workshop.participants.extend(people.values())
        workshop.agenda.extend(
            AgendaStep(
                position=i,
                kind=s.kind,
                title=s.title,
                planned_minutes=s.planned_minutes,
                card_id=self.cards.get(s.card) if s.card else None,
                scenario_id=self.scenarios.get(s.scenario) if s.scenario else None,
                card_ids=[self.cards[c] for c in s.cards],
                hidden=s.hidden,
                bullets=list(s.bullets),
                pictogram_id=self.pictogram(s.pictogram),
                countdown_minutes=s.countdown_minutes,
            )
            for i, s in enumerate(a.agenda)
        )
        session.add(workshop)
        session.flush()
        groups = {
            g.ref: NoteGroup(
                workshop_id=workshop.id, title=g.title, **({"created_at": g.created_at} if g.created_at else {})
            )
            for g in a.groups
        }
        session.add_all(groups.values())
        session.flush()

        def card(ref: str | None) -> int | None:
            return self.cards[ref] if ref is not None else None

        session.add_all(
            Annotation(
                uid=n.uid,
                workshop_id=workshop.id,
                target_kind=n.target,
                workshop_stage_id=stages[n.stage].id if n.stage else None,
                card_id=card(n.card),
                scenario_id=self.scenarios[n.scenario] if n.scenario else None,
                matrix_row_card_id=card(n.row_card),
                matrix_column_card_id=card(n.column_card),
                participant_id=people[n.participant].id if n.participant else None,
                role=n.role,
                kind=n.kind,
                text=n.text,
                position=n.position,
                hidden=n.hidden,
                votes=n.votes,
                group_id=groups[n.group].id if n.group else None,
                created_at=n.created_at,
                updated_at=n.updated_at,
            )
            for n in a.notes
        )
        session.add_all(StageSynthesis(workshop_stage_id=stages[s.stage].id, text=s.text) for s in a.syntheses)
        session.flush()
        return workshop


def import_workshop_archive(session: Session, archive: WorkshopArchive) -> ImportedWorkshop:
    """Write ``archive`` (already checked) in the caller's transaction; see the module."""
    _refuse_known_notes(session, archive)
    importer = _Importer(session, archive)
    timeline_id, matrix_id = importer.library()
    workshop = importer.workshop(timeline_id, matrix_id)
    return ImportedWorkshop(
        workshop.id, workshop.title, len(archive.notes), tuple(importer.added_pictograms), tuple(importer.added_decks)
    )


def import_workshop_file(db: Database, path: Path) -> ImportedWorkshop:
    """Read and check the archive first (no database), then write it in one transaction."""
    archive = read_workshop_archive(Path(path))
    with db.write() as session:
        return import_workshop_archive(session, archive)
