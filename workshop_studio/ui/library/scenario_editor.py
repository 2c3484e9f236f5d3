"""The scenario editor: the persona (trade, size, family business, history with the agency),
the story, the questions put to the group, and the cards and timeline stages it involves.

Every field commits itself as one undo step (a stretch of typing is one step); the lists ask
for changes that the editor pushes as commands, then everything redraws from data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.services.errors import NotFound, ServiceError
from workshop_studio.ui.library.commit_fields import (
    CommitLineEdit,
    CommitTextEdit,
    FieldHint,
)
from workshop_studio.ui.library.link_list import LinkListEditor
from workshop_studio.ui.library.ordered_list import ListRow
from workshop_studio.ui.library.pictogram_picker import PictogramField, entry_by_id
from workshop_studio.ui.library.question_list import QuestionList
from workshop_studio.ui.undo import materials as commands
from workshop_studio.ui.undo.authoring import AuthoringCommand, push, push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


def read_scenario(session, scenario_id: int) -> dict[str, Any]:
    """The scenario's fields, its links in order, and what else could be linked."""
    from workshop_studio.services.scenarios import scenario_for_editing

    fields = scenario_for_editing(session, scenario_id)
    return {**fields, "pictogram": entry_by_id(session, fields["pictogram_id"])}


class ScenarioEditor(QScrollArea):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scenario_id: int | None = None
        self.setWidgetResizable(True)

        self.fields: dict[str, CommitLineEdit | CommitTextEdit] = {
            "title": CommitLineEdit(),
            "trade": CommitLineEdit(),
            "company_size": CommitLineEdit(),
            "agency_history": CommitTextEdit(),
            "story": CommitTextEdit(),
        }
        self.title, self.story = self.fields["title"], self.fields["story"]
        self.fields["agency_history"].setFixedHeight(70)
        self.story.setMinimumHeight(220)
        self.fields["trade"].setPlaceholderText(self.tr("e.g. bakery, garage, hairdresser"))
        self.fields["company_size"].setPlaceholderText(self.tr("e.g. 3 employees"))
        for name, field in self.fields.items():
            field.committed.connect(lambda value, stretch, n=name: self._commit(n, value, stretch))
        self.family_business = QCheckBox(self.tr("Family business"))
        self.family_business.clicked.connect(lambda checked: self._commit("family_business", checked, None))
        self.pictogram = PictogramField(workspace)
        self.pictogram.chosen.connect(lambda pid: self._commit("pictogram_id", pid, None))
        self.hint = FieldHint()
        self.questions = QuestionList()
        self.questions.questionsWanted.connect(self._questions_wanted)
        self.cards = LinkListEditor(self.tr("Cards involved"), self.tr("Link a card…"))
        self.stages = LinkListEditor(self.tr("Timeline stages involved"), self.tr("Link a stage…"))
        for links, link, reorder in (
            (self.cards, commands.link_card, commands.reorder_scenario_cards),
            (self.stages, commands.link_stage, commands.reorder_scenario_stages),
        ):
            links.addWanted.connect(lambda item, f=link: self._with_id(lambda sid: f(self.workspace, sid, item)))
            links.removeWanted.connect(lambda ids, f=link: self._unlink(f, ids))
            links.orderWanted.connect(lambda order, f=reorder: self._with_id(lambda sid: f(self.workspace, sid, order)))

        persona = QGroupBox(self.tr("The company"))
        persona_form = QFormLayout(persona)
        persona_form.addRow(self.tr("Trade"), self.fields["trade"])
        persona_form.addRow(self.tr("Size"), self.fields["company_size"])
        persona_form.addRow("", self.family_business)
        persona_form.addRow(self.tr("History with the agency"), self.fields["agency_history"])
        top = QFormLayout()
        top.addRow(self.tr("Title"), self.title)
        top.addRow("", self.hint)
        top.addRow(self.tr("Pictogram"), self.pictogram)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(persona)
        story = QGroupBox(self.tr("The story"))
        QVBoxLayout(story).addWidget(self.story)
        left.addWidget(story, 1)
        right = QVBoxLayout()
        right.addWidget(self.questions, 2)
        right.addWidget(self.cards, 1)
        right.addWidget(self.stages, 1)
        self.body = QWidget()
        grid = QGridLayout(self.body)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.setWidget(self.body)
        self.show_scenario(None)

    def show_scenario(self, scenario_id: int | None) -> None:
        if scenario_id != self.scenario_id:
            for field in self.fields.values():
                field.end_stretch()
                field.discard()
            self.questions.editor.end_stretch()
            self.hint.say("")
        self.scenario_id = scenario_id
        self.refresh()

    def refresh(self) -> None:
        data = None
        scenario_id = self.scenario_id
        if scenario_id is not None:
            try:
                data = self.workspace.query(lambda s: read_scenario(s, scenario_id))
            except NotFound:
                self.scenario_id = None
        self.body.setEnabled(data is not None)
        if data is None:
            return
        for name, field in self.fields.items():
            field.show_value(data[name])
        self.family_business.setChecked(bool(data["family_business"]))
        self.pictogram.show_pictogram(data["pictogram"])
        self.questions.set_questions(data["questions"])
        self.cards.set_items([ListRow(i, t) for i, t in data["cards"]], data["card_choices"])
        self.stages.set_items([ListRow(i, t) for i, t in data["stages"]], data["stage_choices"])

    # -- edits -----------------------------------------------------------------------------
    def _push(self, command: AuthoringCommand) -> bool:
        if not push_or_warn(self, self.tr("Scenario"), self.workspace, command):
            self.refresh()
            return False
        return True

    def _with_id(self, make: Any) -> None:
        if self.scenario_id is not None:
            self._push(make(self.scenario_id))

    def _unlink(self, make: Any, ids: list[int]) -> None:
        """Several links removed at once are one undo step."""
        stack = self.workspace.undo_stack
        if len(ids) > 1:
            stack.beginMacro(self.tr("Unlink %n item(s)", "", len(ids)))
        try:
            for item in ids:
                self._with_id(lambda sid, i=item: make(self.workspace, sid, i, adding=False))
        finally:
            if len(ids) > 1:
                stack.endMacro()

    def _commit(self, name: str, value: Any, stretch: int | None) -> None:
        scenario_id = self.scenario_id
        if scenario_id is None:
            return
        key = (scenario_id, name, stretch) if stretch is not None else None
        try:
            push(self.workspace, commands.update_scenario(self.workspace, scenario_id, name, value, merge_key=key))
            self.hint.say("")
        except ServiceError as error:  # an empty title: nothing written
            field = self.fields.get(name)
            if field is not None and field.hasFocus():
                field.keep_dirty()
            else:
                self.refresh()
            self.hint.say(str(error))

    def _questions_wanted(self, questions: list[str], action: str, stretch: int) -> None:
        scenario_id = self.scenario_id
        if scenario_id is None:
            return
        key = (scenario_id, "question", self.questions.editor.property("row"), stretch) if action == "edit" else None
        self._push(
            commands.update_scenario(
                self.workspace, scenario_id, "questions", questions, merge_key=key, text=commands.QUESTION_TEXTS[action]
            )
        )
