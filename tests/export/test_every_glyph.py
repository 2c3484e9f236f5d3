"""Every glyph prints: what Atkinson Hyperlegible lacks is set in Noto, on paper and on
screen at the same places; what no font has is reported by card title."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from workshop_studio.domain.materials import CardView
from workshop_studio.export.deck_pdf import render_deck_pdf
from workshop_studio.export.fonts import REGULAR, missing, printable, runs
from workshop_studio.export.print_options import PrintOptions


def _fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_stars_emoji_and_arabic_print_in_a_fallback_font_and_nothing_is_reported() -> None:
    card = CardView(kind="question", title="Étoile ★ et ✰", body="مرحبا — bravo 🙂 ✓")
    pdf, report = render_deck_pdf([card], PrintOptions())
    fonts = _fonts(pdf)
    assert "AtkinsonHyperlegible-Bold" in fonts
    assert any("NotoEmoji" in f for f in fonts) and any("NotoSansArabic" in f for f in fonts)
    assert not any("no font has" in line for line in report.problems)


def test_a_character_no_font_has_is_reported_by_card_title() -> None:
    cards = [CardView(kind="question", title="Musique", body="La clef 𝄞"), CardView(kind="question", title="Simple")]
    _, report = render_deck_pdf(cards, PrintOptions())
    assert report.problems == ("“Musique”: no font has the characters “𝄞”; they print as empty boxes.",)


def test_text_is_cut_into_runs_of_one_font() -> None:
    assert runs(printable("Prix ★ 5"), REGULAR) == [(REGULAR, "Prix "), ("WS-NotoEmoji", "⭐"), (REGULAR, " 5")]
    assert missing("Prix ★ 5 €") == ""


def test_the_screen_draws_the_star_where_paper_does(qapp) -> None:
    """The card painter sets each run in the fallback's Qt family: the star is inked."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from workshop_studio.domain.card_sizes import CARD_SIZES
    from workshop_studio.export.card_layout import layout_front
    from workshop_studio.export.fonts import text_width_mm
    from workshop_studio.ui.card_painter import paint_face

    def ink(title: str) -> int:
        card = CardView(kind="question", title=title)
        face = layout_front(card, CARD_SIZES["poker"])
        image = QImage(630, 880, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_face(painter, face, QRectF(0, 0, 630, 880), card, outline=False)
        painter.end()
        block = next(b for b in face.texts if b.role == "title")
        _line, x, baseline = next(iter(block.baselines()))
        star_x = (x + text_width_mm("AB ", block.font, block.fitted.size_pt)) * 10
        dark = 0
        for px in range(int(star_x), int(star_x) + 40):
            for py in range(int(baseline * 10) - 40, int(baseline * 10)):
                dark += QColor(image.pixel(px, py)).lightness() < 128
        return dark

    assert ink("AB ★") > 20 * ink("AB  ") + 20
