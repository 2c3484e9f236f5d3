"""Ordered lists of links: a scenario's cards and stages, a matrix's two axes.

The same three moves serve every list: read where items sit (``capture``), take them out
and close the gaps (``detach``), put them back at their old indices (``reattach``).
Positions stay dense (``0..n-1``) within a list; a matrix has one list per axis.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.services.edits import renumber
from workshop_studio.services.snapshots import LinkRef
from workshop_studio.storage.models import Matrix, MatrixAxisCard, Scenario, ScenarioCard, ScenarioStage


@dataclass(frozen=True)
class LinkKind:
    owner: type[Any]
    link: type[Any]
    collection: str  # the owner's relationship holding the links
    owner_column: str
    item_column: str
    make: Callable[[int, str], Any]  # (item id, axis) -> a new link row

    def item_of(self, link: Any) -> int:
        return int(getattr(link, self.item_column))


SCENARIO_CARDS = LinkKind(
    Scenario, ScenarioCard, "card_links", "scenario_id", "card_id", lambda item, _axis: ScenarioCard(card_id=item)
)
SCENARIO_STAGES = LinkKind(
    Scenario, ScenarioStage, "stage_links", "scenario_id", "stage_id", lambda item, _axis: ScenarioStage(stage_id=item)
)
MATRIX_AXES = LinkKind(
    Matrix,
    MatrixAxisCard,
    "axis_cards",
    "matrix_id",
    "card_id",
    lambda item, axis: MatrixAxisCard(card_id=item, axis=axis),
)


def group(owner: Any, kind: LinkKind, axis: str = "") -> list[Any]:
    """The owner's links of one list (one axis, for a matrix), in order."""
    links = getattr(owner, kind.collection)
    if kind is MATRIX_AXES:
        links = [link for link in links if link.axis == axis]
    return sorted(links, key=lambda link: (link.position, kind.item_of(link)))


def _axes(owner: Any, kind: LinkKind) -> tuple[str, ...]:
    return ("row", "column") if kind is MATRIX_AXES else ("",)


def owners_linking(session: Session, kind: LinkKind, item_ids: Collection[int]) -> list[int]:
    """Ids of the owners whose list holds one of ``item_ids``, in id order."""
    if not item_ids:
        return []
    column = getattr(kind.link, kind.owner_column)
    query = select(column).where(getattr(kind.link, kind.item_column).in_(list(item_ids))).distinct()
    return sorted(session.scalars(query))


def capture(session: Session, kind: LinkKind, item_ids: Collection[int]) -> tuple[LinkRef, ...]:
    """Where each of ``item_ids`` sits in every list that holds it."""
    wanted = set(item_ids)
    refs: list[LinkRef] = []
    for owner_id in owners_linking(session, kind, wanted):
        owner = session.get(kind.owner, owner_id)
        for axis in _axes(owner, kind):
            for index, link in enumerate(group(owner, kind, axis)):
                if kind.item_of(link) in wanted:
                    refs.append(LinkRef(owner_id, kind.item_of(link), index, axis))
    return tuple(refs)


def detach(session: Session, kind: LinkKind, item_ids: Collection[int]) -> None:
    """Take ``item_ids`` out of every list that holds them and close the gaps."""
    wanted = set(item_ids)
    for owner_id in owners_linking(session, kind, wanted):
        owner = session.get(kind.owner, owner_id)
        collection = getattr(owner, kind.collection)
        for axis in _axes(owner, kind):
            links = group(owner, kind, axis)
            for link in links:
                if kind.item_of(link) in wanted:
                    collection.remove(link)  # delete-orphan: the row goes
            renumber(link for link in links if kind.item_of(link) not in wanted)
    session.flush()


def reattach(session: Session, kind: LinkKind, refs: tuple[LinkRef, ...], id_map: Mapping[int, int]) -> None:
    """Put links back at their old indices; ``id_map`` maps old item ids to restored ones.

    Inserting in ascending index order, list by list, rebuilds each list's old order. Owners
    that are gone since are skipped.
    """
    by_list: dict[tuple[int, str], list[LinkRef]] = defaultdict(list)
    for ref in refs:
        by_list[(ref.owner_id, ref.axis)].append(ref)
    for (owner_id, axis), entries in sorted(by_list.items()):
        owner = session.get(kind.owner, owner_id)
        if owner is None:
            continue
        links = group(owner, kind, axis)
        present = {kind.item_of(link) for link in links}
        for ref in sorted(entries, key=lambda r: r.index):
            item = id_map.get(ref.item_id, ref.item_id)
            if item in present:
                continue
            link = kind.make(item, axis)
            getattr(owner, kind.collection).append(link)
            links.insert(max(0, min(ref.index, len(links))), link)
            present.add(item)
        renumber(links)
    session.flush()


def set_items(session: Session, kind: LinkKind, owner: Any, item_ids: list[int], axis: str = "") -> tuple[int, ...]:
    """Make the owner's list exactly ``item_ids`` (in that order); return the list it had."""
    collection = getattr(owner, kind.collection)
    links = group(owner, kind, axis)
    before = tuple(kind.item_of(link) for link in links)
    existing = {kind.item_of(link): link for link in links}
    for item, link in existing.items():
        if item not in item_ids:
            collection.remove(link)
    ordered: list[Any] = []
    for item in item_ids:
        link = existing.get(item)
        if link is None:
            link = kind.make(item, axis)
            collection.append(link)
        ordered.append(link)
    renumber(ordered)
    session.flush()
    return before
