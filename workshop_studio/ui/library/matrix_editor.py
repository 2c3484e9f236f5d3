"""The matrix editor: recruiter profiles versus advisor postures, or any two kinds of cards.

Pick each axis's kind, then its cards (from every deck) and their order; the board the
participants will fill is drawn below, as they will see it: one row per card of the first
axis, one column per card of the second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.changes import Area, Changes
from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.services.errors import ServiceError
from workshop_studio.ui import prompts
from workshop_studio.ui.library.commit_fields import CommitLineEdit, FieldHint
from workshop_studio.ui.library.link_list import LinkListEditor
from workshop_studio.ui.library.ordered_list import ListRow
from workshop_studio.ui.undo import materials as commands
from workshop_studio.ui.undo.authoring import AuthoringCommand, push, push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

AXES = ("row", "column")


def list_matrices(session) -> list[tuple[int, str]]:
    """(id, name) of every matrix, by name."""
    from workshop_studio.services.matrices import list_matrices as matrices

    return [(m.id, m.name) for m in matrices(session)]


def read_matrix(session, matrix_id: int):
    """Name, and per axis: its kind, its cards (id, title) and the other cards of that kind."""
    from workshop_studio.services.cards import get_card
    from workshop_studio.services.matrices import axis_choices, axis_state, get_matrix

    matrix = get_matrix(session, matrix_id)
    axes = {}
    for axis in AXES:
        state = axis_state(session, matrix_id, axis)
        chosen = [(card_id, get_card(session, card_id).title) for card_id in state.card_ids]
        others = [
            (c.id, f"{c.title} — {c.deck.name}")
            for c in axis_choices(session, state.kind)
            if c.id not in state.card_ids
        ]
        axes[axis] = (state.kind, chosen, others)
    return matrix.name, axes


class MatrixEditor(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.matrices = QComboBox()
        self.matrices.setAccessibleName(self.tr("Matrix"))
        self.matrices.currentIndexChanged.connect(lambda _row: self.show_matrix())
        self.new_button = QPushButton(self.tr("New matrix"))
        self.new_button.clicked.connect(self.new_matrix)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this matrix (Ctrl+Z brings it back)"))
        self.delete_button.clicked.connect(self.delete_matrix)
        self.name = CommitLineEdit()
        self.name.setAccessibleName(self.tr("Matrix name"))
        self.name.committed.connect(self._rename)
        self.hint = FieldHint()

        self.kinds: dict[str, QComboBox] = {}
        self.axes: dict[str, LinkListEditor] = {}
        axis_boxes = QHBoxLayout()
        titles = {"row": self.tr("Rows"), "column": self.tr("Columns")}
        for axis in AXES:
            kind = QComboBox()
            kind.setAccessibleName(self.tr("Kind of cards on this axis"))
            for card_kind in CardKind:
                kind.addItem(card_kind.display(), card_kind.value)
            kind.activated.connect(lambda _row, a=axis: self._change_kind(a))
            editor = LinkListEditor(self.tr("Cards, in order"), self.tr("Add a card of this kind…"))
            editor.addWanted.connect(lambda card_id, a=axis: self._set_cards(a, [*self.axes[a].ids(), card_id]))
            editor.removeWanted.connect(
                lambda ids, a=axis: self._set_cards(a, [i for i in self.axes[a].ids() if i not in ids])
            )
            editor.orderWanted.connect(lambda order, a=axis: self._set_cards(a, order, reorder=True))
            box = QGroupBox(titles[axis])
            box_layout = QVBoxLayout(box)
            kind_row = QHBoxLayout()
            kind_row.addWidget(QLabel(self.tr("Kind")))
            kind_row.addWidget(kind, 1)
            box_layout.addLayout(kind_row)
            box_layout.addWidget(editor, 1)
            axis_boxes.addWidget(box)
            self.kinds[axis], self.axes[axis] = kind, editor

        self.board = QTableWidget()
        self.board.setAccessibleName(self.tr("The board"))
        self.board.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.board.setWordWrap(True)
        self.board.horizontalHeader().setDefaultSectionSize(150)
        self.board.verticalHeader().setDefaultSectionSize(44)
        self.board.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Matrix")))
        top.addWidget(self.matrices, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name")))
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.hint)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(name_row)
        body.addLayout(axis_boxes, 2)
        body.addWidget(QLabel(self.tr("The board, as participants will fill it")))
        body.addWidget(self.board, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        workspace.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.MATRICES):
            self.reload()
        elif changes.touches(Area.CARDS, Area.DECKS):
            self.show_matrix()

    def matrix_id(self) -> int | None:
        data = self.matrices.currentData()
        return int(data) if data is not None else None

    def reload(self, select: int | None = None) -> None:
        wanted = select if select is not None else self.matrix_id()
        rows = self.workspace.query(list_matrices)
        self.matrices.blockSignals(True)
        self.matrices.clear()
        for matrix_id, name in rows:
            self.matrices.addItem(name, matrix_id)
        index = self.matrices.findData(wanted)
        self.matrices.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.matrices.blockSignals(False)
        self.show_matrix()

    def show_matrix(self) -> None:
        matrix_id = self.matrix_id()
        self.body.setEnabled(matrix_id is not None)
        self.delete_button.setEnabled(matrix_id is not None)
        if matrix_id is None:
            self.board.clear()
            return
        name, axes = self.workspace.query(lambda s: read_matrix(s, matrix_id))
        self.name.show_value(name)
        for axis in AXES:
            kind, chosen, others = axes[axis]
            self.kinds[axis].setCurrentIndex(self.kinds[axis].findData(kind))
            self.axes[axis].set_items([ListRow(i, title) for i, title in chosen], others)
        self._draw_board([t for _i, t in axes["row"][1]], [t for _i, t in axes["column"][1]])

    def _draw_board(self, rows: list[str], columns: list[str]) -> None:
        self.board.clear()
        self.board.setRowCount(len(rows))
        self.board.setColumnCount(len(columns))
        self.board.setVerticalHeaderLabels(rows)
        self.board.setHorizontalHeaderLabels(columns)
        for r in range(len(rows)):
            for c in range(len(columns)):
                item = QTableWidgetItem("")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.board.setItem(r, c, item)

    # -- edits -----------------------------------------------------------------------------
    def _push(self, command: AuthoringCommand) -> bool:
        if not push_or_warn(self, self.tr("Matrix"), self.workspace, command):
            self.show_matrix()
            return False
        return True

    def _set_cards(self, axis: str, card_ids: list[int], *, reorder: bool = False) -> None:
        matrix_id = self.matrix_id()
        if matrix_id is not None:
            kind = self.kinds[axis].currentData()
            self._push(
                commands.set_matrix_axis(self.workspace, matrix_id, axis, kind=kind, card_ids=card_ids, reorder=reorder)
            )

    def _change_kind(self, axis: str) -> None:
        """A new kind empties the axis (its cards were of the old kind); undo brings them back."""
        matrix_id = self.matrix_id()
        if matrix_id is not None:
            self._push(
                commands.set_matrix_axis(
                    self.workspace, matrix_id, axis, kind=self.kinds[axis].currentData(), card_ids=[], kind_changed=True
                )
            )

    def _rename(self, name: str, stretch: int) -> None:
        matrix_id = self.matrix_id()
        if matrix_id is None:
            return
        try:
            push(
                self.workspace, commands.rename_matrix(self.workspace, matrix_id, name, merge_key=(matrix_id, stretch))
            )
            self.hint.say("")
        except ServiceError as error:
            self.hint.say(str(error))

    def new_matrix(self) -> None:
        command = commands.new_matrix(self.workspace, self.tr("New matrix"))
        if self._push(command):
            self.reload(select=command.id_)
            self.name.setFocus()
            self.name.selectAll()

    def delete_matrix(self) -> None:
        matrix_id = self.matrix_id()
        name = self.matrices.currentText()
        if matrix_id is not None and self._push(commands.delete_matrix(self.workspace, matrix_id)):
            prompts.show_status(self, self.tr("Matrix “%1” deleted — Ctrl+Z to undo").replace("%1", name))
