"""The French sample workshop, seeded once into an empty database from ``assets/``.

The content is data (``assets/cards/*.json``, ``assets/pictograms/index.json``), not code.
Seeding runs in the caller's write transaction: it lands whole or not at all, and a
``setting`` row remembers it ran, so a facilitator who deletes the sample never sees it again.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_studio.domain.materials import PictogramData, ScenarioData, StageData
from workshop_studio.domain.vocabulary import AnnotationKind, Role, StepKind
from workshop_studio.interchange.deck_json import read_deck_json
from workshop_studio.interchange.svg_intake import read_svg_file
from workshop_studio.paths import CARDS_DIR, PICTOGRAMS_DIR
from workshop_studio.services.annotations import Target, add_annotation
from workshop_studio.services.library import card_by_title, create_deck
from workshop_studio.services.matrices import create_matrix, find_matrix
from workshop_studio.services.pictograms import add_pictogram
from workshop_studio.services.scenarios import create_scenario
from workshop_studio.services.timelines import create_timeline, find_timeline
from workshop_studio.services.workshops import add_agenda_step, add_participant, create_workshop
from workshop_studio.storage.engine import Database
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Deck, Pictogram, Setting, Workshop

SEED_SETTING = "sample_seeded"
SEED_VERSION = "1"


def _load(name: str, folder: Path = CARDS_DIR) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def is_seeded(session: Session) -> bool:
    return session.get(Setting, SEED_SETTING) is not None


def _is_empty(session: Session) -> bool:
    return not any(
        session.scalar(select(func.count()).select_from(model)) for model in (Deck, Workshop, Pictogram)
    )


def seed_pictograms(session: Session, folder: Path = PICTOGRAMS_DIR) -> dict[str, int]:
    index = _load("index.json", folder)
    source = index.get("source", "")
    ids: dict[str, int] = {}
    for entry in index["pictograms"]:
        data = PictogramData(
            key=entry["key"],
            label_fr=entry["label_fr"],
            label_en=entry["label_en"],
            media_type="image/svg+xml",
            data=read_svg_file(folder / entry["file"]),
            source=source,
        )
        ids[data.key] = add_pictogram(session, data).id
    return ids


def seed_sample(session: Session) -> bool:
    """Seed the sample into an empty database, once; return whether it was seeded now."""
    if is_seeded(session):
        return False
    if _is_empty(session):
        _seed_content(session)
    session.add(Setting(key=SEED_SETTING, value=SEED_VERSION))
    session.flush()
    return True


def _seed_content(session: Session) -> None:
    seed_pictograms(session)
    deck_data, _ = read_deck_json(CARDS_DIR / "deck.json")
    deck = create_deck(session, deck_data)

    timeline_doc = _load("timeline.json")
    timeline = create_timeline(
        session,
        timeline_doc["name"],
        [StageData(s["title"], s.get("description", ""), s.get("pictogram"), s["key"]) for s in timeline_doc["stages"]],
        timeline_doc.get("description", ""),
    )

    scenario_ids: dict[str, int] = {}
    for item in _load("scenarios.json")["scenarios"]:
        persona = item.get("persona", {})
        data = ScenarioData(
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
        scenario_ids[data.key] = create_scenario(session, data, deck_id=deck.id, timeline_id=timeline.id).id

    matrix_doc = _load("matrix.json")
    create_matrix(
        session,
        matrix_doc["name"],
        [card_by_title(session, deck.id, t) for t in matrix_doc["rows"]["cards"]],
        [card_by_title(session, deck.id, t) for t in matrix_doc["columns"]["cards"]],
        row_kind=matrix_doc["rows"]["kind"],
        column_kind=matrix_doc["columns"]["kind"],
    )
    _seed_workshop(session, _load("workshop.json"), deck.id, scenario_ids)


def _seed_workshop(session: Session, doc: dict[str, Any], deck_id: int, scenario_ids: dict[str, int]) -> None:
    matrix = find_matrix(session, doc["matrix"]) if doc.get("matrix") else None
    workshop = create_workshop(
        session,
        title=doc["title"],
        date=dt.date.fromisoformat(doc["date"]),
        place=doc.get("place", ""),
        facilitator=doc.get("facilitator", ""),
        timeline=find_timeline(session, doc["timeline"]),
        deck_id=deck_id,
        matrix_id=matrix.id if matrix is not None else None,
    )
    participants = {
        p["key"]: add_participant(session, workshop, p["name"], Role(p["role"])) for p in doc["participants"]
    }
    for step in doc["agenda"]:
        kind = StepKind(step["kind"])
        card = card_by_title(session, deck_id, step["card"]) if step.get("card") else None
        add_agenda_step(
            session,
            workshop,
            kind,
            title=step.get("title", ""),
            planned_minutes=int(step.get("minutes", 10)),
            card_id=card.id if card is not None else None,
            scenario_id=scenario_ids[step["scenario"]] if step.get("scenario") else None,
            card_ids=[card_by_title(session, deck_id, t).id for t in step.get("cards", ())],
        )
    stages = {stage.key: stage.id for stage in workshop.stages}
    start = dt.datetime.combine(workshop.date or dt.date.today(), dt.time(14, 0))
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


def open_with_sample(target: str) -> Database:
    """Open and migrate the database at ``target``, seeding the sample if it is new."""
    db = open_database(target)
    with db.read() as session:
        seeded = is_seeded(session)
    if not seeded and not db.read_only:  # a read-only file is shown as it is
        with db.write() as session:
            seed_sample(session)
    return db
