"""Participation, wired into the console: the room's server opened and closed, its news shown.

The server (``workshop_studio.participation``) runs on its own threads and reports events
from them. :class:`ServerNews` turns each into a Qt signal connected with
``Qt.QueuedConnection``: the event (a frozen value) is posted to the GUI thread's event queue
and handled there at once, with no polling and no shared state to lock. (A QTimer polling a
queue would add its period to every note's way to the screen, and wake up when nothing
happens.) The controller then does what an undo command does for the scribe's notes: it puts
the record into the workspace's timeline model, which redraws the console and the stage.

It also tells the server what the room is looking at (where a note goes by default), and
closes the server with the workshop or the console: every phone is cut off then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from workshop_studio.domain.changes import Changes
from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role, TargetKind
from workshop_studio.participation.events import Event, NoteArrived, NoteEdited, NoteWithdrawn, PhoneJoined, VoteCast
from workshop_studio.participation.room import Moderation
from workshop_studio.ui.stage.join_overlay import ArrivingNote, JoinCard, JoinOverlay

if TYPE_CHECKING:
    from workshop_studio.participation.server import ParticipationServer
    from workshop_studio.ui.stage.presentation import Presentation
    from workshop_studio.ui.workspace import Workspace

TargetProvider = Callable[[], tuple[Target, str]]
COUNT_EVERY_MS = 2000
NOTIFY_AFTER_MS = 300  # a burst of phone notes refreshes the other pages once


class ServerNews(QObject):
    """The bridge from the server's threads to the GUI thread."""

    received = Signal(object)  # an Event

    def deliver(self, event: Event) -> None:  # called on a request thread
        self.received.emit(event)


class ParticipationController(QObject):
    openedChanged = Signal(bool)
    phoneNote = Signal(object)  # NoteArrived, for the panel's list
    phonesChanged = Signal(int)  # phones heard from lately
    voteChanged = Signal(bool, int)  # a round is open, dots per phone

    def __init__(
        self,
        workspace: Workspace,
        presentation: Presentation,
        stage_view: QWidget,
        target: TargetProvider,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.presentation = presentation
        self._target = target
        self.server: ParticipationServer | None = None
        self._workshop_id: int | None = None
        self.show_on_stage = True
        self.overlay = JoinOverlay(stage_view)
        self.news = ServerNews(self)
        self.news.received.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self._phones = 0
        self._count_timer = QTimer(self)
        self._count_timer.setInterval(COUNT_EVERY_MS)
        self._count_timer.timeout.connect(self._count_phones)
        self._notify_timer = QTimer(self)
        self._notify_timer.setSingleShot(True)
        self._notify_timer.setInterval(NOTIFY_AFTER_MS)
        self._notify_timer.timeout.connect(self._announce_notes)
        self._arrived: set[int] = set()  # notes the phones changed since the views last heard
        self._withdrawn: set[int] = set()
        presentation.shownChanged.connect(self.push_step)
        workspace.timeline.currentStageChanged.connect(lambda _id: self.push_step())
        workspace.workshopChanged.connect(lambda _id: self.close())

    @property
    def is_open(self) -> bool:
        return self.server is not None

    # -- opening and closing -------------------------------------------------------------------
    def open(self, host: str, port: int = 0, moderation: Moderation = Moderation.DIRECT) -> ParticipationServer:
        """Start serving the open workshop on ``host`` (raises ``OSError`` or ``AddressRefused``)."""
        from workshop_studio.participation.server import ParticipationServer

        self.close()
        workshop_id = self.workspace.workshop_id
        if workshop_id is None:
            raise OSError(self.tr("Open a workshop first."))
        server = ParticipationServer(self.workspace.db, workshop_id, host=host, port=port, moderation=moderation)
        server.room.listen(self.news.deliver)
        self.server, self._workshop_id = server, workshop_id
        self.push_step()
        server.start()
        self._count_timer.start()
        self._show_card()
        self.openedChanged.emit(True)
        return server

    def close(self) -> None:
        """Stop serving: every phone is disconnected, the stage's join panel goes."""
        server, self.server = self.server, None
        if server is None:
            return
        server.stop()
        self._count_timer.stop()
        if self._notify_timer.isActive():  # the views hear of the last notes now, while they still exist
            self._notify_timer.stop()
            self._announce_notes()
        self._phones = 0
        self.overlay.show_card(None)
        self.phonesChanged.emit(0)
        self.voteChanged.emit(False, 0)
        self.openedChanged.emit(False)

    # -- settings ------------------------------------------------------------------------------
    def set_moderation(self, moderation: Moderation) -> None:
        if self.server is not None:
            self.server.room.set_moderation(moderation)

    def set_show_on_stage(self, show: bool) -> None:
        self.show_on_stage = show
        self._show_card()

    def _show_card(self) -> None:
        from workshop_studio.participation.qr import qr_modules

        server = self.server
        if server is None or not self.show_on_stage:
            self.overlay.show_card(None)
            return
        self.overlay.show_card(JoinCard(qr_modules(server.join_url), server.short_address, server.room.code))

    def open_vote(self, dots: int) -> None:
        if self.server is not None:
            round_ = self.server.room.open_vote(dots)
            self.voteChanged.emit(True, round_.dots)

    def close_vote(self) -> None:
        if self.server is not None:
            round_ = self.server.room.close_vote()
            self.voteChanged.emit(False, round_.dots)

    # -- what the room looks at ----------------------------------------------------------------
    def push_step(self) -> None:
        if self.server is None:
            return
        target, _console_words = self._target()
        self.server.room.set_step(target, self._title(target))

    def _title(self, target: Target) -> str:
        step = self.presentation.shown().step
        if target.kind == TargetKind.CARD and step is not None and step.card is not None:
            return step.card.title
        if target.kind == TargetKind.SCENARIO and step is not None and step.scenario is not None:
            return step.scenario.title
        if target.kind == TargetKind.STAGE:
            model = self.workspace.timeline
            index = model.stage_index(target.stage_id)
            return model.stages[index].title if index is not None else ""
        return ""

    # -- news from the phones ------------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if self.server is None or self.workspace.workshop_id != self._workshop_id:
            return  # news from a room closed since
        model = self.workspace.timeline  # the shared timeline at once, the other views soon after
        if isinstance(event, (NoteArrived, NoteEdited, VoteCast)):
            model.put(event.record)
            self._arrived.add(event.record.id)
        elif isinstance(event, NoteWithdrawn):
            model.drop(event.note_id)
            self._withdrawn.add(event.note_id)
        if isinstance(event, PhoneJoined):
            self._count_phones()
        else:
            self._notify_timer.start()
        if isinstance(event, NoteArrived):
            self.phoneNote.emit(event)
            self._show_arrival(event)

    def _announce_notes(self) -> None:
        changes = Changes.of_notes(self._arrived - self._withdrawn, self._withdrawn)
        self._arrived, self._withdrawn = set(), set()
        self.workspace.announce(changes)

    def _show_arrival(self, event: NoteArrived) -> None:
        """On the stage for a few seconds, unless it waits for moderation or notes are hidden."""
        if event.to_tray or event.record.hidden or self.presentation.notes_hidden or not self.show_on_stage:
            return
        self.overlay.show_note(
            ArrivingNote(who_said(event), AnnotationKind(event.record.kind).display(), event.record.text)
        )

    def _count_phones(self) -> None:
        count = self.server.room.connected() if self.server is not None else 0
        if count != self._phones:
            self._phones = count
            self.phonesChanged.emit(count)

    @property
    def phones(self) -> int:
        return self._phones


def who_said(event: NoteArrived) -> str:
    role = Role(event.record.role).display() if event.record.role else ""
    return f"{role} ({event.pseudonym})" if event.pseudonym else role
