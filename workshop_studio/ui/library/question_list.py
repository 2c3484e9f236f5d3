"""The questions put to the group: a list to add to, remove from, reorder and edit.

The list never changes itself: it asks for a whole new list of questions
(``questionsWanted(questions, action)``) and the scenario editor pushes one undo step; the
selected question is edited in the field under the list, which commits itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from workshop_studio.services.edits import moved
from workshop_studio.ui.library.commit_fields import CommitLineEdit
from workshop_studio.ui.library.ordered_list import ListRow, OrderedListModel, OrderedListView
from workshop_studio.ui.text import heading_label


class QuestionList(QWidget):
    questionsWanted = Signal(list, str, int)  # the new list, the action ("add", "remove", "move", "edit"), stretch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._questions: list[str] = []
        self.heading = heading_label(self.tr("Questions for the group"), level=3)
        self.model = OrderedListModel(self)
        self.view = OrderedListView(self.model)
        self.view.setAccessibleName(self.tr("Questions for the group"))
        self.view.setWordWrap(True)
        self.view.setMinimumHeight(120)
        self.model.moveRequested.connect(lambda ids, row: self._reorder(moved(self.model.ids(), ids, row)))
        self.view.selectionModel().currentChanged.connect(lambda _current, _previous: self._show_selected())
        self.editor = CommitLineEdit()
        self.editor.setAccessibleName(self.tr("The selected question"))
        self.editor.setPlaceholderText(self.tr("Select a question to edit it here"))
        self.editor.committed.connect(self._edited)
        self.add_button = QPushButton(self.tr("Add a question"))
        self.add_button.clicked.connect(self.add_question)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QAction(self.tr("Remove"), self.view)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.view.addAction(remove)
        up, down = QToolButton(), QToolButton()
        up.setText("▲")
        down.setText("▼")
        up.setToolTip(self.tr("Move up (Alt+Up)"))
        down.setToolTip(self.tr("Move down (Alt+Down)"))
        up.clicked.connect(lambda: self.move_by(-1))
        down.clicked.connect(lambda: self.move_by(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            action = QAction(self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self.move_by(s))
            self.view.addAction(action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(up)
        buttons.addWidget(down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)

    def set_questions(self, questions: Sequence[str]) -> None:
        """Redraw from data; the selected row stays selected."""
        row = self.view.currentIndex().row()
        self._questions = list(questions)
        self.model.set_rows([ListRow(i, f"{i + 1}. {q}", q) for i, q in enumerate(self._questions)])
        if self._questions:
            self.view.setCurrentIndex(self.model.index(max(0, min(row, len(self._questions) - 1))))
        self._show_selected()

    def questions(self) -> list[str]:
        return list(self._questions)

    def _selected_row(self) -> int:
        return self.view.currentIndex().row()

    def _show_selected(self) -> None:
        row = self._selected_row()
        if self.editor.property("row") != row:
            self.editor.end_stretch()
            self.editor.discard()
            self.editor.setProperty("row", row)
        self.editor.setEnabled(row >= 0)
        self.editor.show_value(self._questions[row] if 0 <= row < len(self._questions) else "")

    def add_question(self) -> None:
        at = self._selected_row() + 1 if self._selected_row() >= 0 else len(self._questions)
        wanted = [*self._questions[:at], self.tr("New question"), *self._questions[at:]]
        self.questionsWanted.emit(wanted, "add", -1)
        self.view.setCurrentIndex(self.model.index(at))
        self.editor.setFocus()
        self.editor.selectAll()

    def remove_selected(self) -> None:
        rows = set(self.view.selected_ids())
        if rows:
            self.questionsWanted.emit([q for i, q in enumerate(self._questions) if i not in rows], "remove", -1)

    def _reorder(self, order: Sequence[int]) -> None:
        if list(order) != list(range(len(self._questions))):
            self.questionsWanted.emit([self._questions[i] for i in order], "move", -1)
            self.view.select_ids([list(order).index(i) for i in self.view.selected_ids()])

    def move_by(self, step: int) -> None:
        rows = self.view.selected_ids()
        if not rows:
            return
        if step < 0 and rows[0] > 0:
            self._reorder(moved(list(range(len(self._questions))), rows, rows[0] - 1))
        elif step > 0 and rows[-1] < len(self._questions) - 1:
            self._reorder(moved(list(range(len(self._questions))), rows, rows[-1] + 2))

    def _edited(self, text: str, stretch: int) -> None:
        row = self.editor.property("row")
        if row is not None and 0 <= row < len(self._questions) and text != self._questions[row]:
            wanted = list(self._questions)
            wanted[row] = text
            self.questionsWanted.emit(wanted, "edit", stretch)
