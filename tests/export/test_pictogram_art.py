"""SVG pictograms: parsed safely once, converted, kept in the cache.

With svg2pdf (the default where its wheel exists) a pictogram is a one-page PDF; the svglib
path (elsewhere) keeps checked drawing operators. Both are tested: ``svglib_path`` forces
the second."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_studio.domain.colours import INK, hex_to_rgb
from workshop_studio.export import pictogram_art
from workshop_studio.export.pictogram_art import VectorArt, cache_key, ops_are_safe, vector_art
from workshop_studio.pictures import svg_pdf
from workshop_studio.pictures.svg_pdf import SvgPdf


@pytest.fixture
def svglib_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(svg_pdf, "available", lambda: False)


def _ink_operator() -> str:
    from reportlab.lib.rl_accel import fp_str

    return fp_str(*(c / 255 for c in hex_to_rgb(INK))) + " RG"


def test_tabler_strokes_are_drawn_in_the_ink_colour(tabler_svg: bytes, cache_dir: Path, svglib_path: None) -> None:
    art = vector_art(tabler_svg, cache_dir)
    assert isinstance(art, VectorArt)
    assert (art.width, art.height) == (18.0, 18.0)  # 24 px
    assert _ink_operator() in art.ops
    assert "S" in art.ops.split()  # stroked paths, not an image
    assert ops_are_safe(art.ops)


def test_the_converted_pictogram_is_cached_by_hash_and_reused_without_svglib(
    tabler_svg: bytes, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, svglib_path: None
) -> None:
    first = vector_art(tabler_svg, cache_dir)
    cached = cache_dir / f"{cache_key(tabler_svg)}.txt"
    assert cached.exists()
    monkeypatch.setattr(pictogram_art, "_memory", {})

    def no_parsing(*args, **kwargs):
        raise AssertionError("the SVG was parsed again")

    monkeypatch.setattr(pictogram_art, "convert_svg", no_parsing)
    assert vector_art(tabler_svg, cache_dir) == first


def test_a_tampered_cache_file_is_ignored_and_rebuilt(
    tabler_svg: bytes, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, svglib_path: None
) -> None:
    good = vector_art(tabler_svg, cache_dir)
    cached = cache_dir / f"{cache_key(tabler_svg)}.txt"
    cached.write_text("WSPICTO1 18 18\nBT /F1 12 Tf (hello) Tj ET /Im0 Do", encoding="ascii")
    monkeypatch.setattr(pictogram_art, "_memory", {})
    assert vector_art(tabler_svg, cache_dir) == good
    assert "Tj" not in cached.read_text(encoding="ascii")


@pytest.mark.parametrize(
    "svg",
    [
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><desc>&x;</desc><text>&x;</text>'
        b'<path d="M1 1 L9 9" stroke="black"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">'
        b'<image xlink:href="/etc/passwd" width="10" height="10"/><use xlink:href="other.svg#a"/>'
        b'<path d="M1 1 L9 9" stroke="black"/></svg>',
    ],
)
def test_hostile_svg_reads_no_file_and_keeps_only_the_drawing(svg: bytes, cache_dir: Path, svglib_path: None) -> None:
    from lxml import etree

    parsed = etree.tostring(pictogram_art.parse_svg(svg))
    assert b"root:" not in parsed and b"<path" in parsed
    art = vector_art(svg, cache_dir)
    assert isinstance(art, VectorArt)
    assert "root:" not in art.ops and "9 9 l" in art.ops


def test_unreadable_svg_gives_no_art(cache_dir: Path) -> None:
    assert vector_art(b"<svg", cache_dir) is None
    assert vector_art(b"<html/>", cache_dir) is None


def test_a_warm_export_imports_neither_svglib_lxml_nor_qt(tabler_svg: bytes, cache_dir: Path, tmp_path: Path) -> None:
    script = """
import json, sys
from pathlib import Path
from workshop_studio.domain.materials import CardView
from workshop_studio.export.deck_pdf import render_deck_pdf
from workshop_studio.export.print_options import PrintOptions
svg = Path(sys.argv[1]).read_bytes()
cards = [CardView(kind="question", title="A", pictogram_data=svg, pictogram_media_type="image/svg+xml")]
render_deck_pdf(cards, PrintOptions(), cache_dir=Path(sys.argv[2]))
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("svglib", "lxml", "PySide6"))))
"""
    svg_file = tmp_path / "p.svg"
    svg_file.write_bytes(tabler_svg)

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", script, str(svg_file), str(cache_dir)], capture_output=True, text=True, check=True
        )
        return json.loads(done.stdout)

    cold = run()
    assert not any(m.startswith(("PySide6", "svglib")) for m in cold)
    assert run() == []


def test_the_converted_pdf_is_cached_by_hash_and_reused_without_converting(
    tabler_svg: bytes, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = vector_art(tabler_svg, cache_dir)
    assert isinstance(first, SvgPdf) and first.pdf.startswith(b"%PDF-") and first.notes == ()
    assert (cache_dir / f"{cache_key(tabler_svg)}.pdf").exists()
    monkeypatch.setattr(pictogram_art, "_memory", {})
    monkeypatch.setattr(svg_pdf, "svg_to_pdf", lambda *a, **k: pytest.fail("converted again"))
    assert vector_art(tabler_svg, cache_dir) == first


def test_a_pdf_with_actions_gives_none_of_them_to_the_deck(tabler_svg: bytes, tmp_path: Path) -> None:
    """A tampered cache file may hold anything; only drawing resources are copied."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject
    from reportlab.pdfgen.canvas import Canvas

    from workshop_studio.export.pdf_form import FormImporter

    art = vector_art(tabler_svg, tmp_path)
    assert isinstance(art, SvgPdf)
    writer = PdfWriter(clone_from=PdfReader(BytesIO(art.pdf)))
    resources = writer.pages[0]["/Resources"]
    resources[NameObject("/ExtGState")] = DictionaryObject(
        {
            NameObject("/gsx"): DictionaryObject(
                {
                    NameObject("/CA"): TextStringObject("1"),
                    NameObject("/JS"): TextStringObject("app.alert(1)"),
                    NameObject("/URI"): TextStringObject("http://evil"),
                }
            )
        }
    )
    tampered = BytesIO()
    writer.write(tampered)
    out = BytesIO()
    canvas = Canvas(out)
    assert FormImporter(canvas).define("p", tampered.getvalue()) == (24.0, 24.0)
    canvas.doForm("p")
    canvas.showPage()
    canvas.save()
    pdf = out.getvalue()
    assert b"app.alert" not in pdf and b"evil" not in pdf and b"/JS" not in pdf
    assert PdfReader(BytesIO(pdf)).pages[0]["/Resources"]["/XObject"]
