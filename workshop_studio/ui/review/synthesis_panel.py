"""The synthesis note of each stage: what the group concluded there, in the facilitator's words.

Choose a stage (or click it on the timeline), write, "Save synthesis" (undoable). Text typed
and not saved is saved when another stage or workshop is chosen, and kept when the page
reloads, so nothing written is lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from workshop_studio.domain.overview import StageLine
from workshop_studio.ui.undo.authoring import push_or_warn

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace


class SynthesisPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.syntheses: dict[int, str] = {}
        self._shown_stage: int | None = None
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        stage_label = QLabel(self.tr("S&tage:"))
        stage_label.setBuddy(self.stage)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Synthesis of the stage"))
        self.editor.setPlaceholderText(self.tr("What the group concluded about this stage…"))
        self.save_button = QPushButton(self.tr("&Save synthesis"))
        self.save_button.clicked.connect(self.save)
        self.stage.currentIndexChanged.connect(self._on_stage_changed)

        row = QHBoxLayout()
        row.addWidget(stage_label)
        row.addWidget(self.stage, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)

    def set_stages(self, stages: Sequence[StageLine], syntheses: Mapping[int, str]) -> None:
        """Offer the workshop's stages; words typed and not yet saved stay in the editor when
        their stage is still there (the page reloads whenever notes change)."""
        current = self.current_stage_id()
        draft = (self._shown_stage, self.editor.toPlainText()) if self.is_modified() else None
        self.syntheses = dict(syntheses)
        self.stage.blockSignals(True)
        self.stage.clear()
        for stage in stages:
            mark = " ✎" if stage.id in self.syntheses else ""
            self.stage.addItem(stage.title + mark, stage.id)
        index = self.stage.findData(current) if current is not None else -1
        self.stage.setCurrentIndex(index if index >= 0 else (0 if stages else -1))
        self.stage.blockSignals(False)
        self._show_current()
        if draft is not None and draft[0] == self._shown_stage:
            self.editor.setPlainText(draft[1])

    def current_stage_id(self) -> int | None:
        data = self.stage.currentData()
        return int(data) if data is not None else None

    def show_stage(self, stage_id: int) -> None:
        index = self.stage.findData(stage_id)
        if index >= 0:
            self.stage.setCurrentIndex(index)

    def is_modified(self) -> bool:
        if self._shown_stage is None:
            return False
        return self.editor.toPlainText().strip() != self.syntheses.get(self._shown_stage, "").strip()

    def _on_stage_changed(self, _index: int) -> None:
        shown = self._shown_stage
        if shown is not None and self.is_modified():  # is_modified() is False with no stage shown
            self._save(shown, self.editor.toPlainText())
        self._show_current()

    def _show_current(self) -> None:
        stage_id = self.current_stage_id()
        self._shown_stage = stage_id
        self.editor.setPlainText(self.syntheses.get(stage_id, "") if stage_id is not None else "")
        self.editor.setEnabled(stage_id is not None)
        self.save_button.setEnabled(stage_id is not None)

    def save(self) -> None:
        if self._shown_stage is not None:
            self._save(self._shown_stage, self.editor.toPlainText())

    def _save(self, stage_id: int, text: str) -> None:
        from workshop_studio.ui.undo.review import SetSynthesisCommand

        push_or_warn(self, self.tr("Synthesis"), self.workspace, SetSynthesisCommand(self.workspace, stage_id, text))
