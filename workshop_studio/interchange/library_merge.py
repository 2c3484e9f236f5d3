"""A bundle of library items written into a database, in the caller's one transaction.

Nothing already in the database is changed, renamed or deleted: an item is either found
there and reused, or added.

* A pictogram: the same picture (type and bytes) is reused whatever its key (``bring_pictogram``);
  it is added only when a new card, stage or scenario shows it.
* A deck, a timeline template, a scenario or a matrix is **reused** when the database holds one
  of the same name (or the same name numbered, "Name (2)", from an earlier copy) with the same
  content: every field a facilitator edits, its cards or stages in order with the same pictures,
  and, for a scenario or a matrix, links to the same cards and stages.
* When the name is taken by an item with other content (a colleague's version, or an older one),
  the copy is **added under a numbered name** ("Name (2)", "Name (3)"…): someone else's work is
  never overwritten, and both versions stay side by side for the facilitators to sort out.
* Otherwise it is **added** under its own name.

So copying the same items twice adds nothing the second time, in either direction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workshop_studio.domain.free_kinds import DeckKindData
from workshop_studio.interchange.archived_rows import card_rows, stage_rows
from workshop_studio.interchange.library_bundle import Bundle, BundledDeck, BundledTimeline, picture_digest
from workshop_studio.interchange.workshop_archive_format import ArchivedMatrix, ArchivedScenario
from workshop_studio.services.library import add_deck_kinds, unique_deck_name
from workshop_studio.services.naming import unique_name
from workshop_studio.services.pictograms import bring_pictogram
from workshop_studio.storage.models import (
    Deck,
    Matrix,
    MatrixAxisCard,
    Pictogram,
    Scenario,
    ScenarioCard,
    ScenarioStage,
    Timeline,
)

ADDED = "added"
REUSED = "reused"
RENAMED = "renamed"  # added under a numbered name: the name was taken by other content


@dataclass(frozen=True)
class SharedItem:
    """What became of one item: ``outcome`` is ADDED, REUSED or RENAMED."""

    kind: str  # deck, timeline, scenario, matrix
    name: str  # its name where it came from
    outcome: str
    id: int  # its id in the database written to
    target_name: str  # its name there
    needed_by: str = ""  # "": chosen; else the chosen item that brought it along


@dataclass(frozen=True)
class ShareReport:
    items: tuple[SharedItem, ...]
    pictograms_added: int
    pictograms_reused: int  # the items' pictures the target already had

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    @property
    def wrote_anything(self) -> bool:
        return self.pictograms_added > 0 or any(item.outcome != REUSED for item in self.items)


def _numbered(base: str, n: int) -> str:
    return f"{base} ({n})"


class _Merger:
    def __init__(self, session: Session, bundle: Bundle) -> None:
        self.session = session
        self.bundle = bundle
        self.digests = {ref: picture_digest(p.media_type, p.data) for ref, p in bundle.pictograms.items()}
        self.pictogram_ids: dict[str, int] = {}
        self.added_pictograms = 0  # pictograms the target did not have: a new row shows them
        self.target_digests: dict[int, tuple[str, bytes]] = {}
        self.cards: dict[str, int] = {}  # a card's ref -> its id in the target
        self.stages: dict[str, int] = {}
        self.items: list[SharedItem] = []

    # -- pictograms ----------------------------------------------------------------------------
    def pictogram(self, ref: str | None) -> int | None:
        """The target's id of the source pictogram ``ref``: the same picture, or added now."""
        if ref is None:
            return None
        if ref not in self.pictogram_ids:
            row, added = bring_pictogram(self.session, self.bundle.pictograms[ref])
            self.pictogram_ids[ref] = row.id
            self.added_pictograms += added
        return self.pictogram_ids[ref]

    def wanted_picture(self, ref: str | None) -> tuple[str, bytes] | None:
        return self.digests[ref] if ref is not None else None

    def picture(self, pictogram_id: int | None) -> tuple[str, bytes] | None:
        """What picture a row of the target shows (compared by content, not by id)."""
        if pictogram_id is None:
            return None
        if pictogram_id not in self.target_digests:
            row = self.session.get(Pictogram, pictogram_id)
            assert row is not None  # a foreign key
            self.target_digests[pictogram_id] = picture_digest(row.media_type, row.data)
        return self.target_digests[pictogram_id]

    # -- names ---------------------------------------------------------------------------------
    def candidates(self, model: Any, column: Any, name: str) -> list[Any]:
        """Rows called ``name``, then those called ``name (n)``, oldest first."""
        numbered = re.compile(re.escape(name) + r" \(\d+\)")
        rows = self.session.scalars(
            select(model).where(or_(column == name, column.startswith(f"{name} (", autoescape=True))).order_by(model.id)
        )
        found = [
            row for row in rows if getattr(row, column.key) == name or numbered.fullmatch(getattr(row, column.key))
        ]
        return sorted(found, key=lambda row: getattr(row, column.key) != name)

    def free_name(self, model: Any, column: Any, name: str) -> str:
        if model is Deck:
            return unique_deck_name(self.session, name)
        return unique_name(name, set(self.session.scalars(select(column))), _numbered)

    def settle(
        self, kind: str, model: Any, column: Any, name: str, wanted: object, signature: Any, needed_by: str = ""
    ) -> tuple[Any | None, str]:
        """The existing row with ``wanted`` content, or None and the name a new row takes."""
        for row in self.candidates(model, column, name):
            if signature(row) == wanted:
                self.items.append(SharedItem(kind, name, REUSED, row.id, getattr(row, column.key), needed_by))
                return row, name
        return None, self.free_name(model, column, name)

    def added(self, kind: str, name: str, row: Any, column: Any, needed_by: str = "") -> None:
        target_name = getattr(row, column.key)
        outcome = ADDED if target_name == name else RENAMED
        self.items.append(SharedItem(kind, name, outcome, row.id, target_name, needed_by))

    # -- decks ---------------------------------------------------------------------------------
    def deck(self, deck: BundledDeck) -> None:
        wanted = (
            deck.description,
            deck.card_size,
            tuple(
                (c.kind, c.title, c.body, self.wanted_picture(c.pictogram), c.colour, c.back, c.copies)
                for c in deck.cards
            ),
            deck.kinds,
            deck.show_kind_label,
        )

        def signature(row: Deck) -> object:
            return (
                row.description,
                row.card_size,
                tuple(
                    (c.kind, c.title, c.body, self.picture(c.pictogram_id), c.colour, c.back, c.copies)
                    for c in row.cards
                ),
                tuple(DeckKindData(k.key, k.label, k.colour) for k in row.kinds),
                row.show_kind_label,
            )

        found, name = self.settle("deck", Deck, Deck.name, deck.name, wanted, signature, deck.needed_by)
        if found is not None:
            cards = list(found.cards)
        else:
            found = Deck(
                name=name, description=deck.description, card_size=deck.card_size, show_kind_label=deck.show_kind_label
            )
            add_deck_kinds(found, deck.kinds)
            cards = card_rows(deck.cards, self.pictogram)
            found.cards.extend(cards)
            self.session.add(found)
            self.session.flush()
            self.added("deck", deck.name, found, Deck.name, deck.needed_by)
        self.cards.update({c.ref: card.id for c, card in zip(deck.cards, cards, strict=True)})

    # -- timeline templates --------------------------------------------------------------------
    def timeline(self, timeline: BundledTimeline) -> None:
        wanted = (
            timeline.description,
            tuple((s.key, s.title, s.description, self.wanted_picture(s.pictogram)) for s in timeline.stages),
        )

        def signature(row: Timeline) -> object:
            return (
                row.description,
                tuple((s.key, s.title, s.description, self.picture(s.pictogram_id)) for s in row.stages),
            )

        found, name = self.settle(
            "timeline", Timeline, Timeline.name, timeline.name, wanted, signature, timeline.needed_by
        )
        if found is not None:
            stages = list(found.stages)
        else:
            found = Timeline(name=name, description=timeline.description)
            stages = stage_rows(timeline.stages, self.pictogram)
            found.stages.extend(stages)
            self.session.add(found)
            self.session.flush()
            self.added("timeline", timeline.name, found, Timeline.name, timeline.needed_by)
        self.stages.update({s.ref: stage.id for s, stage in zip(timeline.stages, stages, strict=True)})

    # -- scenarios -----------------------------------------------------------------------------
    def scenario(self, s: ArchivedScenario) -> None:
        card_ids = tuple(dict.fromkeys(self.cards[ref] for ref in s.cards))
        stage_ids = tuple(dict.fromkeys(self.stages[ref] for ref in s.stages))
        wanted = (
            s.trade,
            s.company_size,
            s.family_business,
            s.agency_history,
            s.story,
            s.questions,
            self.wanted_picture(s.pictogram),
            card_ids,
            stage_ids,
        )

        def signature(row: Scenario) -> object:
            return (
                row.trade,
                row.company_size,
                row.family_business,
                row.agency_history,
                row.story,
                tuple(row.questions or ()),
                self.picture(row.pictogram_id),
                tuple(link.card_id for link in row.card_links),
                tuple(link.stage_id for link in row.stage_links),
            )

        found, title = self.settle("scenario", Scenario, Scenario.title, s.title, wanted, signature)
        if found is None:
            row = Scenario(
                title=title,
                trade=s.trade,
                company_size=s.company_size,
                family_business=s.family_business,
                agency_history=s.agency_history,
                story=s.story,
                questions=list(s.questions),
                pictogram_id=self.pictogram(s.pictogram),
            )
            row.card_links.extend(ScenarioCard(card_id=c, position=i) for i, c in enumerate(card_ids))
            row.stage_links.extend(ScenarioStage(stage_id=t, position=i) for i, t in enumerate(stage_ids))
            self.session.add(row)
            self.session.flush()
            self.added("scenario", s.title, row, Scenario.title)

    # -- matrices ------------------------------------------------------------------------------
    def matrix(self, m: ArchivedMatrix) -> None:
        rows = tuple(dict.fromkeys(self.cards[ref] for ref in m.rows))
        columns = tuple(dict.fromkeys(self.cards[ref] for ref in m.columns))
        wanted = (m.row_kind, m.column_kind, rows, columns)

        def signature(row: Matrix) -> object:
            return (row.row_kind, row.column_kind, _axis(row.axis_cards, "row"), _axis(row.axis_cards, "column"))

        found, name = self.settle("matrix", Matrix, Matrix.name, m.name, wanted, signature)
        if found is None:
            row = Matrix(name=name, row_kind=m.row_kind, column_kind=m.column_kind)
            for axis, ids in (("row", rows), ("column", columns)):
                row.axis_cards.extend(MatrixAxisCard(axis=axis, card_id=c, position=i) for i, c in enumerate(ids))
            self.session.add(row)
            self.session.flush()
            self.added("matrix", m.name, row, Matrix.name)


def _axis(links: Sequence[MatrixAxisCard], axis: str) -> tuple[int, ...]:
    return tuple(link.card_id for link in sorted(links, key=lambda link: link.position) if link.axis == axis)


def merge_bundle(session: Session, bundle: Bundle) -> ShareReport:
    """Write ``bundle`` into the caller's transaction (see the module); nothing existing changes."""
    merger = _Merger(session, bundle)
    for deck in bundle.decks:
        merger.deck(deck)
    for timeline in bundle.timelines:
        merger.timeline(timeline)
    for scenario in bundle.scenarios:
        merger.scenario(scenario)
    for matrix in bundle.matrices:
        merger.matrix(matrix)
    added = merger.added_pictograms
    return ShareReport(tuple(merger.items), added, len(bundle.pictograms) - added)
