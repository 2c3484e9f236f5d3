"""The deck editor: decks (new, rename, size, duplicate, delete) and their cards (add,
duplicate, delete, reorder by drag and drop or keyboard, filter), each undone and redone."""

from __future__ import annotations

import pytest
from library_ui_support import focus, open_page, query, type_text
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from workshop_studio.services.cards import deck_card_ids, get_card
from workshop_studio.services.library import get_deck, list_deck_summaries
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.library.library_page import LibraryPage


@pytest.fixture
def library(console: ConsoleWindow) -> LibraryPage:
    return open_page(console, "library")


def decks(console: ConsoleWindow) -> list[tuple[str, int]]:
    return [(d.name, d.card_count) for d in query(console, list_deck_summaries)]


def order(console: ConsoleWindow, deck_id: int) -> list[int]:
    return query(console, lambda s: deck_card_ids(s, deck_id))


def select_rows(library: LibraryPage, rows: list[int]) -> None:
    selection = library.grid.selectionModel()
    library.grid.setCurrentIndex(library.cards_model.index(rows[0]))
    for row in rows[1:]:
        selection.select(library.cards_model.index(row), QItemSelectionModel.SelectionFlag.Select)


def test_new_deck_is_named_in_place_and_undone_then_redone_under_its_id(
    console: ConsoleWindow, library: LibraryPage, qtbot
) -> None:
    stack = console.workspace.undo_stack
    qtbot.mouseClick(library.deck_panel.new_button, Qt.MouseButton.LeftButton)
    deck_id = library.current_deck_id()
    assert ("New deck", 0) in decks(console)
    assert library.cards_model.rowCount() == 0 and library.card_editor.card_id is None
    assert library.deck_title.text() == "New deck"
    library.deck_title.selectAll()
    type_text(library.deck_title, "Jeu des postures")
    library.deck_title.flush()
    assert query(console, lambda s: get_deck(s, deck_id).name) == "Jeu des postures"
    assert [stack.text(i) for i in range(stack.count())] == ["New deck", "Rename deck"]

    stack.undo()
    assert ("New deck", 0) in decks(console)
    stack.undo()
    assert [name for name, _ in decks(console)] == ["Atelier TPE – jeu de cartes"]
    stack.redo()
    stack.redo()
    assert query(console, lambda s: get_deck(s, deck_id).name) == "Jeu des postures"  # same id again


def test_card_size_description_duplicate_and_delete_deck(console: ConsoleWindow, library: LibraryPage, qtbot) -> None:
    stack = console.workspace.undo_stack
    deck_id = library.current_deck_id()
    assert deck_id is not None
    description = query(console, lambda s: get_deck(s, deck_id).description)
    assert description and library.header.description.text() == description
    qtbot.keyClick(library.header.card_size, Qt.Key.Key_Down)
    assert query(console, lambda s: get_deck(s, deck_id).card_size) == "poker-us"
    library.header.description.selectAll()
    qtbot.keyClicks(library.header.description, "Pour la semaine 2")
    library.header.description.flush()
    assert query(console, lambda s: get_deck(s, deck_id).description) == "Pour la semaine 2"

    qtbot.mouseClick(library.deck_panel.duplicate_button, Qt.MouseButton.LeftButton)
    copy = library.current_deck_id()
    assert copy != deck_id and ("Atelier TPE – jeu de cartes (copy)", 49) in decks(console)
    qtbot.mouseClick(library.deck_panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(decks(console)) == 1
    assert "Ctrl+Z to undo" in console.statusBar().currentMessage()
    stack.undo()  # the deleted copy comes back whole
    assert ("Atelier TPE – jeu de cartes (copy)", 49) in decks(console)
    stack.undo()  # the duplicate is undone
    assert len(decks(console)) == 1

    library.deck_panel.select_deck(deck_id)
    focus(qtbot, library.decks)
    qtbot.keyClick(library.decks, Qt.Key.Key_Delete)  # Delete in the deck list deletes the deck
    assert decks(console) == []
    stack.undo()
    assert decks(console) == [("Atelier TPE – jeu de cartes", 49)]
    stack.undo()
    stack.undo()
    assert query(console, lambda s: (get_deck(s, deck_id).card_size, get_deck(s, deck_id).description)) == (
        "poker",
        description,
    )
    assert library.header.description.text() == description


def test_new_duplicate_and_delete_cards_from_the_keyboard(console: ConsoleWindow, library: LibraryPage, qtbot) -> None:
    stack = console.workspace.undo_stack
    deck_id = library.current_deck_id()
    before = order(console, deck_id)
    select_rows(library, [1])
    focus(qtbot, library.grid)
    qtbot.keyClick(library.grid, Qt.Key.Key_Insert)
    new_id = library.card_editor.card_id
    after_new = order(console, deck_id)
    assert after_new.index(new_id) == 2 and len(after_new) == 50  # right after the current card
    assert query(console, lambda s: get_card(s, new_id).title) == "New card"
    assert library.current_card_id() == new_id

    select_rows(library, [0, 1])
    focus(qtbot, library.grid)
    qtbot.keyClick(library.grid, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(order(console, deck_id)) == 52
    assert len(library.selected_card_ids()) == 2  # the copies are selected

    select_rows(library, [3, 4, 5])
    gone = library.selected_card_ids()
    focus(qtbot, library.grid)
    qtbot.keyClick(library.grid, Qt.Key.Key_Delete)
    assert len(order(console, deck_id)) == 49 and not set(gone) & set(order(console, deck_id))
    assert console.statusBar().currentMessage() == "3 cards deleted — Ctrl+Z to undo"
    assert [stack.text(i) for i in range(3)] == ["New card", "Duplicate cards", "Delete cards"]

    stack.undo()
    assert len(order(console, deck_id)) == 52 and set(gone) <= set(order(console, deck_id))
    stack.undo()
    stack.undo()
    assert order(console, deck_id) == before
    stack.redo()
    assert order(console, deck_id) == after_new  # the new card is back under its id


def test_cards_reorder_by_drag_and_drop_and_by_keyboard(console: ConsoleWindow, library: LibraryPage, qtbot) -> None:
    stack = console.workspace.undo_stack
    deck_id = library.current_deck_id()
    before = order(console, deck_id)
    model = library.cards_model
    dragged = model.mimeData([model.index(0), model.index(1)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 4, 0, QModelIndex())  # dropped before card 4
    assert order(console, deck_id)[:5] == [before[2], before[3], before[0], before[1], before[4]]
    assert library.selected_card_ids() == [before[0], before[1]]  # they stay selected where they landed
    assert stack.undoText() == "Move cards"

    select_rows(library, [4])
    focus(qtbot, library.grid)
    qtbot.keyClick(library.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert order(console, deck_id)[:6] == [before[2], before[3], before[0], before[1], before[5], before[4]]
    qtbot.keyClick(library.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(library.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert order(console, deck_id)[:5] == [before[2], before[3], before[0], before[4], before[1]]

    for _ in range(4):
        stack.undo()
    assert order(console, deck_id) == before
    stack.redo()
    assert order(console, deck_id)[:4] == [before[2], before[3], before[0], before[1]]


def test_a_real_drop_on_the_grid_lands_where_the_pointer_is(console: ConsoleWindow, library: LibraryPage) -> None:
    deck_id = library.current_deck_id()
    before = order(console, deck_id)
    model, grid = library.cards_model, library.grid
    target = grid.visualRect(model.index(3))
    for point, expected in (
        (QPoint(target.left() + 10, target.center().y()), 2),  # left half: before card 3
        (QPoint(target.right() - 10, target.center().y()), 3),
    ):  # right half: after it
        mime = model.mimeData([model.index(0)])
        enter = QDragEnterEvent(
            point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(grid.viewport(), enter)
        assert enter.isAccepted()  # the grid takes its own cards
        drop = QDropEvent(
            QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(grid.viewport(), drop)
        assert drop.isAccepted()
        assert order(console, deck_id).index(before[0]) == expected
        console.workspace.undo_stack.undo()
        assert order(console, deck_id) == before


def test_the_kind_filter_shows_some_cards_and_moves_keep_the_hidden_ones_in_place(
    console: ConsoleWindow, library: LibraryPage, qtbot
) -> None:
    deck_id = library.current_deck_id()
    before = order(console, deck_id)
    library.card_actions.kind_filter.setCurrentIndex(library.card_actions.kind_filter.findData("verbatim"))
    model = library.cards_model
    assert model.rowCount() == 8 and {model.card(r).kind for r in range(8)} == {"verbatim"}
    shown = model.card_ids()
    assert model.dropMimeData(model.mimeData([model.index(7)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.card_ids() == [shown[7], *shown[:7]]
    after = order(console, deck_id)
    assert [i for i in after if i not in shown] == [i for i in before if i not in shown]  # the others did not move

    select_rows(library, [0])
    focus(qtbot, library.grid)
    qtbot.keyClick(library.grid, Qt.Key.Key_Insert)  # a new card of the filtered kind
    assert query(console, lambda s: get_card(s, library.card_editor.card_id).kind) == "verbatim"
    library.card_actions.kind_filter.setCurrentIndex(0)
    assert model.rowCount() == 50


def test_a_published_deck_with_its_own_kinds_is_imported_ticking_the_checkbox_then_its_kinds_edited(
    console: ConsoleWindow, library: LibraryPage, qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from workshop_studio.services.deck_kinds import deck_kinds
    from workshop_studio.ui import prompts
    from workshop_studio.ui.library import deck_kinds_dialog

    asked: list[tuple[str, str]] = []

    def tick(_parent, _title, text, option):
        asked.append((text, option))
        return True

    monkeypatch.setattr(prompts, "ask_with_option", tick)
    published = tmp_path / "jeu.csv"
    published.write_text("id;nom;catégorie;année\n1;Soleil;Énergie;2024\n2;Pluie;Obstacle;2024\n", encoding="utf-8")
    [deck_id] = library.files.import_decks([published])
    assert "unknown columns: “id”, “année”" in asked[0][0]
    assert asked[0][1] == "Import the known columns and leave the others out"
    header = library.header
    assert query(console, lambda s: [k.label for k in deck_kinds(s, deck_id)]) == ["Énergie", "Obstacle"]

    header.show_deck(deck_id, "jeu", "", "poker", True, 2)
    assert header.kinds_button.isEnabled() and header.show_kind.isChecked()
    qtbot.mouseClick(header.show_kind, Qt.MouseButton.LeftButton)
    assert query(console, lambda s: get_deck(s, deck_id).show_kind_label) is False

    def edit(dialog):
        dialog.labels[0].setText("Ressource")
        dialog.colours[1].setCurrentIndex(dialog.colours[1].findData("green"))
        dialog.commit()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(deck_kinds_dialog.DeckKindsDialog, "exec", edit)
    qtbot.mouseClick(header.kinds_button, Qt.MouseButton.LeftButton)
    assert query(console, lambda s: [(k.label, k.colour) for k in deck_kinds(s, deck_id)]) == [
        ("Ressource", "orange"),
        ("Obstacle", "green"),
    ]
    stack = console.workspace.undo_stack
    assert [stack.text(i) for i in range(stack.count())][-3:] == [
        "Show or hide the kind on cards",
        "Edit a card kind",
        "Edit a card kind",
    ]
    stack.undo()
    stack.undo()
    assert query(console, lambda s: [k.label for k in deck_kinds(s, deck_id)]) == ["Énergie", "Obstacle"]


def test_the_deck_list_counts_a_card_added_deleted_and_undone_at_once(
    console: ConsoleWindow, library: LibraryPage
) -> None:
    """The list's "N cards" follows the cards, with the card just added kept selected."""
    deck_id = library.current_deck_id()
    count = len(order(console, deck_id))
    shown = library.deck_panel.list.currentItem

    card_id = library.card_actions.new_card()
    assert shown().text().endswith(f"\n{count + 1} cards")
    assert library.current_card_id() == card_id  # the count did not rebuild the grid's selection
    console.workspace.undo_stack.undo()
    assert shown().text().endswith(f"\n{count} cards")
    library.grid.setCurrentIndex(library.cards_model.index(0))
    library.card_actions.delete()
    assert shown().text().endswith(f"\n{count - 1} cards")
