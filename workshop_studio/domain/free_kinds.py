"""Free categories: card kinds a deck brings with it, beyond the workshop's own.

A published deck sorts its cards its own way ("Énergie", "Obstacle", "Levier"…). On import,
a kind that is not one of :class:`CardKind` becomes one of the deck's kinds: a label, a
colour (the next palette colour not already used by one of the deck's kinds, so neighbours
differ), and a key the deck's cards name it by. The same label (ignoring case and accents)
is the same kind. A file with more than :data:`MAX_FREE_KINDS` is more likely a column
taken for another: it is refused by the reader.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from workshop_studio.domain.vocabulary import CardKind, fold

MAX_FREE_KINDS = 40
KEY_PREFIX = "deck-"  # no workshop kind starts so: a key is never taken for one
FREE_KIND_COLOURS = ("orange", "sky", "green", "yellow", "blue", "vermillion", "purple", "grey")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class DeckKindData:
    key: str
    label: str
    colour: str  # palette key or #RRGGBB


def free_kind_key(label: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", label.lower()) if not unicodedata.combining(c))
    slug = _NOT_SLUG.sub("-", plain).strip("-")[: 40 - len(KEY_PREFIX)].strip("-")
    return KEY_PREFIX + (slug or "kind")


class FreeKinds:
    """Collects a deck's kinds while its cards are read."""

    def __init__(self, known: tuple[DeckKindData, ...] = ()) -> None:
        self._by_label: dict[str, DeckKindData] = {fold(kind.label): kind for kind in known}

    def kind_for(self, text: str) -> str | None:
        """The card kind for ``text``: a workshop kind, else the deck's own (made on first
        use); ``None`` when the deck already has :data:`MAX_FREE_KINDS`."""
        try:
            return str(CardKind.parse(text))
        except ValueError:
            pass
        folded = fold(text)
        found = self._by_label.get(folded)
        if found is None:
            if len(self._by_label) >= MAX_FREE_KINDS:
                return None
            taken = {kind.key for kind in self._by_label.values()}
            key, number = free_kind_key(text), 2
            while key in taken:
                key, number = f"{free_kind_key(text)[:36]}-{number}", number + 1
            colour = FREE_KIND_COLOURS[len(self._by_label) % len(FREE_KIND_COLOURS)]
            found = self._by_label[folded] = DeckKindData(key, " ".join(text.split()), colour)
        return found.key

    @property
    def kinds(self) -> tuple[DeckKindData, ...]:
        return tuple(self._by_label.values())
