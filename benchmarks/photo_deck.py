"""A deck of 34 phone photos: the PDF's size, against the photos' own.

    python benchmarks/photo_deck.py [--photos 34] [--keep FOLDER]

Makes 34 photo-like JPEGs as a phone writes them (4032 × 3024, quality 92, a landscape of
gradients, shapes and sensor noise, so they weigh what real photos weigh: 2 to 5 MB), imports
each as a pictogram the way the console does (``accept_pictogram``: scaled to 300 dpi at the
largest printed size), prints a poker deck of 34 cards with them, and prints the sizes: the
photos, what is stored, the PDF (goal: under 10 MB; before this change, 39 MB). Asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def phone_photo(seed: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    width, height = 4032, 3024
    small = Image.new("RGB", (width // 8, height // 8))
    draw = ImageDraw.Draw(small)
    top, bottom = [rng.randrange(256) for _ in range(3)], [rng.randrange(256) for _ in range(3)]
    for y in range(small.height):
        t = y / small.height
        draw.line(
            [(0, y), (small.width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    for _ in range(40):
        x, y, r = rng.randrange(small.width), rng.randrange(small.height), rng.randrange(5, 80)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rng.randrange(256) for _ in range(3)))
    image = small.resize((width, height), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(3))
    noise = Image.effect_noise((width, height), 18).convert("RGB")
    image = Image.blend(image, noise, 0.12)
    out = BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=34)
    args = parser.parse_args()

    from workshop_studio.domain.materials import CardView
    from workshop_studio.export.deck_pdf import render_deck_pdf
    from workshop_studio.export.print_options import PrintOptions
    from workshop_studio.interchange.pictogram_intake import accept_pictogram

    photos = [phone_photo(n) for n in range(args.photos)]
    started = time.perf_counter()
    stored = [accept_pictogram(photo, f"IMG_{n:04d}.jpg") for n, photo in enumerate(photos)]
    intake = time.perf_counter() - started
    cards = [
        CardView(
            kind="question",
            title=f"Photo {n + 1}",
            body="Ce que montre la photo.",
            pictogram_data=s.data,
            pictogram_media_type=s.media_type,
        )
        for n, s in enumerate(stored)
    ]
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        pdf, report = render_deck_pdf(cards, PrintOptions(), cache_dir=Path(cache))
        export = time.perf_counter() - started
    mb = 1024 * 1024
    print(f"{len(photos)} photos of 4032 × 3024: {sum(map(len, photos)) / mb:.1f} MB as taken")
    print(
        f"stored after intake: {sum(len(s.data) for s in stored) / mb:.1f} MB "
        f"({stored[0].warnings[0] if stored[0].warnings else 'not scaled'})"
    )
    print(
        f"deck PDF ({report.pages} pages, {report.cards} cards): {len(pdf) / mb:.1f} MB "
        f"(goal: under 10 MB); {len(pdf) / sum(map(len, photos)):.2f} of the photos' size"
    )
    print(f"intake {intake / len(photos) * 1000:.0f} ms a photo; export {export:.1f} s")


if __name__ == "__main__":
    main()
