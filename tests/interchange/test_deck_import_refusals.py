"""A bad deck file gets one clear message naming the file, the row (as a spreadsheet counts
them, header = 1) and the column, and nothing is written."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from workshop_studio.interchange.deck_files import import_deck_file
from workshop_studio.interchange.deck_table import MAX_CARDS
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.storage.engine import Database


def _refused(db: Database, dump, path: Path) -> ImportRefused:
    before = dump(db)
    with pytest.raises(ImportRefused) as caught:
        import_deck_file(db, path)
    assert dump(db) == before, "a refused file wrote nothing"
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message
    return caught.value


def _csv(tmp_path: Path, text: str, name: str = "cartes.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("text", "row", "column", "words"),
    [
        ("type;texte\nquestion;b\n", 1, "title", "no “title” (or “titre”, “name”, “nom”) column"),
        ("titre;texte;remarques\nA;b;c\n", 1, "remarques", "unknown columns: “remarques”"),
        ("titre;Titre\nA;B\n", 1, "Titre", "appears twice"),
        ("type;titre\n" + "".join(f"sorte {n};C{n}\n" for n in range(41)), 42, "type", "at most 40 kinds of its own"),
        ("titre;texte\nA;b\n;texte sans titre\n", 3, "titre", "the title is empty"),
        ("titre;exemplaires\nA;2\nB;beaucoup\n", 3, "exemplaires", "not a number of copies"),
        ("titre;exemplaires\nA;1000\n", 2, "exemplaires", "not a number of copies"),
        ("titre;exemplaires\nA;1.5\n", 2, "exemplaires", "not a number of copies"),
        ("titre;couleur\nA;rose bonbon\n", 2, "couleur", "not a colour"),
        ("titre;texte\nA;b;égaré\n", 2, "C", "under no column header"),
        ("titre;;texte\nA;perdu;b\n", 2, "B", "under no column header"),
        ("titre\n\n", 2, None, "no cards under the header"),
        ("", None, None, "the file is empty"),
        ("\n;;;\n\n", None, None, "the file is empty"),
        ("titre;texte\n;;\n", 2, None, "no cards under the header"),
    ],
)
def test_bad_tables(db: Database, dump, tmp_path: Path, text: str, row, column, words: str) -> None:
    refused = _refused(db, dump, _csv(tmp_path, text))
    assert (refused.row, refused.column) == (row, column)
    assert words in refused.reason
    message = str(refused)
    if row is not None:
        assert f"row {row}" in message
    if column is not None:
        assert f"column “{column}”" in message


def test_unknown_pictogram_names_row_and_column(db: Database, dump, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Titre;Pictogramme\nA;téléphone\nB;Licorne\n")
    refused = _refused(db, dump, path)
    assert (refused.row, refused.column) == (3, "Pictogramme")
    assert "no pictogram has the key or label “Licorne”" in refused.reason


def test_unreadable_encoding_names_row_and_column(db: Database, dump, tmp_path: Path) -> None:
    # 0x81 and 0x8d are neither UTF-8 here nor defined in Windows-1252.
    raw = b"titre;texte\nA;b\n" + b"C;d\x81\x8d\n"
    path = tmp_path / "binaire.csv"
    path.write_bytes(raw)
    refused = _refused(db, dump, path)
    assert (refused.row, refused.column) == (3, "texte")
    assert "neither UTF-8 nor Windows-1252" in refused.reason


def test_a_bom_that_lies_is_not_read_as_windows_1252(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "menteur.csv"
    path.write_bytes(b"\xef\xbb\xbftitre\n" + "Été".encode("cp1252") + b"\n")
    refused = _refused(db, dump, path)
    assert (refused.row, refused.column) == (2, "titre")


def test_utf16_gets_a_hint(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("titre\tkind\nA\tquestion\n".encode("utf-16"))
    assert "UTF-16" in _refused(db, dump, path).reason


def test_a_workbook_named_csv(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "classeur.csv"
    path.write_bytes((Path(__file__).resolve().parents[1] / "data" / "cartes_libreoffice.xlsx").read_bytes())
    assert "not a text file" in _refused(db, dump, path).reason


def test_a_hundred_thousand_rows_are_refused_quickly(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "enorme.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("type;titre;texte\n")
        for number in range(100_000):
            handle.write(f"question;Carte {number};Un texte court pour la carte {number}\n")
    started = time.perf_counter()
    refused = _refused(db, dump, path)
    elapsed = time.perf_counter() - started
    assert refused.row == MAX_CARDS + 2 and "at most 5000 cards" in refused.reason
    print(f"refused after {elapsed:.3f} s")  # reading stops at the limit; not asserted (shared machines)


def test_a_million_empty_rows_are_refused_too(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"titre;texte\nA;b\n" + b";\n" * 1_000_000)
    refused = _refused(db, dump, path)
    assert refused.row == 4 * MAX_CARDS + 1 and "more than" in refused.reason


def test_a_cell_of_one_megabyte_on_one_line(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "gros.csv"
    path.write_bytes(b"titre;texte\nA;b\nB;" + b"x" * 1_000_000 + b"\nC;d\n")
    refused = _refused(db, dump, path)
    assert (refused.row, refused.column) == (3, "texte")
    assert "longer than 5000 characters" in refused.reason


def test_a_quoted_cell_of_one_megabyte_over_many_lines(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "gros.csv"
    path.write_bytes(b'titre;texte;dos\nA;b;c\nB;c;"' + b"une ligne\n" * 100_000 + b'"\n')
    refused = _refused(db, dump, path)
    assert (refused.row, refused.column) == (3, "dos")


def test_a_cell_just_over_the_limit(db: Database, dump, tmp_path: Path) -> None:
    path = _csv(tmp_path, "titre;texte\nA;" + "é" * 5001 + "\n")
    refused = _refused(db, dump, path)
    assert (refused.row, refused.column) == (2, "texte") and "5001 characters" in refused.reason


def test_a_quote_never_closed(db: Database, dump, tmp_path: Path) -> None:
    path = _csv(tmp_path, 'titre;texte\nA;"b\n' + "suite\n" * 20_000)
    refused = _refused(db, dump, path)
    assert refused.row == 2 and "never closed" in refused.reason


def test_missing_file_and_unknown_suffix(db: Database, dump, tmp_path: Path) -> None:
    assert "no such file" in _refused(db, dump, tmp_path / "absent.csv").reason
    odt = tmp_path / "cartes.odt"
    odt.write_bytes(b"PK\x03\x04")
    assert "ends in .csv, .xlsx, .ods or .json" in _refused(db, dump, odt).reason


def test_a_bad_row_after_many_good_ones_writes_no_card(db: Database, dump, tmp_path: Path) -> None:
    lines = ["titre;type"] + [f"Carte {n};question" for n in range(300)] + [";question"]
    refused = _refused(db, dump, _csv(tmp_path, "\n".join(lines) + "\n"))
    assert (refused.row, refused.column) == (302, "titre")
