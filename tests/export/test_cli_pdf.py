"""``export-deck … --out FILE.pdf`` end to end, through a stand-in for the ``export-deck`` parser.

``commands/decks.py`` (written elsewhere) owns the real sub-command; until it lands, this
file registers a minimal one exactly as the contract says: it adds the PDF flags with
``add_pdf_arguments`` and hands the PDF to ``export_pdf``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_probe import reader

from workshop_studio.commands.deck_pdf import add_pdf_arguments, export_pdf, options_from_args


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workshop-studio")
    parser.add_argument("--db")
    commands = parser.add_subparsers(dest="command")
    export = commands.add_parser("export-deck")
    export.add_argument("deck")
    export.add_argument("--out", type=Path, required=True)
    add_pdf_arguments(export)
    return parser


def _run(argv: list[str]) -> int:
    from workshop_studio.interchange.sample import open_with_sample
    from workshop_studio.services.library import find_deck

    args = _parser().parse_args(argv)
    db = open_with_sample(args.db)
    try:
        with db.read() as session:
            deck_id = find_deck(session, args.deck).id
        return export_pdf(args, db, deck_id, args.out)
    finally:
        db.dispose()


def _sample_counts(db_path: Path) -> tuple[str, int]:
    from workshop_studio.interchange.sample import open_with_sample
    from workshop_studio.services.library import deck_cards, list_deck_summaries

    db = open_with_sample(str(db_path))
    try:
        with db.read() as session:
            deck = list_deck_summaries(session)[0]
            return str(deck.id), sum(c.copies for c in deck_cards(session, deck.id))
    finally:
        db.dispose()


def test_defaults_are_poker_a4_sheet_no_backs_with_crop_marks() -> None:
    args = _parser().parse_args(["export-deck", "1", "--out", "x.pdf"])
    options = options_from_args(args, card_size="poker", title="Deck")
    assert (options.card_size, options.paper, options.layout, options.backs) == ("poker", "a4", "sheet", "none")
    assert options.marks and options.back_offset_mm == (0.0, 0.0) and not options.number_golden_tickets


def test_export_deck_writes_the_sample_deck_and_says_what_it_printed(db_path: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    deck, printed = _sample_counts(db_path)
    out = tmp_path / "cartes.pdf"
    code = _run(["--db", str(db_path), "export-deck", deck, "--out", str(out), "--backs", "long-edge",
                 "--number-tickets", "--back-offset", "0.5", "-1"])
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    pages = -(-printed // 9) * 2
    assert lines == [f"{out}: {pages} pages, {printed} cards (9 per portrait page)."]
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == pages
    assert "No. 0001" in "".join(page.extract_text() for page in pdf.pages)


def test_cards_that_do_not_fit_are_reported_one_line_each(db_path: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from workshop_studio.domain.materials import CardData, DeckData
    from workshop_studio.domain.vocabulary import CardKind
    from workshop_studio.services.library import create_deck
    from workshop_studio.storage.migrate import open_database

    db = open_database(str(db_path))
    with db.write() as session:
        deck_id = create_deck(session, DeckData("Trop long", (
            CardData(CardKind.QUESTION, "Bavard", "mot " * 600),
            CardData(CardKind.QUESTION, "Mot sans fin", "x" * 3000),
            CardData(CardKind.QUESTION, "Court", "Bien."),
        ))).id
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


def test_refused_options_exit_one_and_write_nothing(db_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    deck, _ = _sample_counts(db_path)
    out = tmp_path / "cal.pdf"
    assert _run(["--db", str(db_path), "export-deck", deck, "--out", str(out), "--calibration"]) == 1
    assert "calibration" in capsys.readouterr().err
    assert _run(["--db", str(db_path), "export-deck", deck, "--out", str(out), "--layout", "print-shop",
                 "--backs", "fold"]) == 1
    assert list(tmp_path.glob("*.pdf")) == []


def test_calibration_sheet_has_crosses_then_scales(db_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    deck, _ = _sample_counts(db_path)
    out = tmp_path / "cal.pdf"
    assert _run(["--db", str(db_path), "export-deck", deck, "--out", str(out), "--calibration",
                 "--backs", "short-edge"]) == 0
    assert "calibration" in capsys.readouterr().out
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == 2
    assert "short edge" in pdf.pages[0].extract_text() and "+10" in pdf.pages[1].extract_text()


def test_the_pdf_export_command_never_loads_qt(db_path: Path, tmp_path: Path) -> None:
    script = f"""
import json, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_cli_pdf import _run
code = _run(["--db", {str(db_path)!r}, "export-deck", "1", "--out", {str(tmp_path / "q.pdf")!r}])
print(json.dumps([code, sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))]))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout.splitlines()[-1]) == [0, []]


@pytest.mark.both_engines  # on a server the quick SQLite read steps aside and the services print
def test_the_real_cli_prints_a_deck_once_export_deck_is_registered(db_target: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from workshop_studio.cli import build_parser, main

    if "--layout" not in build_parser().format_help() + _subcommand_help(build_parser(), "export-deck"):
        pytest.skip("cli.py does not register export-deck yet")
    out = tmp_path / "real.pdf"
    assert main(["--db", db_target, "export-deck", "1", "--out", str(out), "--layout", "print-shop",
                 "--no-crop-marks"]) == 0
    assert "1 per portrait page" in capsys.readouterr().out
    assert all("/TrimBox" in page for page in reader(out.read_bytes()).pages)


def _subcommand_help(parser: argparse.ArgumentParser, name: str) -> str:
    for action in parser._subparsers._group_actions if parser._subparsers else ():  # noqa: SLF001
        if name in getattr(action, "choices", {}):
            return action.choices[name].format_help()
    return ""
