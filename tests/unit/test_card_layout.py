"""The card layout, tested with numbers in millimetres."""

from __future__ import annotations

import pytest

from workshop_studio.domain.card_sizes import CARD_SIZES
from workshop_studio.domain.materials import CardView
from workshop_studio.export.card_layout import SAFE_MM, layout_back, layout_front
from workshop_studio.export.fonts import BOLD, REGULAR
from workshop_studio.export.text_fit import fit, width_mm

CARD = CardView(
    kind="advisor_posture",
    title="Faire la médiation",
    body="Se placer entre l’employeur et la recrue quand la relation se tend.",
    back="Posture",
    pictogram_data=b"<svg/>",
    pictogram_media_type="image/svg+xml",
)


def test_poker_front_boxes() -> None:
    face = layout_front(CARD, CARD_SIZES["poker"])
    assert (face.width, face.height) == (63, 88)
    assert face.strip is not None and face.strip.width == 63 and face.strip.y == 0
    picture = face.pictogram
    assert picture is not None
    assert picture.x + picture.width / 2 == pytest.approx(31.5)  # centred
    title, body = face.text("title"), face.text("body")
    assert title is not None and body is not None
    assert title.fitted.size_pt == 13.0 and body.fitted.size_pt == 10.0
    assert title.box.y >= picture.bottom and body.box.y >= title.box.bottom
    assert face.problems == ()


@pytest.mark.parametrize("size", list(CARD_SIZES.values()), ids=lambda s: s.key)
def test_every_text_stays_in_the_safe_zone(size) -> None:
    for face in (layout_front(CARD, size, number="N° 0001"), layout_back(CARD, size)):
        for block in face.texts:
            assert block.box.x >= SAFE_MM - 1e-9
            assert block.box.y >= SAFE_MM - 1e-9
            for line, x, _baseline in block.baselines():
                assert x >= SAFE_MM - 1e-6
                assert x + width_mm(line, block.font, block.fitted.size_pt) <= size.width_mm - SAFE_MM + 1e-6
            assert block.box.bottom <= size.height_mm - SAFE_MM + 1e-6, (size.key, block.role)


def test_landscape_cards_put_the_pictogram_beside_the_text() -> None:
    face = layout_front(CARD, CARD_SIZES["business"])
    assert face.pictogram is not None
    assert face.text("title").box.x >= face.pictogram.right


def test_golden_ticket_number_sits_bottom_right() -> None:
    ticket = CardView(kind="golden_ticket", title="Ticket d’or", body="Passez-le à un voisin.")
    face = layout_front(ticket, CARD_SIZES["poker"], number="N° 0042")
    footer = face.text("footer")
    assert footer is not None and footer.fitted.lines == ("N° 0042",)
    ((line, x, baseline),) = footer.baselines()
    assert x + width_mm(line, BOLD, footer.fitted.size_pt) == pytest.approx(63 - SAFE_MM)
    assert baseline <= 88 - SAFE_MM


def test_long_text_shrinks_to_the_minimum_before_breaking_words() -> None:
    fitted = fit("Anticonstitutionnellement établi", BOLD, 40, 20, max_pt=13, min_pt=8)
    assert not fitted.broke_words and 8 <= fitted.size_pt < 13


def test_a_3000_character_word_is_broken_and_reported_not_fatal() -> None:
    card = CardView(kind="verbatim", title="Mot", body="x" * 3000)
    face = layout_front(card, CARD_SIZES["poker"])
    body = face.text("body")
    assert body is not None and body.fitted.broke_words
    assert any("“Mot”" in p for p in face.problems)
    assert all(width_mm(line, REGULAR, body.fitted.size_pt) <= 55 + 1e-6 for line in body.fitted.lines)


def test_narrow_no_break_space_is_drawn_with_a_glyph_the_font_has() -> None:
    fitted = fit("Pourquoi\u202f?", REGULAR, 50, 10, max_pt=10, min_pt=7)
    assert fitted.lines == ("Pourquoi\u00a0?",)
