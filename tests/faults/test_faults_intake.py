"""Hostile deck files and workshop archives, each generated small here: refused in one line
naming the file, the row and the column (or the archive's field), exit 1, nothing written; and
what our own exports write reads back."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from fault_support import cli, dump, one_line

from workshop_studio.interchange.workshop_archive_format import MAX_JSON_BYTES, MAX_NOTES


def _refused(capsys, db_path: Path, *args: str) -> str:
    before = dump(db_path)
    code, out, err = cli(capsys, db_path, *args)
    assert (code, out) == (1, "")
    assert dump(db_path) == before
    return one_line(err)


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        ('{"title": "A", "copies": ' + "9" * 5000 + "}", "not a readable JSON file"),
        (
            '{"title": "Bonjour \\ud800"}',
            "row 1, column “title”: it holds an invalid character (a lone surrogate, U+D800)",
        ),
        ('{"title": "\\u200b\\u2060 \\ufeff"}', "row 1, column “title”: this field may not be empty"),
        ('{"title": "A", "body": "x\\u0000y"}', "row 1, column “body”: it holds a control character (U+0000)"),
        ('{"title": "A", "colour": "#zzzzzz"}', "row 1, column “colour”: “#zzzzzz” is not a colour"),
        ('{"title": "A", "colour": "rouge vif"}', "row 1, column “colour”: “rouge vif” is not a colour"),
    ],
    ids=["huge-int", "lone-surrogate", "zero-width-title", "nul", "bad-hex-colour", "bad-colour-name"],
)
def test_hostile_deck_json_is_refused(capsys, db_path: Path, tmp_path: Path, card: str, expected: str) -> None:
    path = tmp_path / "jeu.json"
    path.write_text(
        '{"format": "workshop-studio-deck", "version": 1, "deck": {"name": "Jeu"}, "cards": [' + card + "]}",
        encoding="utf-8",
    )
    line = _refused(capsys, db_path, "import-deck", str(path))
    assert line.startswith(f"workshop-studio: {path}")
    assert expected in line


def test_a_nul_after_the_first_4_kb_of_a_csv_is_refused_naming_row_and_column(
    capsys, db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "cartes.csv"
    rows = ["titre;texte"] + [f"Carte {i};{'x' * 60}" for i in range(100)] + ["Dernière;avant\x00après"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert path.read_bytes().index(b"\x00") > 4096
    line = _refused(capsys, db_path, "import-deck", str(path))
    assert line == (
        f"workshop-studio: {path}, row 102, column “texte”: it holds a control character (U+0000), which is not text."
    )


def test_a_title_of_invisible_characters_is_refused_in_a_csv(capsys, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "cartes.csv"
    path.write_text("titre;texte\nA;a\n\u200b\u200d;b\n", encoding="utf-8")
    line = _refused(capsys, db_path, "import-deck", str(path))
    assert line.startswith(f"workshop-studio: {path}, row 3, column “titre”: the title is empty")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('titre;texte\nA;a\n"B;b\nC;c\nD;d\nE;e\nF;f\nG;g\nH;h\nI;i\nJ;j\n', "row 3, column “titre”"),  # never closed
        ('titre;texte\nA;a\n"B;b\nC;c\nD;d\nE;e\nF";f\nG;g\n', "row 3, column “titre”"),  # closed rows later
        ('titre;texte\nA;"a\nB;b\nC;c\nD;d\nE";e\nG;g\n', "row 2, column “texte”"),  # a body swallowing rows
        ('titre;texte\nA;a\n"B" et C;b\n', "row 3"),  # a quote closed mid-cell
    ],
    ids=["unclosed", "closed-later", "body", "mid-cell"],
)
def test_an_unbalanced_quote_in_a_csv_is_refused_not_merged(
    capsys, db_path: Path, tmp_path: Path, text: str, where: str
) -> None:
    path = tmp_path / "cartes.csv"
    path.write_text(text, encoding="utf-8")
    line = _refused(capsys, db_path, "import-deck", str(path))
    assert line.startswith(f"workshop-studio: {path}, {where}")
    assert "quote" in line


def test_multi_line_cells_with_separators_in_prose_still_import(capsys, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "cartes.csv"
    path.write_text('titre;texte\nA;"Premier point ; second\nEnsuite, la fin"\nB;b\n', encoding="utf-8")
    code, out, err = cli(capsys, db_path, "import-deck", str(path))
    assert code == 0, err
    assert out.strip().endswith("\t2")


def _xlsx_with_formula(path: Path, cached: str | None) -> Path:
    """A workbook whose B2 is a formula; ``cached`` is the result saved with it (None: none, as
    programs that compute nothing write them)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["titre", "texte"])
    sheet.append(["A", '=CONCAT("x","y")'])
    workbook.save(path)
    if cached is not None:
        with zipfile.ZipFile(path) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
        formula = '<f>CONCAT("x","y")</f>'.replace('"', "&quot;")
        if formula not in sheet_xml:
            formula = '<f>CONCAT("x","y")</f>'
        start = sheet_xml.index('<c r="B2"')
        end = sheet_xml.index("</c>", start) + len("</c>")
        sheet_xml = sheet_xml[:start] + f'<c r="B2" t="str">{formula}<v>{cached}</v></c>' + sheet_xml[end:]
        parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in parts.items():
                target.writestr(name, data)
    return path


def test_an_xlsx_formula_with_no_saved_result_is_refused(capsys, db_path: Path, tmp_path: Path) -> None:
    path = _xlsx_with_formula(tmp_path / "cartes.xlsx", cached=None)
    line = _refused(capsys, db_path, "import-deck", str(path))
    assert line.startswith(f"workshop-studio: {path}, row 2, column “texte”: this cell holds a formula (=CONCAT")


def test_an_xlsx_formula_with_its_saved_result_imports_the_result(capsys, db_path: Path, tmp_path: Path) -> None:
    path = _xlsx_with_formula(tmp_path / "cartes.xlsx", cached="xy")
    code, _out, err = cli(capsys, db_path, "import-deck", str(path), "--name", "Formules")
    assert code == 0, err
    with sqlite3.connect(db_path) as connection:
        bodies = connection.execute(
            "SELECT body FROM card JOIN deck ON deck.id = card.deck_id WHERE deck.name = 'Formules'"
        ).fetchall()
    connection.close()
    assert bodies == [("xy",)]


def test_xlsx_data_beyond_column_ax_is_refused_not_dropped(capsys, db_path: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["titre", "texte"])
    sheet.append(["A", "a"])
    sheet.cell(row=2, column=51, value="perdu ?")  # AY
    path = tmp_path / "large.xlsx"
    workbook.save(path)
    line = _refused(capsys, db_path, "import-deck", str(path))
    assert line.startswith(f"workshop-studio: {path}, row 2, column “AY”: this cell is beyond column AX")


def test_old_data_with_a_nul_exports_to_csv_that_reads_back(capsys, db_path: Path, tmp_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:  # written before intake refused it
        deck = connection.execute("SELECT MIN(id) FROM deck").fetchone()[0]
        connection.execute(
            "UPDATE card SET body = 'avant' || char(0) || 'après' WHERE id = "
            "(SELECT MIN(id) FROM card WHERE deck_id = ?)",
            (deck,),
        )
    connection.close()
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"export{suffix}"
        code, _, err = cli(capsys, db_path, "export-deck", str(deck), "--out", str(out))
        assert code == 0, err
        code, _, err = cli(capsys, db_path, "import-deck", str(out), "--name", f"Relu {suffix}")
        assert code == 0, err
        with sqlite3.connect(db_path) as connection:
            body = connection.execute(
                "SELECT body FROM card JOIN deck ON deck.id = card.deck_id WHERE deck.name = ? ORDER BY card.position",
                (f"Relu {suffix}",),
            ).fetchone()[0]
        connection.close()
        assert body == "avantaprès"


# --- workshop archives --------------------------------------------------------------------


def _exported_archive(capsys, db_path: Path, folder: Path) -> Path:
    out = folder / "atelier.zip"
    code, _, err = cli(capsys, db_path, "export-workshop", "1", "--out", str(out))
    assert code == 0, err
    return out


def _edited(archive: Path, edit, name: str) -> Path:
    """A copy of ``archive`` whose workshop.json text went through ``edit``."""
    with zipfile.ZipFile(archive) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["workshop.json"] = edit(parts["workshop.json"].decode("utf-8")).encode("utf-8")
    target = archive.with_name(name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for member, data in parts.items():
            zipped.writestr(member, data)
    target.write_bytes(buffer.getvalue())
    return target


def _first_note_field(text: str, field: str, raw_value: str) -> str:
    """``workshop.json`` with notes[0].``field`` set to ``raw_value`` (JSON written as is)."""
    document = json.loads(text)
    marker = "@@VALUE@@"
    document["notes"][0][field] = marker
    return json.dumps(document, ensure_ascii=False).replace(json.dumps(marker), raw_value)


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        ("votes", "9" * 5000, "not readable JSON"),
        ("position", "1" + "0" * 400, "notes[0].position: a number is expected"),
        ("created_at", '"9999-12-31T23:30:00-05:00"', "notes[0].created_at: “9999-12-31T23:30:00-05:00” is not a date"),
        ("text", '"Bonjour \\udc00"', "notes[0].text: it holds an invalid character (a lone surrogate, U+DC00)"),
        ("text", '"un\\u0000deux"', "notes[0].text: it holds a control character (U+0000)"),
    ],
    ids=["huge-int", "huge-position", "year-9999-zone", "lone-surrogate", "nul"],
)
def test_hostile_archives_are_refused(
    capsys, db_path: Path, tmp_path: Path, field: str, raw: str, expected: str
) -> None:
    archive = _exported_archive(capsys, db_path, tmp_path)
    bad = _edited(archive, lambda text: _first_note_field(text, field, raw), f"{field}.zip")
    line = _refused(capsys, db_path, "import-workshop", str(bad))
    assert line.startswith(f"workshop-studio: {bad}: member “workshop.json”: ")
    assert expected in line


def test_a_bad_card_colour_in_an_archive_is_refused(capsys, db_path: Path, tmp_path: Path) -> None:
    archive = _exported_archive(capsys, db_path, tmp_path)

    def edit(text: str) -> str:
        document = json.loads(text)
        document["cards"][0]["colour"] = "#12345G"
        return json.dumps(document)

    line = _refused(capsys, db_path, "import-workshop", str(_edited(archive, edit, "colour.zip")))
    assert "cards[0].colour: “#12345G” is not a colour" in line


def test_an_archive_that_would_not_read_back_is_not_written(capsys, db_path: Path, tmp_path: Path) -> None:
    from workshop_studio.interchange.workshop_archive_format import MAX_TEXT_CHARS

    with sqlite3.connect(db_path) as connection:  # a synthesis longer than an archive carries
        stage = connection.execute("SELECT MIN(id) FROM workshop_stage WHERE workshop_id = 1").fetchone()[0]
        connection.execute(
            "INSERT INTO stage_synthesis (workshop_stage_id, text, updated_at) VALUES (?, ?, ?)",
            (stage, "x" * (MAX_TEXT_CHARS + 1), "2025-01-01 10:00:00"),
        )
    connection.close()
    out = tmp_path / "atelier.zip"
    line = _refused(capsys, db_path, "export-workshop", "1", "--out", str(out))
    assert line.startswith(
        f"workshop-studio: {out}: this workshop's archive could not be read back, so it was not written"
    )
    assert "syntheses[0].text" in line
    assert not out.exists() and not list(tmp_path.glob(".atelier.zip.*"))


def test_the_archive_limits_hold_the_most_notes_an_archive_may_carry() -> None:
    """MAX_NOTES notes of ordinary length (300 characters, French) fit in workshop.json."""
    note = {
        "uid": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "target": "matrix_cell",
        "stage": "s10",
        "card": "c100",
        "scenario": "sc10",
        "row_card": "c101",
        "column_card": "c102",
        "participant": "p12",
        "role": "cdde",
        "kind": "good_practice",
        "text": "Un recruteur l’a dit : « ça change tout » " * 7,
        "position": 12345.5,
        "hidden": False,
        "votes": 12,
        "group": "g100",
        "created_at": "2025-03-04T14:35:12.123456",
        "updated_at": "2025-03-04T14:35:12.123456",
    }
    one_note = len(json.dumps(note, ensure_ascii=False, indent=1).encode("utf-8")) + 4
    assert one_note * MAX_NOTES < MAX_JSON_BYTES
