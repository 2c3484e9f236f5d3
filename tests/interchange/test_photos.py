"""Photos as pictograms: PNG, JPEG and WebP accepted, scaled on import to 300 dpi at the
largest printed size, and printed as the JPEG stored (a deck of phone photos stays small)."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image
from pypdf import PdfReader

from workshop_studio.domain.materials import CardView
from workshop_studio.export.deck_pdf import render_deck_pdf
from workshop_studio.export.print_options import PrintOptions
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.pictogram_intake import accept_pictogram
from workshop_studio.pictures.raster import LARGEST_PRINTED_MM, MAX_PIXELS_SIDE


def _encoded(image: Image.Image, fmt: str, **options) -> bytes:
    out = BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _photo(width: int = 4032, height: int = 3024) -> Image.Image:
    noise = Image.effect_noise((width // 4, height // 4), 40).convert("RGB").resize((width, height))
    return Image.blend(Image.new("RGB", (width, height), "#4a8"), noise, 0.3)


def test_the_largest_printed_size_is_the_largest_cards_shorter_side_within_its_margins() -> None:
    assert LARGEST_PRINTED_MM == 97.0  # A6, 105 mm wide, less 2 × 4 mm
    assert MAX_PIXELS_SIDE == 1146  # 97 mm at 300 dpi


def test_a_phone_photo_is_scaled_and_kept_as_jpeg() -> None:
    data = _encoded(_photo(), "JPEG", quality=92)
    assert len(data) > 2 * 1024 * 1024  # refused outright before
    accepted = accept_pictogram(data, "IMG_0001.jpg")
    assert accepted.media_type == "image/jpeg"
    with Image.open(BytesIO(accepted.data)) as stored:
        assert stored.size == (1146, 860)
    assert len(accepted.data) < len(data) / 8
    assert accepted.warnings == (
        "the picture was scaled down to 1146 × 860 pixels (300 dpi at the largest printed size).",
    )


def test_the_camera_orientation_is_applied() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to show
    data = _encoded(_photo(800, 600), "JPEG", exif=exif.tobytes())
    accepted = accept_pictogram(data, "portrait.jpg")
    with Image.open(BytesIO(accepted.data)) as stored:
        assert stored.size == (600, 800)


@pytest.mark.parametrize(("mode", "stored_as"), [("RGB", "image/jpeg"), ("RGBA", "image/png")])
def test_webp_is_stored_as_jpeg_or_png(mode: str, stored_as: str) -> None:
    image = Image.new(mode, (300, 200), (200, 50, 50, 128) if mode == "RGBA" else (200, 50, 50))
    accepted = accept_pictogram(_encoded(image, "WEBP"), "photo.webp")
    assert accepted.media_type == stored_as and accepted.warnings == ()
    with Image.open(BytesIO(accepted.data)) as stored:
        assert stored.size == (300, 200)


def test_a_small_png_is_kept_as_it_is_and_a_large_one_scaled() -> None:
    small = _encoded(Image.new("RGBA", (64, 64), (0, 0, 0, 255)), "PNG")
    assert accept_pictogram(small, "x.png").data == small
    large = accept_pictogram(_encoded(_photo(3000, 3000).convert("RGBA"), "PNG"), "scan.png")
    assert large.media_type == "image/png"
    with Image.open(BytesIO(large.data)) as stored:
        assert stored.size == (1146, 1146)


def test_a_damaged_photo_is_refused_with_its_file_name() -> None:
    data = _encoded(_photo(400, 300), "JPEG")
    with pytest.raises(ImportRefused, match="damaged") as caught:
        accept_pictogram(data[: len(data) // 3], "IMG_0002.jpg")
    assert str(caught.value).startswith("IMG_0002.jpg: ")


def test_a_deck_of_photos_prints_them_as_the_jpegs_stored(tmp_path) -> None:
    stored = [accept_pictogram(_encoded(_photo(), "JPEG", quality=92), f"IMG_{n}.jpg") for n in range(3)]
    cards = [
        CardView(kind="question", title=f"Photo {n}", pictogram_data=s.data, pictogram_media_type=s.media_type)
        for n, s in enumerate(stored)
    ]
    pdf, report = render_deck_pdf(cards, PrintOptions(), cache_dir=tmp_path)
    assert report.problems == ()
    images = []
    for page in PdfReader(BytesIO(pdf)).pages:
        for form in page["/Resources"]["/XObject"].values():
            for image in (form.get_object()["/Resources"].get("/XObject") or {}).values():
                images.append(image.get_object())
    assert [(i["/Width"], i["/Height"], str(i["/Filter"])) for i in images] == [(1146, 860, "['/DCTDecode']")] * 3
    assert len(pdf) < sum(len(s.data) for s in stored) + 200_000  # the JPEGs, not re-encoded larger
