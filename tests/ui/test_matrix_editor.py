"""The matrix editor: each axis's kind and cards chosen and reordered, the board drawn from
them; rename, new and delete; every edit undone and redone."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from library_ui_support import open_page, query, type_text
from PySide6.QtCore import QModelIndex, Qt

from workshop_studio.services.matrices import axis_state, get_matrix
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.library.matrix_editor import MatrixEditor, list_matrices


@pytest.fixture
def matrix(console: ConsoleWindow) -> MatrixEditor:
    library = open_page(console, "library")
    library.tabs.setCurrentWidget(library.matrix)
    return library.matrix


def axes(console: ConsoleWindow, matrix_id: int):
    return query(console, lambda s: (axis_state(s, matrix_id, "row"), axis_state(s, matrix_id, "column")))


def stored_titles(console: ConsoleWindow, matrix_id: int, axis: str) -> list[str]:
    """The titles of an axis's cards in their stored order, read from the file with plain SQL."""
    with closing(sqlite3.connect(console.workspace.db.path)) as connection:
        return [
            title
            for (title,) in connection.execute(
                "SELECT card.title FROM matrix_axis_card AS m JOIN card ON card.id = m.card_id "
                "WHERE m.matrix_id = ? AND m.axis = ? ORDER BY m.position",
                (matrix_id, axis),
            )
        ]


def headers(board) -> tuple[list[str], list[str]]:
    return (
        [board.verticalHeaderItem(r).text() for r in range(board.rowCount())],
        [board.horizontalHeaderItem(c).text() for c in range(board.columnCount())],
    )


def test_the_board_shows_the_axes_cards_in_order(console: ConsoleWindow, matrix: MatrixEditor) -> None:
    rows, columns = (stored_titles(console, matrix.matrix_id(), axis) for axis in ("row", "column"))
    assert (len(rows), len(columns)) == (5, 6)
    assert headers(matrix.board) == (rows, columns)


def test_axis_cards_are_added_removed_and_reordered(console: ConsoleWindow, matrix: MatrixEditor, qtbot) -> None:
    matrix_id = matrix.matrix_id()
    before = axes(console, matrix_id)
    stack = console.workspace.undo_stack
    rows = matrix.axes["row"]
    assert rows.choices.count() == 3  # the other recruiter profiles of the library
    rows.choices.setCurrentIndex(0)
    added = rows.choices.currentData()
    qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
    assert axes(console, matrix_id)[0].card_ids == (*before[0].card_ids, added)
    assert matrix.board.rowCount() == 6

    model = rows.model
    assert model.dropMimeData(model.mimeData([model.index(5)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert axes(console, matrix_id)[0].card_ids == (added, *before[0].card_ids)
    assert headers(matrix.board)[0] == stored_titles(console, matrix_id, "row")  # the board follows the new order
    rows.view.select_ids([added])
    qtbot.mouseClick(rows.remove_button, Qt.MouseButton.LeftButton)
    assert axes(console, matrix_id)[0] == before[0]
    assert [stack.text(i) for i in range(3)] == ["Choose axis cards", "Reorder axis cards", "Choose axis cards"]
    stack.undo()
    stack.undo()
    assert axes(console, matrix_id)[0].card_ids == (*before[0].card_ids, added)
    stack.redo()
    assert axes(console, matrix_id)[0].card_ids == (added, *before[0].card_ids)


def test_changing_an_axis_kind_empties_it_and_undo_brings_the_cards_back(
    console: ConsoleWindow, matrix: MatrixEditor, qtbot
) -> None:
    matrix_id = matrix.matrix_id()
    before = axes(console, matrix_id)
    kind = matrix.kinds["column"]
    kind.setCurrentIndex(kind.findData("question"))
    kind.activated.emit(kind.currentIndex())  # what a choice in the list does
    assert axes(console, matrix_id)[1].kind == "question" and axes(console, matrix_id)[1].card_ids == ()
    assert matrix.axes["column"].choices.count() == 6  # the deck's questions
    assert matrix.board.columnCount() == 0
    console.workspace.undo_stack.undo()
    assert axes(console, matrix_id) == before
    assert matrix.kinds["column"].currentData() == "advisor_posture"


def test_rename_new_and_delete_matrix(console: ConsoleWindow, matrix: MatrixEditor, qtbot) -> None:
    matrix_id = matrix.matrix_id()
    stack = console.workspace.undo_stack
    matrix.name.selectAll()
    type_text(matrix.name, "Profils × postures")
    matrix.name.flush()
    assert query(console, lambda s: get_matrix(s, matrix_id).name) == "Profils × postures"
    assert matrix.matrices.currentText() == "Profils × postures"
    qtbot.mouseClick(matrix.new_button, Qt.MouseButton.LeftButton)
    new_id = matrix.matrix_id()
    assert new_id != matrix_id and matrix.board.rowCount() == 0
    assert matrix.kinds["row"].currentData() == "recruiter_profile"
    qtbot.mouseClick(matrix.delete_button, Qt.MouseButton.LeftButton)
    assert [i for i, _ in query(console, list_matrices)] == [matrix_id]
    assert [stack.text(i) for i in range(3)] == ["Rename matrix", "New matrix", "Delete matrix"]
    stack.undo()
    assert sorted(i for i, _ in query(console, list_matrices)) == sorted([matrix_id, new_id])
    stack.undo()
    stack.undo()
    assert query(console, lambda s: get_matrix(s, matrix_id).name) == "Profils de recruteurs × postures du conseiller"
