"""One card, computed once in millimetres; the Qt and reportlab painters only draw it.

Origin at the card's top-left corner, y downwards (the PDF painter flips it). Every text box
lies inside the safe zone (:data:`SAFE_MM` inside the trim), which is what a print shop asks
for and keeps office-printer drift away from the words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_studio.domain.card_sizes import CardSize
from workshop_studio.domain.colours import INK, card_accent, card_fill
from workshop_studio.domain.geometry import Box
from workshop_studio.domain.materials import CardView
from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.export.fonts import BOLD, MM_PER_PT, REGULAR, vertical_metrics
from workshop_studio.export.text_fit import FittedText, fit
from workshop_studio.i18n import translate

SAFE_MM = 4.0
STRIP_MM = 3.0  # the kind's colour strip along the top edge (no text on it)
GAP_MM = 2.0
LANDSCAPE_RATIO = 1.15


@dataclass(frozen=True)
class TextBlock:
    """Fitted lines in a box; :meth:`baselines` says where each line sits."""

    role: str  # kind, title, body, footer, back
    box: Box
    font: str
    fitted: FittedText
    align: str = "left"  # left, center or right
    colour: str = INK

    def baselines(self) -> list[tuple[str, float, float]]:
        """(line, x of its left end, baseline y), in mm; alignment uses measured widths."""
        from workshop_studio.export.text_fit import width_mm

        ascent, _ = vertical_metrics(self.font)
        size_mm = self.fitted.size_pt * MM_PER_PT
        result = []
        for index, line in enumerate(self.fitted.lines):
            baseline = self.box.y + ascent * size_mm + index * self.fitted.line_height_mm
            x = self.box.x
            if self.align != "left":
                spare = self.box.width - width_mm(line, self.font, self.fitted.size_pt)
                x += spare / 2 if self.align == "center" else spare
            result.append((line, x, baseline))
        return result


@dataclass(frozen=True)
class LayoutProfile:
    """Type sizes in points for a card of the reference size (poker, 63 × 88 mm)."""

    label_pt: float = 7.0
    title_max_pt: float = 13.0
    title_min_pt: float = 8.0
    body_max_pt: float = 10.0
    body_min_pt: float = 7.0  # smallest size we call readable on paper
    floor_pt: float = 4.5  # below this, text is cut (and reported)
    footer_pt: float = 6.5
    title_lines: int = 3


PRINT_PROFILE = LayoutProfile()


@dataclass(frozen=True)
class CardFace:
    width: float
    height: float
    fill: str
    accent: str
    strip: Box | None
    pictogram: Box | None
    texts: tuple[TextBlock, ...]
    problems: tuple[str, ...] = field(default=())

    def text(self, role: str) -> TextBlock | None:
        return next((t for t in self.texts if t.role == role), None)


def _scale(size: CardSize) -> float:
    return min(size.width_mm / 63.0, size.height_mm / 88.0)


def _block(
    role: str,
    text: str,
    font: str,
    box: Box,
    max_pt: float,
    min_pt: float,
    profile: LayoutProfile,
    *,
    align: str = "left",
    max_lines: int | None = None,
    floor: bool = True,
) -> TextBlock:
    fitted = fit(
        text,
        font,
        box.width,
        box.height,
        max_pt=max(max_pt, min_pt),
        min_pt=min_pt,
        floor_pt=profile.floor_pt if floor else min_pt,
        max_lines=max_lines,
    )
    return TextBlock(role, Box(box.x, box.y, box.width, fitted.height_mm), font, fitted, align)


def _problems(card: CardView, blocks: list[TextBlock]) -> tuple[str, ...]:
    found = []
    for block in blocks:
        if block.fitted.truncated:
            found.append(
                translate("CardLayout", "“{title}”: the {part} is too long and was cut.").format(
                    title=card.title, part=_part_name(block.role)
                )
            )
        elif block.fitted.below_minimum:
            found.append(
                translate("CardLayout", "“{title}”: the {part} was shrunk below a readable size.").format(
                    title=card.title, part=_part_name(block.role)
                )
            )
    return tuple(found)


def _part_name(role: str) -> str:
    return {
        "title": translate("CardLayout", "title"),
        "body": translate("CardLayout", "text"),
        "back": translate("CardLayout", "back text"),
    }.get(role, role)


def kind_label(kind: str) -> str:
    try:
        return CardKind(kind).display()
    except ValueError:
        return kind


def _label(card: CardView) -> str:
    """The kind label a card prints: the deck's own kind's label, or none if the deck hides it."""
    if not card.show_kind:
        return ""
    return (card.kind_label or kind_label(card.kind)).upper()


def layout_front(
    card: CardView, size: CardSize, *, number: str | None = None, profile: LayoutProfile = PRINT_PROFILE
) -> CardFace:
    """The front of ``card`` at ``size``; ``number`` prints a golden ticket's serial."""
    w, h, s = size.width_mm, size.height_mm, _scale(size)
    inner_w = w - 2 * SAFE_MM
    strip = Box(0.0, 0.0, w, STRIP_MM * s)
    label_pt = max(profile.label_pt * s, profile.label_pt * 0.9)
    label = _block(
        "kind",
        _label(card),
        BOLD,
        Box(SAFE_MM, max(SAFE_MM, strip.bottom + 1.0), inner_w, label_pt * MM_PER_PT * 1.3),
        label_pt,
        label_pt * 0.8,
        profile,
        max_lines=1,
        floor=False,
    )
    top = label.box.bottom + GAP_MM * s
    footer = None
    bottom = h - SAFE_MM
    if number:
        footer_box = Box(SAFE_MM, 0, inner_w, profile.footer_pt * MM_PER_PT * 1.3)
        footer = _block(
            "footer",
            number,
            BOLD,
            footer_box,
            profile.footer_pt,
            profile.footer_pt,
            profile,
            align="right",
            max_lines=1,
            floor=False,
        )
        footer = TextBlock(
            "footer",
            Box(SAFE_MM, bottom - footer.box.height, inner_w, footer.box.height),
            footer.font,
            footer.fitted,
            "right",
        )
        bottom = footer.box.y - 1.0

    title_max, title_min = max(profile.title_max_pt * s, profile.title_min_pt), profile.title_min_pt
    body_max = max(profile.body_max_pt * s, profile.body_min_pt)
    has_picture = card.pictogram_data is not None
    if w / h > LANDSCAPE_RATIO:
        picture = None
        text_x = SAFE_MM
        if has_picture:
            side = min(bottom - top, w * 0.30)
            picture = Box(SAFE_MM, top, side, side)
            text_x = picture.right + GAP_MM * 1.5
        column = Box(text_x, top, w - SAFE_MM - text_x, bottom - top)
    else:
        picture = None
        if has_picture:
            side = min(inner_w, h * 0.24)
            picture = Box((w - side) / 2, top, side, side)
            top = picture.bottom + GAP_MM * s
        column = Box(SAFE_MM, top, inner_w, bottom - top)

    title_room = Box(
        column.x,
        column.y,
        column.width,
        min(column.height * 0.55, profile.title_lines * title_max * MM_PER_PT * 1.2 + 0.01),
    )
    title = _block(
        "title",
        card.title,
        BOLD,
        title_room,
        title_max,
        title_min,
        profile,
        align="center" if picture is not None and w / h <= LANDSCAPE_RATIO else "left",
        max_lines=profile.title_lines + 2,
    )
    body_top = title.box.bottom + GAP_MM * s
    body = _block(
        "body",
        card.body,
        REGULAR,
        Box(column.x, body_top, column.width, max(bottom - body_top, 0.1)),
        body_max,
        profile.body_min_pt,
        profile,
    )
    blocks = [label, title, body] + ([footer] if footer is not None else [])
    return CardFace(
        width=w,
        height=h,
        fill=card_fill(card.kind, card.colour or card.kind_colour),
        accent=card_accent(card.kind, card.colour or card.kind_colour),
        strip=strip,
        pictogram=picture,
        texts=tuple(blocks),
        problems=_problems(card, [title, body]),
    )


def layout_back(card: CardView, size: CardSize, *, profile: LayoutProfile = PRINT_PROFILE) -> CardFace:
    """The back: the kind's colour, the kind named, and the card's back text centred."""
    w, h, s = size.width_mm, size.height_mm, _scale(size)
    inner = Box(SAFE_MM, SAFE_MM, w - 2 * SAFE_MM, h - 2 * SAFE_MM)
    label_pt = max(profile.label_pt * s, profile.label_pt * 0.9)
    label = _block(
        "kind",
        _label(card),
        BOLD,
        Box(inner.x, inner.y, inner.width, label_pt * MM_PER_PT * 1.3),
        label_pt,
        label_pt * 0.8,
        profile,
        align="center",
        max_lines=1,
        floor=False,
    )
    blocks = [label]
    problems: tuple[str, ...] = ()
    if card.back.strip():
        room = Box(inner.x, label.box.bottom + GAP_MM, inner.width, inner.bottom - label.box.bottom - GAP_MM)
        back = _block(
            "back",
            card.back,
            BOLD,
            room,
            max(profile.title_max_pt * s, profile.title_min_pt),
            profile.body_min_pt,
            profile,
            align="center",
        )
        offset = (room.height - back.box.height) / 2
        back = TextBlock(
            "back", Box(room.x, room.y + offset, room.width, back.box.height), back.font, back.fitted, "center"
        )
        blocks.append(back)
        problems = _problems(card, [back])
    return CardFace(
        width=w,
        height=h,
        fill=card_fill(card.kind, card.colour or card.kind_colour),
        accent=card_accent(card.kind, card.colour or card.kind_colour),
        strip=None,
        pictogram=None,
        texts=tuple(blocks),
        problems=problems,
    )
