"""The typed ORM schema: every table of the domain (DOMAIN.md).

Changing anything here needs an Alembic revision in ``storage/migrations/versions``;
``tests/storage/test_migrations.py`` fails when the models and the migrations disagree.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uid() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """A row that people edit: its ``version`` is checked and bumped on every ORM update or
    delete (``WHERE version = :read``), so two consoles never overwrite each other unseen
    (``storage/concurrency.py``)."""

    __versioned__ = True
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]  # cls: a mapped subclass, with its table


class Pictogram(Versioned, Base):
    """A drawn sign. The picture itself is stored here, so the database alone carries it."""

    __tablename__ = "pictogram"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    label_fr: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120))
    media_type: Mapped[str] = mapped_column(String(40))  # image/svg+xml or image/png
    data: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(200), default="")  # where it came from, licence
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Deck(Versioned, Base):
    __tablename__ = "deck"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    card_size: Mapped[str] = mapped_column(String(20), default="poker")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # A general deck (its own kinds, or none that matter) may print cards without the label.
    show_kind_label: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    cards: Mapped[list[Card]] = relationship(
        back_populates="deck", order_by="Card.position", cascade="all, delete-orphan"
    )
    kinds: Mapped[list[DeckKind]] = relationship(
        back_populates="deck", order_by="DeckKind.position", cascade="all, delete-orphan"
    )


class DeckKind(Versioned, Base):
    """A deck's own card kind (a free category): cards of the deck name it by ``key``."""

    __tablename__ = "deck_kind"
    __table_args__ = (UniqueConstraint("deck_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("deck.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(20))  # palette key or #RRGGBB
    position: Mapped[int] = mapped_column(Integer, default=0)

    deck: Mapped[Deck] = relationship(back_populates="kinds")


class Card(Versioned, Base):
    __tablename__ = "card"
    __table_args__ = (
        CheckConstraint("copies >= 0", name="copies_not_negative"),
        Index("ix_card_deck_position", "deck_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("deck.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    pictogram_id: Mapped[int | None] = mapped_column(ForeignKey("pictogram.id", ondelete="RESTRICT"), index=True)
    colour: Mapped[str | None] = mapped_column(String(20))  # palette key or #RRGGBB; None: kind's
    back: Mapped[str] = mapped_column(Text, default="")
    copies: Mapped[int] = mapped_column(Integer, default=1)

    deck: Mapped[Deck] = relationship(back_populates="cards")
    pictogram: Mapped[Pictogram | None] = relationship()


class Scenario(Versioned, Base):
    """A fictional recruitment case: a persona, a story and the questions put to the group."""

    __tablename__ = "scenario"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    trade: Mapped[str] = mapped_column(Text, default="")
    company_size: Mapped[str] = mapped_column(String(120), default="")
    family_business: Mapped[bool] = mapped_column(Boolean, default=False)
    agency_history: Mapped[str] = mapped_column(Text, default="")
    story: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[list[str]] = mapped_column(JSON, default=list)
    pictogram_id: Mapped[int | None] = mapped_column(ForeignKey("pictogram.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    pictogram: Mapped[Pictogram | None] = relationship()
    card_links: Mapped[list[ScenarioCard]] = relationship(
        back_populates="scenario", cascade="all, delete-orphan", order_by="ScenarioCard.position"
    )
    stage_links: Mapped[list[ScenarioStage]] = relationship(
        back_populates="scenario", cascade="all, delete-orphan", order_by="ScenarioStage.position"
    )


class ScenarioCard(Base):
    __tablename__ = "scenario_card"

    scenario_id: Mapped[int] = mapped_column(ForeignKey("scenario.id", ondelete="CASCADE"), primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    scenario: Mapped[Scenario] = relationship(back_populates="card_links")
    card: Mapped[Card] = relationship()


class ScenarioStage(Base):
    __tablename__ = "scenario_stage"

    scenario_id: Mapped[int] = mapped_column(ForeignKey("scenario.id", ondelete="CASCADE"), primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    scenario: Mapped[Scenario] = relationship(back_populates="stage_links")
    stage: Mapped[Stage] = relationship()


class Timeline(Versioned, Base):
    """A timeline template: the ordered stages of one recruitment."""

    __tablename__ = "timeline"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    stages: Mapped[list[Stage]] = relationship(
        back_populates="timeline", order_by="Stage.position", cascade="all, delete-orphan"
    )


class Stage(Versioned, Base):
    __tablename__ = "stage"
    __table_args__ = (Index("ix_stage_timeline_position", "timeline_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    timeline_id: Mapped[int] = mapped_column(ForeignKey("timeline.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    pictogram_id: Mapped[int | None] = mapped_column(ForeignKey("pictogram.id", ondelete="RESTRICT"))

    timeline: Mapped[Timeline] = relationship(back_populates="stages")
    pictogram: Mapped[Pictogram | None] = relationship()


class Matrix(Versioned, Base):
    """The recruiter-profiles-versus-advisor-postures board: two axes of cards."""

    __tablename__ = "matrix"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    row_kind: Mapped[str] = mapped_column(String(40), default="recruiter_profile")
    column_kind: Mapped[str] = mapped_column(String(40), default="advisor_posture")

    axis_cards: Mapped[list[MatrixAxisCard]] = relationship(
        back_populates="matrix", cascade="all, delete-orphan", order_by="MatrixAxisCard.position"
    )


class MatrixAxisCard(Base):
    __tablename__ = "matrix_axis_card"
    __table_args__ = (CheckConstraint("axis IN ('row', 'column')", name="axis_is_row_or_column"),)

    matrix_id: Mapped[int] = mapped_column(ForeignKey("matrix.id", ondelete="CASCADE"), primary_key=True)
    axis: Mapped[str] = mapped_column(String(10), primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    matrix: Mapped[Matrix] = relationship(back_populates="axis_cards")
    card: Mapped[Card] = relationship()


class Workshop(Versioned, Base):
    """One session: when and where, who comes, what it uses, its agenda and its notes."""

    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)  # pooled review filters by date
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    available_minutes: Mapped[int | None] = mapped_column(Integer)  # the time the room is booked for
    place: Mapped[str] = mapped_column(Text, default="")  # the agency, or another venue
    room: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    timeline_id: Mapped[int | None] = mapped_column(ForeignKey("timeline.id", ondelete="SET NULL"), index=True)
    matrix_id: Mapped[int | None] = mapped_column(ForeignKey("matrix.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    stages: Mapped[list[WorkshopStage]] = relationship(
        back_populates="workshop", order_by="WorkshopStage.position", cascade="all, delete-orphan"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="workshop", order_by="[Participant.position, Participant.id]", cascade="all, delete-orphan"
    )
    deck_links: Mapped[list[WorkshopDeck]] = relationship(
        back_populates="workshop", order_by="WorkshopDeck.position", cascade="all, delete-orphan"
    )
    scenario_links: Mapped[list[WorkshopScenario]] = relationship(
        back_populates="workshop", order_by="WorkshopScenario.position", cascade="all, delete-orphan"
    )
    agenda: Mapped[list[AgendaStep]] = relationship(
        back_populates="workshop", order_by="AgendaStep.position", cascade="all, delete-orphan"
    )
    annotations: Mapped[list[Annotation]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", passive_deletes=True
    )
    timeline: Mapped[Timeline | None] = relationship()
    matrix: Mapped[Matrix | None] = relationship()

    @property
    def deck_ids(self) -> list[int]:
        return [link.deck_id for link in self.deck_links]

    @property
    def scenario_ids(self) -> list[int]:
        return [link.scenario_id for link in self.scenario_links]


class WorkshopDeck(Base):
    """A deck the workshop uses: its cards are offered first when the agenda is built."""

    __tablename__ = "workshop_deck"

    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), primary_key=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("deck.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    workshop: Mapped[Workshop] = relationship(back_populates="deck_links")
    deck: Mapped[Deck] = relationship()


class WorkshopScenario(Base):
    """A scenario the workshop uses."""

    __tablename__ = "workshop_scenario"

    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), primary_key=True)
    scenario_id: Mapped[int] = mapped_column(
        ForeignKey("scenario.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    workshop: Mapped[Workshop] = relationship(back_populates="scenario_links")
    scenario: Mapped[Scenario] = relationship()


class WorkshopStage(Versioned, Base):
    """A workshop's own copy of a template stage: editing the template never rewrites it."""

    __tablename__ = "workshop_stage"
    __table_args__ = (Index("ix_workshop_stage_workshop_position", "workshop_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    source_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    pictogram_id: Mapped[int | None] = mapped_column(ForeignKey("pictogram.id", ondelete="RESTRICT"))

    workshop: Mapped[Workshop] = relationship(back_populates="stages")
    pictogram: Mapped[Pictogram | None] = relationship()


class Participant(Versioned, Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    display_name: Mapped[str] = mapped_column(Text)  # a name or a pseudonym
    role: Mapped[str] = mapped_column(String(20))
    organisation: Mapped[str] = mapped_column(Text, default="")  # "boulangerie", "chambre de métiers"…

    workshop: Mapped[Workshop] = relationship(back_populates="participants")


class AgendaStep(Versioned, Base):
    """One step of the workshop's agenda: what the shared screen shows, and for how long."""

    __tablename__ = "agenda_step"
    __table_args__ = (Index("ix_agenda_step_workshop_position", "workshop_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=10)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"))
    scenario_id: Mapped[int | None] = mapped_column(ForeignKey("scenario.id", ondelete="SET NULL"))
    card_ids: Mapped[list[int]] = mapped_column(JSON, default=list)  # a spread of cards
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)  # skipped while presenting
    bullets: Mapped[list[str]] = mapped_column(JSON, default=list)  # an instruction's short lines
    pictogram_id: Mapped[int | None] = mapped_column(ForeignKey("pictogram.id", ondelete="RESTRICT"))
    countdown_minutes: Mapped[int | None] = mapped_column(Integer)  # an instruction's countdown, if any

    workshop: Mapped[Workshop] = relationship(back_populates="agenda")
    card: Mapped[Card | None] = relationship()
    scenario: Mapped[Scenario | None] = relationship()
    pictogram: Mapped[Pictogram | None] = relationship()


class Annotation(Versioned, Base):
    """A participant's note, pinned to a stage, a card, a scenario, a matrix cell or the tray."""

    __tablename__ = "annotation"
    __table_args__ = (
        CheckConstraint("votes >= 0", name="votes_not_negative"),
        Index("ix_annotation_workshop_target", "workshop_id", "target_kind"),
        Index("ix_annotation_stage_order", "workshop_stage_id", "target_kind", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)  # client-made
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    target_kind: Mapped[str] = mapped_column(String(20))
    workshop_stage_id: Mapped[int | None] = mapped_column(ForeignKey("workshop_stage.id", ondelete="CASCADE"))
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"))
    scenario_id: Mapped[int | None] = mapped_column(ForeignKey("scenario.id", ondelete="SET NULL"))
    matrix_row_card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"))
    matrix_column_card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"))
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    role: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[float] = mapped_column(Float, default=0.0)  # order within its target
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("note_group.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    workshop: Mapped[Workshop] = relationship(back_populates="annotations")
    stage: Mapped[WorkshopStage | None] = relationship()
    participant: Mapped[Participant | None] = relationship()


class NoteGroup(Versioned, Base):
    """Notes that say the same thing, grouped during the review."""

    __tablename__ = "note_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class StageSynthesis(Versioned, Base):
    """The facilitator's synthesis of what was said at one stage of a workshop."""

    __tablename__ = "stage_synthesis"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_stage_id: Mapped[int] = mapped_column(ForeignKey("workshop_stage.id", ondelete="CASCADE"), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Setting(Base):
    """Small key/value facts the data itself needs (e.g. the seed's version)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# Every versioned row a read session loads is remembered by its database's ledger.
from workshop_studio.storage.concurrency import watch_loads  # noqa: E402

watch_loads(Base)

VERSIONED_TABLES = tuple(
    sorted(
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if isinstance(mapper.local_table, Table) and getattr(mapper.class_, "__versioned__", False)
    )
)

__all__ = [
    "VERSIONED_TABLES",
    "AgendaStep",
    "Annotation",
    "Base",
    "Card",
    "Deck",
    "Matrix",
    "MatrixAxisCard",
    "NoteGroup",
    "Participant",
    "Pictogram",
    "Scenario",
    "ScenarioCard",
    "ScenarioStage",
    "Setting",
    "Stage",
    "StageSynthesis",
    "Timeline",
    "Versioned",
    "Workshop",
    "WorkshopDeck",
    "WorkshopScenario",
    "WorkshopStage",
]
