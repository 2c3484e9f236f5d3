"""Deck export to PDF, as ratios against a peer tool and against a floor, measured in one run.

    python benchmarks/deck_export.py [--runs 5] [--skip-decksmith]

Every figure is a whole process, timed wall clock from spawn to exit (start-up dominates):
  (a) ours: ``workshop-studio --db DB export-deck DECK --out deck.pdf`` on a 54-card deck,
      against decksmith (PyPI; installed by this script in a throwaway venv under the temp
      folder) building the same 54 cards (``decksmith build``) and exporting them
      (``decksmith export``). Goal: >= 10x faster and a PDF >= 10x smaller.
  (b) ours on 54- and 540-card decks, against bare reportlab drawing the same primitives in
      one script (embedded TTF text, one reused vector pictogram form, crop marks).
      Goal: <= 2x that floor.
Every benchmark card shows the same pictogram, as the floor does. Our pictogram cache is
warmed by one untimed run first, as it is after the first export. Two reference lines split
our figure: the same export in a process with no database (cards from a JSON file), and
opening the database alone (``open_with_sample``), which the CLI must do first.
If the real CLI has no ``export-deck`` yet, a stand-in registers it exactly as
``commands/decks.py`` will (``add_pdf_arguments`` + ``export_pdf``); the output says which.
Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.gettempdir()) / "ws-deck-bench"
DPI = 300
PICTOGRAM = "calendar"

SHIM = r"""
import argparse, sys
from pathlib import Path
from workshop_studio.commands.deck_pdf import add_pdf_arguments, export_pdf
parser = argparse.ArgumentParser(prog="workshop-studio")
parser.add_argument("--db")
sub = parser.add_subparsers(dest="command")
export = sub.add_parser("export-deck")
export.add_argument("deck")
export.add_argument("--out", type=Path, required=True)
add_pdf_arguments(export)
args = parser.parse_args()
from workshop_studio.interchange.sample import open_with_sample
from workshop_studio.services.library import find_deck
db = open_with_sample(args.db)
with db.read() as session:
    deck_id = find_deck(session, args.deck).id
code = export_pdf(args, db, deck_id, args.out)
db.dispose()
sys.exit(code)
"""

# Our export pipeline alone: the same cards from a JSON file, no database.
EXPORT_ONLY = r"""
import json, sys
from pathlib import Path
from workshop_studio.domain.materials import CardView
from workshop_studio.export.deck_pdf import export_deck_pdf
from workshop_studio.export.print_options import PrintOptions
doc = json.load(open(sys.argv[1], encoding="utf-8"))
svg = doc["svg"].encode("utf-8")
cards = [CardView(kind=c["kind_key"], title=c["title"], body=c["body"], back=c["back"], colour=c["colour"],
                  pictogram_data=svg, pictogram_media_type="image/svg+xml") for c in doc["cards"]]
export_deck_pdf(cards, PrintOptions(), Path(sys.argv[2]))
"""

OPEN_ONLY = r"""
import sys
from workshop_studio.interchange.sample import open_with_sample
open_with_sample(sys.argv[1]).dispose()
"""

# The floor: what any reportlab program drawing these cards must do, and nothing else.
FLOOR = r"""
import json, sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.lib.units import mm
from reportlab import rl_config
rl_config.useA85 = 0
doc = json.load(open(sys.argv[1], encoding="utf-8"))
pdfmetrics.registerFont(TTFont("R", doc["regular"]))
pdfmetrics.registerFont(TTFont("B", doc["bold"]))
sw = pdfmetrics.stringWidth

def wrap(text, font, size, width):
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and sw(trial, font, size) > width:
            lines.append(line); line = word
        else:
            line = trial
    return lines + [line] if line else lines

c = Canvas(sys.argv[2], invariant=1, pageCompression=1, initialFontName="R")
W, H, CW, CH = 210 * mm, 297 * mm, 63 * mm, 88 * mm
c.beginForm("pic", 0, 0, doc["pic_w"], doc["pic_h"]); c.addLiteral(doc["pic_ops"]); c.endForm()
cards = doc["cards"]
for start in range(0, len(cards), 9):
    for i, card in enumerate(cards[start:start + 9]):
        x, y = 10.5 * mm + (i % 3) * CW, H - 16.5 * mm - (i // 3 + 1) * CH
        c.saveState(); c.translate(x, y)
        c.setFillColor(card["fill"]); c.rect(0, 0, CW, CH, stroke=0, fill=1)
        c.setFillColor(card["accent"]); c.rect(0, CH - 3 * mm, CW, 3 * mm, stroke=0, fill=1)
        c.setFillColor("#1A1A1A"); c.setFont("B", 7); c.drawString(4 * mm, CH - 9 * mm, card["kind"])
        c.saveState(); c.transform(1.8, 0, 0, 1.8, CW / 2 - 16, CH - 45 * mm); c.doForm("pic"); c.restoreState()
        yy = CH - 52 * mm
        c.setFont("B", 13)
        for line in wrap(card["title"], "B", 13, CW - 8 * mm):
            c.drawString(4 * mm, yy, line); yy -= 15.6
        c.setFont("R", 10)
        for line in wrap(card["body"], "R", 10, CW - 8 * mm):
            c.drawString(4 * mm, yy, line); yy -= 12
        c.restoreState()
    p = c.beginPath()
    for k in range(4):
        x = 10.5 * mm + k * CW
        p.moveTo(x, 5 * mm); p.lineTo(x, 15.5 * mm); p.moveTo(x, H - 5 * mm); p.lineTo(x, H - 15.5 * mm)
        y = H - 16.5 * mm - k * CH
        p.moveTo(5 * mm, y); p.lineTo(9.5 * mm, y); p.moveTo(W - 5 * mm, y); p.lineTo(W - 9.5 * mm, y)
    c.setLineWidth(0.5); c.drawPath(p, stroke=1, fill=0)
    c.showPage()
c.save()
"""


def _time(command: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _median(command: list[str], runs: int, cwd: Path | None = None) -> float:
    return statistics.median(_time(command, cwd) for _ in range(runs))


def _set_up_decks() -> tuple[Path, dict[int, str], list[dict[str, str]]]:
    """A fresh sample database with 54- and 540-card decks cycling through the sample cards."""
    from workshop_studio.domain.colours import card_accent, card_fill
    from workshop_studio.domain.materials import CardData, DeckData
    from workshop_studio.domain.vocabulary import CardKind
    from workshop_studio.export.card_layout import kind_label
    from workshop_studio.interchange.sample import open_with_sample
    from workshop_studio.services.library import create_deck, deck_cards, list_deck_summaries

    db_path = WORK / "bench.sqlite3"
    db_path.unlink(missing_ok=True)
    db = open_with_sample(str(db_path))
    with db.write() as session:
        sample = deck_cards(session, list_deck_summaries(session)[0].id)
        base = [CardData(CardKind(c.kind), c.title, c.body, PICTOGRAM, c.back, 1, c.colour) for c in sample]
        decks = {n: f"Bench {n}" for n in (54, 540)}
        for n, name in decks.items():
            create_deck(session, DeckData(name, tuple(base[i % len(base)] for i in range(n))))
        described = [
            {
                "kind": kind_label(c.kind).upper(),
                "kind_key": c.kind,
                "title": c.title,
                "body": c.body,
                "back": c.back,
                "colour": c.colour,
                "fill": card_fill(c.kind, c.colour),
                "accent": card_accent(c.kind, c.colour),
            }
            for c in sample
        ]
    db.dispose()
    return db_path, decks, described


def _ours(db_path: Path) -> tuple[list[str], str]:
    cli = Path(sys.executable).parent / "workshop-studio"
    probe = subprocess.run([str(cli), "--db", str(db_path), "export-deck", "--help"], capture_output=True, text=True)
    if probe.returncode == 0 and "--layout" in probe.stdout:
        return [str(cli), "--db", str(db_path), "export-deck"], "workshop-studio CLI"
    shim = WORK / "export_deck_shim.py"
    shim.write_text(SHIM, encoding="utf-8")
    return [
        sys.executable,
        str(shim),
        "--db",
        str(db_path),
        "export-deck",
    ], "stand-in export-deck (cli.py has none yet)"


def _floor_input(described: list[dict[str, str]], n: int) -> Path:
    from workshop_studio.export.fonts import BOLD, REGULAR, font_file
    from workshop_studio.export.pictogram_art import VectorArt, convert_svg
    from workshop_studio.paths import PICTOGRAMS_DIR

    svg = (PICTOGRAMS_DIR / f"{PICTOGRAM}.svg").read_bytes()
    art = convert_svg(svg)
    assert isinstance(art, VectorArt)
    path = WORK / f"floor-{n}.json"
    path.write_text(
        json.dumps(
            {
                "regular": str(font_file(REGULAR)),
                "bold": str(font_file(BOLD)),
                "svg": svg.decode("utf-8"),
                "pic_w": art.width,
                "pic_h": art.height,
                "pic_ops": art.ops,
                "cards": [described[i % len(described)] for i in range(n)],
            }
        ),
        encoding="utf-8",
    )
    return path


def _decksmith_project(described: list[dict[str, str]], n: int) -> tuple[Path, Path]:
    """The venv (made once) and a project drawing the same cards at 300 dpi."""
    from PIL import Image, ImageDraw

    from workshop_studio.domain.colours import hex_to_rgb
    from workshop_studio.export.fonts import BOLD, REGULAR, font_file

    venv = WORK / "decksmith-venv"
    if not (venv / "bin" / "decksmith").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "decksmith"], check=True)
    project = WORK / "decksmith-project"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy(font_file(REGULAR), project / "regular.ttf")
    shutil.copy(font_file(BOLD), project / "bold.ttf")
    # decksmith pastes raster images: the pictogram as a 300 dpi PNG (a calendar-like line icon)
    icon = Image.new("RGBA", (196, 196), (0, 0, 0, 0))
    pen = ImageDraw.Draw(icon)
    pen.rounded_rectangle((32, 40, 164, 172), 16, outline=(26, 26, 26, 255), width=16)
    for x in (66, 130):
        pen.line((x, 16, x, 64), fill=(26, 26, 26, 255), width=16)
    pen.line((32, 90, 164, 90), fill=(26, 26, 26, 255), width=16)
    icon.save(project / "icon.png")
    px = DPI / 25.4
    spec = {
        "width": round(63 * px),
        "height": round(88 * px),
        "background_color": ["%r%", "%g%", "%b%"],
        "elements": [
            {
                "type": "rectangle",
                "size": [round(63 * px), round(3 * px)],
                "position": [0, 0],
                "color": ["%ar%", "%ag%", "%ab%"],
            },
            {
                "type": "text",
                "text": "%kind%",
                "position": [round(4 * px), round(5 * px)],
                "font_path": "bold.ttf",
                "font_size": round(7 * DPI / 72),
                "color": [26, 26, 26],
            },
            {"type": "image", "path": "icon.png", "position": [round(31.5 * px) - 98, round(11 * px)]},
            {
                "id": "title",
                "type": "text",
                "text": "%title%",
                "position": [round(4 * px), round(35 * px)],
                "font_path": "bold.ttf",
                "font_size": round(13 * DPI / 72),
                "width": round(55 * px),
                "color": [26, 26, 26],
            },
            {
                "type": "text",
                "text": "%body%",
                "position": [0, round(2 * px)],
                "relative_to": ["title", "bottom-left"],
                "font_path": "regular.ttf",
                "font_size": round(10 * DPI / 72),
                "width": round(55 * px),
                "color": [26, 26, 26],
            },
        ],
    }
    (project / "deck.yaml").write_text(json.dumps(spec, ensure_ascii=False, indent=1), encoding="utf-8")
    with open(project / "deck.csv", "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["kind", "title", "body", "r", "g", "b", "ar", "ag", "ab"])
        for i in range(n):
            card = described[i % len(described)]
            writer.writerow(
                [card["kind"], card["title"], card["body"], *hex_to_rgb(card["fill"]), *hex_to_rgb(card["accent"])]
            )
    return venv, project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-decksmith", action="store_true")
    options = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    db_path, decks, described = _set_up_decks()
    ours, how = _ours(db_path)
    scripts = {}
    for name, text in (("floor", FLOOR), ("export_only", EXPORT_ONLY), ("open_only", OPEN_ONLY)):
        scripts[name] = WORK / f"{name}.py"
        scripts[name].write_text(text, encoding="utf-8")
    print(f"ours: {how}; {options.runs} runs each, medians of whole processes")
    opening = _median([sys.executable, str(scripts["open_only"]), str(db_path)], options.runs)
    print(f"    reference: opening the database alone (open_with_sample) {opening * 1000:.0f} ms")

    results: dict[str, float] = {}
    for n, name in decks.items():
        out = WORK / f"ours-{n}.pdf"
        command = [*ours, name, "--out", str(out)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # warms the pictogram cache
        floor_out, floor_in = WORK / f"floor-{n}.pdf", _floor_input(described, n)
        floor = [sys.executable, str(scripts["floor"]), str(floor_in), str(floor_out)]
        alone = [sys.executable, str(scripts["export_only"]), str(floor_in), str(WORK / f"alone-{n}.pdf")]
        _time(floor)
        _time(alone)
        results[f"ours{n}"] = _median(command, options.runs)
        results[f"floor{n}"] = _median(floor, options.runs)
        results[f"alone{n}"] = _median(alone, options.runs)
        ratio = results[f"ours{n}"] / results[f"floor{n}"]
        print(
            f"(b) {n:>3} cards: ours {results[f'ours{n}'] * 1000:6.0f} ms, bare reportlab "
            f"{results[f'floor{n}'] * 1000:6.0f} ms -> {ratio:.2f}x the floor (goal <= 2x); "
            f"PDF {out.stat().st_size / 1024:.0f} KiB vs {floor_out.stat().st_size / 1024:.0f} KiB"
        )
        print(
            f"    export alone, no database: {results[f'alone{n}'] * 1000:6.0f} ms -> "
            f"{results[f'alone{n}'] / results[f'floor{n}']:.2f}x the floor"
        )

    if options.skip_decksmith:
        return
    venv, project = _decksmith_project(described, 54)
    tool = str(venv / "bin" / "decksmith")
    build = [tool, "build", "--spec", "deck.yaml", "--data", "deck.csv", "--output", "cards"]
    export = [tool, "export", "cards", "--output", "deck.pdf", "--width", "63", "--height", "88"]
    _time(build, project)
    peer = statistics.median(_time(build, project) + _time(export, project) for _ in range(options.runs))
    ours_pdf = (WORK / "ours-54.pdf").stat().st_size
    peer_pdf = (project / "deck.pdf").stat().st_size
    print(
        f"(a)  54 cards: decksmith build+export {peer * 1000:6.0f} ms, ours {results['ours54'] * 1000:6.0f} ms "
        f"-> {peer / results['ours54']:.1f}x faster (goal >= 10x); PDF {peer_pdf / 1024:.0f} KiB vs "
        f"{ours_pdf / 1024:.0f} KiB -> {peer_pdf / ours_pdf:.1f}x smaller (goal >= 10x)"
    )


if __name__ == "__main__":
    os.environ.pop("WORKSHOP_STUDIO_DB", None)
    main()
