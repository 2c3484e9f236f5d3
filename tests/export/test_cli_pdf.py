"""``export-deck … --out FILE.pdf`` end to end, through the real command line (``cli.main``):
``commands/decks.py`` owns the sub-command, ``commands/deck_pdf.py`` adds the print flags, and
what they ask for is read back from the PDF."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_probe import line_segments, mm, reader

DECK, PRINTED = "1", 57  # the sample deck: 49 cards, two golden tickets printed five times each


def _run(argv: list[str]) -> int:
    from workshop_studio.cli import main

    return main(argv)


def test_by_default_poker_cards_on_a4_sheets_no_backs_and_crop_marks(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cartes.pdf"
    assert _run(["--db", str(db_path), "export-deck", DECK, "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{out}: 7 pages, {PRINTED} cards (9 per portrait page)."]
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == 7  # 57 fronts, nine a page, and no page of backs
    for page in pdf.pages:
        assert (mm(float(page.mediabox.width)), mm(float(page.mediabox.height))) == pytest.approx((210, 297), abs=0.01)
    cuts = sorted({round(mm(x1), 2) for x1, _, x2, _ in line_segments(pdf.pages[0]) if x1 == x2})
    assert cuts == [10.5, 73.5, 136.5, 199.5]  # crop marks, three poker cards (63 mm) across
    assert "No. 0001" not in "".join(page.extract_text() for page in pdf.pages)  # tickets unnumbered


def test_export_deck_writes_the_sample_deck_and_says_what_it_printed(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cartes.pdf"
    code = _run(
        [
            "--db",
            str(db_path),
            "export-deck",
            DECK,
            "--out",
            str(out),
            "--backs",
            "long-edge",
            "--number-tickets",
            "--back-offset",
            "0.5",
            "-1",
        ]
    )
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    pages = 14  # seven pages of fronts, each followed by its page of backs
    assert lines == [f"{out}: {pages} pages, {PRINTED} cards (9 per portrait page)."]
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == pages
    assert "No. 0001" in "".join(page.extract_text() for page in pdf.pages)


def test_cards_that_do_not_fit_are_reported_one_line_each(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workshop_studio.domain.materials import CardData, DeckData
    from workshop_studio.domain.vocabulary import CardKind
    from workshop_studio.services.library import create_deck
    from workshop_studio.storage.migrate import open_database

    db = open_database(str(db_path))
    with db.write() as session:
        deck_id = create_deck(
            session,
            DeckData(
                "Trop long",
                (
                    CardData(CardKind.QUESTION, "Bavard", "mot " * 600),
                    CardData(CardKind.QUESTION, "Mot sans fin", "x" * 3000),
                    CardData(CardKind.QUESTION, "Court", "Bien."),
                ),
            ),
        ).id
    db.dispose()
    out = tmp_path / "long.pdf"
    assert _run(["--db", str(db_path), "export-deck", str(deck_id), "--out", str(out), "--size", "mini"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{out}: 1 page, 3 cards")
    assert captured.err.splitlines() == [
        "warning: “Bavard”: the text is too long and was cut.",
        "warning: “Mot sans fin”: the text is too long and was cut.",
    ]
    assert out.exists()


def test_refused_options_exit_one_and_write_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cal.pdf"
    assert _run(["--db", str(db_path), "export-deck", DECK, "--out", str(out), "--calibration"]) == 1
    assert "calibration" in capsys.readouterr().err
    assert (
        _run(
            ["--db", str(db_path), "export-deck", DECK, "--out", str(out), "--layout", "print-shop", "--backs", "fold"]
        )
        == 1
    )
    assert list(tmp_path.glob("*.pdf")) == []


def test_calibration_sheet_has_crosses_then_scales(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cal.pdf"
    assert (
        _run(["--db", str(db_path), "export-deck", DECK, "--out", str(out), "--calibration", "--backs", "short-edge"])
        == 0
    )
    assert "calibration" in capsys.readouterr().out
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == 2
    assert "short edge" in pdf.pages[0].extract_text() and "+10" in pdf.pages[1].extract_text()


def test_the_pdf_export_command_never_loads_qt(db_path: Path, tmp_path: Path) -> None:
    script = f"""
import json, sys
from workshop_studio.cli import main
code = main(["--db", {str(db_path)!r}, "export-deck", "1", "--out", {str(tmp_path / "q.pdf")!r}])
print(json.dumps([code, sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))]))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout.splitlines()[-1]) == [0, []]
    assert (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.both_engines  # on a server the quick SQLite read steps aside and the services print
def test_a_print_shop_pdf_from_either_engine(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "real.pdf"
    assert (
        _run(["--db", db_target, "export-deck", DECK, "--out", str(out), "--layout", "print-shop", "--no-crop-marks"])
        == 0
    )
    assert capsys.readouterr().out.splitlines() == [f"{out}: {PRINTED} pages, {PRINTED} cards (1 per portrait page)."]
    pages = reader(out.read_bytes()).pages
    assert len(pages) == PRINTED and all("/TrimBox" in page for page in pages)
    assert not any(line_segments(page) for page in pages[:3])
