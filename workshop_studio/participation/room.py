"""The live room: who is connected, which step is open, the vote round, the moderation.

All of it lives in memory for as long as participation is open: it belongs to this session
of the workshop (closing participation forgets it; the notes and the vote totals are in the
database already). Every method is thread-safe: request threads and the console call them.

A phone may edit or withdraw its notes "while the step is open": each step the facilitator
moves to gets a new serial, and a note is editable while the serial it was written under
is still the current one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import Role
from workshop_studio.participation.events import Event
from workshop_studio.participation.security import new_room_code, new_session_id, new_token

CONNECTED_WITHIN_S = 30.0  # the page asks for news every few seconds: silent longer means gone
MAX_PHONES = 1000
MAX_DOTS = 20


class Moderation(StrEnum):
    DIRECT = "direct"  # a phone's note goes straight to its target
    TRAY = "tray"  # it waits in the to-sort tray until the facilitator places it


@dataclass(frozen=True)
class LiveStep:
    """Where a phone's note goes by default, and how the page names it."""

    target: Target = field(default_factory=Target.tray)
    title: str = ""
    serial: int = 0


@dataclass
class OwnNote:
    note_id: int | None  # None while its first sending is being stored
    serial: int
    withdrawn: bool = False


@dataclass
class Phone:
    session: str
    role: Role
    pseudonym: str
    participant_id: int | None
    last_seen: float
    notes: dict[str, OwnNote] = field(default_factory=dict)  # by client-made id
    round_number: int = 0
    dots: dict[int, int] = field(default_factory=dict)  # note id -> dots placed in this round


@dataclass(frozen=True)
class VoteRound:
    number: int = 0
    open: bool = False
    dots: int = 0  # per phone


class Room:
    def __init__(
        self,
        workshop_id: int,
        *,
        moderation: Moderation = Moderation.DIRECT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.workshop_id = workshop_id
        self.token = new_token()
        self.code = new_room_code()
        self._clock = clock
        self._lock = threading.RLock()
        self._phones: dict[str, Phone] = {}
        self._step = LiveStep()
        self._moderation = moderation
        self._round = VoteRound()
        self._listeners: list[Callable[[Event], None]] = []

    # -- listening -----------------------------------------------------------------------------
    def listen(self, listener: Callable[[Event], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    def report(self, event: Event) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(event)

    # -- phones --------------------------------------------------------------------------------
    def join(self, role: Role, pseudonym: str, participant_id: int | None) -> Phone | None:
        """A new phone's session, or ``None`` when the room is full."""
        with self._lock:
            if len(self._phones) >= MAX_PHONES:
                return None
            phone = Phone(new_session_id(), role, pseudonym, participant_id, self._clock())
            self._phones[phone.session] = phone
            return phone

    def phone(self, session: str | None) -> Phone | None:
        """The phone of ``session`` (and note that it is still here)."""
        if not session:
            return None
        with self._lock:
            phone = self._phones.get(session)
            if phone is not None:
                phone.last_seen = self._clock()
            return phone

    def connected(self) -> int:
        """Phones heard from in the last half-minute."""
        with self._lock:
            since = self._clock() - CONNECTED_WITHIN_S
            return sum(1 for phone in self._phones.values() if phone.last_seen >= since)

    def claim(self, phone: Phone, client_id: str) -> bool:
        """Reserve a client-made id for this phone (its own retries included); ``False`` when
        another phone holds it."""
        with self._lock:
            if any(client_id in other.notes for other in self._phones.values() if other is not phone):
                return False
            phone.notes.setdefault(client_id, OwnNote(None, self._step.serial))
            return True

    def unclaim(self, phone: Phone, client_id: str) -> None:
        with self._lock:
            own = phone.notes.get(client_id)
            if own is not None and own.note_id is None:
                del phone.notes[client_id]

    def own(self, phone: Phone, client_id: str, note_id: int) -> OwnNote:
        with self._lock:
            own = phone.notes.setdefault(client_id, OwnNote(None, self._step.serial))
            own.note_id = note_id
            return own

    def editable(self, own: OwnNote) -> bool:
        with self._lock:
            return not own.withdrawn and own.serial == self._step.serial

    # -- the step ------------------------------------------------------------------------------
    @property
    def step(self) -> LiveStep:
        with self._lock:
            return self._step

    def set_step(self, target: Target, title: str) -> None:
        """The room looks at something else: notes go there, and earlier ones are closed."""
        with self._lock:
            if (target, title) != (self._step.target, self._step.title):
                self._step = LiveStep(target, title, self._step.serial + 1)

    # -- moderation ----------------------------------------------------------------------------
    @property
    def moderation(self) -> Moderation:
        with self._lock:
            return self._moderation

    def set_moderation(self, moderation: Moderation) -> None:
        with self._lock:
            self._moderation = Moderation(moderation)

    # -- votes ---------------------------------------------------------------------------------
    @property
    def vote_round(self) -> VoteRound:
        with self._lock:
            return self._round

    def open_vote(self, dots: int) -> VoteRound:
        """A new round: every phone gets ``dots`` to place (the totals stay in the database)."""
        with self._lock:
            self._round = VoteRound(self._round.number + 1, True, max(1, min(int(dots), MAX_DOTS)))
            return self._round

    def close_vote(self) -> VoteRound:
        with self._lock:
            self._round = VoteRound(self._round.number, False, self._round.dots)
            return self._round

    def _dots(self, phone: Phone) -> dict[int, int]:
        if phone.round_number != self._round.number:
            phone.round_number, phone.dots = self._round.number, {}
        return phone.dots

    def dots_left(self, phone: Phone) -> int:
        with self._lock:
            return self._round.dots - sum(self._dots(phone).values()) if self._round.open else 0

    def dots_on(self, phone: Phone) -> dict[int, int]:
        with self._lock:
            return dict(self._dots(phone))

    def reserve_dot(self, phone: Phone, note_id: int, delta: int) -> str | None:
        """Place (+1) or take back (-1) one of the phone's dots; a reason when it cannot."""
        with self._lock:
            if not self._round.open:
                return "closed"
            dots = self._dots(phone)
            if delta > 0 and sum(dots.values()) >= self._round.dots:
                return "no_dots_left"
            if delta < 0 and dots.get(note_id, 0) <= 0:
                return "no_dot_here"
            dots[note_id] = dots.get(note_id, 0) + delta
            return None

    def release_dot(self, phone: Phone, note_id: int, delta: int) -> None:
        """Undo :meth:`reserve_dot` when the vote could not be stored."""
        with self._lock:
            dots = self._dots(phone)
            dots[note_id] = dots.get(note_id, 0) - delta
