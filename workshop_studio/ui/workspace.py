"""The console's model hub: the open database, the undo stack, the workshop being worked on.

Views take the workspace and listen to :attr:`Workspace.changed`, which carries a typed
:class:`~workshop_studio.domain.changes.Changes`: every write made through :meth:`Workspace.write`
is committed by ``services/unit_of_work.py``, which says what it changed, and the workspace
announces that once; every view redraws from data, and none has to guess what an edit touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workshop_studio.domain.changes import EVERYTHING, Area, Changes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from workshop_studio.storage.engine import Database
    from workshop_studio.ui.timeline.model import TimelineModel

T = TypeVar("T")

__all__ = ["Area", "Changes", "Workspace"]


class Workspace(QObject):
    changed = Signal(object)  # a Changes: what a committed write (or someone else) changed
    workshopChanged = Signal(int)  # the workshop the console works on
    conflicted = Signal(str)  # someone else changed what an edit would change: the message says what
    refused = Signal(str)  # the database role may not write this (a read-only reviewer)
    connectionLost = Signal(str)  # the server went away during a write: nothing was written

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self._workshop_id: int | None = None
        self._opened: list[int] = []  # workshops opened before, the latest last
        self._timeline: TimelineModel | None = None
        self.changed.connect(self._follow_setup)

    @property
    def workshop_id(self) -> int | None:
        return self._workshop_id

    def set_workshop(self, workshop_id: int | None) -> None:
        if workshop_id != self._workshop_id:
            if self._workshop_id is not None:
                self._opened = [i for i in self._opened if i != self._workshop_id] + [self._workshop_id]
            self._workshop_id = workshop_id
            if self._timeline is not None:
                self._load_timeline(self._timeline)
            self.workshopChanged.emit(workshop_id if workshop_id is not None else -1)

    def _follow_setup(self, changes: Changes) -> None:
        """The workshop may be gone (its creation undone, or deleted): open the one opened
        before it."""
        if changes.touches(Area.WORKSHOPS) and self._workshop_id is not None:
            from workshop_studio.services.workshops import list_workshop_summaries

            alive = [w.id for w in self.query(list_workshop_summaries)]
            if self._workshop_id not in alive:
                earlier = [i for i in reversed(self._opened) if i in alive]
                self._workshop_id = None  # gone: not one to come back to
                self.set_workshop(earlier[0] if earlier else (alive[0] if alive else None))

    @property
    def timeline(self) -> TimelineModel:
        """The open workshop's annotated timeline, shared by every view that shows it."""
        if self._timeline is None:
            from workshop_studio.ui.timeline.model import TimelineModel

            self._timeline = TimelineModel(self)
            self._load_timeline(self._timeline)
            self.changed.connect(self._timeline_follows)
        return self._timeline

    def _timeline_follows(self, changes: Changes) -> None:
        if self._timeline is not None and self._workshop_id is not None:
            self._timeline.follow(self, self._workshop_id, changes)

    def _load_timeline(self, model: TimelineModel) -> None:
        if self._workshop_id is not None:
            model.load(self, self._workshop_id)
        else:
            model.clear()

    def query(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a read-only session: nothing it does is written, nothing is announced."""
        with self.db.read() as session:
            return work(session)

    def write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one committed transaction, then tell the views what it changed.

        Raises :class:`EditConflict` (a ``ServiceError``) when another console changed the
        rows first: nothing is written, and :attr:`conflicted` carries the message.
        """
        from workshop_studio.services.unit_of_work import commit

        with self._conflicts():
            done = commit(self.db, work)
        if done.changes:
            self.changed.emit(done.changes)
        return done.result

    @contextmanager
    def _conflicts(self) -> Iterator[None]:
        from workshop_studio.services.errors import EditConflict, NotSaved
        from workshop_studio.storage.errors import ConcurrentChange, ConnectionLost, PermissionRefused

        try:
            yield
        except ConcurrentChange as error:
            self.conflicted.emit(str(error))
            raise EditConflict(str(error)) from error
        except PermissionRefused as error:
            self.refused.emit(str(error))
            raise NotSaved(str(error)) from error
        except ConnectionLost as error:
            self.connectionLost.emit(str(error))
            raise NotSaved(str(error)) from error

    def reload(self) -> None:
        """Read everything again: others' changes show, and the next edit starts from them."""
        self.changed.emit(EVERYTHING)

    def announce(self, changes: Changes) -> None:
        """Changes made elsewhere (another console, a phone, a file imported in a thread)."""
        if changes:
            self.changed.emit(changes)
