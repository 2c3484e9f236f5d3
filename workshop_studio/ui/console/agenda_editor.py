"""Building a workshop's agenda on the Workshops page: the steps, the library to take them
from, and the time they add up to against the time the room is booked for.

Steps are added with "Add a step…", by double-clicking the library, or by dragging from the
library onto the agenda (several cards dropped at once make a spread); they are reordered by
drag and drop or Alt+Up/Down, edited (the card or scenario a step shows included), skipped
for the presentation, or removed, each with undo. The list redraws from the data.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.agenda import AgendaView, StepView
from workshop_studio.domain.vocabulary import CardKind, StepKind
from workshop_studio.domain.workshop import BudgetState, time_budget
from workshop_studio.ui import prompts
from workshop_studio.ui.library.ordered_list import (
    ListRow,
    OrderedListModel,
    OrderedListView,
    drop_row,
)
from workshop_studio.ui.text import plain_label
from workshop_studio.ui.undo.authoring import AuthoringCommand, push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.console.step_dialog import StepDialog
    from workshop_studio.ui.workspace import Workspace

MATERIAL_MIME = "application/x-workshop-studio-material"
# Steps that need nothing from the library, in the order the palette offers them.
PLAIN_STEPS = (StepKind.TITLE, StepKind.INSTRUCTION, StepKind.TIMELINE, StepKind.MATRIX, StepKind.BLANK, StepKind.BLACK)


def step_kind_label(kind: str) -> str:
    try:
        return StepKind(kind).display()
    except ValueError:
        return kind


def material_step(materials: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The step made of what was dropped: a plain step, a card, a spread of cards, a scenario."""
    cards = [m["card_id"] for m in materials if m.get("kind") == "card"]
    if len(cards) > 1:
        return {"kind": StepKind.CARDS.value, "card_ids": cards}
    if cards:
        return {"kind": StepKind.CARD.value, "card_id": cards[0]}
    first = materials[0] if materials else None
    if first is not None and first.get("kind") == "scenario":
        return {"kind": StepKind.SCENARIO.value, "scenario_id": first["scenario_id"]}
    if first is not None and first.get("kind") == "step":
        return {"kind": first["step"]}
    return None


class LibraryPalette(QTreeWidget):
    """What can go on the agenda: plain steps, the cards of the workshop's decks, scenarios."""

    chosen = Signal(list)  # materials (dicts), double-clicked or Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Library"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.itemActivated.connect(lambda _item, _column: self.chosen.emit(self.selected_materials()))
        self._shown: tuple[list[Any], list[Any]] | None = None

    def fill(self, cards: list[Any], scenarios: list[Any]) -> None:
        """Show these cards and scenarios (nothing is redone when they are the same as shown)."""
        if (cards, scenarios) == self._shown:
            return
        self._shown = (cards, scenarios)
        self.clear()
        steps = QTreeWidgetItem(self, [self.tr("Slides")])
        for kind in PLAIN_STEPS:
            self._leaf(steps, kind.display(), {"kind": "step", "step": kind.value})
        deck = QTreeWidgetItem(self, [self.tr("Cards")])
        for card in cards:
            try:
                kind_name = CardKind(card.kind).display()
            except ValueError:
                kind_name = card.kind
            self._leaf(deck, f"{card.title} · {kind_name}", {"kind": "card", "card_id": card.id})
        stories = QTreeWidgetItem(self, [self.tr("Scenarios")])
        for scenario in scenarios:
            self._leaf(stories, scenario.title, {"kind": "scenario", "scenario_id": scenario.id})
        for top in (steps, deck, stories):
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        steps.setExpanded(True)
        deck.setExpanded(True)
        stories.setExpanded(True)

    def _leaf(self, parent: QTreeWidgetItem, text: str, material: dict[str, Any]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, Qt.ItemDataRole.UserRole, json.dumps(material))
        # the whole title, which a narrow panel cuts, then what to do with it
        item.setToolTip(0, text + "\n" + self.tr("Drag onto the agenda, or double-click to add it"))
        return item

    def selected_materials(self) -> list[dict[str, Any]]:
        return [
            json.loads(item.data(0, Qt.ItemDataRole.UserRole))
            for item in self.selectedItems()
            if item.data(0, Qt.ItemDataRole.UserRole)
        ]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        mime = QMimeData()
        materials = [
            json.loads(item.data(0, Qt.ItemDataRole.UserRole))
            for item in items
            if item.data(0, Qt.ItemDataRole.UserRole)
        ]
        mime.setData(MATERIAL_MIME, QByteArray(json.dumps(materials).encode("utf-8")))
        return mime

    def mimeTypes(self) -> list[str]:
        return [MATERIAL_MIME]


class AgendaListView(OrderedListView):
    """The steps; takes its own rows (a move) and library materials (a new step) as drops."""

    materialDropped = Signal(list, int)  # materials, drop row

    def _accepts(self, mime: QMimeData) -> bool:
        return mime.hasFormat(MATERIAL_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not self._accepts(mime):
            super().dropEvent(event)
            return
        materials = json.loads(bytes(mime.data(MATERIAL_MIME).data()).decode("utf-8") or "[]")
        self.materialDropped.emit(materials, drop_row(self, event.position().toPoint()))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()


class AgendaEditor(QWidget):
    presenterRequested = Signal(int)  # open the presenter console on this step's id (-1: none chosen)

    def __init__(self, workspace: Workspace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = workspace
        self.agenda: AgendaView | None = None
        self.available_minutes: int | None = None
        self.model = OrderedListModel(self)
        self.list = AgendaListView(self.model)
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model.moveRequested.connect(lambda ids, row: self.move_step(ids[0], row))
        self.list.materialDropped.connect(self.add_materials)
        self.list.doubleClicked.connect(lambda _index: self.edit_selected())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self.budget = plain_label()
        self.budget.setAccessibleName(self.tr("Planned time"))

        self.add_button = QPushButton(self.tr("Add a &Step…"))
        self.add_button.clicked.connect(lambda: self.open_step_dialog())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.setCheckable(True)
        self.skip_button.setToolTip(self.tr("Skip this step when presenting (it stays in the agenda)"))
        self.skip_button.clicked.connect(lambda checked: self.skip_selected(checked))
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.presenter_button = QPushButton(self.tr("Presenter Console…"))
        self.presenter_button.setToolTip(self.tr("Run this agenda on the shared screen, and edit it (Ctrl+6)"))
        self.presenter_button.clicked.connect(self._request_presenter)
        for text, slot, key in (
            (self.tr("Move up"), lambda: self.move_selected(-1), "Alt+Up"),
            (self.tr("Move down"), lambda: self.move_selected(1), "Alt+Down"),
            (self.tr("Remove"), self.remove_selected, QKeySequence.StandardKey.Delete),
            (self.tr("Edit…"), self.edit_selected, "Return"),
        ):
            action = QAction(text, self.list)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.list.addAction(action)

        self.materials = LibraryPalette()
        self.materials.chosen.connect(lambda materials: self.add_materials(materials, None))

        row = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.skip_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.budget)
        layout.addLayout(row)
        layout.addWidget(self.presenter_button)
        self._enable()

    # -- data in ---------------------------------------------------------------------------------
    def reload(self) -> None:
        from workshop_studio.services.agenda import (
            read_agenda,
            showable_cards,
            showable_scenarios,
        )

        workspace = self.workspace
        workshop_id = workspace.workshop_id if workspace is not None else None
        if workspace is None or workshop_id is None:  # no workspace yet: no workshop
            self.show_agenda(None, None)
            self.materials.fill([], [])
            return
        agenda, cards, scenarios = workspace.query(
            lambda s: (read_agenda(s, workshop_id), showable_cards(s, workshop_id), showable_scenarios(s, workshop_id))
        )
        self.materials.fill(cards, scenarios)
        self.show_agenda(agenda, self.available_minutes)

    def show_agenda(self, agenda: AgendaView | None, available_minutes: int | None) -> None:
        selected = self.list.current_id()
        self.agenda, self.available_minutes = agenda, available_minutes
        rows = []
        for number, step in enumerate(agenda.steps if agenda is not None else (), start=1):
            what = [step_kind_label(step.kind)]
            if step.subject and step.subject != step.heading:
                what.append(step.subject)
            if step.cards:
                what.append(self.tr("%n card(s)", "", len(step.cards)))
            if step.kind == StepKind.INSTRUCTION and step.bullets:
                what.append(self.tr("%n bullet(s)", "", len(step.bullets)))
            if step.countdown_minutes:
                what.append(self.tr("countdown %1 min").replace("%1", str(step.countdown_minutes)))
            what.append(self.tr("%n min", "", step.planned_minutes))
            if step.hidden:
                what.append(self.tr("skipped"))
            rows.append(ListRow(step.id or 0, f"{number}. {step.heading}\n" + " · ".join(what)))
        self.model.set_rows(rows)
        if selected is not None:
            self.list.select_ids([selected])
        self._show_budget()
        self._enable()

    def _show_budget(self) -> None:
        planned = self.agenda.planned_minutes if self.agenda is not None else 0
        budget = time_budget(planned, self.available_minutes)
        if budget.state == BudgetState.UNKNOWN:
            text = self.tr("%n minute(s) planned", "", planned)
        elif budget.state == BudgetState.OVER:
            text = (
                self.tr("%1 of %2 minutes planned:")
                .replace("%1", str(planned))
                .replace("%2", str(budget.available_minutes))
                + " "
                + self.tr("%n minute(s) too many", "", -(budget.spare_minutes or 0))
            )
        else:
            text = (
                self.tr("%1 of %2 minutes planned:")
                .replace("%1", str(planned))
                .replace("%2", str(budget.available_minutes))
                + " "
                + self.tr("%n minute(s) to spare", "", budget.spare_minutes or 0)
            )
        self.budget.setText(text)
        self.budget.setProperty(
            "timeState", {BudgetState.OVER: "over", BudgetState.TIGHT: "soon"}.get(budget.state, "ok")
        )
        self.budget.setStyleSheet(
            {BudgetState.OVER: "color: #8f1d14; font-weight: bold;", BudgetState.TIGHT: "color: #7a4b00;"}.get(
                budget.state, ""
            )
        )

    def selected_step(self) -> StepView | None:
        step_id = self.list.current_id()
        if self.agenda is None or step_id is None:
            return None
        return next((s for s in self.agenda.steps if s.id == step_id), None)

    def _enable(self) -> None:
        step = self.selected_step()
        has_workshop = self.workspace is not None and self.workspace.workshop_id is not None
        self.add_button.setEnabled(has_workshop)
        self.presenter_button.setEnabled(has_workshop and bool(self.agenda and self.agenda.steps))
        row = self.model.row_of(step.id) if step is not None and step.id is not None else -1
        for widget in (self.edit_button, self.remove_button, self.skip_button):
            widget.setEnabled(step is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.skip_button.setChecked(bool(step is not None and step.hidden))

    # -- editing ---------------------------------------------------------------------------------
    def _push_agenda(self, command: AuthoringCommand) -> bool:
        return push_or_warn(self, self.tr("Agenda"), command.workspace, command)  # made for self.workspace

    def _insert_row(self) -> int | None:
        step = self.selected_step()
        return self.model.row_of(step.id) + 1 if step is not None and step.id is not None else None

    def add_step(self, fields: dict[str, Any], index: int | None = None) -> int | None:
        """A new step at ``index`` (``None``: after the selected one, else at the end); its id."""
        if self.workspace is None:  # no workspace yet: no workshop
            return None
        workshop_id = self.workspace.workshop_id
        if workshop_id is None:
            return None
        from workshop_studio.ui.console.step_dialog import DEFAULT_MINUTES
        from workshop_studio.ui.undo import agenda as commands  # not before the console's first paint

        fields = dict(fields)
        fields.setdefault("planned_minutes", DEFAULT_MINUTES.get(StepKind(fields["kind"]), 10))
        command = commands.add_step(
            self.workspace, workshop_id, index=self._insert_row() if index is None else index, **fields
        )
        if not self._push_agenda(command):
            return None
        self.list.select_ids([command.id_])
        self._say_what_the_board_lacks(StepKind(fields["kind"]), workshop_id)
        return command.id_

    def _say_what_the_board_lacks(self, kind: StepKind, workshop_id: int) -> None:
        """A timeline or matrix step in a workshop that has none yet: the step is kept (the
        facilitator may choose one later), and the status bar says what the room would see."""
        if kind not in (StepKind.TIMELINE, StepKind.MATRIX) or self.workspace is None:
            return
        from workshop_studio.services.workshops import workshop_overview

        overview = self.workspace.query(lambda s: workshop_overview(s, workshop_id))
        if kind == StepKind.TIMELINE and not overview.timeline_name:
            prompts.show_status(
                self,
                self.tr(
                    "This workshop has no timeline yet: the room would see an empty board. "
                    "Choose one in the workshop's details (Ctrl+Shift+E)."
                ),
            )
        elif kind == StepKind.MATRIX and not overview.matrix_name:
            prompts.show_status(
                self,
                self.tr(
                    "This workshop has no matrix yet: the room would see an empty board. "
                    "Choose one in the workshop's details (Ctrl+Shift+E)."
                ),
            )

    def add_materials(self, materials: list[dict[str, Any]], row: int | None) -> int | None:
        """Library materials dropped at ``row`` (or chosen): an instruction opens its dialog."""
        fields = material_step(materials)
        if fields is None:
            return None
        if fields["kind"] == StepKind.INSTRUCTION:
            self.open_step_dialog(kind=StepKind.INSTRUCTION.value, index=row)
            return None
        return self.add_step(fields, row)

    def open_step_dialog(self, *, kind: str | None = None, index: int | None = None) -> StepDialog | None:
        from workshop_studio.ui.console.step_dialog import open_step_dialog

        if self.workspace is None:  # no workspace yet: no workshop (as open_step_dialog says for one)
            self.dialog = None
            return None
        self.dialog = open_step_dialog(
            self.workspace, self, kind=kind, on_new=lambda fields: self.add_step(fields, index)
        )
        return self.dialog

    def edit_selected(self) -> StepDialog | None:
        from workshop_studio.ui.console.step_dialog import open_step_dialog

        step = self.selected_step()
        if step is None or self.workspace is None:  # steps are shown from a workspace
            self.dialog = None
        else:
            self.dialog = open_step_dialog(self.workspace, self, step=step)
        return self.dialog

    def skip_selected(self, skipped: bool) -> None:
        from workshop_studio.ui.console.step_dialog import skip_step

        if self.workspace is not None:  # steps are shown from a workspace
            skip_step(self.workspace, self, self.selected_step(), skipped)
        self._enable()

    def remove_selected(self) -> None:
        from workshop_studio.ui.undo import agenda as commands

        step = self.selected_step()
        if (
            step is not None
            and step.id is not None
            and self.workspace is not None  # steps are shown from a workspace
            and self._push_agenda(commands.remove_step(self.workspace, step.id))
        ):
            prompts.show_status(self, self.tr("Step removed (Ctrl+Z brings it back)."))

    def move_step(self, step_id: int, row: int) -> None:
        """Move a step so that it lands before ``row`` (as a drop counts rows)."""
        from workshop_studio.ui.undo import agenda as commands

        current = self.model.row_of(step_id)
        to_index = row - 1 if row > current else row  # the service counts without the moved step
        if (
            current >= 0
            and to_index != current
            and self.workspace is not None  # steps are shown from a workspace
            and self._push_agenda(commands.move_step(self.workspace, step_id, to_index))
        ):
            self.list.select_ids([step_id])

    def move_selected(self, offset: int) -> None:
        step = self.selected_step()
        if step is None or step.id is None:
            return
        row = self.model.row_of(step.id)
        if 0 <= row + offset < self.model.rowCount():
            self.move_step(step.id, row + offset + (1 if offset > 0 else 0))

    def _request_presenter(self) -> None:
        step = self.selected_step()
        self.presenterRequested.emit(step.id if step is not None and step.id is not None else -1)
