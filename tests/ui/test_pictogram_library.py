"""The pictogram library: browse, search in French or English, import (dialog and drop),
relabel, see where used, and deletion refused while used, saying where."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_ui_support import Messages, drop_files, open_page, query, type_text
from PySide6.QtCore import Qt

from workshop_studio.services.pictograms import list_pictograms
from workshop_studio.ui import prompts as ui_prompts
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.library.library_page import LibraryPage

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
    b'<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/></svg>'
)
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>"""


@pytest.fixture
def library(console: ConsoleWindow) -> LibraryPage:
    page = open_page(console, "library")
    page.tabs.setCurrentWidget(page.pictograms)
    return page


def labels(console: ConsoleWindow) -> dict[str, tuple[str, str]]:
    return {p.key: (p.label_fr, p.label_en) for p in query(console, list_pictograms)}


def test_search_by_french_or_english_label(library: LibraryPage, qtbot) -> None:
    pictograms = library.pictograms
    assert pictograms.model.rowCount() == 80
    type_text(pictograms.search, "cafe")  # French "Café", no accent typed
    assert [pictograms.model.entry(r).key for r in range(pictograms.model.rowCount())] == ["coffee"]
    pictograms.search.clear()
    qtbot.keyClicks(pictograms.search, "Handshake")
    assert pictograms.model.rowCount() == 0
    pictograms.search.clear()
    qtbot.keyClicks(pictograms.search, "trial")  # English "Trial period"
    assert [pictograms.model.entry(r).key for r in range(pictograms.model.rowCount())] == ["trial-period"]
    assert pictograms.count.text() == "1 pictogram"


def test_import_by_drop_relabel_and_delete_then_undo_each(
    console: ConsoleWindow, library: LibraryPage, qtbot, tmp_path: Path
) -> None:
    stack = console.workspace.undo_stack
    picture = tmp_path / "poignee_de_main.svg"
    picture.write_bytes(SVG)
    library.tabs.setCurrentIndex(0)
    assert drop_files(library, [picture])
    assert library.tabs.currentWidget() is library.pictograms  # shown where it can be labelled
    assert labels(console)["poignee-de-main"] == ("Poignee de main", "Poignee de main")
    pictograms = library.pictograms
    assert (
        pictograms.title.text() == "Poignee de main" and pictograms.uses_heading.text() == "Not used: it can be deleted"
    )

    pictograms.label_fr.selectAll()
    type_text(pictograms.label_fr, "Poignée de main")
    pictograms.label_fr.flush()
    pictograms.label_en.selectAll()
    qtbot.keyClicks(pictograms.label_en, "Handshake")
    pictograms.label_en.flush()
    assert labels(console)["poignee-de-main"] == ("Poignée de main", "Handshake")
    qtbot.mouseClick(pictograms.delete_button, Qt.MouseButton.LeftButton)
    assert "poignee-de-main" not in labels(console)
    assert "Ctrl+Z" in console.statusBar().currentMessage()
    assert [stack.text(i) for i in range(4)] == [
        "Import pictograms",
        "Rename pictogram",
        "Rename pictogram",
        "Delete pictogram",
    ]

    stack.undo()
    assert labels(console)["poignee-de-main"] == ("Poignée de main", "Handshake")
    stack.undo()
    stack.undo()
    assert labels(console)["poignee-de-main"] == ("Poignee de main", "Poignee de main")
    stack.undo()
    assert "poignee-de-main" not in labels(console) and len(labels(console)) == 80
    stack.redo()
    assert labels(console)["poignee-de-main"] == ("Poignee de main", "Poignee de main")


def test_import_from_the_file_dialog_all_or_nothing(
    console: ConsoleWindow, library: LibraryPage, qtbot, tmp_path: Path, monkeypatch
) -> None:
    messages = Messages(monkeypatch)
    good, bomb = tmp_path / "cercle.svg", tmp_path / "bombe.svg"
    good.write_bytes(SVG)
    bomb.write_bytes(BOMB)
    monkeypatch.setattr(ui_prompts, "ask_open_files", lambda *_args: [str(good), str(bomb)])
    qtbot.mouseClick(library.pictograms.import_button, Qt.MouseButton.LeftButton)
    assert len(messages.shown) == 1 and str(bomb) in messages.texts[0]  # names the file
    assert len(labels(console)) == 80 and console.workspace.undo_stack.count() == 0  # not even the good one

    monkeypatch.setattr(ui_prompts, "ask_open_files", lambda *_args: [str(good)])
    console.import_pictograms_action.trigger()  # the File menu does the same
    assert labels(console)["cercle"] == ("Cercle", "Cercle")


def test_deleting_a_pictogram_in_use_is_refused_saying_where(
    console: ConsoleWindow, library: LibraryPage, qtbot, monkeypatch
) -> None:
    messages = Messages(monkeypatch)
    pictograms = library.pictograms
    type_text(pictograms.search, "téléphone")
    assert pictograms.current_id() is not None
    assert pictograms.uses.count() >= 1
    assert pictograms.uses.item(0).text().startswith("Card “")
    qtbot.mouseClick(pictograms.delete_button, Qt.MouseButton.LeftButton)
    assert "phone" in labels(console)
    assert console.workspace.undo_stack.count() == 0
    assert len(messages.texts) == 1
    text = messages.texts[0]
    assert text.startswith("The pictogram “Téléphone” is still used: card “") and "deck “Atelier TPE" in text


def test_many_dropped_files_are_counted_and_every_refusal_named(
    console: ConsoleWindow, library: LibraryPage, tmp_path: Path, monkeypatch
) -> None:
    from library_ui_support import drop_files
    from PySide6.QtWidgets import QProgressDialog

    messages = Messages(monkeypatch)
    shown: list[int] = []

    monkeypatch.setattr(QProgressDialog, "setValue", lambda self, value: shown.append(value))
    files = []
    for n in range(11):
        files.append(tmp_path / f"cercle_{n:02d}.svg")
        files[-1].write_bytes(SVG)
    bad = [tmp_path / "bombe.svg", tmp_path / "vide.png"]
    bad[0].write_bytes(BOMB)
    bad[1].write_bytes(b"\x89PNG\r\n\x1a\n")
    drop_files(library, files + bad)
    assert shown[:3] == [0, 1, 2] and shown[-1] == 13  # a progress dialog counted the 13 files
    assert len(messages.shown) == 1
    text = messages.texts[0]
    assert text.startswith("2 of 13 files refused; nothing was imported:")
    assert str(bad[0]) in text and str(bad[1]) in text
    drop_files(library, files)
    assert labels(console)["cercle-10"] == ("Cercle 10", "Cercle 10")
