"""What an edit changed, as a value the views refresh from (Anki's ``OpChanges``).

Every committed write of the console yields a :class:`Changes`: the areas of the data it
touched and, for notes, which notes (so a view updates one note among thousands instead of
re-reading them all). It is recorded from the write's own unit of work
(``storage/change_log.py``), so no caller has to remember to say it, and none can say it
wrong. Views ask :meth:`Changes.touches` about the areas they show.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Area(StrEnum):
    """A part of the data that views show."""

    PICTOGRAMS = "pictograms"
    DECKS = "decks"
    CARDS = "cards"
    SCENARIOS = "scenarios"
    TIMELINES = "timelines"
    MATRICES = "matrices"
    WORKSHOPS = "workshops"  # a workshop's details, its stages, the decks and scenarios it uses
    PARTICIPANTS = "participants"
    AGENDA = "agenda"
    NOTES = "notes"
    REVIEW = "review"  # note groups and stage syntheses


@dataclass(frozen=True)
class Changes:
    areas: frozenset[Area] = frozenset()
    notes: frozenset[int] = frozenset()  # notes added or changed, when known one by one
    removed_notes: frozenset[int] = frozenset()
    all_notes: bool = False  # notes changed that cannot be named (a bulk update): read them again
    everything: bool = False  # read everything again (another console's work, a reload)

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        return cls(frozenset(areas))

    @classmethod
    def all(cls) -> Changes:
        return cls(frozenset(Area), all_notes=True, everything=True)

    @classmethod
    def of_notes(
        cls, changed: frozenset[int] | set[int] = frozenset(), removed: frozenset[int] | set[int] = frozenset()
    ) -> Changes:
        return cls(frozenset({Area.NOTES}), frozenset(changed), frozenset(removed))

    def touches(self, *areas: Area) -> bool:
        return self.everything or not self.areas.isdisjoint(areas)

    def notes_one_by_one(self) -> bool:
        """Whether the notes that changed are all named (else a view reads every note again)."""
        return not (self.everything or self.all_notes)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.areas | other.areas,
            self.notes | other.notes,
            self.removed_notes | other.removed_notes,
            self.all_notes or other.all_notes,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return bool(self.areas) or self.everything


NOTHING = Changes()
EVERYTHING = Changes.all()

__all__ = ["EVERYTHING", "NOTHING", "Area", "Changes"]
