"""Anonymised exports: every author becomes their role and a number ("CDE 1", "CDE 2").

The number is stable per participant: within a role, participants are numbered in the order
they were added to the workshop (their id), so the same person keeps the same pseudonym
across the PDF, the spreadsheets and the archive of one workshop, and across re-exports.

Beyond the author column, a participant's full name typed into a note, a synthesis or a
group title is replaced too (whole name, case and accents ignored); so is the facilitator's
name in the header. Nicknames and first names alone cannot be recognised: the anonymised
variant removes who wrote what, it does not rewrite what was said.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from workshop_studio.domain.vocabulary import Role
from workshop_studio.i18n import translate


def role_label(role: str | None) -> str:
    """A role in the user's language; ``""`` or ``None``: "No role"."""
    if not role:
        return translate("Review", "No role")
    try:
        return Role(role).display()
    except ValueError:
        return role


@dataclass(frozen=True)
class Person:
    id: int
    display_name: str
    role: str


def pseudonyms(people: Iterable[Person]) -> dict[int, str]:
    """``{participant id: "CDE 1"}``, numbered per role in id order."""
    numbers: dict[str, int] = {}
    names: dict[int, str] = {}
    for person in sorted(people, key=lambda p: p.id):
        numbers[person.role] = numbers.get(person.role, 0) + 1
        names[person.id] = f"{role_label(person.role)} {numbers[person.role]}"
    return names


def _loose(text: str) -> str:
    """A regular expression matching ``text`` whatever the case, accents and spacing."""
    parts = []
    for char in unicodedata.normalize("NFC", text.strip()):
        if char.isspace():
            parts.append(r"\s+")
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)) or char
        parts.append(f"(?:{re.escape(char)}|{re.escape(base)})")
    return "".join(parts)


class Anonymiser:
    """Replaces authors by pseudonyms; with ``enabled=False`` it changes nothing."""

    def __init__(self, people: Iterable[Person], *, enabled: bool = True) -> None:
        people = list(people)
        self.enabled = enabled
        self._names = pseudonyms(people)
        self._by_name: dict[str, str] = {}
        for person in people:
            name = unicodedata.normalize("NFC", person.display_name.strip())
            if len(name) >= 3:  # a one- or two-letter name would match inside any word
                self._by_name.setdefault(name.casefold(), self._names[person.id])
        longest_first = sorted(self._by_name, key=len, reverse=True)
        self._pattern = (
            re.compile("|".join(rf"(?<!\w){_loose(n)}(?!\w)" for n in longest_first), re.IGNORECASE)
            if longest_first
            else None
        )
        self._folded = {self._fold(n): p for n, p in self._by_name.items()}

    @staticmethod
    def _fold(text: str) -> str:
        plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        return " ".join(plain.casefold().split())

    def author(self, participant_id: int | None, display_name: str | None) -> str | None:
        if not self.enabled:
            return display_name
        if participant_id is None:
            return None
        return self._names.get(participant_id)

    def text(self, text: str) -> str:
        """``text`` with every participant's full name replaced by their pseudonym."""
        if not self.enabled or self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._folded.get(self._fold(m.group(0)), m.group(0)), text)

    def facilitator(self, name: str) -> str:
        """The facilitator's name, or their pseudonym if they took part, or their role."""
        if not self.enabled or not name.strip():
            return name
        return self._folded.get(self._fold(name)) or role_label(str(Role.FACILITATOR))
