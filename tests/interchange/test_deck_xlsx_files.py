"""XLSX in: what openpyxl and spreadsheets write is read; what is not an honest small
workbook (not a zip, a zip bomb, a DTD, an old .xls) is refused before any XML is parsed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.interchange.deck_files import import_deck_file, read_deck_file
from workshop_studio.interchange.deck_table import MAX_CARDS
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.storage.engine import Database


def _workbook(path: Path, rows: list[list[object]], *, first_sheet: str = "Cartes") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = first_sheet
    for row in rows:
        sheet.append(row)
    workbook.create_sheet("Notes").append(["titre", "ignorée : seule la première feuille compte"])
    workbook.save(path)
    return path


def _refused(db: Database, dump, path: Path) -> ImportRefused:
    before = dump(db)
    with pytest.raises(ImportRefused) as caught:
        import_deck_file(db, path)
    assert dump(db) == before
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)
    return caught.value


def test_a_workbook_with_french_headers_numbers_and_gaps(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "atelier.xlsx",
        [
            [],
            ["Titre", "TYPE", "Exemplaires", "Texte", "Dos"],
            ["Le saisonnier", "profil de recruteur", 2, "Il revient chaque été.\nOu pas.", None],
            [None, None, None, None, None],
            [2024, "Question", 3.0, "→ une année", "dos"],
        ],
    )
    parsed = read_deck_file(path)
    first, second = parsed.deck.cards
    assert (first.title, first.kind, first.copies, first.body) == (
        "Le saisonnier",
        CardKind.RECRUITER_PROFILE,
        2,
        "Il revient chaque été.\nOu pas.",
    )
    assert (second.title, second.copies, second.body, second.back) == ("2024", 3, "→ une année", "dos")
    assert parsed.rows == (3, 5)


def test_bad_cells_name_their_row_and_column(db: Database, dump, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "f.xlsx", [["titre", "exemplaires"], ["A", "1"], ["B", "dragon"]])
    refused = _refused(db, dump, path)
    assert (refused.row, refused.column) == (3, "exemplaires")
    path = _workbook(tmp_path / "g.xlsx", [["titre", "texte"], ["A", "x" * 6000]])
    refused = _refused(db, dump, path)
    assert (refused.row, refused.column) == (2, "texte")
    path = _workbook(tmp_path / "h.xlsx", [["titre", "commentaire"], ["A", "b"]])
    assert _refused(db, dump, path).column == "commentaire"


def test_too_many_rows(db: Database, dump, tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["titre"])
    for number in range(MAX_CARDS + 10):
        sheet.append([f"Carte {number}"])
    path = tmp_path / "trop.xlsx"
    workbook.save(path)
    refused = _refused(db, dump, path)
    assert refused.row == MAX_CARDS + 2


def test_not_a_zip(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "faux.xlsx"
    path.write_text("titre;texte\nA;b\n")
    assert "not a valid .xlsx workbook" in _refused(db, dump, path).reason


def test_an_old_xls(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "vieux.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert "old .xls" in _refused(db, dump, path).reason


def test_a_zip_that_is_not_a_workbook(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "document.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", "<office:document/>")
    assert "no workbook inside" in _refused(db, dump, path).reason


def test_a_broken_workbook(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "casse.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook><sheets>")
        archive.writestr("[Content_Types].xml", "pas du xml")
    assert "not a valid .xlsx workbook" in _refused(db, dump, path).reason


def test_a_zip_bomb_is_refused_from_its_declared_sizes(db: Database, dump, tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    _workbook(path, [["titre"], ["A"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", b"\0" * (200 * 1024 * 1024))  # ~200 KB on disk
    assert path.stat().st_size < 2 * 1024 * 1024
    assert "unpacks to too much data" in _refused(db, dump, path).reason


def _with_sheet(tmp_path: Path, name: str, sheet_xml: str) -> Path:
    source = _workbook(tmp_path / "sain.xlsx", [["titre"], ["A"]])
    path = tmp_path / name
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as archive:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml.encode()
            archive.writestr(item, data)
    return path


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
)
SHEET = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>titre</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    "</sheetData></worksheet>"
)


def test_a_billion_laughs_in_a_sheet(db: Database, dump, tmp_path: Path) -> None:
    path = _with_sheet(tmp_path, "rires.xlsx", '<?xml version="1.0"?>' + LAUGHS + SHEET)
    assert "DTD" in _refused(db, dump, path).reason


def test_a_dtd_hidden_after_the_first_kilobytes_is_still_not_expanded(db: Database, dump, tmp_path: Path) -> None:
    padding = "<!--" + " " * 8192 + "-->"
    path = _with_sheet(tmp_path, "cache.xlsx", '<?xml version="1.0"?>' + padding + LAUGHS + SHEET)
    assert "not a valid .xlsx workbook" in _refused(db, dump, path).reason
