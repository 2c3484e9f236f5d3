"""Participant lists as facilitators bring them: LibreOffice's XLSX and Windows-1252 CSV,
UTF-8 with a BOM, English headers, text pasted from a spreadsheet; every refusal names the
file, the row and the column, and a refused list adds nobody."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from openpyxl import Workbook

from workshop_studio.domain.workshop import ParticipantData
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.participant_table import parse_participant_text, read_participant_file

DATA = Path(__file__).resolve().parents[1] / "data"
SIX = [
    ParticipantData("Karima B.", "cde", "Agence d'Avignon"),
    ParticipantData("Laurence P.", "cdde", "Agence d'Avignon"),
    ParticipantData("Patricia G.", "recruiter", "Boulangerie « Au bon pain »"),
    ParticipantData("Franck M.", "recruiter", "Plomberie Martin & fils"),
    ParticipantData("Léa T.", "new_hire", "Vendeuse, embauchée en juin"),
    ParticipantData("Martine V.", "partner", "Chambre de métiers"),
]


@pytest.mark.parametrize("name", ["participants_libreoffice.xlsx", "participants_libreoffice_cp1252.csv"])
def test_what_libreoffice_writes_reads_whole(name: str) -> None:
    parsed = read_participant_file(DATA / name)
    assert list(parsed.participants) == SIX and parsed.rows == (2, 3, 4, 5, 6, 7)


def test_utf8_with_a_bom_english_headers_in_another_order_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(
        codecs.BOM_UTF8 + "role,organisation,name\n\nnew hire,,Sofiane K.\nfacilitator,,Béatrice L.\n".encode()
    )
    parsed = read_participant_file(path)
    assert parsed.participants == (
        ParticipantData("Sofiane K.", "new_hire"),
        ParticipantData("Béatrice L.", "facilitator"),
    )
    assert parsed.rows == (3, 4)


def test_pasted_rows_without_a_header_are_name_role_organisation() -> None:
    parsed = parse_participant_text("Inès R.\tCDDE\tFrance Travail\r\nMarc\tpartenaire\n\n")
    assert parsed.participants == (
        ParticipantData("Inès R.", "cdde", "France Travail"),
        ParticipantData("Marc", "partner"),
    )
    with_header = parse_participant_text("Nom;Rôle\nMarc;animateur\n")
    assert with_header.participants == (ParticipantData("Marc", "facilitator"),)


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    "rows, row, column, words",
    [
        ([["nom", "rôle"], ["Karima", "CDE"], ["Patricia", "cheffe"]], 3, "rôle", "unknown role “cheffe”"),
        ([["nom", "rôle"], ["", "CDE"]], 2, "nom", "the name is empty"),
        ([["nom", "rôle"], ["Karima", ""]], 2, "rôle", "the role is empty"),
        ([["nom", "rôle", "âge"], ["Karima", "CDE", 40]], 1, "âge", "unknown column “âge”"),
        ([["nom", "structure"], ["Karima", "agence"]], 1, "role", "no “role” (or “rôle”) column"),
        ([["nom", "rôle"], ["Karima", "CDE", "en trop"]], 2, "C", "under no known column"),
        ([["nom", "rôle"], ["K" * 201, "CDE"]], 2, "nom", "at most 200 characters"),
    ],
)
def test_refusals_name_the_file_row_and_column(
    tmp_path: Path, rows: list[list[object]], row: int, column: str, words: str
) -> None:
    path = _xlsx(tmp_path / "liste.xlsx", rows)
    with pytest.raises(ImportRefused) as caught:
        read_participant_file(path)
    refusal = caught.value
    assert (refusal.file, refusal.row, refusal.column) == (str(path), row, column)
    assert words in str(refusal) and str(refusal).startswith(str(path))


def test_an_empty_file_a_wrong_kind_and_a_pasted_error(tmp_path: Path) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_text("nom;rôle\n;\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="no participant"):
        read_participant_file(empty)
    with pytest.raises(ImportRefused, match=r"\.csv or \.xlsx"):
        read_participant_file(tmp_path / "liste.pdf")
    with pytest.raises(ImportRefused, match="pasted text, row 2, column “B”: unknown role"):
        parse_participant_text("Karima\tCDE\nMarc\tpatron")


def test_a_workbook_opening_on_an_empty_sheet_is_read_from_its_list(tmp_path: Path) -> None:
    """An empty first sheet (a cover, or a sheet left blank) and the list on the next one."""
    workbook = Workbook()
    workbook.active.title = "Accueil"
    listing = workbook.create_sheet("Inscrits")
    listing.append(["nom", "rôle", "structure"])
    listing.append(["Amina K.", "CDE", "agence de Cavaillon"])
    listing.append(["Bruno L.", "recruteur", "boulangerie"])
    path = tmp_path / "inscrits.xlsx"
    workbook.save(path)
    parsed = read_participant_file(path)
    assert [p.display_name for p in parsed.participants] == ["Amina K.", "Bruno L."]
    assert [p.role for p in parsed.participants] == ["cde", "recruiter"]
