"""Chosen library items read out of one database as plain data, with what they need.

A facilitator chooses decks, timeline templates, scenarios and matrices; what those need
comes along so that the copy stands on its own in the other database:

* a deck: its cards, in order, and the pictograms they show;
* a timeline template: its stages, in order, and their pictograms;
* a scenario: its pictogram, and the decks and templates that hold its linked cards and stages
  (a card or a stage exists only inside its deck or template: the whole deck or template comes);
* a matrix: the decks that hold its axis cards.

The items are the workshop archive's records, pointing at each other by short references made
from their ids in the source. Nothing here writes: ``library_merge`` puts a bundle into the
other database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_studio.domain.free_kinds import DeckKindData
from workshop_studio.domain.materials import PictogramData
from workshop_studio.i18n import translate
from workshop_studio.interchange.workshop_archive_format import (
    ArchivedCard,
    ArchivedMatrix,
    ArchivedScenario,
    ArchivedTemplateStage,
)
from workshop_studio.services.edits import find_by_id_or_name, get_row
from workshop_studio.storage.models import (
    Card,
    Deck,
    Matrix,
    MatrixAxisCard,
    Pictogram,
    Scenario,
    ScenarioCard,
    Stage,
    Timeline,
)

KINDS = ("deck", "timeline", "scenario", "matrix")


@dataclass(frozen=True)
class Choice:
    """Ids, in the source database, of what the facilitator ticked."""

    deck_ids: tuple[int, ...] = ()
    timeline_ids: tuple[int, ...] = ()
    scenario_ids: tuple[int, ...] = ()
    matrix_ids: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.deck_ids or self.timeline_ids or self.scenario_ids or self.matrix_ids)


@dataclass(frozen=True)
class BundledDeck:
    name: str
    description: str
    card_size: str
    cards: tuple[ArchivedCard, ...]  # in order
    needed_by: str = ""  # "" when chosen; else the chosen item that needs it, named for the report
    kinds: tuple[DeckKindData, ...] = ()  # its own kinds (free categories), named by its cards
    show_kind_label: bool = True


@dataclass(frozen=True)
class BundledTimeline:
    name: str
    description: str
    stages: tuple[ArchivedTemplateStage, ...]  # in order
    needed_by: str = ""


@dataclass(frozen=True)
class Bundle:
    """Items as the workshop archive's records (``workshop_archive_format``): they point at each
    other and at pictograms with short references ("d3", "c12", "s4", "p7"), never ids."""

    pictograms: dict[str, PictogramData] = field(default_factory=dict)
    decks: tuple[BundledDeck, ...] = ()
    timelines: tuple[BundledTimeline, ...] = ()
    scenarios: tuple[ArchivedScenario, ...] = ()
    matrices: tuple[ArchivedMatrix, ...] = ()


def picture_digest(media_type: str, data: bytes) -> tuple[str, bytes]:
    """What makes two pictograms the same picture, whatever their key or labels."""
    return media_type, hashlib.sha256(data).digest()


@dataclass(frozen=True)
class LibraryItem:
    """One item a facilitator may tick: its id, its name and a short detail (a count)."""

    kind: str  # one of KINDS
    id: int
    name: str
    size: int  # cards of a deck, stages of a template, linked cards of a scenario, axis cards of a matrix


def library_items(session: Session) -> list[LibraryItem]:
    """Everything that can be published or pulled, kind by kind, each by name."""

    def counted(kind: str, model, name, child, parent) -> list[LibraryItem]:
        query = (
            select(model.id, name, func.count(parent))
            .outerjoin(child, parent == model.id)
            .group_by(model.id, name)
            .order_by(name, model.id)
        )
        return [LibraryItem(kind, row[0], row[1], int(row[2])) for row in session.execute(query)]

    return [
        *counted("deck", Deck, Deck.name, Card, Card.deck_id),
        *counted("timeline", Timeline, Timeline.name, Stage, Stage.timeline_id),
        *counted("scenario", Scenario, Scenario.title, ScenarioCard, ScenarioCard.scenario_id),
        *counted("matrix", Matrix, Matrix.name, MatrixAxisCard, MatrixAxisCard.matrix_id),
    ]


def find_choice(
    session: Session,
    *,
    decks: Iterable[str] = (),
    timelines: Iterable[str] = (),
    scenarios: Iterable[str] = (),
    matrices: Iterable[str] = (),
) -> Choice:
    """Items named on the command line (an id, or an exact name or title) as a :class:`Choice`."""

    def ids(model, column, names: Iterable[str], missing: str) -> tuple[int, ...]:
        return tuple(dict.fromkeys(find_by_id_or_name(session, model, column, name, missing).id for name in names))

    return Choice(
        deck_ids=ids(Deck, Deck.name, decks, translate("Library", "No deck has the id or name “{name}”.")),
        timeline_ids=ids(
            Timeline, Timeline.name, timelines, translate("Timelines", "No timeline has the id or name “{name}”.")
        ),
        scenario_ids=ids(
            Scenario, Scenario.title, scenarios, translate("LibraryShare", "No scenario has the id or title “{name}”.")
        ),
        matrix_ids=ids(Matrix, Matrix.name, matrices, translate("Matrices", "No matrix has the id or name “{name}”.")),
    )


def everything(session: Session) -> Choice:
    """Every deck, template, scenario and matrix of the library."""
    return Choice(
        *(tuple(session.scalars(select(model.id).order_by(model.id))) for model in (Deck, Timeline, Scenario, Matrix))
    )


class _Reader:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.pictograms: dict[str, PictogramData] = {}
        self.decks: dict[int, BundledDeck] = {}
        self.timelines: dict[int, BundledTimeline] = {}

    def pictogram(self, pictogram_id: int | None) -> str | None:
        if pictogram_id is None:
            return None
        ref = f"p{pictogram_id}"
        if ref not in self.pictograms:
            p = self.session.get(Pictogram, pictogram_id)
            assert p is not None  # a foreign key
            self.pictograms[ref] = PictogramData(p.key, p.label_fr, p.label_en, p.media_type, p.data, p.source)
        return ref

    def deck(self, deck_id: int, needed_by: str = "") -> None:
        if deck_id in self.decks:
            return
        deck = get_row(self.session, Deck, deck_id, translate("Library", "deck"))
        ref = f"d{deck_id}"
        cards = tuple(
            ArchivedCard(
                f"c{c.id}", ref, c.kind, c.title, c.body, self.pictogram(c.pictogram_id), c.colour, c.back, c.copies
            )
            for c in deck.cards
        )
        kinds = tuple(DeckKindData(k.key, k.label, k.colour) for k in deck.kinds)
        self.decks[deck_id] = BundledDeck(
            deck.name, deck.description, deck.card_size, cards, needed_by, kinds, deck.show_kind_label
        )

    def timeline(self, timeline_id: int, needed_by: str = "") -> None:
        if timeline_id in self.timelines:
            return
        timeline = get_row(self.session, Timeline, timeline_id, translate("Timelines", "timeline"))
        stages = tuple(
            ArchivedTemplateStage(f"s{s.id}", s.key, s.title, s.description, self.pictogram(s.pictogram_id))
            for s in timeline.stages
        )
        self.timelines[timeline_id] = BundledTimeline(timeline.name, timeline.description, stages, needed_by)

    def card(self, card: Card, needed_by: str) -> str:
        self.deck(card.deck_id, needed_by)
        return f"c{card.id}"

    def scenario(self, scenario_id: int) -> ArchivedScenario:
        s = get_row(self.session, Scenario, scenario_id, translate("Scenarios", "scenario"))
        needed_by = translate("LibraryShare", "scenario “{title}”").format(title=s.title)
        cards = tuple(self.card(link.card, needed_by) for link in s.card_links)
        for link in s.stage_links:
            self.timeline(link.stage.timeline_id, needed_by)
        return ArchivedScenario(
            f"x{s.id}",
            s.title,
            s.trade,
            s.company_size,
            s.family_business,
            s.agency_history,
            s.story,
            tuple(s.questions or ()),
            self.pictogram(s.pictogram_id),
            cards,
            tuple(f"s{link.stage_id}" for link in s.stage_links),
        )

    def matrix(self, matrix_id: int) -> ArchivedMatrix:
        m = get_row(self.session, Matrix, matrix_id, translate("Matrices", "matrix"))
        needed_by = translate("LibraryShare", "matrix “{name}”").format(name=m.name)
        axes: dict[str, list[str]] = {"row": [], "column": []}
        for link in m.axis_cards:
            axes[link.axis].append(self.card(link.card, needed_by))
        return ArchivedMatrix(m.name, m.row_kind, m.column_kind, tuple(axes["row"]), tuple(axes["column"]))


def read_bundle(session: Session, choice: Choice) -> Bundle:
    """The chosen items and what they need, read from ``session`` (nothing is written)."""
    reader = _Reader(session)
    for deck_id in choice.deck_ids:
        reader.deck(deck_id)
    for timeline_id in choice.timeline_ids:
        reader.timeline(timeline_id)
    scenarios = tuple(reader.scenario(i) for i in dict.fromkeys(choice.scenario_ids))
    matrices = tuple(reader.matrix(i) for i in dict.fromkeys(choice.matrix_ids))
    return Bundle(
        dict(reader.pictograms), tuple(reader.decks.values()), tuple(reader.timelines.values()), scenarios, matrices
    )
