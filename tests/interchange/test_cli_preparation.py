"""``new-workshop``, ``add-participants`` and ``list participants`` as a coordinator types
them: what they print, exit codes, one-line errors that write nothing, and French on a French
system (argparse's own words included)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from engines import snapshot

DATA = Path(__file__).resolve().parents[1] / "data"


def run_cli(db_target: str, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_studio", "--db", db_target, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": lang, "LANGUAGE": "", "LC_ALL": ""},
    )


def _dump(db_target: str):
    return snapshot(db_target)


def test_prepare_a_session_from_the_command_line(db_target: str) -> None:
    made = run_cli(
        db_target,
        "new-workshop",
        "--title",
        "Atelier de Carpentras",
        "--date",
        "2027-01-14",
        "--time",
        "09:30",
        "--minutes",
        "150",
        "--place",
        "Agence de Carpentras",
        "--room",
        "Salle 3",
        "--facilitator",
        "Inès R.",
        "--timeline",
        "Frise de suivi du recrutement",
        "--deck",
        "Atelier TPE – jeu de cartes",
    )
    assert made.returncode == 0, made.stderr
    new_id, title = made.stdout.rstrip("\n").split("\t")
    assert title == "Atelier de Carpentras" and made.stderr == ""
    added = run_cli(db_target, "add-participants", new_id, str(DATA / "participants_libreoffice_cp1252.csv"))
    assert (added.returncode, added.stdout) == (0, "6\n")
    listed = run_cli(db_target, "list", "participants", "Atelier de Carpentras")
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert [(name, role) for _id, name, role in rows] == [
        ("Karima B.", "cde"),
        ("Laurence P.", "cdde"),
        ("Patricia G.", "recruiter"),
        ("Franck M.", "recruiter"),
        ("Léa T.", "new_hire"),
        ("Martine V.", "partner"),
    ]
    workshops = run_cli(db_target, "list", "workshops").stdout
    assert f"{new_id}\tAtelier de Carpentras\t2027-01-14\t0" in workshops.splitlines()

    from workshop_studio.services.workshops import workshop_overview
    from workshop_studio.storage.migrate import open_database

    db = open_database(db_target)
    try:
        with db.read() as session:
            overview = workshop_overview(session, int(new_id))
    finally:
        db.dispose()
    assert (overview.room, overview.available_minutes, len(overview.stages)) == ("Salle 3", 150, 10)
    assert overview.deck_names == ("Atelier TPE – jeu de cartes",) and overview.start_time.isoformat() == "09:30:00"


def test_from_a_model_with_its_participants_and_from_the_sample(db_target: str) -> None:
    copy = run_cli(
        db_target,
        "new-workshop",
        "--title",
        "Même atelier, autre jour",
        "--from",
        "1",
        "--with-participants",
        "--date",
        "2027-02-02",
    )
    sample = run_cli(db_target, "new-workshop", "--title", "Depuis l'exemple", "--from-sample")
    assert copy.returncode == sample.returncode == 0
    copy_id = copy.stdout.split("\t")[0]
    assert len(run_cli(db_target, "list", "participants", copy_id).stdout.splitlines()) == 10
    assert run_cli(db_target, "list", "participants", sample.stdout.split("\t")[0]).stdout == ""
    listed = run_cli(db_target, "list", "workshops").stdout
    assert f"{copy_id}\tMême atelier, autre jour\t2027-02-02\t0" in listed.splitlines()  # never the notes


@pytest.mark.parametrize(
    "args, code, words",
    [
        (("new-workshop", "--date", "2027-01-14"), 2, "the following arguments are required: --title"),
        (("new-workshop", "--title", "X", "--time", "9h30"), 2, "“9h30” is not a time like 09:30"),
        (("new-workshop", "--title", "X", "--date", "14/01/2027"), 2, "is not a date like 2027-01-14"),
        (("new-workshop", "--title", "X", "--minutes", "0"), 2, "from 1 to 1440"),
        (("new-workshop", "--title", "   "), 1, "A workshop needs a title."),
        (("new-workshop", "--title", "X", "--timeline", "Frise inconnue"), 1, "No timeline has the id or name"),
        (("new-workshop", "--title", "X", "--from", "Atelier inconnu"), 1, "No workshop has the id or title"),
        (("new-workshop", "--title", "X", "--from", "1", "--from-sample"), 2, "not allowed with argument"),
        (("add-participants", "1", "nowhere.csv"), 1, "nowhere.csv"),
        (
            ("add-participants", "99", str(DATA / "participants_libreoffice.xlsx")),
            1,
            "No workshop has the id or title “99”",
        ),
        (("list", "participants"), 2, "list participants needs a WORKSHOP"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(db_target: str, args: tuple[str, ...], code: int, words: str) -> None:
    run_cli(db_target, "list", "decks")  # opened once: the comparison below sees only what the command did
    before = _dump(db_target)
    result = run_cli(db_target, *args)
    assert result.returncode == code and result.stdout == ""
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert _dump(db_target) == before


def test_a_bad_row_in_a_list_adds_nobody(db_target: str, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("nom;rôle\nKarima;CDE\nMarc;patron\n", encoding="utf-8")
    before = run_cli(db_target, "list", "participants", "1").stdout
    result = run_cli(db_target, "add-participants", "1", str(path))
    assert result.returncode == 1 and f"{path}, row 3, column “rôle”: unknown role “patron”" in result.stderr
    assert run_cli(db_target, "list", "participants", "1").stdout == before


def test_help_and_errors_are_french_on_a_french_system(db_target: str) -> None:
    helped = run_cli(db_target, "new-workshop", "--help", lang="fr_FR.UTF-8")
    assert helped.returncode == 0
    assert "utilisation\u00a0:" in helped.stdout and "affiche cette aide et quitte" in helped.stdout
    assert "show this help" not in helped.stdout and "usage:" not in helped.stdout
    assert "le titre de l’atelier" in helped.stdout
    top = run_cli(db_target, "--help", lang="fr_FR.UTF-8").stdout
    assert "positional arguments" not in top and "options" in top and "préparer un nouvel atelier" in top
    missing = run_cli(db_target, "new-workshop", lang="fr_FR.UTF-8")
    assert "ces arguments sont obligatoires\u00a0: --title" in missing.stderr
    wrong = run_cli(db_target, "new-workshop", "--title", "X", "--time", "9h30", lang="fr_FR.UTF-8")
    assert "«\u00a09h30\u00a0» n’est pas une heure comme 09:30" in wrong.stderr
