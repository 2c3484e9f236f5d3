"""A workshop's agenda as the shared screen shows it: plain records, read once, drawn many times.

``services/agenda.py`` reads them from the database; the stage's layouts and the presenter
console only look at them. Every record holds what its slide needs (card views with their
pictograms, the scenario's persona and questions, the workshop's stages, the matrix's axes),
so drawing a slide never touches the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop_studio.domain.materials import CardView
from workshop_studio.domain.vocabulary import StepKind


@dataclass(frozen=True)
class StageView:
    """One stage of the workshop's own timeline (a ``WorkshopStage``)."""

    id: int
    title: str
    description: str = ""
    pictogram_data: bytes | None = None
    pictogram_media_type: str | None = None


@dataclass(frozen=True)
class ScenarioView:
    id: int
    title: str
    trade: str = ""
    company_size: str = ""
    family_business: bool = False
    agency_history: str = ""
    story: str = ""
    questions: tuple[str, ...] = ()
    pictogram_data: bytes | None = None
    pictogram_media_type: str | None = None


@dataclass(frozen=True)
class MatrixView:
    id: int
    name: str
    rows: tuple[CardView, ...]  # recruiter profiles, usually
    columns: tuple[CardView, ...]  # advisor postures, usually


@dataclass(frozen=True)
class StepView:
    """One agenda step with its content; ``id`` is ``None`` for something shown on the fly."""

    id: int | None
    kind: str  # a StepKind value
    title: str = ""
    planned_minutes: int = 0
    hidden: bool = False  # skipped when stepping through the agenda
    card: CardView | None = None
    cards: tuple[CardView, ...] = ()
    scenario: ScenarioView | None = None
    stages: tuple[StageView, ...] = ()
    timeline_name: str = ""
    matrix: MatrixView | None = None
    bullets: tuple[str, ...] = ()  # an instruction's short lines
    pictogram_id: int | None = None
    pictogram_data: bytes | None = None  # an instruction's pictogram
    pictogram_media_type: str | None = None
    countdown_minutes: int | None = None  # an instruction's countdown, shown to the room

    @property
    def subject(self) -> str:
        """What the step shows, in words: the card's, scenario's, matrix's or timeline's name."""
        if self.kind == StepKind.CARD and self.card is not None:
            return self.card.title
        if self.kind == StepKind.CARDS and self.cards:
            shown = " · ".join(card.title for card in self.cards[:2])
            return shown + (" …" if len(self.cards) > 2 else "")
        if self.kind == StepKind.SCENARIO and self.scenario is not None:
            return self.scenario.title
        if self.kind == StepKind.MATRIX and self.matrix is not None:
            return self.matrix.name
        if self.kind == StepKind.TIMELINE:
            return self.timeline_name
        return ""

    @property
    def heading(self) -> str:
        """The step's own title, else its subject, else the name of its kind."""
        if self.title.strip():
            return self.title
        if self.subject:
            return self.subject
        try:
            return StepKind(self.kind).display()
        except ValueError:
            return self.kind


@dataclass(frozen=True)
class WorkshopHeader:
    id: int
    title: str
    date: dt.date | None = None
    place: str = ""
    facilitator: str = ""
    start_time: dt.time | None = None
    room: str = ""


@dataclass(frozen=True)
class AgendaView:
    workshop: WorkshopHeader
    steps: tuple[StepView, ...]

    @property
    def planned_minutes(self) -> int:
        return sum(step.planned_minutes for step in self.steps if not step.hidden)

    def index_of(self, step_id: int | None) -> int | None:
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        return None
