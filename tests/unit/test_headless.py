"""The headless CLI: right output, one-line errors, and never a PySide6 import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_studio import __version__


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_studio", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "", **(env or {})},
        timeout=120,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"workshop-studio {__version__}"


def test_list_commands_on_a_new_database(tmp_path: Path) -> None:
    db = str(tmp_path / "new.sqlite3")
    decks = run_cli("--db", db, "list", "decks")
    assert decks.returncode == 0, decks.stderr
    deck_id, name, count = decks.stdout.strip().split("\t")
    assert int(deck_id) >= 1 and name and int(count) >= 36

    workshops = run_cli("--db", db, "list", "workshops")
    (line,) = workshops.stdout.strip().splitlines()
    _workshop_id, _title, date, notes = line.split("\t")
    assert date == "2026-11-24" and int(notes) >= 12

    scenarios = run_cli("--db", db, "list", "scenarios").stdout.strip().splitlines()
    assert len(scenarios) >= 3 and all(len(s.split("\t")) == 2 for s in scenarios)


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    db = tmp_path / "from-env.sqlite3"
    result = run_cli("list", "decks", env={"WORKSHOP_STUDIO_DB": str(db)})
    assert result.returncode == 0 and db.exists()


def test_a_sqlalchemy_url_is_accepted(tmp_path: Path) -> None:
    result = run_cli("--db", f"sqlite:///{tmp_path}/url.sqlite3", "list", "scenarios")
    assert result.returncode == 0 and (tmp_path / "url.sqlite3").exists()


@pytest.mark.parametrize("args", [("list",), ("list", "cats"), ("frobnicate",), ("--lang", "xx", "list", "decks")])
def test_wrong_arguments_give_one_line_and_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "x.sqlite3"), *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_an_unreadable_database_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 500)
    result = run_cli("--db", str(junk), "list", "decks")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and str(junk) in result.stderr
    assert "Traceback" not in result.stderr


def test_french_messages_on_a_french_system(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 500)
    result = run_cli("--db", str(junk), "list", "decks", env={"LANG": "fr_FR.UTF-8"})
    assert "pas une base" in result.stderr


def test_headless_commands_never_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['workshop-studio', '--db', {str(tmp_path / 'q.sqlite3')!r}, 'list', 'workshops']\n"
        "from workshop_studio.cli import main\n"
        "main()\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt imported'\n"
        "print('no qt')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no qt")
