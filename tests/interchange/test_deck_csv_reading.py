"""CSV as French office suites write it: ``;``, BOM or not, CRLF, Windows-1252, quoted line
breaks, French headers in any case, empty rows; and the real files LibreOffice wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.interchange.deck_csv import ONE_COLUMN, sniff_separator
from workshop_studio.interchange.deck_files import deck_document, import_deck_file, read_deck_file
from workshop_studio.storage.engine import Database

DATA = Path(__file__).resolve().parents[1] / "data"


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    (folder / name).write_bytes(data)
    return folder / name


EXCEL_FR = (
    "Type;Titre;Texte;Pictogramme;Dos;Exemplaires\r\n"
    'Profil de recruteur;Le pressé;"Il veut tout,\r\ntout de suite ; ""vite""";Urgence;;2\r\n'
    ";;;;;\r\n"
    "\r\n"
    "posture;Traduire;Reformuler le besoin;traduction;Côté pile;\r\n"
)


def test_excel_utf8_with_bom_semicolons_crlf_and_quoted_line_breaks(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "cartes.csv", b"\xef\xbb\xbf" + EXCEL_FR.encode("utf-8"))
    parsed = read_deck_file(path)
    first, second = parsed.deck.cards
    assert (first.kind, first.title, first.body, first.pictogram, first.copies) == (
        CardKind.RECRUITER_PROFILE,
        "Le pressé",
        'Il veut tout,\ntout de suite ; "vite"',
        "Urgence",
        2,
    )
    assert (second.kind, second.title, second.back, second.copies) == (
        CardKind.ADVISOR_POSTURE,
        "Traduire",
        "Côté pile",
        1,
    )
    assert parsed.rows == (2, 5)  # as the spreadsheet numbers them: empty rows 3 and 4 skipped
    assert parsed.deck.name == "cartes" and parsed.pictogram_column == "Pictogramme"


def test_windows_1252_with_accents_oe_and_curly_apostrophe(tmp_path: Path) -> None:
    text = "titre;texte\r\nL’œuvre d’été;Ça coûte 5 €, « déjà » !\r\n"
    path = write_bytes(tmp_path, "cp1252.csv", text.encode("cp1252"))
    (card,) = read_deck_file(path).deck.cards
    assert (card.title, card.body, card.kind) == ("L’œuvre d’été", "Ça coûte 5 €, « déjà » !", CardKind.QUESTION)


def test_utf8_without_bom_and_commas(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "c.csv", b'TITLE,Body,KIND\n"Un, deux",trois,Ticket d\'or\n')
    (card,) = read_deck_file(path).deck.cards
    assert (card.title, card.body, card.kind) == ("Un, deux", "trois", CardKind.GOLDEN_TICKET)


def test_tabs_and_headers_without_accents_or_case(tmp_path: Path) -> None:
    path = write_bytes(
        tmp_path, "t.tsv", b"TYPE\tTITRE\tTEXTE\tPICTOGRAMME\tDOS\tEXEMPLAIRES\nHYPOTHESE\tH1\tb\t\td\t0\n"
    )
    (card,) = read_deck_file(path).deck.cards
    assert (card.kind, card.title, card.back, card.copies) == (CardKind.HYPOTHESIS, "H1", "d", 0)


def test_one_column_file_keeps_commas_and_semicolons(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "titres.csv", 'titre\nBonjour, ça va ; oui\n"Entre, guillemets"\n'.encode())
    assert [c.title for c in read_deck_file(path).deck.cards] == ["Bonjour, ça va ; oui", "Entre, guillemets"]


def test_trailing_empty_columns_are_ignored(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "c.csv", b"titre;texte;;\nA;B;;\n")
    (card,) = read_deck_file(path).deck.cards
    assert (card.title, card.body) == ("A", "B")


def test_copies_written_like_numbers(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "c.csv", b"titre;exemplaires\nA;3,0\nB; 4 \nC;\n")
    assert [c.copies for c in read_deck_file(path).deck.cards] == [3, 4, 1]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("kind;title;body", ";"),
        ("kind,title,body", ","),
        ("kind\ttitle", "\t"),
        ('"a;b",c,d', ","),
        ("title", ONE_COLUMN),
        ("\n\n  \ntitre;texte", ";"),
    ],
)
def test_sniffing_the_separator(line: str, expected: str) -> None:
    assert sniff_separator(line) == expected


def _imported(db: Database, path: Path) -> list[tuple]:
    result = import_deck_file(db, path)
    with db.read() as session:
        deck, _ = deck_document(session, result.deck_id)
    return [(c.kind, c.title, c.body, c.pictogram, c.back, c.copies) for c in deck.cards]


def test_real_libreoffice_files_give_the_same_deck(db: Database) -> None:
    """Files LibreOffice Calc 7.4 wrote from one sheet: CSV UTF-8 and Windows-1252 (``;``,
    every text quoted, an empty row as ``;;;;;``) and XLSX."""
    utf8 = _imported(db, DATA / "cartes_libreoffice_utf8.csv")
    cp1252 = _imported(db, DATA / "cartes_libreoffice_cp1252.csv")
    xlsx = _imported(db, DATA / "cartes_libreoffice.xlsx")
    assert utf8 == cp1252 == xlsx
    assert len(utf8) == 6
    assert utf8[0] == (
        "recruiter_profile",
        "Le gérant pressé",
        "Il appelle le lundi pour un poste « pour hier ».\nIl voudrait sauter l’étape de la fiche de poste.",
        "urgent",
        "Facile à joindre, difficile à faire ralentir.",
        1,
    )
    assert utf8[2][2] == "- Qui appelle qui ?\n- Au bout de combien de temps ?"  # a real leading "-"
    assert utf8[3][2] == "=> une gérante de boulangerie, 3 salariés" and utf8[3][3] == "bakery"
    assert utf8[4][:2] == ("golden_ticket", "Recommandez-nous") and utf8[4][5] == 10
    assert {row[3] for row in utf8} == {"urgent", "translation", "phone", "bakery", "golden-ticket", "disappointed"}


def test_windows_1252_noticed_late_in_a_long_file(tmp_path: Path) -> None:
    lines = ["titre;texte"] + [f"Carte {n};sans accent" for n in range(3000)] + ["Dernière;Noël à l’agence"]
    path = write_bytes(tmp_path, "long.csv", ("\r\n".join(lines) + "\r\n").encode("cp1252"))
    parsed = read_deck_file(path)
    assert len(parsed.deck.cards) == 3001 and parsed.rows[-1] == 3002
    assert (parsed.deck.cards[-1].title, parsed.deck.cards[-1].body) == ("Dernière", "Noël à l’agence")


def test_plural_headers_are_the_same_columns(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "p.csv", "Types;Titres;Textes;Pictogrammes;Exemplaire\nQuestion;A;b;Café;2\n".encode())
    (card,) = read_deck_file(path).deck.cards
    assert (card.title, card.body, card.pictogram, card.copies) == ("A", "b", "Café", 2)
