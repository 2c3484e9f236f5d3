"""Decks as others publish them: synonyms, every unknown column in one message, importing the
known columns on request, and LibreOffice's own .ods read like .xlsx and .csv."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.interchange.test_cli_decks import run_cli
from workshop_studio.interchange.deck_files import read_deck_file
from workshop_studio.interchange.errors import UnknownColumns

DATA = Path(__file__).resolve().parents[1] / "data"
UNKNOWN = ("id", "année", "auteur", "url")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_every_unknown_column_is_named_in_one_message(suffix: str) -> None:
    with pytest.raises(UnknownColumns) as caught:
        read_deck_file(DATA / f"cartes_publiees{suffix}")
    message = caught.value.message()
    assert caught.value.names == UNKNOWN
    assert all(f"“{name}”" in message for name in UNKNOWN)
    assert message.startswith(f"{DATA / f'cartes_publiees{suffix}'}, row 1, column “id”: unknown columns")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_known_columns_and_synonyms_are_read_when_the_others_are_ignored(suffix: str) -> None:
    parsed = read_deck_file(DATA / f"cartes_publiees{suffix}", ignore_unknown_columns=True)
    assert parsed.ignored_columns == UNKNOWN
    cards = parsed.deck.cards
    assert [c.title for c in cards] == ["Le besoin émerge", "Fiche de poste ★", "Premier jour"]
    assert [str(c.kind) for c in cards] == ["question", "verbatim", "question"]
    assert cards[0].body == "Qui, dans l’entreprise, voit le besoin en premier ?"
    assert cards[1].body == "« On ne sait pas écrire une offre » – gérante, boulangerie"
    assert cards[2].body == "Accueil du nouveau salarié\n(deux lignes)"
    assert [c.copies for c in cards] == [2, 1, 3]
    assert parsed.rows == (2, 3, 4)


def test_english_synonyms() -> None:
    from workshop_studio.interchange.deck_table import TableReader

    table = TableReader(Path("deck.csv"))
    for row, cells in enumerate([["Name", "Category", "Text", "Image", "Count"], ["A", "question", "b", "", "4"]], 1):
        table.feed(row, cells)
    card = table.finish("d").deck.cards[0]
    assert (card.title, card.body, card.copies) == ("A", "b", 4)


def test_the_command_line_imports_ignoring_unknown_columns_and_lists_them(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    refused = run_cli(db, "import-deck", str(DATA / "cartes_publiees.ods"))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "unknown columns: “id”, “année”, “auteur”, “url”" in refused.stderr
    done = run_cli(db, "import-deck", str(DATA / "cartes_publiees.ods"), "--ignore-unknown-columns")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\t")[1].strip() == "3"
    assert "columns left out: id, année, auteur, url" in done.stderr


def test_a_damaged_ods_is_refused_naming_the_file(tmp_path: Path) -> None:
    from workshop_studio.interchange.errors import ImportRefused

    bad = tmp_path / "cartes.ods"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(ImportRefused, match="not a readable OpenDocument spreadsheet"):
        read_deck_file(bad)
