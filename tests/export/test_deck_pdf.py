"""The deck PDF checked as a print shop would: pages, boxes, fonts, pictures, marks, backs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pdf_probe import (
    BASE14,
    PT_PER_MM,
    card_at,
    line_segments,
    mm,
    placed_texts,
    reader,
    viewer_preferences,
    walk_resources,
)

from workshop_studio.domain.materials import CardView
from workshop_studio.export.deck_pdf import ExportCancelled, export_deck_pdf, render_deck_pdf
from workshop_studio.export.print_options import ExportError, PrintOptions

W, H = 63.0, 88.0  # poker


def _render(cards: list[CardView], cache_dir: Path, **options) -> bytes:
    data, _ = render_deck_pdf(cards, PrintOptions(**options), cache_dir=cache_dir)
    return data


def test_sheet_pages_are_a4_with_nine_cards_and_ask_for_no_scaling(deck, cache_dir) -> None:
    data, report = render_deck_pdf(deck, PrintOptions(), cache_dir=cache_dir)
    pdf = reader(data)
    assert (report.pages, report.cards, report.per_page, report.orientation) == (2, 11, 9, "portrait")
    assert len(pdf.pages) == 2
    for page in pdf.pages:
        assert (mm(float(page.mediabox.width)), mm(float(page.mediabox.height))) == pytest.approx((210, 297), abs=0.01)
    first = card_at(pdf.pages[0], "Card 01", W, H)
    assert (mm(first.x), 297 - mm(first.y) - H) == pytest.approx((10.5, 16.5), abs=0.01)
    assert viewer_preferences(data) == {"/PrintScaling": "/None"}


def test_fonts_are_embedded_subsets_and_no_base14_font_is_anywhere(deck, cache_dir) -> None:
    data = _render(deck, cache_dir, backs="long-edge")
    fonts = [obj for page in reader(data).pages for kind, obj in walk_resources(page) if kind == "font"]
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"])
        assert "AtkinsonHyperlegible" in name and "+" in name  # a subset
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    for base14 in BASE14:
        assert f"/{base14}".encode() not in data


def test_svg_pictograms_are_one_reused_vector_form_and_no_raster(deck, cache_dir) -> None:
    data = _render(deck, cache_dir)
    xobjects = [obj for page in reader(data).pages for kind, obj in walk_resources(page) if kind == "xobject"]
    assert xobjects and all(x["/Subtype"] == "/Form" for x in xobjects)
    forms = {x.indirect_reference.idnum for x in xobjects if x.indirect_reference is not None}
    assert len(forms) == 1  # six cards show the pictogram, drawn from a single form
    page = reader(data).pages[0]
    assert page.get_contents().get_data().count(b" Do") == 5


def test_png_pictograms_are_the_only_images(cache_dir) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 40, 40)).save(buffer, "PNG")
    cards = [
        CardView(kind="theme", title=f"P{n}", pictogram_data=buffer.getvalue(), pictogram_media_type="image/png")
        for n in range(3)
    ]
    page = reader(_render(cards, cache_dir)).pages[0]
    images = {id(x) for kind, x in walk_resources(page) if kind == "xobject" and x["/Subtype"] == "/Image"}
    assert len(images) == 1


def test_accented_and_markup_text_comes_out_literally(cache_dir) -> None:
    cards = [
        CardView(
            kind="question",
            title="<b>Gras</b> & <img src=/etc/passwd>",
            body="« Œuvre » : cœur, été, <font color=red>rouge</font> &amp;",
        )
    ]
    data = _render(cards, cache_dir)
    text = " ".join(reader(data).pages[0].extract_text().split())  # lines joined
    assert "<b>Gras</b> & <img src=/etc/passwd>" in text
    assert "« Œuvre » : cœur, été, <font color=red>rouge</font> &amp;" in text
    assert b"/Subtype /Image" not in data


def test_a_3000_character_word_prints_and_the_report_names_the_card(cache_dir) -> None:
    cards = [CardView(kind="theme", title="Mot infini", body="a" * 3000), CardView(kind="theme", title="Sage")]
    data, report = render_deck_pdf(cards, PrintOptions(), cache_dir=cache_dir)
    assert report.cards == 2
    assert report.problems == ("“Mot infini”: the text is too long and was cut.",)
    text = reader(data).pages[0].extract_text()
    assert "Mot infini" in text and "Sage" in text and "aaaaaaaaaa" in text


def _marks_outside_cards(data: bytes, titles: list[str]) -> None:
    page = reader(data).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    cards = [card_at(page, t, W, H) for t in titles]
    segments = line_segments(page)
    assert segments
    edge = 5 * PT_PER_MM - 0.01
    for x1, y1, x2, y2 in segments:
        assert min(x1, x2) >= edge and max(x1, x2) <= width - edge
        assert min(y1, y2) >= edge and max(y1, y2) <= height - edge
        for card in cards:
            inside_x = card.x < (x1 + x2) / 2 < card.x + W * PT_PER_MM
            overlap_y = min(max(y1, y2), card.y + H * PT_PER_MM) - max(min(y1, y2), card.y)
            inside_y = card.y < (y1 + y2) / 2 < card.y + H * PT_PER_MM
            overlap_x = min(max(x1, x2), card.x + W * PT_PER_MM) - max(min(x1, x2), card.x)
            assert not (x1 == x2 and inside_x and overlap_y > 0.01)
            assert not (y1 == y2 and inside_y and overlap_x > 0.01)


def test_crop_marks_stay_in_the_margins_five_mm_from_the_edge(deck, cache_dir) -> None:
    data = _render(deck, cache_dir)
    _marks_outside_cards(data, [f"Card {n:02d}" for n in range(1, 10)])
    xs = sorted({round(mm(x1), 2) for x1, _, x2, _ in line_segments(reader(data).pages[0]) if x1 == x2})
    assert xs == [10.5, 73.5, 136.5, 199.5]
    assert not line_segments(reader(_render(deck, cache_dir, crop_marks=False)).pages[0])


def test_long_edge_backs_land_behind_their_fronts(deck, cache_dir) -> None:
    data = _render(deck, cache_dir, backs="long-edge")
    pdf = reader(data)
    assert len(pdf.pages) == 4
    page_w = float(pdf.pages[0].mediabox.width)
    for n in range(1, 10):
        front = card_at(pdf.pages[0], f"Card {n:02d}", W, H)
        back = card_at(pdf.pages[1], f"Back {n:02d}", W, H)
        assert back.x == pytest.approx(page_w - front.x - W * PT_PER_MM, abs=0.01)
        assert back.y == pytest.approx(front.y, abs=0.01)
        assert not back.rotated
    assert viewer_preferences(data)["/Duplex"] == "/DuplexFlipLongEdge"
    assert card_at(pdf.pages[3], "Back 10", W, H)


def test_short_edge_backs_mirror_rows_and_are_upside_down(deck, cache_dir) -> None:
    data = _render(deck, cache_dir, backs="short-edge")
    pdf = reader(data)
    page_h = float(pdf.pages[0].mediabox.height)
    for n in range(1, 10):
        front = card_at(pdf.pages[0], f"Card {n:02d}", W, H)
        back = card_at(pdf.pages[1], f"Back {n:02d}", W, H)
        assert back.x == pytest.approx(front.x, abs=0.01)
        assert back.y == pytest.approx(page_h - front.y - H * PT_PER_MM, abs=0.01)
        assert back.rotated and not front.rotated
    assert viewer_preferences(data)["/Duplex"] == "/DuplexFlipShortEdge"


def test_back_offset_moves_the_back_pages_only(deck, cache_dir) -> None:
    plain = reader(_render(deck, cache_dir, backs="long-edge"))
    moved = reader(_render(deck, cache_dir, backs="long-edge", back_offset_mm=(1.5, -0.8)))
    a, b = card_at(plain.pages[1], "Back 01", W, H), card_at(moved.pages[1], "Back 01", W, H)
    assert mm(b.x - a.x) == pytest.approx(1.5, abs=0.01)
    assert mm(b.y - a.y) == pytest.approx(0.8, abs=0.01)  # "down" is negative PDF y
    assert card_at(moved.pages[0], "Card 01", W, H) == card_at(plain.pages[0], "Card 01", W, H)


def test_fold_puts_each_back_across_the_fold_from_its_front(deck, cache_dir) -> None:
    data = _render(deck, cache_dir, backs="fold")
    page = reader(data).pages[0]
    fold_x = float(page.mediabox.width) / 2
    for n in range(1, 5):
        front, back = card_at(page, f"Card {n:02d}", W, H), card_at(page, f"Back {n:02d}", W, H)
        assert fold_x - (front.x + W * PT_PER_MM) == pytest.approx(back.x - fold_x, abs=0.01)
    assert "/Duplex" not in viewer_preferences(data)
    _marks_outside_cards(data, [f"Card {n:02d}" for n in range(1, 5)] + [f"Back {n:02d}" for n in range(1, 5)])


def test_print_shop_pages_have_trim_and_bleed_boxes_and_alternate_sides(deck, cache_dir) -> None:
    pdf = reader(_render(deck[:3], cache_dir, layout="print-shop", backs="long-edge"))
    assert len(pdf.pages) == 6
    for page in pdf.pages:
        assert "/TrimBox" in page and "/BleedBox" in page  # pypdf falls back to the MediaBox otherwise
        trim, media = page.trimbox, page.mediabox
        assert (mm(float(trim.width)), mm(float(trim.height))) == pytest.approx((63, 88), abs=0.01)
        assert (mm(float(trim.left)), mm(float(trim.bottom))) == pytest.approx((3, 3), abs=0.01)
        assert (mm(float(media.width)), mm(float(media.height))) == pytest.approx((69, 94), abs=0.01)
        assert not line_segments(page)  # no crop marks by default
    assert "Card 01" in pdf.pages[0].extract_text() and "Back 01" in pdf.pages[1].extract_text()
    assert "Card 02" in pdf.pages[2].extract_text()


def test_golden_tickets_print_their_serial(cache_dir) -> None:
    cards = [CardView(kind="golden_ticket", title="Ticket d'or", copies=3)]
    text = reader(_render(cards, cache_dir, number_golden_tickets=True)).pages[0].extract_text()
    assert [s for s in ("No. 0001", "No. 0002", "No. 0003", "No. 0004") if s in text] == [
        "No. 0001",
        "No. 0002",
        "No. 0003",
    ]
    assert "No. 0001" not in reader(_render(cards, cache_dir)).pages[0].extract_text()


def test_same_deck_and_options_give_the_same_bytes_cold_or_warm_cache(deck, cache_dir, tmp_path) -> None:
    from workshop_studio.export import pictogram_art

    cold = _render(deck, cache_dir, backs="short-edge", number_golden_tickets=True)
    assert list(cache_dir.iterdir())
    pictogram_art._memory.clear()
    warm = _render(deck, cache_dir, backs="short-edge", number_golden_tickets=True)
    assert warm == cold
    assert _render(deck, tmp_path / "elsewhere", backs="short-edge", number_golden_tickets=True) == cold


def test_export_writes_atomically_and_reports_progress(deck, cache_dir, tmp_path) -> None:
    out = tmp_path / "out" / "deck.pdf"
    out.parent.mkdir()
    calls: list[tuple[int, int]] = []
    report = export_deck_pdf(
        deck, PrintOptions(backs="long-edge"), out, progress=lambda d, t: calls.append((d, t)), cache_dir=cache_dir
    )
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert report.path == out and out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == ["deck.pdf"]


def test_cancel_or_failure_leaves_the_old_file_and_no_temporary_file(deck, cache_dir, tmp_path) -> None:
    out = tmp_path / "deck.pdf"
    out.write_bytes(b"old")
    pages: list[int] = []
    with pytest.raises(ExportCancelled):
        export_deck_pdf(
            deck,
            PrintOptions(backs="long-edge"),
            out,
            progress=lambda d, t: pages.append(d),
            cancelled=lambda: len(pages) >= 1,
            cache_dir=cache_dir,
        )
    assert pages == [1]
    with pytest.raises(ExportError, match="no card"):
        export_deck_pdf([], PrintOptions(), out, cache_dir=cache_dir)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "deck.pdf"]


def test_an_unwritable_target_is_a_clear_error(deck, cache_dir, tmp_path) -> None:
    with pytest.raises(ExportError, match="Cannot write"):
        export_deck_pdf(deck, PrintOptions(), tmp_path / "missing" / "deck.pdf", cache_dir=cache_dir)
    assert not (tmp_path / "missing").exists()


def test_preview_renders_only_the_first_pages(deck, cache_dir) -> None:
    data, report = render_deck_pdf(deck, PrintOptions(backs="long-edge"), max_pages=2, cache_dir=cache_dir)
    assert len(reader(data).pages) == report.pages == 2
    assert report.cards == 9


def test_text_lines_sit_inside_the_safe_zone(deck, cache_dir) -> None:
    page = reader(_render(deck[:1], cache_dir, layout="print-shop")).pages[0]
    found: list[tuple[float, float]] = []
    page.extract_text(
        visitor_text=lambda text, cm, tm, f, s: found.append((cm[4] + tm[4], cm[5] + tm[5])) if text.strip() else None
    )
    assert found
    for x, y in found:  # baseline origins: 4 mm inside the 63 x 88 trim, which sits 3 mm in
        assert 3 + 4 - 0.01 <= mm(x) <= 3 + 63 - 4 and 3 + 4 - 0.01 <= mm(y) <= 3 + 88 - 4
    assert placed_texts(page, W, H)


def _card_rects(page) -> list[list[float]]:
    """Rectangles filled in card coordinates (the card's fill first, then its colour strip)."""
    rects: list[list[float]] = []
    page.extract_text(
        visitor_operand_before=lambda op, args, cm, tm: (
            rects.append([float(a) for a in args]) if op == b"re" and list(cm) != [1, 0, 0, 1, 0, 0] else None
        )
    )
    return rects


def test_fills_touching_the_trim_run_into_the_bleed(deck, cache_dir) -> None:
    bleed = 3 * PT_PER_MM
    shop = _card_rects(reader(_render(deck[:1], cache_dir, layout="print-shop")).pages[0])
    fill, strip = shop[0], shop[1]
    assert fill == pytest.approx([-bleed, -bleed, 69 * PT_PER_MM, 94 * PT_PER_MM], abs=0.01)
    assert strip[0] == pytest.approx(-bleed, abs=0.01) and strip[2] == pytest.approx(69 * PT_PER_MM, abs=0.01)
    assert strip[1] + strip[3] == pytest.approx(88 * PT_PER_MM + bleed, abs=0.01)  # up to the top bleed edge
    sheet = _card_rects(reader(_render(deck[:1], cache_dir)).pages[0])
    assert sheet[0] == pytest.approx([0, 0, 63 * PT_PER_MM, 88 * PT_PER_MM], abs=0.01)  # shared cuts: no bleed


def test_odd_characters_never_abort_an_export(cache_dir) -> None:
    cards = [
        CardView(kind="theme", title="Fête 🎉\u200b\u202e שלום", body="nul\x00 bell\x07 lone\ud800 tab\tend"),
        CardView(kind="theme", title="Suite", body="\u202f« fine »\u00a0!"),
    ]
    data, report = render_deck_pdf(cards, PrintOptions(), cache_dir=cache_dir)
    text = reader(data).pages[0].extract_text()
    assert "Fête" in text and "lone" in text and "Suite" in text
    assert report.cards == 2
