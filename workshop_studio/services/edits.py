"""What an edit changed, in a form an undo command can hand back to the same service.

Every authoring service returns one of these (or a snapshot, for deletions) so that a
``QUndoCommand`` keeps no copy of the data itself:

* a field update returns a :class:`FieldEdit`; undo is the same update with ``edit.before``
  (``update_card(session, edit.id, **edit.before)``);
* a reorder returns an :class:`OrderEdit`; undo is ``set_..._order(session, parent, edit.before)``.

Ordered children (cards in a deck, stages in a timeline, links in a scenario or on a matrix
axis) keep dense positions ``0..n-1``: an index is then the same thing as a position, and
restoring deleted items at their old indices, in ascending order, rebuilds the old order.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, MutableSequence, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Protocol, TypeVar

from sqlalchemy.orm import Session

from workshop_studio.domain.text_rules import is_blank
from workshop_studio.i18n import translate
from workshop_studio.services.errors import NotFound, Refused


class _Unset(enum.Enum):
    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset.UNSET
"""Default of keyword arguments meaning "leave this field as it is"."""

Unset = _Unset


@dataclass(frozen=True, eq=True)
class FieldEdit:
    """The fields of one row before and after an update."""

    id: int
    before: Mapping[str, Any] = field(default_factory=dict)
    after: Mapping[str, Any] = field(default_factory=dict)
    table: str = field(default="", compare=False)  # whose row: an undo checks it still holds ``after``

    @property
    def changed(self) -> bool:
        return dict(self.before) != dict(self.after)


@dataclass(frozen=True)
class OrderEdit:
    """The children's ids of ``parent_id`` in their order before and after a reorder."""

    parent_id: int
    before: tuple[int, ...]
    after: tuple[int, ...]

    @property
    def changed(self) -> bool:
        return self.before != self.after


class _Positioned(Protocol):
    position: int


P = TypeVar("P", bound=_Positioned)
M = TypeVar("M")


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments that were actually passed (not :data:`UNSET`)."""
    return {name: value for name, value in values.items() if value is not UNSET}


def apply_changes(row: Any, changes: Mapping[str, Any]) -> FieldEdit:
    """Set ``changes`` on ``row`` and say what they were before."""
    before = {name: _copy(getattr(row, name)) for name in changes}
    for name, value in changes.items():
        setattr(row, name, _copy(value))
    return FieldEdit(
        row.id, before, {name: _copy(value) for name, value in changes.items()}, table=getattr(row, "__tablename__", "")
    )


def _copy(value: Any) -> Any:
    """Lists (JSON columns) are copied, so an edit's record never aliases the row's value."""
    return list(value) if isinstance(value, (list, tuple)) else value


def get_row(session: Session, model: type[M], row_id: int, what: str) -> M:
    """The row, or :class:`NotFound` with a message naming ``what`` (already translated)."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(translate("Edits", "No {what} has the id {id}.").format(what=what, id=row_id))
    return row


def find_by_id_or_name(session: Session, model: type[M], name_column: Any, id_or_name: str | int, missing: str) -> M:
    """The row with this id, or else the one with exactly this name; :class:`NotFound` with
    ``missing`` (translated, ``{name}`` is replaced by what was asked) when there is none, and
    :class:`Refused` naming their ids when several share the name (picking one would act on a
    workshop or deck the user did not mean)."""
    from sqlalchemy import select

    text = str(id_or_name).strip()
    if text.isdigit() and (row := session.get(model, int(text))) is not None:
        return row
    found = list(session.scalars(select(model).where(name_column == text).order_by(model.id).limit(6)))  # type: ignore[attr-defined]  # M: a model, with an id
    if not found:
        raise NotFound(missing.format(name=text))
    if len(found) > 1:
        ids = ", ".join(str(row.id) for row in found[:5]) + (", …" if len(found) > 5 else "")  # type: ignore[attr-defined]  # as above
        raise Refused(
            translate("Edits", "Several have the name “{name}” (ids {ids}): give the id instead.").format(
                name=text, ids=ids
            )
        )
    return found[0]


def required_text(value: str, what: str) -> str:
    if not isinstance(value, str) or is_blank(value):
        raise Refused(translate("Edits", "The {what} may not be empty.").format(what=what))
    return value


def renumber(items: Iterable[P]) -> None:
    """Dense positions ``0..n-1`` in the order of ``items``."""
    for index, item in enumerate(items):
        if item.position != index:
            item.position = index


def insert_at(items: MutableSequence[P], item: P, index: int | None) -> int:
    """Insert ``item`` at ``index`` (clamped; ``None``: at the end), renumber, return the index."""
    where = len(items) if index is None else max(0, min(index, len(items)))
    items.insert(where, item)
    renumber(items)
    return where


def check_permutation(current: Sequence[int], wanted: Sequence[int], what: str) -> tuple[int, ...]:
    """``wanted`` if it holds exactly the ids of ``current``, else :class:`Refused`."""
    if len(wanted) != len(current) or set(wanted) != set(current):
        raise Refused(
            translate("Edits", "The new order of the {what} must list each of them exactly once.").format(what=what)
        )
    return tuple(wanted)


class _Ordered(Protocol):
    id: int
    position: int


OrderedT = TypeVar("OrderedT", bound=_Ordered)


def reorder(parent_id: int, children: MutableSequence[OrderedT], ids: Sequence[int], what: str) -> OrderEdit:
    """Put ``children`` (an ordered relationship list) in the order of ``ids``, positions renumbered."""
    before = tuple(child.id for child in children)
    after = check_permutation(before, ids, what)
    by_id = {child.id: child for child in children}
    children[:] = [by_id[child_id] for child_id in after]
    renumber(children)
    return OrderEdit(parent_id, before, after)


def moved(current: Sequence[int], ids: Sequence[int], to_index: int) -> tuple[int, ...]:
    """``current`` with ``ids`` taken out and put back together, in their current order,
    before the item that is now at ``to_index`` (the row a drop lands on, as Qt counts it;
    ``len(current)`` or more: at the end)."""
    chosen = set(ids)
    missing = chosen.difference(current)
    if missing:
        raise NotFound(translate("Edits", "Some items to move are not in this list."))
    anchor = next((item for item in current[max(to_index, 0) :] if item not in chosen), None)
    kept = [item for item in current if item not in chosen]
    block = [item for item in current if item in chosen]
    where = kept.index(anchor) if anchor is not None else len(kept)
    return tuple(kept[:where] + block + kept[where:])
