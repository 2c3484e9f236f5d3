"""The French sample workshop, seeded once into an empty database from ``assets/``.

The content is data (``assets/cards/*.json``, ``assets/pictograms/index.json``), not code.
Seeding runs in the caller's write transaction: it lands whole or not at all, and a
``setting`` row remembers it ran, so a facilitator who deletes the sample never sees it again
unless they ask for it: :func:`new_workshop_from_sample` makes a fresh workshop on the
sample's model (its agenda and materials, never its notes) at any time.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_studio.domain.materials import DeckData, PictogramData, ScenarioData, StageData
from workshop_studio.domain.vocabulary import AnnotationKind, Role, StepKind
from workshop_studio.domain.workshop import ParticipantData, WorkshopDetails
from workshop_studio.interchange.deck_json import read_deck_json
from workshop_studio.interchange.svg_intake import read_svg_file
from workshop_studio.paths import CARDS_DIR, PICTOGRAMS_DIR
from workshop_studio.services.agenda import add_step
from workshop_studio.services.library import card_by_title, create_deck, unique_deck_name
from workshop_studio.services.matrices import create_matrix, find_matrix
from workshop_studio.services.naming import unique_name
from workshop_studio.services.notes import Target, add_annotation
from workshop_studio.services.participants import add_participants
from workshop_studio.services.pictograms import bring_pictogram
from workshop_studio.services.scenarios import create_scenario
from workshop_studio.services.timelines import create_timeline
from workshop_studio.services.workshop_setup import create_workshop
from workshop_studio.storage.dialects import serialize_writers
from workshop_studio.storage.engine import Database
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Deck, Participant, Pictogram, Scenario, Setting, Timeline, Workshop

SEED_SETTING = "sample_seeded"
SEED_VERSION = "1"


def _load(name: str, folder: Path = CARDS_DIR) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def is_seeded(session: Session) -> bool:
    return session.get(Setting, SEED_SETTING) is not None


def _is_empty(session: Session) -> bool:
    return not any(session.scalar(select(func.count()).select_from(model)) for model in (Deck, Workshop, Pictogram))


def seed_sample(session: Session) -> bool:
    """Seed the sample into an empty database, once; return whether it was seeded now."""
    serialize_writers(session, "sample")  # two consoles opening a new server at once seed it once
    if is_seeded(session):
        return False
    if _is_empty(session):
        library = _sample_library(session)
        _sample_workshop(session, _load("workshop.json"), library, participants=True, notes=True)
    session.add(Setting(key=SEED_SETTING, value=SEED_VERSION))
    session.flush()
    return True


def sample_workshop_title() -> str:
    return str(_load("workshop.json")["title"])


def sample_workshop_details() -> WorkshopDetails:
    """The sample's own details (no materials: those are brought in when it is used)."""
    doc = _load("workshop.json")
    return WorkshopDetails(
        title=doc["title"],
        start_time=dt.time.fromisoformat(doc["start_time"]) if doc.get("start_time") else None,
        available_minutes=doc.get("available_minutes"),
        place=doc.get("place", ""),
        room=doc.get("room", ""),
        facilitator=doc.get("facilitator", ""),
    )


def new_workshop_from_sample(
    session: Session, details: WorkshopDetails | None = None, *, participants: bool = False
) -> Workshop:
    """A new workshop on the sample's model: its agenda, timeline and materials (participants
    when asked, never its notes). The sample's library is brought in where the database lacks
    it (a deck, timeline, scenario or matrix of the same name is reused when it has what the
    agenda needs). ``details`` replaces the sample's title, date, place… (the dialog's)."""
    library = _sample_library(session, reuse=True)
    return _sample_workshop(
        session, _load("workshop.json"), library, participants=participants, notes=False, details=details
    )


@dataclass
class _SampleLibrary:
    deck_id: int
    timeline_id: int
    scenario_ids: dict[str, int]  # by the sample's scenario key
    matrix_id: int | None
    pictogram_ids: dict[str, int]  # by the sample's pictogram key


def _reusable_deck(session: Session, deck: DeckData) -> Deck | None:
    for candidate in session.scalars(select(Deck).where(Deck.name == deck.name).order_by(Deck.id)):
        titles = {card.title for card in candidate.cards}
        if all(card.title in titles for card in deck.cards):
            return candidate
    return None


def _sample_library(session: Session, *, reuse: bool = False) -> _SampleLibrary:
    """The sample's pictograms, deck, timeline, scenarios and matrix; with ``reuse``, those
    already in the database are used instead of added twice."""
    pictograms = _sample_pictograms(session)
    # A stored picture may go by another key than the sample's: name it as stored.
    stored = {key: session.get(Pictogram, pictogram_id).key for key, pictogram_id in pictograms.items()}  # type: ignore[union-attr]  # ids just stored

    def key(name: str | None) -> str | None:
        return stored.get(name, name) if name else name

    deck_data, _ = read_deck_json(CARDS_DIR / "deck.json")
    deck_data = replace(deck_data, cards=tuple(replace(c, pictogram=key(c.pictogram)) for c in deck_data.cards))
    deck = (_reusable_deck(session, deck_data) if reuse else None) or create_deck(
        session, replace(deck_data, name=unique_deck_name(session, deck_data.name))
    )

    timeline_doc = _load("timeline.json")
    stages = [
        StageData(s["title"], s.get("description", ""), key(s.get("pictogram")), s["key"])
        for s in timeline_doc["stages"]
    ]
    timeline = (
        session.scalars(select(Timeline).where(Timeline.name == timeline_doc["name"]).order_by(Timeline.id)).first()
        if reuse
        else None
    )
    if timeline is None or [s.key for s in timeline.stages] != [s.key for s in stages]:
        taken = set(session.scalars(select(Timeline.name)))
        timeline = create_timeline(
            session,
            unique_name(timeline_doc["name"], taken, lambda b, n: f"{b} ({n})"),
            stages,
            timeline_doc.get("description", ""),
        )

    scenario_ids: dict[str, int] = {}
    for item in _load("scenarios.json")["scenarios"]:
        existing = (
            session.scalars(select(Scenario).where(Scenario.title == item["title"]).order_by(Scenario.id)).first()
            if reuse
            else None
        )
        scenario_ids[item["key"]] = (
            existing.id
            if existing is not None
            else create_scenario(
                session,
                replace(_scenario_data(item), pictogram=key(item.get("pictogram"))),
                deck_id=deck.id,
                timeline_id=timeline.id,
            ).id
        )

    matrix_doc = _load("matrix.json")
    matrix = find_matrix(session, matrix_doc["name"]) if reuse else None
    if matrix is None:
        matrix = create_matrix(
            session,
            matrix_doc["name"],
            [card_by_title(session, deck.id, t) for t in matrix_doc["rows"]["cards"]],
            [card_by_title(session, deck.id, t) for t in matrix_doc["columns"]["cards"]],
            row_kind=matrix_doc["rows"]["kind"],
            column_kind=matrix_doc["columns"]["kind"],
        )
    return _SampleLibrary(deck.id, timeline.id, scenario_ids, matrix.id, pictograms)


def _sample_pictograms(session: Session, folder: Path = PICTOGRAMS_DIR) -> dict[str, int]:
    """The sample's pictograms, by key: those already stored (same picture) are reused."""
    index = _load("index.json", folder)
    ids: dict[str, int] = {}
    for entry in index["pictograms"]:
        data = PictogramData(
            key=entry["key"],
            label_fr=entry["label_fr"],
            label_en=entry["label_en"],
            media_type="image/svg+xml",
            data=read_svg_file(folder / entry["file"]),
            source=index.get("source", ""),
        )
        ids[data.key] = bring_pictogram(session, data)[0].id
    return ids


def _scenario_data(item: dict[str, Any]) -> ScenarioData:
    persona = item.get("persona", {})
    return ScenarioData(
        key=item["key"],
        title=item["title"],
        trade=persona.get("trade", ""),
        company_size=persona.get("company_size", ""),
        family_business=bool(persona.get("family_business", False)),
        agency_history=persona.get("agency_history", ""),
        story=item.get("story", ""),
        questions=tuple(item.get("questions", ())),
        pictogram=item.get("pictogram"),
        card_titles=tuple(item.get("cards", ())),
        stage_keys=tuple(item.get("stages", ())),
    )


def _sample_details(doc: dict[str, Any], library: _SampleLibrary) -> WorkshopDetails:
    used = list(dict.fromkeys(step["scenario"] for step in doc["agenda"] if step.get("scenario")))
    return WorkshopDetails(
        title=doc["title"],
        date=dt.date.fromisoformat(doc["date"]),
        start_time=dt.time.fromisoformat(doc["start_time"]) if doc.get("start_time") else None,
        available_minutes=doc.get("available_minutes"),
        place=doc.get("place", ""),
        room=doc.get("room", ""),
        facilitator=doc.get("facilitator", ""),
        timeline_id=library.timeline_id,
        deck_ids=(library.deck_id,),
        scenario_ids=tuple(library.scenario_ids[key] for key in used),
        matrix_id=library.matrix_id,
    )


def _sample_workshop(
    session: Session,
    doc: dict[str, Any],
    library: _SampleLibrary,
    *,
    participants: bool,
    notes: bool,
    details: WorkshopDetails | None = None,
) -> Workshop:
    own = _sample_details(doc, library)
    if details is not None:  # the dialog's details, with the sample's materials where it chose none
        own = replace(
            details,
            timeline_id=details.timeline_id or own.timeline_id,
            deck_ids=details.deck_ids or own.deck_ids,
            scenario_ids=details.scenario_ids or own.scenario_ids,
            matrix_id=details.matrix_id or own.matrix_id,
        )
    workshop = create_workshop(session, own)
    deck_id = library.deck_id
    people = [ParticipantData(p["name"], Role(p["role"]).value, p.get("organisation", "")) for p in doc["participants"]]
    added = add_participants(session, workshop.id, people) if participants else []
    by_key = {p["key"]: row for p, row in zip(doc["participants"], added, strict=False)}  # none when declined
    for step in doc["agenda"]:
        card = card_by_title(session, deck_id, step["card"]) if step.get("card") else None
        add_step(
            session,
            workshop.id,
            kind=StepKind(step["kind"]),
            title=step.get("title", ""),
            planned_minutes=int(step.get("minutes", 10)),
            card_id=card.id if card is not None else None,
            scenario_id=library.scenario_ids[step["scenario"]] if step.get("scenario") else None,
            card_ids=[card_by_title(session, deck_id, t).id for t in step.get("cards", ())],
            bullets=tuple(step.get("bullets", ())),
            pictogram_id=library.pictogram_ids.get(step["pictogram"]) if step.get("pictogram") else None,
            countdown_minutes=step.get("countdown"),
        )
    if notes:
        _sample_notes(session, doc, workshop, deck_id, library.scenario_ids, by_key)
    session.flush()
    return workshop


def _sample_notes(
    session: Session,
    doc: dict[str, Any],
    workshop: Workshop,
    deck_id: int,
    scenario_ids: dict[str, int],
    participants: dict[str, Participant],
) -> None:
    stages = {stage.key: stage.id for stage in workshop.stages}
    start = dt.datetime.combine(workshop.date or dt.date.today(), workshop.start_time or dt.time(14, 0))
    for note in doc["annotations"]:
        if "stage" in note:
            target = Target.stage(stages[note["stage"]])
        elif "card" in note:
            target = Target.card(card_by_title(session, deck_id, note["card"]).id)
        elif "scenario" in note:
            target = Target.scenario(scenario_ids[note["scenario"]])
        elif "cell" in note:
            row, column = note["cell"]
            target = Target.matrix_cell(
                card_by_title(session, deck_id, row).id, card_by_title(session, deck_id, column).id
            )
        else:
            target = Target.tray()
        participant = participants.get(note.get("participant", ""))
        add_annotation(
            session,
            workshop_id=workshop.id,
            target=target,
            kind=AnnotationKind(note["kind"]),
            text=note["text"],
            participant_id=participant.id if participant is not None else None,
            role=Role(note["role"]) if note.get("role") else None,
            votes=int(note.get("votes", 0)),
            created_at=start + dt.timedelta(minutes=int(note.get("minute", 0))),
        )


def decline_sample(session: Session) -> None:
    """This database never gets the sample (it can still start a workshop from it)."""
    serialize_writers(session, "sample")
    if not is_seeded(session):
        session.add(Setting(key=SEED_SETTING, value="declined"))
        session.flush()


def open_with_sample(target: str, *, sample: bool = True) -> Database:
    """Open and migrate the database at ``target``, seeding the sample if it is new (unless
    ``sample`` is false: then a new database stays empty, and stays so)."""
    db = open_database(target)
    with db.read() as session:
        seeded = is_seeded(session)
    if not seeded and not db.read_only:  # a read-only file is shown as it is
        with db.write() as session:
            seed_sample(session) if sample else decline_sample(session)
    return db
