"""What the server reports to whoever listens (the console): plain, frozen values.

Listeners are called on the server's request threads, after the change is committed; a
listener must only hand the event over to its own thread (the console queues a Qt signal).
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_studio.domain.notes import NoteRecord


@dataclass(frozen=True)
class NoteArrived:
    """A phone's note is stored (``to_tray``: the moderation held it in the to-sort tray)."""

    record: NoteRecord
    pseudonym: str
    to_tray: bool


@dataclass(frozen=True)
class NoteEdited:
    record: NoteRecord


@dataclass(frozen=True)
class NoteWithdrawn:
    note_id: int


@dataclass(frozen=True)
class VoteCast:
    record: NoteRecord


@dataclass(frozen=True)
class PhoneJoined:
    role: str
    pseudonym: str


Event = NoteArrived | NoteEdited | NoteWithdrawn | VoteCast | PhoneJoined
