"""Hostile pictograms, generated here in a few hundred bytes each: refused at intake with a
reason (on their own, inside a deck file, inside an archive), and, when an older version
stored them already, drawn safely: the PDF prints naming the card, the console's renderer
draws nothing instead of running for minutes."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from fault_support import cli, dump, one_line, run_cli
from pypdf import PdfReader

from workshop_studio.domain.svg_budget import MAX_DRAWN, drawn_elements
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Card, Deck, Pictogram, WorkshopStage

NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def png(width: int = 4, height: int = 4, *, garbage: bool = False) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xd5\x5e\x00" * width for _ in range(height))
    data = b"x\x9c" + b"not a deflate stream at all" * 3 if garbage else zlib.compress(rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def fan_out_bomb(levels: int = 15, width: int = 10) -> bytes:
    """``levels`` groups of ``width`` ``<use>`` of the group below: width**levels shapes in 4 KB."""
    parts = [f'<svg {NS} width="24" height="24"><defs><path id="p0" d="M0 0L1 1"/>']
    for level in range(1, levels + 1):
        parts.append(f'<g id="p{level}">' + f'<use xlink:href="#p{level - 1}"/>' * width + "</g>")
    parts.append(f'</defs><use xlink:href="#p{levels}"/></svg>')
    return "".join(parts).encode()


HOSTILE = {
    "no-size": (f'<svg {NS}><path d="M0 0L10 10"/></svg>'.encode(), "the drawing has no size"),
    "image-points-inside": (
        f'<svg {NS} width="24" height="24"><image id="x" href="#x"/></svg>'.encode(),
        "an <image> must hold its picture",
    ),
    "use-loop": (
        f'<svg {NS} viewBox="0 0 24 24"><g id="a"><use xlink:href="#b"/></g>'
        f'<g id="b"><use xlink:href="#a"/></g></svg>'.encode(),
        "refers to itself in a loop",
    ),
    "gradient-loop": (
        f'<svg {NS} viewBox="0 0 24 24"><linearGradient id="a" xlink:href="#b"/>'
        f'<linearGradient id="b" xlink:href="#a"/><rect fill="url(#a)" width="9" height="9"/></svg>'.encode(),
        "refers to itself in a loop",
    ),
    "fan-out-bomb": (fan_out_bomb(), f"more than {MAX_DRAWN} elements"),
    "garbage-idat": (png(garbage=True), "image data is damaged"),
    "svg-with-garbage-png": (
        f'<svg {NS} width="24" height="24"><image width="24" height="24" href="data:image/png;base64,'
        f'{base64.b64encode(png(garbage=True)).decode()}"/></svg>'.encode(),
        "image data is damaged",
    ),
    "svg-with-gif": (
        f'<svg {NS} width="24" height="24"><image href="data:image/gif;base64,R0lGODlhAQABAAAAACw="/></svg>'.encode(),
        "must be a PNG or JPEG picture",
    ),
}


def test_the_bomb_is_small_and_counted_without_expanding_it() -> None:
    from defusedxml.ElementTree import fromstring

    assert len(fan_out_bomb()) < 4096
    assert drawn_elements(fromstring(fan_out_bomb())) == MAX_DRAWN + 1  # capped, never 10**15


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_pictogram_file_is_refused(capsys, db_path: Path, tmp_path: Path, case: str) -> None:
    data, reason = HOSTILE[case]
    path = tmp_path / (f"{case}.png" if data.startswith(b"\x89PNG") else f"{case}.svg")
    path.write_bytes(data)
    before = dump(db_path)
    code, out, err = cli(capsys, db_path, "import-pictogram", str(path), "--label", case)
    assert (code, out) == (1, "")
    line = one_line(err)
    assert line.startswith(f"workshop-studio: {path}: ") and reason in line
    assert dump(db_path) == before


def _deck_with_pictogram(folder: Path, data: bytes, media_type: str) -> Path:
    path = folder / "jeu.json"
    path.write_text(
        json.dumps(
            {
                "format": "workshop-studio-deck",
                "version": 1,
                "deck": {"name": "Jeu"},
                "cards": [{"kind": "question", "title": "Q1", "pictogram": "p"}],
                "pictograms": [{"key": "p", "media_type": media_type, "data": base64.b64encode(data).decode()}],
            }
        ),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("case", ["fan-out-bomb", "no-size", "garbage-idat"])
def test_a_hostile_pictogram_inside_a_deck_file_is_refused(capsys, db_path: Path, tmp_path: Path, case: str) -> None:
    data, reason = HOSTILE[case]
    path = _deck_with_pictogram(tmp_path, data, "image/png" if data.startswith(b"\x89PNG") else "image/svg+xml")
    before = dump(db_path)
    code, _, err = cli(capsys, db_path, "import-deck", str(path))
    assert code == 1
    line = one_line(err)
    assert line.startswith(f"workshop-studio: {path}, row 1, column “data”: ") and reason in line
    assert dump(db_path) == before


def test_a_fan_out_bomb_inside_an_archive_is_refused(capsys, db_path: Path, tmp_path: Path) -> None:
    archive = tmp_path / "atelier.zip"
    code, _, err = cli(capsys, db_path, "export-workshop", "1", "--out", str(archive))
    assert code == 0, err
    with zipfile.ZipFile(archive) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    document = json.loads(parts["workshop.json"])
    member = document["pictograms"][0]["file"]
    bomb = fan_out_bomb()
    parts[member] = bomb
    document["pictograms"][0].update(media_type="image/svg+xml", sha256=hashlib.sha256(bomb).hexdigest())
    parts["workshop.json"] = json.dumps(document).encode()
    hostile = tmp_path / "bombe.zip"
    with zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    before = dump(db_path)
    code, _, err = cli(capsys, db_path, "import-workshop", str(hostile))
    assert code == 1
    line = one_line(err)
    assert f"member “{member}”" in line and f"more than {MAX_DRAWN} elements" in line
    assert dump(db_path) == before


# --- stored by an older version: drawn safely -----------------------------------------------


def _store_as_an_older_version_did(db_path: Path, cases: list[str], colour: str | None = None) -> int:
    """A deck whose cards use these pictograms, written straight to the database (no intake)."""
    db = open_database(str(db_path))
    try:
        with db.write() as session:
            deck = Deck(name="Ancien jeu")
            session.add(deck)
            for position, case in enumerate(cases):
                data, _ = HOSTILE[case]
                picture = Pictogram(
                    key=f"old-{case}",
                    label_fr=case,
                    label_en=case,
                    data=data,
                    source="",
                    media_type="image/png" if data.startswith(b"\x89PNG") else "image/svg+xml",
                )
                session.add(picture)
                session.flush()
                deck.cards.append(
                    Card(
                        position=position,
                        kind="question",
                        title=f"Carte {case}",
                        body="",
                        back="",
                        copies=1,
                        pictogram_id=picture.id,
                        colour=colour,
                    )
                )
            session.flush()
            return deck.id
    finally:
        db.dispose()


def test_a_deck_of_stored_hostile_pictograms_still_prints_naming_each_card(db_path: Path, tmp_path: Path) -> None:
    cases = sorted(HOSTILE)
    deck = _store_as_an_older_version_did(db_path, cases, colour="#zzzzzz")
    out = tmp_path / "ancien.pdf"
    result = run_cli(tmp_path, db_path, "export-deck", str(deck), "--out", str(out))  # a real process: its stderr whole
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{out}: 1 page, {len(cases)} cards")
    warnings = result.stderr.splitlines()
    # A damaged GIF inside an SVG (stored by an older version) is not drawn either: it is named too.
    unprintable = list(cases)
    assert sorted(warnings) == sorted(
        f"warning: “Carte {case}”: the pictogram could not be drawn." for case in unprintable
    )
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert all(f"Carte {case}" in text for case in cases)


def test_an_svg_holding_a_png_is_accepted_and_printed_with_its_picture(
    capsys, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    svg = (
        f'<svg {NS} width="24" height="24"><image width="24" height="24" href="data:image/png;base64,'
        f'{base64.b64encode(png()).decode()}"/></svg>'
    ).encode()
    code, _, err = cli(capsys, db_path, "import-deck", str(_deck_with_pictogram(tmp_path, svg, "image/svg+xml")))
    assert code == 0, err
    out = tmp_path / "image.pdf"
    code, _, err = cli(capsys, db_path, "export-deck", "Jeu", "--out", str(out))
    assert (code, err) == (0, "")
    page = PdfReader(out).pages[0]
    assert len(page.images) == 1 and page.images[0].image.size == (4, 4)


def test_a_report_with_a_stored_bomb_on_a_stage_still_exports(
    capsys, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    db = open_database(str(db_path))
    try:
        with db.write() as session:
            picture = Pictogram(
                key="old-bomb", label_fr="b", label_en="b", data=fan_out_bomb(), source="", media_type="image/svg+xml"
            )
            session.add(picture)
            session.flush()
            for stage in session.query(WorkshopStage).filter_by(workshop_id=1):
                stage.pictogram_id = picture.id
    finally:
        db.dispose()
    out = tmp_path / "rapport.pdf"
    code, _printed, err = cli(capsys, db_path, "export-workshop", "1", "--out", str(out))
    assert code == 0, err
    assert len(PdfReader(out).pages) > 1


def test_the_consoles_renderer_does_not_draw_a_stored_bomb(qapp) -> None:
    from workshop_studio.ui.pictograms import Pictogram as Drawable

    def opaque_pixels(drawable: Drawable) -> int:
        image = drawable.pixmap(64).toImage()
        return sum(1 for y in range(64) for x in range(64) if image.pixelColor(x, y).alpha() > 0)

    bomb = Drawable(fan_out_bomb(), "image/svg+xml")
    assert not bomb.is_valid
    assert opaque_pixels(bomb) == 0  # painting it costs nothing and draws nothing
    good = Drawable(f'<svg {NS} viewBox="0 0 24 24"><rect width="24" height="24"/></svg>'.encode(), "image/svg+xml")
    assert good.is_valid and opaque_pixels(good) == 64 * 64  # the square, filling its pixmap


def test_the_console_checks_a_file_off_its_thread_and_gives_up_after_the_time_limit(qapp, tmp_path: Path) -> None:
    import threading

    from workshop_studio.interchange.errors import ImportRefused
    from workshop_studio.ui.off_thread import read_off_thread

    release = threading.Event()
    seen: list[str] = []

    def slow_read() -> int:
        seen.append(threading.current_thread().name)
        release.wait(5)
        return 1

    with pytest.raises(ImportRefused, match=r"could not be checked within 0\.2 s") as refused:
        read_off_thread(slow_read, tmp_path / "lent.svg", timeout_s=0.2)
    release.set()
    assert str(refused.value).startswith(str(tmp_path / "lent.svg"))
    assert seen == ["import-check"]
    assert read_off_thread(lambda: 42, tmp_path / "vite.svg") == 42
    with pytest.raises(ImportRefused, match="refusé"):
        read_off_thread(lambda: (_ for _ in ()).throw(ImportRefused("x", "refusé")), tmp_path / "x")
