"""One write, committed, and what it changed: how the console runs every edit.

:func:`commit` runs a service (or several) in one write transaction and hands back its result
with a :class:`~workshop_studio.domain.changes.Changes` recorded from the transaction's own
unit of work (``storage/change_log.py``): what a service changed is said by the write itself,
so no service, undo command or view has to name areas, and none can name them wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from workshop_studio.domain.changes import Changes
from workshop_studio.storage.change_log import record_changes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from workshop_studio.storage.engine import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Committed(Generic[T]):
    result: T
    changes: Changes


def commit(db: Database, work: Callable[[Session], T]) -> Committed[T]:
    """Run ``work`` in one write transaction; once committed, its result and what it changed.
    Raises what ``work`` or the database raises, with nothing written."""
    with db.write() as session:
        log = record_changes(session)
        result = work(session)
    return Committed(result, log.changes)
