"""Publishing chosen library items from a laptop's file to a team's library and pulling them
back (the team's library on SQLite and on the test PostgreSQL server): the same items arrive,
a second copy adds nothing, a name taken by other content gets a numbered copy and leaves the
other untouched, a failure halfway writes nothing, a read-only role is refused in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from engines import snapshot
from library_content import library_content
from sqlalchemy import select

from workshop_studio.interchange import library_merge
from workshop_studio.interchange.library_bundle import Choice, everything, find_choice
from workshop_studio.interchange.library_merge import ADDED, RENAMED, REUSED
from workshop_studio.interchange.library_share import copy_items, open_other_library
from workshop_studio.services import cards as card_service
from workshop_studio.services.errors import Refused
from workshop_studio.storage.errors import DatabaseError
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Card, Deck, Pictogram

DECK = "Atelier TPE – jeu de cartes"
SCENARIO = "Trois semaines, puis plus personne"


@pytest.fixture
def laptop(tmp_path: Path, seeded_template: Path):
    """A facilitator's file: the sample library and workshop."""
    path = tmp_path / "portable.sqlite3"
    shutil.copyfile(seeded_template, path)
    database = open_database(str(path))
    yield database
    database.dispose()


def _cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_studio", "--db", db, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},
    )


def test_publish_then_pull_back_gives_the_same_items_and_again_adds_nothing(
    laptop, empty_db, empty_target: str, tmp_path: Path
) -> None:
    with laptop.read() as session:
        chosen = find_choice(session, scenarios=[SCENARIO], matrices=["1"])
        every = everything(session)
    first = copy_items(laptop, empty_db, chosen)
    assert [(i.kind, i.outcome, i.needed_by != "") for i in first.items] == [
        ("deck", ADDED, True),
        ("timeline", ADDED, True),
        ("scenario", ADDED, False),
        ("matrix", ADDED, False),
    ]
    assert first.pictograms_added > 40 and first.pictograms_reused == 0

    published = copy_items(laptop, empty_db, every)  # the whole library: only the other scenarios are new
    assert {i.name for i in published.items if i.outcome == ADDED} == (
        set(library_content(laptop)["scenario"]) - {SCENARIO}
    )
    assert library_content(empty_db) == library_content(laptop)

    before = snapshot(empty_target)
    again = copy_items(laptop, empty_db, every)
    assert {i.outcome for i in again.items} == {REUSED} and again.pictograms_added == 0
    assert not again.wrote_anything
    assert snapshot(empty_target) == before

    colleague = open_database(str(tmp_path / "collegue.sqlite3"))  # another laptop, empty
    try:
        with empty_db.read() as session:
            team_library = everything(session)
        pulled = copy_items(empty_db, colleague, team_library)
        assert {i.outcome for i in pulled.items} == {ADDED}
        assert library_content(colleague) == library_content(laptop)
        with colleague.read() as session:  # each picture came once, shared by what shows it
            pictures = [p.data for p in session.scalars(select(Pictogram))]
        assert len(pictures) == len(set(pictures))
    finally:
        colleague.dispose()


def test_a_name_taken_by_other_content_gets_a_numbered_copy_and_the_other_stays(laptop, empty_db) -> None:
    with laptop.read() as session:
        deck = find_choice(session, decks=[DECK])
    copy_items(laptop, empty_db, deck)
    with empty_db.write() as session:  # a colleague edits the team's deck
        team_card = session.scalars(select(Card).join(Deck).where(Deck.name == DECK).order_by(Card.position)).first()
        card_service.update_card(session, team_card.id, title="Version de l'équipe")
    team_before = library_content(empty_db)["deck"][DECK]

    clash = copy_items(laptop, empty_db, deck)
    (item,) = clash.items
    assert (item.outcome, item.target_name) == (RENAMED, f"{DECK} (2)")
    after = library_content(empty_db)["deck"]
    assert after[DECK] == team_before  # never overwritten
    assert after[f"{DECK} (2)"] == library_content(laptop)["deck"][DECK]
    assert clash.pictograms_added == 0  # the pictures were there already

    (again,) = copy_items(laptop, empty_db, deck).items  # the laptop's version is found under its new name
    assert (again.outcome, again.target_name, again.id) == (REUSED, f"{DECK} (2)", item.id)


def test_a_failure_halfway_leaves_the_team_library_unchanged(laptop, empty_target: str, monkeypatch) -> None:
    def broken(self, scenario) -> None:
        raise DatabaseError("the network went away")

    monkeypatch.setattr(library_merge._Merger, "scenario", broken)  # after the deck and template are written
    other = open_database(empty_target)
    try:
        before = snapshot(empty_target)
        with laptop.read() as session:
            chosen = find_choice(session, scenarios=[SCENARIO])
        with pytest.raises(DatabaseError, match="network"):
            copy_items(laptop, other, chosen)
        assert snapshot(empty_target) == before
    finally:
        other.dispose()


def test_refusals(laptop, empty_db, tmp_path: Path) -> None:
    with pytest.raises(Refused, match="Choose at least one"):
        copy_items(laptop, empty_db, Choice())
    with pytest.raises(Refused, match="is the database open here"):
        open_other_library(str(laptop.path), laptop, must_exist=True)
    with pytest.raises(DatabaseError, match="no such database file"):
        open_other_library(str(tmp_path / "absent.sqlite3"), laptop, must_exist=True)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_the_commands_publish_and_pull_and_say_what_they_did(
    laptop, empty_target: str, db_engine: str, tmp_path: Path
) -> None:
    published = _cli(str(laptop.path), "publish", "--to", empty_target, "--deck", DECK, "--timeline", "1")
    assert published.returncode == 0, published.stderr
    lines = published.stdout.splitlines()
    assert lines[0] == f"Deck “{DECK}”: added." and lines[-2].startswith("Added: 2; added under a new name: 0;")
    pulled = _cli(str(tmp_path / "nouveau.sqlite3"), "--no-sample", "pull", "--from", empty_target, "--all")
    assert pulled.returncode == 0, pulled.stderr
    assert "Pulled from" in pulled.stdout.splitlines()[-1]
    if db_engine == "sqlite":  # what follows is the same on a server: once is enough
        missing = _cli(str(laptop.path), "pull", "--from", empty_target, "--scenario", "Absent")
        assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "Absent" in missing.stderr
        (matrix,) = _cli(str(laptop.path), "list", "matrices").stdout.splitlines()  # id, name, axis cards
        assert matrix.split("\t")[2] == "11"


@pytest.mark.postgresql
def test_a_read_only_role_may_pull_but_publishing_is_refused_in_one_line(
    reviewer_url: str, laptop, tmp_path: Path
) -> None:
    with laptop.write() as session:  # something the team does not have yet
        session.add(Deck(name="Nouveau jeu de l'agence"))
    before = snapshot(reviewer_url)
    refused = _cli(str(laptop.path), "publish", "--to", reviewer_url, "--deck", "Nouveau jeu de l'agence")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert "may not change this" in refused.stderr and "Traceback" not in refused.stderr
    assert snapshot(reviewer_url) == before
    pulled = _cli(str(tmp_path / "lecteur.sqlite3"), "--no-sample", "pull", "--from", reviewer_url, "--all")
    assert pulled.returncode == 0, pulled.stderr


def test_two_facilitators_publishing_the_same_deck_at_once_add_it_once(laptop, empty_target: str) -> None:
    import threading

    with laptop.read() as session:
        deck = find_choice(session, decks=[DECK])
    consoles = [open_database(empty_target), open_database(empty_target)]
    start = threading.Barrier(2)
    reports: list[object] = []

    def publish(team) -> None:
        start.wait()
        reports.append(copy_items(laptop, team, deck))

    try:
        threads = [threading.Thread(target=publish, args=(team,)) for team in consoles]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert sorted(report.items[0].outcome for report in reports) == [ADDED, REUSED]
        assert list(library_content(consoles[0])["deck"]) == [DECK]
    finally:
        for team in consoles:
            team.dispose()
