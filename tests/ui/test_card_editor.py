"""The card editor: every field commits itself, one undo step per field edit, live preview
and warnings in words while typing."""

from __future__ import annotations

import pytest
from library_ui_support import focus, open_page, query, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from workshop_studio.services.cards import get_card
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.library.library_page import LibraryPage


@pytest.fixture
def library(console: ConsoleWindow) -> LibraryPage:
    page = open_page(console, "library")
    assert page.card_editor.card_id is not None  # the first card is up in the editor
    return page


def card_field(console: ConsoleWindow, card_id: int, field: str):
    return query(console, lambda s: getattr(get_card(s, card_id), field))


def test_a_stretch_of_typing_in_the_title_is_one_undo_step(console: ConsoleWindow, library: LibraryPage, qtbot) -> None:
    editor = library.card_editor
    card_id = editor.card_id
    original = card_field(console, card_id, "title")
    stack = console.workspace.undo_stack
    editor.title.selectAll()
    type_text(editor.title, "Le gérant")
    assert card_field(console, card_id, "title") == original  # not yet: the pause has not come
    editor.title.flush()  # what the pause does
    assert card_field(console, card_id, "title") == "Le gérant"
    type_text(editor.title, " pressé")
    editor.title.flush()
    assert card_field(console, card_id, "title") == "Le gérant pressé"
    assert stack.count() == 1 and stack.undoText() == "Edit card title"
    assert console.undo_action.text() == "&Undo “Edit card title”"
    assert library.cards_model.card(library.grid.currentIndex().row()).title == "Le gérant pressé"  # the grid redrew

    stack.undo()
    assert card_field(console, card_id, "title") == original
    assert editor.title.text() == original
    assert console.redo_action.text() == "&Redo “Edit card title”"
    stack.redo()
    assert card_field(console, card_id, "title") == "Le gérant pressé"
    assert editor.title.text() == "Le gérant pressé"


def test_the_title_commits_after_a_pause_and_when_it_loses_focus(
    console: ConsoleWindow, library: LibraryPage, qtbot
) -> None:
    editor = library.card_editor
    card_id = editor.card_id
    focus(qtbot, editor.title)
    editor.title.end(False)
    qtbot.keyClicks(editor.title, " !")
    qtbot.waitUntil(lambda: card_field(console, card_id, "title").endswith(" !"), timeout=5000)
    qtbot.keyClicks(editor.title, "?")
    focus(qtbot, editor.body)  # leaving the field commits, and ends the stretch
    assert card_field(console, card_id, "title").endswith(" !?")
    assert console.workspace.undo_stack.count() == 1
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " Fin.")
    focus(qtbot, editor.title)
    assert card_field(console, card_id, "body").endswith(" Fin.")
    assert console.workspace.undo_stack.count() == 2  # another field, another step
    assert console.workspace.undo_stack.undoText() == "Edit card text"


def test_ctrl_z_in_a_field_with_nothing_typed_undoes_the_last_edit(
    console: ConsoleWindow, library: LibraryPage, qtbot
) -> None:
    editor = library.card_editor
    card_id = editor.card_id
    original = card_field(console, card_id, "title")
    focus(qtbot, editor.title)
    editor.title.end(False)
    qtbot.keyClicks(editor.title, " bis")
    focus(qtbot, editor.body)  # committed on leaving
    assert card_field(console, card_id, "title") == original + " bis"
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing typed here yet
    assert card_field(console, card_id, "title") == original
    assert editor.title.text() == original
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert card_field(console, card_id, "title") == original + " bis"

    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, "!")
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # its own typing first
    assert editor.body.text() == card_field(console, card_id, "body")
    assert card_field(console, card_id, "title") == original + " bis"


def test_typing_for_one_card_lands_on_that_card_when_another_is_chosen(
    console: ConsoleWindow, library: LibraryPage, qtbot
) -> None:
    editor = library.card_editor
    first = editor.card_id
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "Texte neuf")
    library.grid.setCurrentIndex(library.cards_model.index(2))  # uncommitted typing, then another card
    assert editor.card_id == library.cards_model.card(2).card_id
    assert card_field(console, first, "body") == "Texte neuf"
    assert editor.body.text() == library.cards_model.card(2).body


def test_kind_colour_pictogram_back_and_copies_each_undo_and_redo(
    console: ConsoleWindow, library: LibraryPage, qtbot
) -> None:
    editor = library.card_editor
    card_id = editor.card_id
    stack = console.workspace.undo_stack
    before = {f: card_field(console, card_id, f) for f in ("kind", "colour", "pictogram_id", "back", "copies")}

    qtbot.keyClick(editor.kind, Qt.Key.Key_Down)
    assert card_field(console, card_id, "kind") == "advisor_posture"
    qtbot.mouseClick(editor.colour.buttons["sky"], Qt.MouseButton.LeftButton)
    assert card_field(console, card_id, "colour") == "sky"
    assert editor.front.face is not None and editor.front.face.fill == "#A2D6F3"  # the preview follows

    picker = editor.pictogram.open_picker()
    type_text(picker.search, "téléphone")  # French label, any accents
    assert picker.model.rowCount() == 1
    picker.search.clear()
    qtbot.keyClicks(picker.search, "PHONE")  # English label, any case
    assert [picker.model.entry(r).key for r in range(picker.model.rowCount())] == ["phone"]
    picker.accept()
    phone = card_field(console, card_id, "pictogram_id")
    assert phone != before["pictogram_id"] and editor.pictogram.name.text() == "Phone"

    editor.back_text.selectAll()
    qtbot.keyClicks(editor.back_text, "Au dos")
    editor.back_text.flush()
    editor.copies.selectAll()
    qtbot.keyClicks(editor.copies, "4")
    editor.copies.flush()
    assert (card_field(console, card_id, "back"), card_field(console, card_id, "copies")) == ("Au dos", 4)
    assert stack.count() == 5
    assert [stack.text(i) for i in range(5)] == [
        "Change card kind",
        "Change card colour",
        "Change card pictogram",
        "Edit card back",
        "Change number of copies",
    ]

    for _ in range(5):
        stack.undo()
    assert {f: card_field(console, card_id, f) for f in before} == before
    assert editor.copies.value() == before["copies"] and editor.kind.currentData() == before["kind"]
    for _ in range(5):
        stack.redo()
    assert card_field(console, card_id, "kind") == "advisor_posture"
    assert card_field(console, card_id, "colour") == "sky"
    assert card_field(console, card_id, "pictogram_id") == phone
    assert (card_field(console, card_id, "back"), card_field(console, card_id, "copies")) == ("Au dos", 4)


def test_no_pictogram_and_the_kinds_colour(console: ConsoleWindow, library: LibraryPage, qtbot) -> None:
    editor = library.card_editor
    card_id = editor.card_id
    assert card_field(console, card_id, "pictogram_id") is not None
    qtbot.mouseClick(editor.pictogram.clear_button, Qt.MouseButton.LeftButton)
    assert card_field(console, card_id, "pictogram_id") is None
    assert editor.front.face is not None and editor.front.face.pictogram is None
    qtbot.mouseClick(editor.colour.buttons["purple"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.colour.buttons[""], Qt.MouseButton.LeftButton)  # back to the kind's colour
    assert card_field(console, card_id, "colour") is None
    console.workspace.undo_stack.undo()
    assert card_field(console, card_id, "colour") == "purple"


def test_warns_in_words_as_you_type_when_the_text_will_not_fit(
    console: ConsoleWindow, library: LibraryPage, qtbot
) -> None:
    editor = library.card_editor
    assert editor.body_hint.isHidden()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    editor.body.insertPlainText(" Et encore une phrase pour voir." * 40)  # a paste, not committed yet
    assert not editor.body_hint.isHidden()
    assert "Shorten it" in editor.body_hint.text()
    assert editor.front.face is not None and editor.front.face.problems  # the same layout as the PDF
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "Court.")
    assert editor.body_hint.isHidden()

    qtbot.keyClicks(editor.title, " " + "interminable" * 12)
    # a 144-letter word still fits once broken and shrunk, below the size that reads well
    assert not editor.title_hint.isHidden()
    assert editor.title_hint.text() == "⚠ Too long to print at a readable size. Shorten it if you can."


def test_an_empty_title_is_refused_in_words_and_nothing_is_written(
    console: ConsoleWindow, library: LibraryPage, qtbot
) -> None:
    editor = library.card_editor
    card_id = editor.card_id
    original = card_field(console, card_id, "title")
    editor.title.selectAll()
    qtbot.keyClick(editor.title, Qt.Key.Key_Backspace)
    editor.title.flush()
    assert card_field(console, card_id, "title") == original
    assert console.workspace.undo_stack.count() == 0
    assert editor.title_hint.text() == "⚠ The card title may not be empty."


def test_hostile_text_is_kept_and_shown_literally(console: ConsoleWindow, library: LibraryPage, qtbot) -> None:
    editor = library.card_editor
    card_id = editor.card_id
    hostile = "<b>Gras</b> & <img src=/etc/passwd> مرحبا 🙂"
    editor.title.selectAll()
    type_text(editor.title, hostile)
    editor.title.flush()
    assert card_field(console, card_id, "title") == hostile
    assert editor.front.face is not None and editor.front.face.text("title") is not None


def test_in_a_laptop_sized_window_no_field_is_cut(console: ConsoleWindow, library: LibraryPage, qtbot) -> None:
    """1230 × 700, not maximised: the deck's description keeps a usable width on its own line,
    the card size reads whole, and the card editor's fields end inside what the pane shows
    (it scrolls rather than cut them)."""
    console.resize(1230, 700)
    library.grid.setCurrentIndex(library.cards_model.index(0))
    qtbot.waitUntil(lambda: library.card_editor.card_id is not None)
    QApplication.processEvents()
    header = library.header
    assert header.description.width() >= 300
    combo = header.card_size
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20
    editor = library.card_editor
    scroll = editor.findChild(QScrollArea)
    visible = scroll.viewport().width() + scroll.horizontalScrollBar().maximum()
    for field in (editor.kind, editor.title, editor.body, editor.back_text):
        right = field.mapTo(scroll.widget(), field.rect().topRight()).x()
        assert right <= visible, field.accessibleName()
