"""Export then import gives back the same cards, in all three formats, with awkward text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from workshop_studio.domain.materials import CardData, DeckData
from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.interchange.deck_files import deck_document, export_deck, import_deck_file, read_deck_file
from workshop_studio.interchange.deck_table import neutralise, unneutralise
from workshop_studio.services.library import create_deck, find_deck
from workshop_studio.storage.engine import Database

AWKWARD = [
    "=SUM(A1:A3)",
    "+33 6 12 34 56 78",
    "-",
    "- premier point\n- second point",
    "@gérant",
    "\tindenté",
    "\rretour",
    "'=déjà neutralisé",
    "''deux apostrophes",
    "'apostrophe au début",
    "l'apostrophe au milieu",
    'Des « guillemets » et des "doubles" ; des points-virgules, des virgules',
    "<img src=x onerror=alert(1)> & <b>",
    "עברית וערבית: مرحبا",
    "🙂 emoji 👩‍🍳 et zéro\u200blargeur",
    "x" * 5000,
    "=" + "y" * 4999,
    "ligne 1\nligne 2\n\nligne 4",
    " espaces autour ",
]


def _awkward_deck() -> DeckData:
    kinds = list(CardKind)
    cards = [
        CardData(
            kind=kinds[i % len(kinds)],
            title=text if text.strip() else f"titre {i}",
            body=AWKWARD[(i + 3) % len(AWKWARD)],
            pictogram=("phone", "star", None)[i % 3],
            back=AWKWARD[(i + 7) % len(AWKWARD)] if i % 2 else "",
            copies=(1, 0, 3, 999)[i % 4],
            colour=("#E69F00", None, "sky", None)[i % 4],
        )
        for i, text in enumerate(AWKWARD)
    ]
    return DeckData(name="Cartes piégées", cards=tuple(cards), description="pour les tests", card_size="tarot")


@pytest.mark.parametrize("text", [*AWKWARD, "", "'", "''", "'-", "=", "a=b"])
def test_neutralise_is_undone_exactly(text: str) -> None:
    safe = neutralise(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unneutralise(safe) == text


def _cards(db: Database, deck_id: int) -> tuple[CardData, ...]:
    with db.read() as session:
        return deck_document(session, deck_id)[0].cards


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_awkward_cards_survive_export_and_import(db: Database, tmp_path: Path, suffix: str) -> None:
    with db.write() as session:
        deck_id = create_deck(session, _awkward_deck()).id
    out = tmp_path / f"cartes{suffix}"
    result = export_deck(db, deck_id, out)
    assert result.card_count == len(AWKWARD) and out.exists()
    assert not list(tmp_path.glob(".*.part")), "the temporary file is gone"
    imported = import_deck_file(db, out)
    assert imported.card_count == len(AWKWARD)
    assert _cards(db, imported.deck_id) == _cards(db, deck_id)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_the_sample_deck_survives_export_and_import(db: Database, tmp_path: Path, suffix: str) -> None:
    with db.read() as session:
        deck_id = find_deck(session, "Atelier TPE – jeu de cartes").id
    out = tmp_path / f"sample{suffix}"
    export_deck(db, "Atelier TPE – jeu de cartes", out)
    imported = import_deck_file(db, out, name="Copie")
    assert imported.name == "Copie"
    assert _cards(db, imported.deck_id) == _cards(db, deck_id)


def test_json_keeps_the_deck_itself_and_the_pictures(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        deck_id = create_deck(session, _awkward_deck()).id
    out = tmp_path / "cartes.json"
    export_deck(db, deck_id, out)
    parsed = read_deck_file(out)
    assert (parsed.deck.name, parsed.deck.description, parsed.deck.card_size) == (
        "Cartes piégées",
        "pour les tests",
        "tarot",
    )
    assert sorted(p.key for p in parsed.pictograms) == ["phone", "star"]  # only those the cards use
    assert all(p.data.startswith(b"<svg") or b"<svg" in p.data[:200] for p in parsed.pictograms)


def test_csv_export_is_what_french_excel_opens(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        deck_id = create_deck(session, _awkward_deck()).id
    out = tmp_path / "cartes.csv"
    export_deck(db, deck_id, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfkind;title;body;pictogram;back;copies;colour\r\n")
    text = raw.decode("utf-8-sig")
    for line in text.split("\r\n")[1:]:
        for cell in line.split(";"):
            assert not cell.lstrip('"').startswith(("=", "+", "@")), cell


def test_xlsx_export_holds_no_formula(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        deck_id = create_deck(session, _awkward_deck()).id
    out = tmp_path / "cartes.xlsx"
    export_deck(db, deck_id, out)
    with zipfile.ZipFile(out) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet
    from openpyxl import load_workbook

    workbook = load_workbook(out)  # not read-only: every cell's type is known
    types = {cell.data_type for row in workbook.worksheets[0].iter_rows() for cell in row if cell.value is not None}
    assert types <= {"s", "n"}
    assert workbook.worksheets[0].title == "Cartes piégées"


def test_export_replaces_a_file_whole(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "deck.csv"
    out.write_text("ancien contenu")
    export_deck(db, "Atelier TPE – jeu de cartes", out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfkind;")
    assert [p.name for p in folder.iterdir()] == ["deck.csv"]
