"""Deck files from the console: a dropped CSV becomes a deck (undo removes it), a bad file
gets one message naming file, row and column and changes nothing; export in three formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_ui_support import Messages, drop_files, open_page, query
from PySide6.QtCore import Qt

from workshop_studio.services.library import deck_cards, list_deck_summaries
from workshop_studio.ui import prompts as ui_prompts
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.library.library_page import LibraryPage

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def library(console: ConsoleWindow) -> LibraryPage:
    return open_page(console, "library")


def deck_names(console: ConsoleWindow) -> list[str]:
    return [d.name for d in query(console, list_deck_summaries)]


def titles(console: ConsoleWindow, deck_id: int) -> list[str]:
    return query(console, lambda s: [c.title for c in deck_cards(s, deck_id)])


def test_a_dropped_csv_becomes_a_deck_and_undo_removes_it(console: ConsoleWindow, library: LibraryPage) -> None:
    stack = console.workspace.undo_stack
    assert drop_files(library.grid, [DATA / "cartes_libreoffice_utf8.csv"])  # dropped on the cards
    assert deck_names(console) == ["Atelier TPE – jeu de cartes", "cartes_libreoffice_utf8"]
    deck_id = library.current_deck_id()
    assert library.deck_title.text() == "cartes_libreoffice_utf8"  # the new deck is shown
    assert titles(console, deck_id)[:2] == ["Le gérant pressé", "Traduire"]
    assert library.cards_model.rowCount() == 6
    assert console.statusBar().currentMessage() == "Deck “cartes_libreoffice_utf8” imported: 6 cards — Ctrl+Z to undo"
    assert stack.undoText() == "Import a deck"

    stack.undo()
    assert deck_names(console) == ["Atelier TPE – jeu de cartes"]
    assert library.current_deck_id() != deck_id
    stack.redo()
    assert deck_names(console) == ["Atelier TPE – jeu de cartes", "cartes_libreoffice_utf8"]
    assert titles(console, deck_id)[:2] == ["Le gérant pressé", "Traduire"]  # same deck, same id


def test_a_bad_file_shows_one_message_and_nothing_changes(
    console: ConsoleWindow, library: LibraryPage, tmp_path: Path, monkeypatch
) -> None:
    messages = Messages(monkeypatch)
    bad = tmp_path / "cartes.csv"
    bad.write_text("titre;exemplaires;texte\nBonjour;1;ok\nAu revoir;beaucoup;non\n", encoding="utf-8")
    assert drop_files(library, [bad])
    assert len(messages.shown) == 1
    title, text = messages.shown[0]
    assert title == "Import a deck"
    assert str(bad) in text and "row 3" in text and "column “exemplaires”" in text
    assert deck_names(console) == ["Atelier TPE – jeu de cartes"]
    assert console.workspace.undo_stack.count() == 0

    assert not drop_files(library, [tmp_path / "notes.odt"])  # not a deck file: not even accepted


def test_file_menu_imports_an_xlsx_and_exports_the_deck_in_three_formats(
    console: ConsoleWindow, library: LibraryPage, tmp_path: Path, monkeypatch
) -> None:
    Messages(monkeypatch)
    monkeypatch.setattr(ui_prompts, "ask_open_files", lambda *_args: [str(DATA / "cartes_libreoffice.xlsx")])
    console.import_deck_action.trigger()
    deck_id = library.current_deck_id()
    imported = titles(console, deck_id)
    assert len(imported) == 6

    for suffix, chosen in ((".csv", "CSV (*.csv)"), (".xlsx", "Excel (*.xlsx)"), (".json", "JSON (*.json)")):
        target = tmp_path / f"export{suffix}"
        monkeypatch.setattr(ui_prompts, "ask_save_file", lambda *_args, c=chosen: (str(tmp_path / "export"), c))
        console.export_deck_action.trigger()  # no suffix typed: the chosen format gives it
        assert target.is_file(), suffix
        assert str(target) in console.statusBar().currentMessage()
        monkeypatch.setattr(ui_prompts, "ask_open_files", lambda *_args, t=target: [str(t)])
        console.import_deck_action.trigger()
        assert titles(console, library.current_deck_id()) == imported  # the same cards come back


def test_export_cancelled_writes_nothing(
    console: ConsoleWindow, library: LibraryPage, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    monkeypatch.setattr(ui_prompts, "ask_save_file", lambda *_args: ("", ""))
    assert library.files.export_deck(library.current_deck_id()) is None
    assert not any((tmp_path / "home").iterdir())
    assert console.statusBar().currentMessage() == "" or "exported" not in console.statusBar().currentMessage()


def test_dropping_on_the_library_page_while_on_another_tab_still_imports(
    console: ConsoleWindow, library: LibraryPage, qtbot
) -> None:
    library.tabs.setCurrentWidget(library.matrix)
    assert drop_files(library, [DATA / "cartes_libreoffice_cp1252.csv"])
    assert library.tabs.currentIndex() == 0
    assert "cartes_libreoffice_cp1252" in deck_names(console)
    qtbot.mouseClick(library.deck_panel.delete_button, Qt.MouseButton.LeftButton)
    assert "cartes_libreoffice_cp1252" not in deck_names(console)
