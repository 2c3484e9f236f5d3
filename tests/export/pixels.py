"""Pixels of a printed pictogram against resvg's (the reference renderer), for the tests.

The reference draws the SVG; PDFium (pypdfium2) draws the PDF we printed; both are fitted in
the same square on white and compared pixel by pixel. A pixel is wrong when a channel differs
by more than 48 of 255 (anti-aliasing differs by less). A pictogram prints as drawn when the
wrong pixels are at most a tenth of the inked ones (plus 0.2 % of the square for edges): a
pictogram that prints blank, solid black or unclipped is far past that.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageChops

SIDE = 128
THRESHOLD = 48


@dataclass(frozen=True)
class Comparison:
    wrong: int
    inked: int

    @property
    def as_drawn(self) -> bool:
        return self.wrong <= 0.10 * self.inked + 0.002 * SIDE * SIDE


def reference_pixels(svg: bytes) -> Image.Image:
    """resvg's drawing of the SVG as printing hands it over (``svg_pdf.prepared_svg``: the ink
    colour for ``currentColor``, our fonts after the families the text asks for), with the
    fonts we ship and no others."""
    import resvg_py

    from workshop_studio.pictures.font_files import text_font_files
    from workshop_studio.pictures.svg_pdf import prepared_svg

    prepared = prepared_svg(svg)
    text = prepared[0] if prepared is not None else svg.decode("utf-8")
    png = resvg_py.svg_to_bytes(
        svg_string=text,
        width=SIDE * 2,
        skip_system_fonts=True,
        font_files=[str(p) for p in text_font_files()],
        font_family="Atkinson Hyperlegible",
        sans_serif_family="Atkinson Hyperlegible",
    )
    return _on_white(Image.open(BytesIO(bytes(png))))


def pdf_page_pixels(pdf: bytes, index: int = 0) -> Image.Image:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[index]
        width, _ = page.get_size()
        return page.render(scale=SIDE * 2 / width, fill_color=(255, 255, 255, 255)).to_pil().convert("RGB")
    finally:
        document.close()


def compare(reference: Image.Image, printed: Image.Image) -> Comparison:
    a, b = _fitted(reference), _fitted(printed)
    white = Image.new("RGB", a.size, "white")
    wrong = _count(_strongest(ImageChops.difference(a, b)))
    inked = _count(
        ImageChops.lighter(_strongest(ImageChops.difference(a, white)), _strongest(ImageChops.difference(b, white)))
    )
    return Comparison(wrong, inked)


def _on_white(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    white = Image.new("RGBA", rgba.size, "white")
    white.alpha_composite(rgba)
    return white.convert("RGB")


def _fitted(image: Image.Image) -> Image.Image:
    copy = image.copy()
    copy.thumbnail((SIDE, SIDE), Image.Resampling.LANCZOS)
    square = Image.new("RGB", (SIDE, SIDE), "white")
    square.paste(copy, ((SIDE - copy.width) // 2, (SIDE - copy.height) // 2))
    return square


def _strongest(image: Image.Image) -> Image.Image:
    red, green, blue = image.split()
    return ImageChops.lighter(ImageChops.lighter(red, green), blue)


def _count(channel: Image.Image) -> int:
    return channel.point(lambda v: 255 if v > THRESHOLD else 0).histogram()[255]
