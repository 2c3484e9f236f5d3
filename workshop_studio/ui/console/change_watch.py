"""Others' changes to the open workshop, shown within seconds (``services/changes.py`` says
why a poll), and the server's state: lost (say so, retry), back (say so, refresh).

The watch runs only where other people may write (a team's server); on a laptop's own file the
console is the only writer that matters, and it shows its own changes at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_studio.domain.changes import EVERYTHING, NOTHING, Area, Changes

if TYPE_CHECKING:
    from workshop_studio.services.changes import WorkshopStamp
    from workshop_studio.ui.workspace import Workspace

log = logging.getLogger(__name__)

POLL_MS = 2000
# Others' changes to a part of the workshop, as the views hear them (which notes, a poll cannot say).
_PARTS = {
    "details": Changes.of(Area.WORKSHOPS),
    "agenda": Changes.of(Area.AGENDA),
    "participants": Changes.of(Area.PARTICIPANTS),
    "notes": Changes(frozenset({Area.NOTES}), all_notes=True),
}


class ChangeWatch(QObject):
    """Polls the open workshop's stamp; tells the workspace which parts others changed."""

    connectionLost = Signal(str)
    connectionBack = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None, *, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._stamp: WorkshopStamp | None = None
        self._own_change = False
        self._notifying = False
        self.lost = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        workspace.changed.connect(self._on_own_change)
        workspace.workshopChanged.connect(lambda _id: self._on_own_change(EVERYTHING))

    def start(self) -> None:
        self.timer.start()

    def _on_own_change(self, _changes: Changes) -> None:
        if not self._notifying:
            self._own_change = True  # our own edit moved the stamp: take it as the new baseline

    def poll(self) -> None:
        from workshop_studio.services.changes import workshop_stamp
        from workshop_studio.storage.errors import ConnectionLost

        workshop_id = self.workspace.workshop_id
        if workshop_id is None:
            return
        try:
            stamp = self.workspace.query(lambda s: workshop_stamp(s, workshop_id))
        except ConnectionLost as error:
            if not self.lost:
                self.lost = True
                self.connectionLost.emit(str(error))
            return
        if self.lost:
            self.lost = False
            self.connectionBack.emit()
            self._own_change = False
            self._stamp = stamp
            self._announce(EVERYTHING)  # what others did meanwhile
            return
        previous, self._stamp = self._stamp, stamp
        if previous is None or self._own_change or previous.workshop_id != stamp.workshop_id:
            self._own_change = False
            return
        changes = NOTHING
        for part in previous.changed_parts(stamp):
            changes |= _PARTS[part]
        self._announce(changes)

    def _announce(self, changes: Changes) -> None:
        self._notifying = True
        try:
            self.workspace.announce(changes)
        finally:
            self._notifying = False
