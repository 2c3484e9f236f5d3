"""``import-deck``, ``export-deck`` and ``import-pictogram`` end to end, as a facilitator
types them: output, exit codes, one-line errors, and nothing written on a refusal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from engines import snapshot

from workshop_studio.interchange.deck_files import deck_document
from workshop_studio.services.library import find_deck
from workshop_studio.storage.migrate import open_database

DATA = Path(__file__).resolve().parents[1] / "data"
PNG_2x2 = bytes.fromhex(
    "89504e470d0a1a0a0000000d494844520000000200000002080600000072b60d24"
    "0000001149444154789c63f8cfc0f01f8419600c0047ca07f967596eb700000000"
    "49454e44ae426082"
)


def run_cli(db_target: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_studio", "--db", db_target, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},
        timeout=120,
    )


def _snapshot(db_target: str):
    """The database's content, read through the engine (file or server)."""
    return snapshot(db_target)


def _cards(db_target: str, deck: str) -> tuple:
    db = open_database(db_target)
    try:
        with db.read() as session:
            return deck_document(session, find_deck(session, deck).id)[0].cards
    finally:
        db.dispose()


def test_import_the_libreoffice_csv_then_export_in_three_formats_and_back(db_target: str, tmp_path: Path) -> None:
    imported = run_cli(db_target, "import-deck", str(DATA / "cartes_libreoffice_utf8.csv"), "--name", "Atelier du 12")
    assert imported.returncode == 0, imported.stderr
    deck_id, count = imported.stdout.strip().split("\t")
    assert int(count) == 6 and imported.stderr == ""

    listed = run_cli(db_target, "list", "decks").stdout
    assert f"{deck_id}\tAtelier du 12\t6" in listed.splitlines()

    for suffix, deck in ((".csv", deck_id), (".xlsx", "Atelier du 12"), (".json", deck_id)):
        out = tmp_path / f"export{suffix}"
        exported = run_cli(db_target, "export-deck", deck, "--out", str(out))
        assert exported.returncode == 0, exported.stderr
        assert exported.stdout.strip() == f"{out}\t6"
        back = run_cli(db_target, "import-deck", str(out), "--name", f"Retour {suffix}")
        assert back.returncode == 0, back.stderr
        assert _cards(db_target, f"Retour {suffix}") == _cards(db_target, "Atelier du 12")


def test_a_bad_file_is_one_line_exit_1_and_nothing_written(db_target: str, tmp_path: Path) -> None:
    bad = tmp_path / "cartes.csv"
    bad.write_text("Titre;Pictogramme\nA;Téléphone\nB;Licorne\n", encoding="utf-8")
    before = _snapshot(db_target)
    result = run_cli(db_target, "import-deck", str(bad))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        f"workshop-studio: {bad}, row 3, column “Pictogramme”: no pictogram has the key or label “Licorne”.\n"
    )
    assert _snapshot(db_target) == before


def test_a_huge_file_is_refused_before_the_database_is_touched(db_target: str, tmp_path: Path) -> None:
    huge = tmp_path / "enorme.csv"
    huge.write_text("titre\n" + "".join(f"Carte {n}\n" for n in range(100_000)), encoding="utf-8")
    before = _snapshot(db_target)
    result = run_cli(db_target, "import-deck", str(huge))
    assert result.returncode == 1 and "row 5002" in result.stderr and result.stderr.count("\n") == 1
    assert _snapshot(db_target) == before


def test_export_errors(db_target: str, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    unknown = run_cli(db_target, "export-deck", "Pas de tel jeu", "--out", str(tmp_path / "x.csv"))
    assert unknown.returncode == 1 and "No deck has the id or name “Pas de tel jeu”" in unknown.stderr
    suffix = run_cli(db_target, "export-deck", "1", "--out", str(tmp_path / "x.docx"))
    assert suffix.returncode == 1 and ".docx" in suffix.stderr and suffix.stderr.count("\n") == 1
    missing = run_cli(db_target, "import-deck", str(tmp_path / "absent.xlsx"))
    assert missing.returncode == 1 and "absent.xlsx: no such file." in missing.stderr
    usage = run_cli(db_target, "export-deck", "1")
    assert usage.returncode == 2 and "--out" in usage.stderr
    no_folder = run_cli(db_target, "export-deck", "1", "--out", str(tmp_path / "absent" / "x.csv"))
    assert no_folder.returncode == 1 and "does not exist" in no_folder.stderr
    assert not list(tmp_path.iterdir())


def test_export_to_pdf_goes_to_the_printing_module(db_target: str, tmp_path: Path) -> None:
    pytest.importorskip("workshop_studio.commands.deck_pdf")
    out = tmp_path / "jeu.pdf"
    result = run_cli(db_target, "export-deck", "Atelier TPE – jeu de cartes", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_import_pictograms(db_target: str, tmp_path: Path) -> None:
    (tmp_path / "pouce.png").write_bytes(PNG_2x2)
    (tmp_path / "piege.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>'
    )
    added = run_cli(db_target, "import-pictogram", str(tmp_path / "pouce.png"), "--label", "Pouce levé")
    assert added.returncode == 0, added.stderr
    pictogram_id, key = added.stdout.strip().split("\t")
    assert int(pictogram_id) > 0 and key == "pouce-leve"
    again = run_cli(db_target, "import-pictogram", str(tmp_path / "pouce.png"), "--label", "Pouce levé")
    assert again.stdout.strip().split("\t")[1] == "pouce-leve-2"

    before = _snapshot(db_target)
    refused = run_cli(db_target, "import-pictogram", str(tmp_path / "piege.svg"), "--label", "Piège")
    assert refused.returncode == 1 and refused.stderr.startswith(f"workshop-studio: {tmp_path / 'piege.svg'}: ")
    assert "outside file" in refused.stderr
    assert _snapshot(db_target) == before


def test_import_pictograms_from_a_folder_tree_and_files_in_one_process(tmp_path: Path) -> None:
    from PIL import Image

    db_path = tmp_path / "db.sqlite3"
    folder = tmp_path / "icones"
    folder.mkdir()
    (folder / "outline").mkdir()  # icon sets come as trees: subfolders are read
    (folder / ".cache").mkdir()  # hidden folders are not
    for source in sorted((DATA / "pictograms" / "phosphor").glob("*.svg")):
        where = folder / "outline" if source.name.startswith("currency") else folder
        (where / source.name).write_bytes(source.read_bytes())
        (folder / ".cache" / source.name).write_bytes(source.read_bytes())
    (folder / "piege.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>'
    )
    (folder / "notes.txt").write_text("not a picture")
    photo = tmp_path / "Salle_de_reunion.jpg"
    Image.new("RGB", (4000, 3000), "#3a7").save(photo, quality=95)
    done = run_cli(db_path, "import-pictogram", str(folder), str(photo))
    assert done.returncode == 1  # one was refused
    lines = done.stdout.strip().splitlines()
    assert [line.split("\t")[1] for line in lines] == [
        "arrow-line-up-left-duotone",
        "caret-circle-right-duotone",
        "currency-rub-duotone",
        "salle-de-reunion",
    ]
    errors = done.stderr.strip().splitlines()
    assert (
        errors[0] == f"workshop-studio: {folder / 'piege.svg'}: the drawing refers to an outside file "
        "(“file:///etc/passwd”); pictograms must be self-contained."
    )
    assert "warning: " in errors[1] and "scaled down to 1146 × 860 pixels" in errors[1]
    assert errors[-1] == "4 accepted (1 with a warning), 1 refused, of 5 files."
    database = open_database(f"sqlite:///{db_path}")
    try:
        with database.read() as session:
            from workshop_studio.services.pictograms import get_pictogram, pictogram_ids_by_key

            stored = get_pictogram(session, pictogram_ids_by_key(session)["salle-de-reunion"])
            assert stored.media_type == "image/jpeg" and len(stored.data) < 400_000
    finally:
        database.dispose()
