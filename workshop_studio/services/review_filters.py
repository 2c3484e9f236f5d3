"""Filtering and sorting a workshop's notes for the review workspace.

A :class:`NoteFilter` combines criteria with AND; inside one criterion the values are
alternatives (OR); an empty criterion lets everything through. So "irritants or questions,
written by a CDE, at stage 3" is ``NoteFilter(kinds={"irritant", "question"},
roles={"cde"}, stage_ids={3})``.

* ``roles``: role keys (``Role`` values); ``""`` stands for a note with no role;
* ``card_ids``: a note pinned to the card, or to a matrix cell whose row or column is it;
* ``text``: every word typed must appear in the note's text, ignoring case and accents
  ("equipe" finds "Équipe");
* ``include_hidden``: hidden notes (hidden from the shared screen) are kept by default: the
  review sees everything that was said.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.domain.vocabulary import AnnotationKind, Role, fold
from workshop_studio.services.review import NoteRow, note_rows
from workshop_studio.services.review_anonymise import role_label
from workshop_studio.storage.models import Participant, WorkshopStage

NoteOrder = Literal["votes", "time", "timeline"]


def _frozen(values: Iterable) -> frozenset:
    return frozenset(values)


@dataclass(frozen=True)
class NoteFilter:
    roles: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    participant_ids: frozenset[int] = field(default_factory=frozenset)
    stage_ids: frozenset[int] = field(default_factory=frozenset)
    card_ids: frozenset[int] = field(default_factory=frozenset)
    scenario_ids: frozenset[int] = field(default_factory=frozenset)
    target_kinds: frozenset[str] = field(default_factory=frozenset)
    text: str = ""
    include_hidden: bool = True

    @classmethod
    def of(
        cls,
        *,
        roles: Collection[str] = (),
        kinds: Collection[str] = (),
        participant_ids: Collection[int] = (),
        stage_ids: Collection[int] = (),
        card_ids: Collection[int] = (),
        scenario_ids: Collection[int] = (),
        target_kinds: Collection[str] = (),
        text: str = "",
        include_hidden: bool = True,
    ) -> NoteFilter:
        """A filter from any collections (lists from the UI's check boxes)."""
        return cls(
            roles=_frozen(str(r) for r in roles),
            kinds=_frozen(str(k) for k in kinds),
            participant_ids=_frozen(participant_ids),
            stage_ids=_frozen(stage_ids),
            card_ids=_frozen(card_ids),
            scenario_ids=_frozen(scenario_ids),
            target_kinds=_frozen(str(t) for t in target_kinds),
            text=text,
            include_hidden=include_hidden,
        )

    @property
    def is_empty(self) -> bool:
        return self == NoteFilter()

    def words(self) -> tuple[str, ...]:
        return tuple(fold(self.text).split())

    def accepts(self, note: NoteRow, words: Sequence[str] | None = None) -> bool:
        """Whether ``note`` passes; pass ``words`` (from :meth:`words`) when testing many notes."""
        if note.hidden and not self.include_hidden:
            return False
        if self.roles and (note.role or "") not in self.roles:
            return False
        if self.kinds and note.kind not in self.kinds:
            return False
        if self.participant_ids and note.participant_id not in self.participant_ids:
            return False
        if self.stage_ids and note.workshop_stage_id not in self.stage_ids:
            return False
        if self.card_ids and not self.card_ids.intersection((note.card_id, note.row_card_id, note.column_card_id)):
            return False
        if self.scenario_ids and note.scenario_id not in self.scenario_ids:
            return False
        if self.target_kinds and note.target_kind not in self.target_kinds:
            return False
        words = self.words() if words is None else words
        if words:
            folded = fold(note.text)
            return all(word in folded for word in words)
        return True


def filter_notes(notes: Iterable[NoteRow], note_filter: NoteFilter | None) -> list[NoteRow]:
    if note_filter is None or note_filter.is_empty:
        return list(notes)
    words = note_filter.words()
    return [note for note in notes if note_filter.accepts(note, words)]


def sort_notes(notes: Iterable[NoteRow], order: NoteOrder = "votes") -> list[NoteRow]:
    """``votes``: most voted first (ties: oldest first); ``time``: oldest first;
    ``timeline``: stage notes in stage order and their order on the stage, then the others by time."""
    if order == "votes":
        return sorted(notes, key=lambda n: (-n.votes, n.created_at, n.id))
    if order == "time":
        return sorted(notes, key=lambda n: (n.created_at, n.id))
    if order == "timeline":
        return sorted(
            notes,
            key=lambda n: (
                n.stage_position is None,
                n.stage_position if n.stage_position is not None else 0,
                n.position if n.stage_position is not None else 0.0,
                n.created_at,
                n.id,
            ),
        )
    raise ValueError(order)


def review_notes(
    session: Session, workshop_id: int, note_filter: NoteFilter | None = None, *, order: NoteOrder = "timeline"
) -> list[NoteRow]:
    """The workshop's notes passing ``note_filter``, in ``order``: what the review table shows."""
    return sort_notes(filter_notes(note_rows(session, workshop_id), note_filter), order)


def top_notes(notes: Iterable[NoteRow], count: int = 10) -> list[NoteRow]:
    """The ``count`` most voted notes that have at least one vote."""
    return [note for note in sort_notes(notes, "votes") if note.votes > 0][: max(count, 0)]


@dataclass(frozen=True)
class Choice:
    """One value a filter can take, with what the UI shows for it."""

    value: int | str
    label: str
    count: int  # notes of the workshop having it


@dataclass(frozen=True)
class FilterChoices:
    roles: tuple[Choice, ...]
    kinds: tuple[Choice, ...]
    participants: tuple[Choice, ...]
    stages: tuple[Choice, ...]
    cards: tuple[Choice, ...]
    scenarios: tuple[Choice, ...]


def filter_choices(session: Session, workshop_id: int) -> FilterChoices:
    """The values worth offering in the filters: those the workshop's notes actually have,
    roles and kinds in the vocabulary's order, stages in timeline order, the rest by name."""
    notes = note_rows(session, workshop_id)

    def counted(key) -> dict:
        counts: dict = {}
        for note in notes:
            for value in key(note):
                if value is not None:
                    counts[value] = counts.get(value, 0) + 1
        return counts

    roles = counted(lambda n: (n.role or "",))
    kinds = counted(lambda n: (n.kind,))
    people = counted(lambda n: (n.participant_id,))
    stages = counted(lambda n: (n.workshop_stage_id,))
    cards = counted(lambda n: {n.card_id, n.row_card_id, n.column_card_id})
    scenarios = counted(lambda n: (n.scenario_id,))
    titles = {n.card_id: n.target for n in notes if n.target_kind == "card"}
    for n in notes:
        if n.target_kind == "matrix_cell":
            row_title, _, column_title = n.target.partition(" × ")
            titles.setdefault(n.row_card_id, row_title)
            titles.setdefault(n.column_card_id, column_title)
    scenario_titles = {n.scenario_id: n.target for n in notes if n.target_kind == "scenario"}
    role_order = [str(r) for r in Role] + [""]
    kind_order = [str(k) for k in AnnotationKind]
    names = {
        p.id: p.display_name
        for p in session.scalars(
            select(Participant).where(Participant.workshop_id == workshop_id).order_by(Participant.id)
        )
    }
    stage_rows = session.scalars(
        select(WorkshopStage)
        .where(WorkshopStage.workshop_id == workshop_id)
        .order_by(WorkshopStage.position, WorkshopStage.id)
    )
    return FilterChoices(
        roles=tuple(Choice(r, role_label(r), roles[r]) for r in sorted(roles, key=_order_in(role_order))),
        kinds=tuple(Choice(k, _kind_label(k), kinds[k]) for k in sorted(kinds, key=_order_in(kind_order))),
        participants=tuple(
            Choice(pid, names[pid], people[pid])
            for pid in sorted(people, key=lambda p: (fold(names.get(p, "")), p))
            if pid in names
        ),
        stages=tuple(Choice(s.id, s.title, stages[s.id]) for s in stage_rows if s.id in stages),
        cards=tuple(
            Choice(cid, titles.get(cid, "?"), cards[cid])
            for cid in sorted(cards, key=lambda c: (fold(titles.get(c, "")), c))
        ),
        scenarios=tuple(
            Choice(sid, scenario_titles.get(sid, "?"), scenarios[sid])
            for sid in sorted(scenarios, key=lambda s: (fold(scenario_titles.get(s, "")), s))
        ),
    )


def _order_in(order: list[str]):
    return lambda value: (order.index(value) if value in order else len(order), value)


def _kind_label(kind: str) -> str:
    try:
        return AnnotationKind(kind).display()
    except ValueError:
        return kind
