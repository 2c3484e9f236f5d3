"""Plain records of workshop materials, as read from files or handed to the UI.

These travel between interchange (files), services (database) and the painters; they hold
no database identity unless they say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_studio.domain.free_kinds import DeckKindData
from workshop_studio.domain.vocabulary import CardKind


@dataclass(frozen=True)
class CardData:
    kind: CardKind | str  # a workshop kind, or the key of one of the deck's own (``DeckData.kinds``)
    title: str
    body: str = ""
    pictogram: str | None = None  # a pictogram key
    back: str = ""
    copies: int = 1
    colour: str | None = None


@dataclass(frozen=True)
class DeckData:
    name: str
    cards: tuple[CardData, ...]
    description: str = ""
    card_size: str = "poker"
    kinds: tuple[DeckKindData, ...] = ()  # the deck's own kinds (free categories)
    show_kind_label: bool = True

    def kind_label(self, kind: str) -> str:
        """How a file names ``kind``: the deck's own kind by its label, a workshop kind by its key."""
        return next((k.label for k in self.kinds if k.key == kind), str(kind))


@dataclass(frozen=True)
class PictogramData:
    key: str
    label_fr: str
    label_en: str
    media_type: str
    data: bytes
    source: str = ""


@dataclass(frozen=True)
class StageData:
    title: str
    description: str = ""
    pictogram: str | None = None
    key: str = ""


@dataclass(frozen=True)
class ScenarioData:
    title: str
    trade: str = ""
    company_size: str = ""
    family_business: bool = False
    agency_history: str = ""
    story: str = ""
    questions: tuple[str, ...] = ()
    pictogram: str | None = None
    card_titles: tuple[str, ...] = ()
    stage_keys: tuple[str, ...] = ()
    key: str = ""


@dataclass(frozen=True)
class CardView:
    """What a painter needs to draw one card: its words, its kind and its pictogram."""

    kind: str
    title: str
    body: str = ""
    back: str = ""
    colour: str | None = None
    pictogram_key: str | None = None
    pictogram_data: bytes | None = None  # SVG or PNG bytes
    pictogram_media_type: str | None = None
    card_id: int | None = None
    copies: int = 1
    extra: dict[str, str] = field(default_factory=dict)
    kind_label: str | None = None  # a deck's own kind: its label and colour
    kind_colour: str | None = None
    show_kind: bool = True  # False: the deck prints no kind label
