"""What the user chose for a printed deck, checked, and the page pattern it gives.

Plain Python (no reportlab): the print dialog can show "9 cards per page, portrait" as the
user changes a setting without drawing anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_studio.domain.card_sizes import CARD_SIZES, DEFAULT_CARD_SIZE, CardSize
from workshop_studio.export.sheet_layout import (
    BACKS,
    LAYOUTS,
    ORIENTATIONS,
    PAPERS,
    LayoutError,
    Sheet,
    default_bleed,
    plan_print_shop,
    plan_sheet,
)
from workshop_studio.i18n import translate

DEFAULT_GUTTER_MM = 2.0
MAX_BLEED_MM = 10.0
MAX_BACK_OFFSET_MM = 10.0
MAX_SETS = 100


class ExportError(Exception):
    """The export cannot be made; the message is for the user."""


@dataclass(frozen=True)
class PrintOptions:
    """Everything that decides the PDF. Same deck + same options = the same bytes."""

    card_size: str = DEFAULT_CARD_SIZE
    paper: str = "a4"  # a4 | letter (ignored by print-shop)
    layout: str = "sheet"  # sheet | sheet-bleed | print-shop
    backs: str = "none"  # none | long-edge | short-edge | fold
    bleed_mm: float | None = None  # None: 3 mm, 3.175 mm for US sizes (not used by "sheet")
    gutter_mm: float = DEFAULT_GUTTER_MM  # between bleeds, sheet-bleed only
    crop_marks: bool | None = None  # None: on for sheets, off for print-shop
    orientation: str = "auto"  # auto | portrait | landscape
    sets: int = 1  # how many times the whole selection is printed
    number_golden_tickets: bool = False
    first_ticket_number: int = 1
    back_offset_mm: tuple[float, float] = (0.0, 0.0)  # (right, down) shift of back pages
    title: str = ""  # the PDF's title (the deck's name)

    @property
    def size(self) -> CardSize:
        return CARD_SIZES[self.card_size]

    @property
    def bleed(self) -> float:
        """The bleed actually used, in mm."""
        if self.layout == "sheet":
            return 0.0
        return default_bleed(self.size) if self.bleed_mm is None else float(self.bleed_mm)

    @property
    def marks(self) -> bool:
        return self.layout != "print-shop" if self.crop_marks is None else self.crop_marks

    @property
    def duplex(self) -> str | None:
        """The viewer's duplex preference for this print, if any."""
        return {"long-edge": "DuplexFlipLongEdge", "short-edge": "DuplexFlipShortEdge"}.get(self.backs)

    def check(self) -> PrintOptions:
        """Return ``self`` if coherent, else raise :class:`ExportError` saying what is wrong."""
        choices = {
            "card_size": (self.card_size, tuple(CARD_SIZES)),
            "paper": (self.paper, tuple(PAPERS)),
            "layout": (self.layout, LAYOUTS),
            "backs": (self.backs, BACKS),
            "orientation": (self.orientation, ORIENTATIONS),
        }
        for name, (value, allowed) in choices.items():
            if value not in allowed:
                raise ExportError(
                    translate("DeckPdf", "Unknown {name} “{value}” (choose from {allowed}).").format(
                        name=name, value=value, allowed=", ".join(allowed)
                    )
                )
        if self.bleed_mm is not None and not 0 <= self.bleed_mm <= MAX_BLEED_MM:
            raise ExportError(
                translate("DeckPdf", "The bleed must be between 0 and {max} mm.").format(max=f"{MAX_BLEED_MM:g}")
            )
        if not 0 <= self.gutter_mm <= 50:
            raise ExportError(translate("DeckPdf", "The gutter must be between 0 and 50 mm."))
        if any(abs(v) > MAX_BACK_OFFSET_MM for v in self.back_offset_mm):
            raise ExportError(
                translate("DeckPdf", "The back offset must stay within ±{max} mm.").format(
                    max=f"{MAX_BACK_OFFSET_MM:g}"
                )
            )
        if self.layout == "print-shop" and self.backs == "fold":
            raise ExportError(
                translate(
                    "DeckPdf",
                    "Folded backs are for office sheets; a print shop gets fronts and backs on alternate pages.",
                )
            )
        if not 1 <= self.sets <= MAX_SETS:
            raise ExportError(translate("DeckPdf", "Print between 1 and {max} sets.").format(max=MAX_SETS))
        if self.first_ticket_number < 0:
            raise ExportError(translate("DeckPdf", "Ticket numbers start at 0 or more."))
        return self


def plan(options: PrintOptions) -> Sheet:
    """The page pattern for ``options`` (checked first)."""
    options.check()
    if options.layout == "print-shop":
        return plan_print_shop(options.size, bleed=options.bleed, backs=options.backs != "none", marks=options.marks)
    try:
        return plan_sheet(
            options.size,
            options.paper,
            bleed=options.bleed,
            gutter=options.gutter_mm if options.layout == "sheet-bleed" else 0.0,
            backs=options.backs,
            orientation=options.orientation,
            marks=options.marks,
        )
    except LayoutError:
        raise ExportError(
            translate("DeckPdf", "{size} cards do not fit on {paper} paper with this layout.").format(
                size=options.card_size, paper=options.paper.upper()
            )
        ) from None
