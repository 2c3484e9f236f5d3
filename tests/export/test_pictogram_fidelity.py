"""Real pictograms from public sets print as the reference renderer (resvg) draws them.

Each file of ``tests/data/pictograms`` goes the way a facilitator's file goes: checked and
cleaned at intake, converted, copied into a PDF as a form, and drawn; the PDF's pixels are
compared with resvg's (``pixels``). Before svg2pdf, the duotone, colour-emoji and gradient
files here printed solid black, flattened or unclipped.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from tests.export.pixels import compare, pdf_page_pixels, reference_pixels
from workshop_studio.domain.materials import CardView
from workshop_studio.export.deck_pdf import render_deck_pdf
from workshop_studio.export.print_options import PrintOptions
from workshop_studio.interchange.pictogram_intake import accept_pictogram
from workshop_studio.pictures import svg_pdf

DATA = Path(__file__).parents[1] / "data" / "pictograms"
FILES = sorted(DATA.rglob("*.svg"))
pytestmark = pytest.mark.skipif(not svg_pdf.available(), reason="svg2pdf has no wheel for this platform")


def _printed(svg: bytes, cache_dir: Path) -> bytes:
    """The pictogram alone on a page, drawn as the deck painter draws it (one form)."""
    from reportlab.pdfgen.canvas import Canvas

    from workshop_studio.export.pdf_painter import PictogramForms

    out = BytesIO()
    canvas = Canvas(out)
    forms = PictogramForms(canvas, cache_dir)
    form = forms.define(CardView(kind="question", title="t", pictogram_data=svg, pictogram_media_type="image/svg+xml"))
    assert form is not None
    name, width, height = form
    canvas.setPageSize((width, height))
    forms.draw(name)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_the_test_set_is_a_few_dozen_files_from_eleven_sets_each_with_its_licence() -> None:
    assert len(FILES) >= 30
    sets = {path.parent for path in FILES}
    assert len(sets) == 11 and all((folder / "LICENSE").is_file() for folder in sets)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_real_pictogram_prints_as_resvg_draws_it(path: Path, cache_dir: Path) -> None:
    accepted = accept_pictogram(path.read_bytes(), path)
    printed = _printed(accepted.data, cache_dir)
    result = compare(reference_pixels(accepted.data), pdf_page_pixels(printed))
    assert result.inked > 0
    assert result.as_drawn, f"{result.wrong} wrong pixels of {result.inked} inked"


def test_only_a_filter_is_printed_as_a_picture_and_it_says_so(cache_dir: Path) -> None:
    from pypdf import PdfReader

    cards = []
    for path in FILES:
        accepted = accept_pictogram(path.read_bytes(), path)
        has_filter = b"<filter" in accepted.data
        assert bool(accepted.warnings) == has_filter, path
        if has_filter:
            assert "print as a picture" in accepted.warnings[0]
        cards.append(
            CardView(
                kind="question", title=path.stem, pictogram_data=accepted.data, pictogram_media_type=accepted.media_type
            )
        )
    pdf, report = render_deck_pdf(cards, PrintOptions(), cache_dir=cache_dir)
    filtered = [p.stem for p in FILES if b"<filter" in p.read_bytes()]
    assert filtered and all(
        any(f"“{stem}”" in line and "print as a picture" in line for line in report.problems) for stem in filtered
    )
    assert not any("could not be drawn" in line for line in report.problems)

    def images(resources) -> int:
        found = 0
        for item in (resources.get("/XObject") or {}).values():
            xobject = item.get_object()
            found += xobject["/Subtype"] == "/Image"
            if xobject["/Subtype"] == "/Form":
                found += images(xobject.get("/Resources") or {})
        return found

    pages = PdfReader(BytesIO(pdf)).pages
    assert sum(images(page["/Resources"]) for page in pages) == len(filtered)  # everything else is vector


def test_a_drawing_that_paints_nothing_is_accepted_with_a_warning_and_reported(cache_dir: Path) -> None:
    empty = (
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0 0h24v24H0z" fill="none"/>'
        b'<circle r="4" cx="9" cy="9" style="display:none"/></svg>'
    )
    accepted = accept_pictogram(empty, "empty.svg")
    assert accepted.warnings == ("it draws nothing visible: it would print blank.",)
    _, report = render_deck_pdf(
        [
            CardView(
                kind="question", title="Vide", pictogram_data=accepted.data, pictogram_media_type=accepted.media_type
            )
        ],
        PrintOptions(),
        cache_dir=cache_dir,
    )
    assert any("“Vide”" in line and "print blank" in line for line in report.problems)


def test_text_in_a_font_we_do_not_ship_prints_in_ours_with_a_warning(cache_dir: Path) -> None:
    """An AAC symbol set's numbers and signs are text in Arial: they print, in Atkinson Hyperlegible."""
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text x="10" y="80" '
        b'font-family="Arial-BoldMT" font-size="80" fill="#50264b">5%</text></svg>'
    )
    accepted = accept_pictogram(svg, "five.svg")
    assert accepted.warnings == (
        "its text asks for fonts that are not shipped: it prints in Atkinson Hyperlegible "
        "(or Noto), which may look different.",
    )
    result = compare(reference_pixels(accepted.data), pdf_page_pixels(_printed(accepted.data, cache_dir)))
    assert result.inked > 500 and result.as_drawn
