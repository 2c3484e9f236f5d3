"""The File menu's team library, with real widgets: publish ticked items from the console's
database to a team library file, see what was added or already there; pull a colleague's new
deck back into the console, whose library page shows it (the console on SQLite and on the
test PostgreSQL server); a read-only role on the server is told in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_content import library_content

from workshop_studio.domain.materials import CardData, DeckData
from workshop_studio.services.library import create_deck, list_deck_summaries
from workshop_studio.storage.migrate import open_database

SCENARIO = "Trois semaines, puis plus personne"


def _dialog(console, direction: str):
    action = console.publish_library_action if direction == "publish" else console.pull_library_action
    assert action.isEnabled()
    action.trigger()
    dialog = console.library_share_dialog
    assert dialog.isVisible()
    return dialog


def _scenario_id(dialog) -> int:
    group = dialog.items._groups["scenario"]
    return next(
        int(group.child(i).data(0, 256)) for i in range(group.childCount()) if group.child(i).text(0) == SCENARIO
    )


@pytest.mark.both_engines
def test_publish_ticked_items_then_pull_a_colleagues_deck(console, tmp_path: Path, qtbot) -> None:
    team_file = tmp_path / "equipe.sqlite3"
    dialog = _dialog(console, "publish")
    assert not dialog.copy_button.isEnabled()  # nothing ticked, no library named
    dialog.target.setText(str(team_file))
    dialog.items.tick("scenario", _scenario_id(dialog))
    assert dialog.copy_button.isEnabled()
    dialog.copy_button.click()
    lines = dialog.report_view.toPlainText().splitlines()
    assert lines[:3] == [
        "Deck “Atelier TPE – jeu de cartes”: added. (Needed by scenario “Trois semaines, puis plus personne”.)",
        "Timeline template “Frise de suivi du recrutement”: added. (Needed by scenario “Trois semaines, puis plus "
        "personne”.)",
        "Scenario “Trois semaines, puis plus personne”: added.",
    ]
    assert dialog.status.text() == f"Published to {team_file}."
    dialog.copy_button.click()  # again: all there already
    assert "already there, nothing copied" in dialog.report_view.toPlainText().splitlines()[2]
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    assert not dialog.isVisible() and dialog.other is None  # the team's database is let go

    team = open_database(str(team_file))  # a colleague adds a deck to the team library
    try:
        assert SCENARIO in library_content(team)["scenario"]
        with team.write() as session:
            create_deck(session, DeckData(name="Jeu de l'équipe", cards=(CardData(kind="question", title="Délais"),)))
    finally:
        team.dispose()

    pull = _dialog(console, "pull")
    assert pull.target.text() == str(team_file)  # remembered
    assert pull.items.topLevelItemCount() == 0 and "Open" in pull.status.text()  # nothing listed yet
    assert pull.open_button.isEnabled()
    pull.open_button.click()
    assert pull.status.text().startswith("Opened ")
    new_deck = next(
        pull.items._groups["deck"].child(i)
        for i in range(pull.items._groups["deck"].childCount())
        if pull.items._groups["deck"].child(i).text(0) == "Jeu de l'équipe"
    )
    assert new_deck.text(1) == "1 card"
    pull.target.setText(str(team_file) + "x")  # another library: its items must be listed anew
    assert pull.items.topLevelItemCount() == 0 and pull.other is None and not pull.copy_button.isEnabled()
    pull.target.setText(str(team_file))
    pull.open_button.click()
    new_deck = next(
        pull.items._groups["deck"].child(i)
        for i in range(pull.items._groups["deck"].childCount())
        if pull.items._groups["deck"].child(i).text(0) == "Jeu de l'équipe"
    )
    pull.items.tick("deck", int(new_deck.data(0, 256)))
    with qtbot.waitSignal(console.workspace.changed, timeout=2000):
        pull.copy_button.click()
    assert pull.report_view.toPlainText().splitlines()[0] == "Deck “Jeu de l'équipe”: added."
    assert "Jeu de l'équipe" in [d.name for d in console.workspace.query(list_deck_summaries)]
    console.show_page("library")
    names = [console.page("library").decks.item(i).text() for i in range(console.page("library").decks.count())]
    assert any("Jeu de l'équipe" in name for name in names)
    pull.close()


@pytest.mark.both_engines
def test_a_missing_file_or_the_consoles_own_database_is_said_in_the_dialog(console, tmp_path: Path) -> None:
    pull = _dialog(console, "pull")
    pull.target.setText(str(tmp_path / "absent.sqlite3"))
    pull.open_button.click()
    assert pull.status.text().endswith("absent.sqlite3: no such database file.")
    assert not (tmp_path / "absent.sqlite3").exists() and pull.other is None
    pull.close()
    publish = _dialog(console, "publish")
    publish.target.setText(console.db_target)
    publish.items.tick_all("deck")
    publish.copy_button.click()
    assert publish.status.text().startswith("Nothing was copied: ")
    assert "is the database open here" in publish.status.text()
    publish.close()


@pytest.mark.postgresql  # the console on a laptop's file, publishing to the team's server
def test_a_read_only_role_is_told_in_one_line_and_nothing_is_written(console, reviewer_url: str) -> None:
    from engines import snapshot

    with console.workspace.db.write() as session:
        create_deck(session, DeckData(name="Jeu de l'agence", cards=(CardData(kind="question", title="Délais"),)))
    before = snapshot(reviewer_url)
    dialog = _dialog(console, "publish")
    dialog.target.setText(reviewer_url)
    group = dialog.items._groups["deck"]
    deck = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0) == "Jeu de l'agence")
    dialog.items.tick("deck", int(deck.data(0, 256)))
    dialog.copy_button.click()
    said = dialog.status.text()
    assert said.startswith("Nothing was copied: Your database role «reviewer_") and "may not change this" in said
    assert "\n" not in said and snapshot(reviewer_url) == before
    dialog.close()
