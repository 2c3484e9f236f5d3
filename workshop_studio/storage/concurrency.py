"""Optimistic concurrency: two consoles on one server never silently overwrite each other.

Every editable row carries a ``version`` (migration 0005); SQLAlchemy's ``version_id_col``
makes each ORM UPDATE or DELETE say ``WHERE version = :what_was_read`` and bump it, so a
write that raced another one touches no row and fails (``StaleDataError``).

That alone protects one transaction. A console, though, shows a row for minutes before the
facilitator edits it. So each open :class:`~workshop_studio.storage.engine.Database` keeps a
:class:`Ledger` of the version (and values) of every versioned row its read sessions loaded,
and of every row its own writes committed. Before a write session flushes, each row it
changes or deletes is compared with the ledger: a newer version in the database means
somebody else changed it since this console last read it, and the write is refused with a
:class:`ConcurrentChange` naming the row and the fields that changed. Reading the row again
(a page refresh, "Reload") brings the ledger up to date.

Undo and redo go one step further (``expect_values``): the fields they put back must still
hold what this console last wrote, so an undo never overwrites someone else's newer change.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import LargeBinary, event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from workshop_studio.i18n import translate
from workshop_studio.storage.errors import ConcurrentChange

LEDGER = "workshop_studio.ledger"
MODE = "workshop_studio.mode"  # "read" or "write"
EXPECTED = "workshop_studio.expected"  # {(table, id): {field: value}}
_PENDING = "workshop_studio.pending"

Key = tuple[str, int]


@dataclass(frozen=True)
class Seen:
    version: int
    values: Mapping[str, Any]


def _versioned(obj: object) -> bool:
    return getattr(type(obj), "__versioned__", False)


def _key(obj: Any) -> Key:
    return (obj.__tablename__, int(obj.id))


def _values(obj: Any, committed: bool = False) -> dict[str, Any]:
    """The row's plain columns (pictures left out); ``committed``: as the database holds them."""
    state = inspect(obj)
    out: dict[str, Any] = {}
    for column in state.mapper.columns:
        if isinstance(column.type, LargeBinary) or column.key == "version":
            continue
        key = state.mapper.get_property_by_column(column).key
        value = state.committed_state.get(key, state.dict.get(key)) if committed else state.dict.get(key)
        out[key] = list(value) if isinstance(value, list) else value
    return out


class Ledger:
    """What one console (one open database) last saw of each versioned row."""

    def __init__(self) -> None:
        self._seen: dict[Key, Seen] = {}
        self._lock = threading.Lock()  # the participation server writes from its own threads

    def note(self, obj: Any) -> None:
        if obj.id is None or obj.version is None:
            return
        seen = Seen(int(obj.version), _values(obj))
        with self._lock:
            self._seen[_key(obj)] = seen

    def forget(self, key: Key) -> None:
        with self._lock:
            self._seen.pop(key, None)

    def get(self, key: Key) -> Seen | None:
        with self._lock:
            return self._seen.get(key)

    def __len__(self) -> int:
        return len(self._seen)


def session_info(ledger: Ledger, mode: str) -> dict[str, Any]:
    """``sessionmaker(info=…)`` for the read or write sessions of one database."""
    return {LEDGER: ledger, MODE: mode}


def expect_values(session: Session, table: str, row_id: int, values: Mapping[str, Any]) -> None:
    """Refuse this write if row ``row_id`` of ``table`` no longer holds ``values`` (undo, redo)."""
    session.info.setdefault(EXPECTED, {})[(table, int(row_id))] = dict(values)


# --- Naming what changed ------------------------------------------------------------------------
def _what(table: str) -> str:
    names = {
        "deck": translate("Conflict", "deck"),
        "card": translate("Conflict", "card"),
        "scenario": translate("Conflict", "scenario"),
        "timeline": translate("Conflict", "timeline"),
        "stage": translate("Conflict", "stage"),
        "matrix": translate("Conflict", "matrix"),
        "workshop": translate("Conflict", "workshop"),
        "workshop_stage": translate("Conflict", "stage"),
        "participant": translate("Conflict", "participant"),
        "agenda_step": translate("Conflict", "agenda step"),
        "annotation": translate("Conflict", "note"),
        "note_group": translate("Conflict", "group"),
        "stage_synthesis": translate("Conflict", "synthesis"),
        "pictogram": translate("Conflict", "pictogram"),
        "deck_kind": translate("Conflict", "card kind"),
    }
    return names.get(table, table)


def _field(name: str) -> str:
    names = {
        "title": translate("Conflict", "title"),
        "name": translate("Conflict", "name"),
        "body": translate("Conflict", "text"),
        "text": translate("Conflict", "text"),
        "description": translate("Conflict", "description"),
        "kind": translate("Conflict", "kind"),
        "back": translate("Conflict", "back"),
        "colour": translate("Conflict", "colour"),
        "copies": translate("Conflict", "copies"),
        "position": translate("Conflict", "order"),
        "pictogram_id": translate("Conflict", "pictogram"),
        "date": translate("Conflict", "date"),
        "place": translate("Conflict", "place"),
        "room": translate("Conflict", "room"),
        "role": translate("Conflict", "role"),
        "display_name": translate("Conflict", "name"),
        "story": translate("Conflict", "story"),
        "questions": translate("Conflict", "questions"),
        "planned_minutes": translate("Conflict", "duration"),
        "votes": translate("Conflict", "votes"),
        "hidden": translate("Conflict", "visibility"),
        "card_size": translate("Conflict", "card size"),
    }
    return names.get(name, name.replace("_", " "))


def _label(obj: Any) -> str:
    for attribute in ("title", "name", "display_name", "text", "label_fr"):
        value = getattr(obj, attribute, None)
        if isinstance(value, str) and value.strip():
            value = " ".join(value.split())
            return value if len(value) <= 40 else value[:39] + "…"
    return f"#{obj.id}"


def conflict_message(table: str, label: str, fields: Iterable[str], *, deleted: bool = False) -> str:
    what = _what(table)
    if deleted:
        return translate("Conflict", "Someone else deleted this {what} («{label}»); your change was not saved.").format(
            what=what, label=label
        )
    names = sorted({_field(f) for f in fields if f not in ("updated_at", "created_at")})
    if names:
        return translate(
            "Conflict",
            "Someone else changed this {what} («{label}»: {fields}) since you last loaded it; "
            "your change was not saved. Reload to see their version.",
        ).format(what=what, label=label, fields=", ".join(names))
    return translate(
        "Conflict",
        "Someone else changed this {what} («{label}») since you last loaded it; your change "
        "was not saved. Reload to see their version.",
    ).format(what=what, label=label)


def stale_message() -> str:
    return translate(
        "Conflict",
        "Someone else changed or deleted this at the same moment; your change was not saved. "
        "Reload to see their version.",
    )


# --- The checks ---------------------------------------------------------------------------------
def _check(session: Session, obj: Any, ledger: Ledger | None, expected: Mapping[Key, Mapping[str, Any]]) -> None:
    key = _key(obj)
    if key in session.info.get(_PENDING, {}):
        return  # this transaction wrote it already: the version it holds now is ours
    seen = ledger.get(key) if ledger is not None else None
    if seen is not None and obj.version is not None and int(obj.version) != seen.version:
        now = _values(obj, committed=True)
        changed = [name for name, value in now.items() if seen.values.get(name) != value]
        raise ConcurrentChange(conflict_message(key[0], _label(obj), changed))
    wanted = expected.get(key)
    if wanted:
        now = _values(obj, committed=True)
        changed = [name for name, value in wanted.items() if name in now and now[name] != _plain(value)]
        if changed:
            raise ConcurrentChange(conflict_message(key[0], _label(obj), changed))


def _plain(value: Any) -> Any:
    value = getattr(value, "value", value)  # enums stored as their value
    return list(value) if isinstance(value, tuple) else value


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    ledger = session.info.get(LEDGER)
    expected = session.info.get(EXPECTED, {})
    if ledger is None and not expected:
        return
    for obj in list(session.dirty):
        if _versioned(obj) and session.is_modified(obj, include_collections=False):
            _check(session, obj, ledger, expected)
    for obj in list(session.deleted):
        if _versioned(obj):
            _check(session, obj, ledger, expected)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: UOWTransaction) -> None:
    if session.info.get(LEDGER) is None:
        return
    pending = session.info.setdefault(_PENDING, {})
    for obj in list(session.new) + list(session.dirty):
        if _versioned(obj):
            pending[_key(obj)] = obj
    for obj in session.deleted:
        if _versioned(obj):
            pending[_key(obj)] = None


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    ledger: Ledger | None = session.info.get(LEDGER)
    pending = session.info.pop(_PENDING, {})
    session.info.pop(EXPECTED, None)
    if ledger is None:
        return
    for key, obj in pending.items():
        if obj is None:
            ledger.forget(key)
        else:
            ledger.note(obj)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(EXPECTED, None)


def _on_load(obj: Any, context: Any, *_attrs: Any) -> None:
    from sqlalchemy.orm import object_session

    session = getattr(context, "session", None) or object_session(obj)  # a refresh after a flush has none
    if session is None:
        return
    ledger = session.info.get(LEDGER)
    if ledger is not None and session.info.get(MODE) == "read" and _versioned(obj):
        ledger.note(obj)


def watch_loads(base: type) -> None:
    """Remember the version of every versioned row a read session loads (or refreshes)."""
    event.listen(base, "load", _on_load, propagate=True)
    event.listen(base, "refresh", _on_load, propagate=True)
