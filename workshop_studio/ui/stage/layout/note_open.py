"""One note opened on the shared screen: whole and large, until someone dismisses it.

The words are drawn as large as fits, from a title's size down to the smallest size of the
stage; only past that (a very long note) do they go on pages. A touch anywhere, or the
"Close" button, dismisses it.
"""

from __future__ import annotations

from workshop_studio.domain.notes import NoteRecord
from workshop_studio.export.card_layout import Box
from workshop_studio.i18n import translate
from workshop_studio.ui.stage.layout.note_card import NoteSizes, note_card
from workshop_studio.ui.stage.layout.note_columns import note_pages
from workshop_studio.ui.stage.layout.parts import Parts
from workshop_studio.ui.stage.layout.primitives import Region, clamp_page
from workshop_studio.ui.stage.layout.rail import rail, rail_height
from workshop_studio.ui.stage.sizes import StageSizes

WIDTH_SHARE = 0.72  # of the content width


def opened_note_parts(note: NoteRecord, sizes: StageSizes, page: int) -> tuple[Parts, int, int]:
    """(parts, page shown, page count) for ``note`` shown whole."""
    parts = Parts()
    parts.regions.append(Region(Box(0, 0, sizes.width, sizes.height), "dismiss"))
    width = sizes.content_width * WIDTH_SHARE
    room = sizes.content_height - rail_height(sizes) - sizes.gap
    x = sizes.margin + (sizes.content_width - width) / 2
    for size in range(sizes.title, sizes.floor - 1, -1):
        card = note_card(
            note, width, NoteSizes(size, sizes.label if size > sizes.label else sizes.floor), whole_name=True
        )
        if card.height <= room + 1e-6:
            card.parts.regions.clear()
            parts.add(card.parts, x, sizes.margin + (room - card.height) / 2)
            count, page = 1, 0
            break
    else:
        area = Box(x, sizes.margin, width, room)
        pages = note_pages(
            [note],
            area,
            columns=1,
            gap=sizes.gap,
            text_px=(sizes.floor, sizes.floor),
            label=sizes.floor,
            floor=sizes.floor,
        )
        count = pages.page_count
        page = clamp_page(page, count)
        for placed in pages.pages[page]:
            placed.card.parts.regions.clear()
            parts.add(placed.card.parts, placed.x, placed.y)
    parts.add(rail((), None, frozenset(), sizes, home=translate("StageBoard", "Close"), page=page, count=count))
    parts.regions[:] = [r if r.action != "home" else Region(r.box, "dismiss") for r in parts.regions]
    return parts, page, count
