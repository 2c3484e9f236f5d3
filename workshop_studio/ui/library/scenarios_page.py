"""The Scenarios page: the fictional cases, each with its persona, story and questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QScrollArea, QSplitter, QVBoxLayout, QWidget

from workshop_studio.ui.text import heading_label, plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class ScenariosPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scenarios = QListWidget()
        self.scenarios.setAccessibleName(self.tr("Scenarios"))
        self.scenarios.currentItemChanged.connect(lambda current, _previous: self._show_current())

        self.title = heading_label()
        self.persona = plain_label()
        self.story_heading = heading_label(self.tr("Story"), level=2)
        self.story = plain_label(selectable=True)
        self.questions_heading = heading_label(self.tr("Questions for the group"), level=2)
        self.questions = plain_label(selectable=True)
        self.links_heading = heading_label(self.tr("Cards and stages involved"), level=2)
        self.links = plain_label()

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        for widget in (self.title, self.persona, self.story_heading, self.story, self.questions_heading,
                       self.questions, self.links_heading, self.links):
            detail_layout.addWidget(widget)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.scenarios)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        workspace.changed.connect(lambda area: self.reload() if area in ("scenarios", "all") else None)
        self.reload()

    def reload(self) -> None:
        from workshop_studio.services.scenarios import list_scenario_summaries

        current = self.current_scenario_id()
        self.scenarios.blockSignals(True)
        self.scenarios.clear()
        for summary in self.workspace.query(list_scenario_summaries):
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.scenarios.addItem(item)
            if summary.id == current:
                self.scenarios.setCurrentItem(item)
        self.scenarios.blockSignals(False)
        if self.scenarios.currentItem() is None and self.scenarios.count():
            self.scenarios.setCurrentRow(0)
        else:
            self._show_current()

    def current_scenario_id(self) -> int | None:
        item = self.scenarios.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_current(self) -> None:
        from workshop_studio.services.scenarios import get_scenario

        scenario_id = self.current_scenario_id()
        if scenario_id is None:
            return

        def read(session):  # type: ignore[no-untyped-def]
            s = get_scenario(session, scenario_id)
            return (
                s.title,
                s.trade,
                s.company_size,
                s.family_business,
                s.agency_history,
                s.story,
                list(s.questions),
                [link.card.title for link in s.card_links],
                [link.stage.title for link in s.stage_links],
            )

        title, trade, size, family, history, story, questions, cards, stages = self.workspace.query(read)
        self.title.setText(title)
        persona = [p for p in (trade, size) if p]
        persona.append(self.tr("family business") if family else self.tr("not a family business"))
        lines = [" · ".join(persona)]
        if history:
            lines.append(self.tr("With the agency: %1").replace("%1", history))
        self.persona.setText("\n".join(lines))
        self.story.setText(story)
        self.questions.setText("\n".join(f"• {q}" for q in questions))
        links = []
        if cards:
            links.append(self.tr("Cards: %1").replace("%1", ", ".join(cards)))
        if stages:
            links.append(self.tr("Stages: %1").replace("%1", ", ".join(stages)))
        self.links.setText("\n".join(links))
        self.links_heading.setVisible(bool(links))
