"""The timeline template editor: its name and description, and its stages in order, each
with a title, a short description and a pictogram.

Stages are reordered by drag and drop in the strip (or Alt+Left / Alt+Right); Insert adds
a stage after the selected one, Delete deletes it (Ctrl+Z brings it back). Template edits
never touch the stage copies that workshops already made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from workshop_studio.services.errors import NotFound, ServiceError
from workshop_studio.ui import prompts
from workshop_studio.ui.library.commit_fields import CommitLineEdit, CommitTextEdit, FieldHint
from workshop_studio.ui.library.ordered_list import ListRow, OrderedListModel, OrderedListView
from workshop_studio.ui.library.pictogram_model import PictogramEntry
from workshop_studio.ui.library.pictogram_picker import PictogramField
from workshop_studio.ui.pictograms import pictogram
from workshop_studio.ui.undo import materials as commands
from workshop_studio.ui.undo.authoring import AuthoringCommand, push, push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


def read_timeline(session, timeline_id: int) -> tuple[str, str, list[dict[str, Any]]]:
    from workshop_studio.services.timelines import get_timeline, timeline_stages

    timeline = get_timeline(session, timeline_id)
    stages = []
    for stage in timeline_stages(session, timeline_id):
        p = stage.pictogram
        entry = PictogramEntry(p.id, p.key, p.label_fr, p.label_en, p.source, p.media_type, p.data) if p else None
        stages.append({"id": stage.id, "title": stage.title, "description": stage.description, "pictogram": entry})
    return timeline.name, timeline.description, stages


class TimelineEditor(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.timeline_id: int | None = None
        self._stages: dict[int, dict[str, Any]] = {}

        self.name = CommitLineEdit()
        self.name.setAccessibleName(self.tr("Timeline name"))
        self.description = CommitTextEdit()
        self.description.setFixedHeight(60)
        self.description.setAccessibleName(self.tr("Timeline description"))
        self.name.committed.connect(lambda v, s: self._commit_timeline("name", v, s))
        self.description.committed.connect(lambda v, s: self._commit_timeline("description", v, s))
        self.hint = FieldHint()

        self.stages_model = OrderedListModel(self)
        self.stages = OrderedListView(self.stages_model, horizontal=True, icon_side=64)
        self.stages.setAccessibleName(self.tr("Stages"))
        self.stages.setViewMode(OrderedListView.ViewMode.ListMode)
        self.stages.setGridSize(QSize(150, 130))
        self.stages.setMinimumHeight(150)
        self.stages_model.moveRequested.connect(self._move_dropped)
        self.stages.selectionModel().currentChanged.connect(lambda _c, _p: self._show_stage())

        self.add_button = QPushButton(self.tr("Add stage"))
        self.add_button.setToolTip(self.tr("A new stage after the selected one (Insert)"))
        self.add_button.clicked.connect(self.add_stage)
        self.delete_button = QPushButton(self.tr("Delete stage"))
        self.delete_button.clicked.connect(self.delete_stage)
        left, right = QToolButton(), QToolButton()
        self.move_buttons = (left, right)
        left.setText("◀")
        right.setText("▶")
        left.setToolTip(self.tr("Move earlier (Alt+Left)"))
        right.setToolTip(self.tr("Move later (Alt+Right)"))
        left.clicked.connect(lambda: self.move_by(-1))
        right.clicked.connect(lambda: self.move_by(1))
        for keys, slot, context in (
            ("Ins", self.add_stage, Qt.ShortcutContext.WindowShortcut),
            (QKeySequence.StandardKey.Delete, self.delete_stage, Qt.ShortcutContext.WidgetShortcut),
            ("Alt+Left", lambda: self.move_by(-1), Qt.ShortcutContext.WidgetShortcut),
            ("Alt+Right", lambda: self.move_by(1), Qt.ShortcutContext.WidgetShortcut),
        ):
            action = QAction(self.stages)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(context)
            action.triggered.connect(lambda _checked=False, f=slot: f())
            self.stages.addAction(action)

        self.stage_title = CommitLineEdit()
        self.stage_title.setAccessibleName(self.tr("Stage title"))
        self.stage_description = CommitTextEdit()
        self.stage_description.setFixedHeight(80)
        self.stage_description.setAccessibleName(self.tr("Stage description"))
        self.stage_title.committed.connect(lambda v, s: self._commit_stage("title", v, s))
        self.stage_description.committed.connect(lambda v, s: self._commit_stage("description", v, s))
        self.stage_pictogram = PictogramField(workspace)
        self.stage_pictogram.chosen.connect(lambda pid: self._commit_stage("pictogram_id", pid, None))
        self.stage_hint = FieldHint()

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow("", self.hint)
        strip_buttons = QHBoxLayout()
        strip_buttons.addWidget(self.add_button)
        strip_buttons.addWidget(self.delete_button)
        strip_buttons.addStretch(1)
        strip_buttons.addWidget(left)
        strip_buttons.addWidget(right)
        self.stage_box = QGroupBox(self.tr("The selected stage"))
        stage_form = QFormLayout(self.stage_box)
        stage_form.addRow(self.tr("Title"), self.stage_title)
        stage_form.addRow(self.tr("Description"), self.stage_description)
        stage_form.addRow(self.tr("Pictogram"), self.stage_pictogram)
        stage_form.addRow("", self.stage_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.stages, 1)
        layout.addLayout(strip_buttons)
        layout.addWidget(self.stage_box)

    # -- showing ---------------------------------------------------------------------------
    def show_timeline(self, timeline_id: int | None) -> None:
        if timeline_id != self.timeline_id:
            for field in (self.name, self.description):
                field.end_stretch()
                field.discard()
            self.hint.say("")
        self.timeline_id = timeline_id
        self.refresh()

    def refresh(self) -> None:
        data = None
        timeline_id = self.timeline_id
        if timeline_id is not None:
            try:
                data = self.workspace.query(lambda s: read_timeline(s, timeline_id))
            except NotFound:
                self.timeline_id = None
        self.setEnabled(data is not None)
        if data is None:
            self.stages_model.set_rows([])
            self._stages = {}
            return
        name, description, stages = data
        self.name.show_value(name)
        self.description.show_value(description)
        selected = self.stages.selected_ids()
        row = self.stages.currentIndex().row()
        self._stages = {stage["id"]: stage for stage in stages}
        self.stages_model.set_rows(
            [
                ListRow(
                    stage["id"],
                    f"{number}. {stage['title']}",
                    stage["description"],
                    pictogram(stage["pictogram"].data, stage["pictogram"].media_type).icon(64)
                    if stage["pictogram"]
                    else None,
                )
                for number, stage in enumerate(stages, start=1)
            ]
        )
        if any(i in self._stages for i in selected):
            self.stages.select_ids([i for i in selected if i in self._stages])
        elif stages:
            self.stages.setCurrentIndex(self.stages_model.index(max(0, min(row, len(stages) - 1))))
        self._show_stage()

    def _show_stage(self) -> None:
        stage_id = self.stages.current_id()
        stage = self._stages.get(stage_id) if stage_id is not None else None
        if self.stage_title.property("stage") != stage_id:
            for field in (self.stage_title, self.stage_description):
                field.end_stretch()
                field.discard()
                field.setProperty("stage", stage_id)
            self.stage_hint.say("")
        self.stage_box.setEnabled(stage is not None)
        self.delete_button.setEnabled(stage is not None)
        for button in self.move_buttons:  # a stage to move, and somewhere to move it
            button.setEnabled(stage is not None and len(self._stages) > 1)
        self.stage_title.show_value(stage["title"] if stage else "")
        self.stage_description.show_value(stage["description"] if stage else "")
        self.stage_pictogram.show_pictogram(stage["pictogram"] if stage else None)

    # -- edits -----------------------------------------------------------------------------
    def _push(self, command: AuthoringCommand) -> bool:
        if not push_or_warn(self, self.tr("Timeline"), self.workspace, command):
            self.refresh()
            return False
        return True

    def _commit_timeline(self, field: str, value: str, stretch: int) -> None:
        if self.timeline_id is None:
            return
        key = (self.timeline_id, field, stretch)
        try:
            push(
                self.workspace, commands.update_timeline(self.workspace, self.timeline_id, field, value, merge_key=key)
            )
            self.hint.say("")
        except ServiceError as error:  # an empty name
            self.hint.say(str(error))
            if self.name.hasFocus():
                self.name.keep_dirty()

    def _commit_stage(self, field: str, value: Any, stretch: int | None) -> None:
        stage_id = self.stage_title.property("stage")
        if stage_id is None:
            return
        key = (stage_id, field, stretch) if stretch is not None else None
        try:
            push(self.workspace, commands.update_stage(self.workspace, int(stage_id), field, value, merge_key=key))
            self.stage_hint.say("")
        except ServiceError as error:  # an empty title
            self.stage_hint.say(str(error))
            if self.stage_title.hasFocus():
                self.stage_title.keep_dirty()

    def add_stage(self) -> None:
        if self.timeline_id is None:
            return
        row = self.stages.currentIndex().row()
        command = commands.add_stage(
            self.workspace, self.timeline_id, self.tr("New stage"), index=row + 1 if row >= 0 else None
        )
        if self._push(command):
            self.stages.select_ids([command.id_])
            self.stage_title.setFocus()
            self.stage_title.selectAll()

    def delete_stage(self) -> None:
        stage_id = self.stages.current_id()
        if stage_id is None:
            return
        title = self._stages[stage_id]["title"]
        if self._push(commands.delete_stage(self.workspace, stage_id)):
            prompts.show_status(self, self.tr("Stage “%1” deleted — Ctrl+Z to undo").replace("%1", title))

    def _move_dropped(self, ids: list[int], row: int) -> None:
        if self.timeline_id is not None and self._push(
            commands.move_stages(self.workspace, self.timeline_id, ids, row)
        ):
            self.stages.select_ids(ids)

    def move_by(self, step: int) -> None:
        ids = self.stages.selected_ids()
        order = self.stages_model.ids()
        if not ids:
            return
        first, last = order.index(ids[0]), order.index(ids[-1])
        if step < 0 and first > 0:
            self._move_dropped(ids, first - 1)
        elif step > 0 and last < len(order) - 1:
            self._move_dropped(ids, last + 2)
