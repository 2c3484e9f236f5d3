"""The workshop archive (``.zip``): what it holds, its limits, and the records read from it.

Members (nothing else is accepted):

* ``workshop.json``: UTF-8 JSON, ``{"format": "workshop-studio-workshop", "version": 2, …}``
  with ``workshop`` (title, date, start_time, available_minutes, place, room, facilitator,
  the ``decks`` and ``scenarios`` it uses), ``anonymised``, ``timeline`` (the
  template: name, description, stages), ``decks``, ``cards`` (only those the workshop uses:
  agenda, notes, its scenarios, its matrix), ``scenarios``, ``matrix``, ``stages`` (the
  workshop's own copies, each naming its template stage in ``source``), ``participants``,
  ``agenda``, ``groups``, ``notes`` (each with its client-made ``uid``), ``syntheses`` and
  ``pictograms`` (key, labels, media type, source, ``file`` and ``sha256``). Rows point at
  each other with short references (``"ref": "c3"``), never with database ids. Dates and
  times are ISO 8601, as stored. Version 1 (one ``deck``, no start time, room, organisations
  or instructions) is still read.
* ``pictograms/NNN.svg`` or ``.png``: the pictures, byte for byte as in the database.

The limits below bound what an import may read and hold in memory; the archive is read
member by member in memory and never extracted to disk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from workshop_studio.domain.free_kinds import DeckKindData

FORMAT = "workshop-studio-workshop"
VERSION = 2
READABLE_VERSIONS = (1, 2)
JSON_MEMBER = "workshop.json"
PICTOGRAM_FOLDER = "pictograms/"

# Sized so that MAX_NOTES notes of ordinary length (up to ~800 characters each; a note's row
# takes ~450 bytes besides its text) fit in workshop.json; an export checks it reads back.
MAX_ARCHIVE_BYTES = 128 * 1024 * 1024
MAX_MEMBERS = 520  # workshop.json, the pictograms' folder and up to MAX_PICTOGRAMS pictures
MAX_JSON_BYTES = 128 * 1024 * 1024
MAX_PICTURE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 192 * 1024 * 1024  # all members, uncompressed
MAX_RATIO = 100  # uncompressed / compressed, for members above RATIO_FLOOR_BYTES
RATIO_FLOOR_BYTES = 64 * 1024
MAX_NAME_CHARS = 120

MAX_PICTOGRAMS = 500
MAX_NOTES = 100_000
MAX_ROWS = 5_000  # stages, participants, cards, scenarios, agenda steps, groups…
MAX_TEXT_CHARS = 20_000  # a note, a synthesis, a story
MAX_SHORT_CHARS = 5_000  # titles, names, labels


@dataclass(frozen=True)
class ArchivedPictogram:
    key: str
    label_fr: str
    label_en: str
    media_type: str
    source: str
    data: bytes


@dataclass(frozen=True)
class ArchivedDeck:
    ref: str
    name: str
    description: str
    card_size: str
    kinds: tuple[DeckKindData, ...] = ()  # the deck's own kinds (free categories), named by its cards
    show_kind_label: bool = True


@dataclass(frozen=True)
class ArchivedCard:
    ref: str
    deck: str
    kind: str
    title: str
    body: str
    pictogram: str | None
    colour: str | None
    back: str
    copies: int


@dataclass(frozen=True)
class ArchivedTemplateStage:
    ref: str
    key: str
    title: str
    description: str
    pictogram: str | None


@dataclass(frozen=True)
class ArchivedTimeline:
    name: str
    description: str
    stages: tuple[ArchivedTemplateStage, ...]


@dataclass(frozen=True)
class ArchivedScenario:
    ref: str
    title: str
    trade: str
    company_size: str
    family_business: bool
    agency_history: str
    story: str
    questions: tuple[str, ...]
    pictogram: str | None
    cards: tuple[str, ...]
    stages: tuple[str, ...]


@dataclass(frozen=True)
class ArchivedMatrix:
    name: str
    row_kind: str
    column_kind: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]


@dataclass(frozen=True)
class ArchivedStage:
    ref: str
    source: str | None
    key: str
    title: str
    description: str
    pictogram: str | None


@dataclass(frozen=True)
class ArchivedParticipant:
    ref: str
    name: str
    role: str
    organisation: str = ""


@dataclass(frozen=True)
class ArchivedStep:
    kind: str
    title: str
    planned_minutes: int
    card: str | None
    scenario: str | None
    cards: tuple[str, ...]
    hidden: bool
    bullets: tuple[str, ...] = ()
    pictogram: str | None = None
    countdown_minutes: int | None = None


@dataclass(frozen=True)
class ArchivedGroup:
    ref: str
    title: str
    created_at: dt.datetime | None


@dataclass(frozen=True)
class ArchivedNote:
    uid: str
    target: str
    stage: str | None
    card: str | None
    scenario: str | None
    row_card: str | None
    column_card: str | None
    participant: str | None
    role: str | None
    kind: str
    text: str
    position: float
    hidden: bool
    votes: int
    group: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class ArchivedSynthesis:
    stage: str
    text: str


@dataclass(frozen=True)
class WorkshopArchive:
    """A checked archive, ready to be written into a database."""

    source: Path
    title: str
    date: dt.date | None
    place: str
    facilitator: str
    anonymised: bool
    workshop_decks: tuple[str, ...]  # the decks the workshop uses, by ref
    timeline: ArchivedTimeline | None
    decks: tuple[ArchivedDeck, ...]
    cards: tuple[ArchivedCard, ...]
    scenarios: tuple[ArchivedScenario, ...]
    matrix: ArchivedMatrix | None
    stages: tuple[ArchivedStage, ...]
    participants: tuple[ArchivedParticipant, ...]
    agenda: tuple[ArchivedStep, ...]
    groups: tuple[ArchivedGroup, ...]
    notes: tuple[ArchivedNote, ...]
    syntheses: tuple[ArchivedSynthesis, ...]
    pictograms: tuple[ArchivedPictogram, ...]
    start_time: dt.time | None = None
    available_minutes: int | None = None
    room: str = ""
    workshop_scenarios: tuple[str, ...] = ()  # the scenarios the workshop uses, by ref
