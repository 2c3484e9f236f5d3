"""``export-workshop`` and ``import-workshop`` end to end, as a user runs them."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from review_probe import PARTICIPANT_NAMES, pdf_pages_text

TITLE = "Atelier frise – recruter dans une TPE"


def run_cli(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_studio", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": lang, "LANGUAGE": ""},
        timeout=120,
    )


@pytest.fixture
def exported(db_target: str, tmp_path: Path) -> Path:
    """The sample exported as an archive (by title)."""
    out = tmp_path / "atelier.zip"
    result = run_cli("--db", db_target, "export-workshop", TITLE, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\t40\n"
    return out


def test_export_every_format_by_id(db_target: str, tmp_path: Path) -> None:
    for suffix in (".pdf", ".csv", ".xlsx"):
        out = tmp_path / f"rapport{suffix}"
        result = run_cli("--db", db_target, "export-workshop", "1", "--out", str(out), "--paper", "a3")
        assert result.returncode == 0, result.stderr
        assert result.stdout == f"{out}\t40\n" and out.stat().st_size > 1000
    assert "1. Le besoin apparaît" in "".join(pdf_pages_text((tmp_path / "rapport.pdf").read_bytes()))


def test_anonymised_csv_from_the_command_line(db_target: str, tmp_path: Path) -> None:
    out = tmp_path / "anonyme.csv"
    result = run_cli("--db", db_target, "export-workshop", "1", "--out", str(out), "--anonymise")
    assert result.returncode == 0, result.stderr
    text = out.read_bytes().decode("utf-8-sig")
    assert not [name for name in PARTICIPANT_NAMES if name in text]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert {"CDE 1", "CDDE 2"} <= {row[5] for row in rows}


def test_import_prints_the_new_id_and_count_and_a_retry_is_refused(exported: Path, empty_target: str) -> None:
    target = empty_target  # a colleague's new database: seeded with their own sample when opened
    first = run_cli("--db", str(target), "import-workshop", str(exported))
    assert first.returncode == 0, first.stderr
    new_id, count = first.stdout.strip().split("\t")
    assert int(new_id) >= 1 and count == "40"
    listed = run_cli("--db", str(target), "list", "workshops").stdout
    assert f"{new_id}\t{TITLE} (2)\t2026-11-24\t40" in listed  # the colleague's own sample keeps its title
    again = run_cli("--db", str(target), "import-workshop", str(exported))
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "already in this database" in again.stderr and "Traceback" not in again.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("export-workshop", "Atelier inconnu", "--out", "{tmp}/x.pdf"), "Atelier inconnu"),
        (("export-workshop", "1", "--out", "{tmp}/x.docx"), ".docx"),
        (("export-workshop", "1", "--out", "{tmp}/no/such/folder/x.pdf"), "does not exist"),
        (("import-workshop", "{tmp}/missing.zip"), "missing.zip"),
    ],
)
def test_errors_are_one_line_exit_1_and_nothing_written(
    db_target: str, tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = run_cli("--db", db_target, *(a.format(tmp=out_dir) for a in args))
    assert result.returncode == 1, result.stdout
    assert result.stderr.count("\n") == 1 and words in result.stderr and "Traceback" not in result.stderr
    assert list(out_dir.iterdir()) == []


def test_french_messages(db_target: str, tmp_path: Path) -> None:
    result = run_cli("--db", db_target, "export-workshop", "1", "--out", str(tmp_path / "x.odt"), lang="fr_FR.UTF-8")
    assert result.returncode == 1 and "choisissez" in result.stderr.lower()


def test_a_bad_paper_is_a_usage_error(db_target: str, tmp_path: Path) -> None:
    result = run_cli("--db", db_target, "export-workshop", "1", "--out", str(tmp_path / "x.pdf"), "--paper", "a5")
    assert result.returncode == 2 and not (tmp_path / "x.pdf").exists()
