"""The top of the presenter console: a live miniature of the stage, now and next, the timers, the buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from workshop_studio.domain.agenda import StepView
from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.ui.stage.timing import TimeState, clock_text
from workshop_studio.ui.text import heading_label, plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.console.presenter_controller import PresenterController

MINIATURE_WIDTH = 352
# Background and text of a timer by state: colour AND words say it (the words are in _state_words).
TIMER_STYLES = {
    TimeState.OK: "",
    TimeState.UNPLANNED: "",
    TimeState.SOON: "background: #FFD666; color: #1A1A1A;",
    TimeState.OVER: "background: #A40000; color: #FFFFFF;",
}


def kind_label(kind: str) -> str:
    try:
        return StepKind(kind).display()
    except ValueError:
        return kind


class NowPanel(QWidget):
    def __init__(self, controller: PresenterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.presentation = controller.presentation
        self._pending = False

        self.miniature = QLabel()
        self.miniature.setAccessibleName(self.tr("What the shared screen shows"))
        self.miniature.setFixedSize(QSize(MINIATURE_WIDTH, MINIATURE_WIDTH * 9 // 16))
        self.miniature.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.miniature.setStyleSheet("background: #000000; border: 1px solid #6B6B6B;")
        self.status = plain_label(wrap=False)
        self.current = heading_label(level=2)
        self.current_detail = plain_label()
        self.next = plain_label()
        self.step_timer = QLabel()
        self.total_timer = QLabel()
        for timer in (self.step_timer, self.total_timer):
            timer.setTextFormat(Qt.TextFormat.PlainText)
            font = timer.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            timer.setFont(font)
            timer.setMargin(4)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.clicked.connect(self.presentation.previous)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.clicked.connect(self.presentation.next)
        self.black_button = QPushButton(self.tr("Black Screen (B)"))
        self.black_button.setCheckable(True)
        self.black_button.clicked.connect(lambda checked: self.presentation.set_black(checked))
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self._start_or_end)
        self.back_button = QPushButton(self.tr("Back to the Agenda"))
        self.back_button.clicked.connect(self.presentation.back_to_agenda)
        # An instruction's countdown, which the room sees large: start or pause it (T), add a minute.
        self.countdown = QLabel()
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setAccessibleName(self.tr("Countdown"))
        countdown_font = self.countdown.font()
        countdown_font.setPointSizeF(countdown_font.pointSizeF() * 1.6)
        countdown_font.setBold(True)
        self.countdown.setFont(countdown_font)
        self.countdown_button = QPushButton()
        self.countdown_button.clicked.connect(self.presentation.toggle_countdown)
        self.minute_button = QPushButton(self.tr("+1 min"))
        self.minute_button.setToolTip(self.tr("One more minute on the countdown"))
        self.minute_button.clicked.connect(self.presentation.add_countdown_minute)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the instruction's full time, paused"))
        self.reset_button.clicked.connect(self.presentation.reset_countdown)
        self.countdown_row = QWidget()
        countdown_row = QHBoxLayout(self.countdown_row)
        countdown_row.setContentsMargins(0, 0, 0, 0)
        countdown_row.addWidget(QLabel(self.tr("Countdown:")))
        countdown_row.addWidget(self.countdown)
        for button in (self.countdown_button, self.minute_button, self.reset_button):
            countdown_row.addWidget(button)
        countdown_row.addStretch(1)
        # The timeline's and the matrix's board on the shared screen (see ui/stage/board.py).
        self.overview_button = QPushButton(self.tr("Overview (Home)"))
        self.overview_button.setToolTip(self.tr("The shared screen shows the whole timeline or matrix again"))
        self.overview_button.clicked.connect(self.presentation.home)
        self.room_by_role = QPushButton(self.tr("By Role"))
        self.room_by_role.setCheckable(True)
        self.room_by_role.setToolTip(self.tr("The shared screen shows the timeline in one lane per role"))
        self.room_by_role.clicked.connect(lambda checked: self.presentation.set_room_by_role(checked))
        self.drives = plain_label(self.tr("Shared screen:"), wrap=False)
        self.drives.setToolTip(self.tr("These buttons change what the room sees"))
        room_buttons = (
            self.start_button,
            self.previous_button,
            self.next_button,
            self.overview_button,
            self.room_by_role,
            self.black_button,
            self.back_button,
        )
        for button in (*room_buttons, self.countdown_button, self.minute_button, self.reset_button):
            button.setMinimumHeight(36)
        buttons = QHBoxLayout()
        buttons.addWidget(self.drives)
        for button in room_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)

        timers = QGridLayout()
        timers.addWidget(QLabel(self.tr("This step:")), 0, 0)
        timers.addWidget(self.step_timer, 0, 1)
        timers.addWidget(QLabel(self.tr("Whole workshop:")), 1, 0)
        timers.addWidget(self.total_timer, 1, 1)
        timers.setColumnStretch(2, 1)

        words = QVBoxLayout()
        words.addWidget(self.status)
        words.addWidget(self.current)
        words.addWidget(self.current_detail)
        words.addWidget(self.next)
        words.addLayout(timers)
        words.addWidget(self.countdown_row)
        words.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.miniature, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)  # under both, so that long French labels keep their room
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.presentation.shownChanged.connect(self._schedule)
        self.presentation.pageChanged.connect(lambda _p, _c: self._schedule())
        self.presentation.agendaChanged.connect(self._schedule)
        self.presentation.runningChanged.connect(lambda _running: self._schedule())
        self.presentation.countdownChanged.connect(self.show_countdown)
        self.presentation.boardChanged.connect(self._schedule)
        controller.clock.ticked.connect(self.update_timers)
        self.refresh()

    # -- drawing -------------------------------------------------------------------------------
    def _schedule(self) -> None:
        """Redraw once after a burst of model signals (a step change emits several)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.refresh)  # dropped if this panel is gone by then

    def refresh(self) -> None:
        self._pending = False
        self.draw_miniature()
        model = self.presentation
        running = model.running
        self.start_button.setText(self.tr("End (Esc)") if running else self.tr("Present from Here (Shift+F5)"))
        self.black_button.setChecked(model.black)
        self.black_button.setEnabled(running)
        self.back_button.setVisible(model.override is not None)
        step = model.override or model.current_step
        board = model.board
        on_board = step is not None and step.kind in (StepKind.TIMELINE, StepKind.MATRIX)
        self.overview_button.setEnabled(on_board and (not board.overview or board.note_id is not None))
        self.room_by_role.setEnabled(step is not None and step.kind == StepKind.TIMELINE)
        self.room_by_role.setChecked(board.by_role)
        if model.override is not None:
            self.status.setText(
                self.tr("Shown on the fly — the agenda waits at step %1").replace("%1", str(model.index + 1))
            )
        elif running:
            self.status.setText(
                self.tr("Presenting — step %1 of %2")
                .replace("%1", str(model.index + 1))
                .replace("%2", str(len(model.steps)))
            )
        else:
            self.status.setText(
                self.tr("Not presenting — the stage will open on step %1").replace("%1", str(model.index + 1))
                if model.steps
                else self.tr("This workshop has no agenda yet.")
            )
        if model.black:
            self.status.setText(self.status.text() + " — " + self.tr("THE SHARED SCREEN IS BLACK"))
        self.current.setText(step.heading if step is not None else "")
        detail = [kind_label(step.kind)] if step is not None else []
        detail += self._board_words(step)
        if model.page_count > 1:
            detail.append(
                self.tr("page %1 of %2").replace("%1", str(model.page + 1)).replace("%2", str(model.page_count))
            )
        self.current_detail.setText(" · ".join(detail))
        after: StepView | None = model.current_step if model.override is not None else model.next_step
        self.next.setText(
            self.tr("Next: %1").replace("%1", after.heading)
            if after is not None
            else self.tr("Next: the end of the agenda")
        )
        self.update_timers()
        self.show_countdown()

    def show_countdown(self) -> None:
        from workshop_studio.ui.stage.layout.instruction import countdown_words

        shown = self.presentation.countdown_view()
        self.countdown_row.setVisible(shown is not None)
        if shown is None:
            return
        self.countdown.setText(f"{clock_text(shown.remaining_seconds)}  {countdown_words(shown)}")
        self.countdown.setProperty("timeState", "over" if shown.finished else "ok")
        self.countdown_button.setText(self.tr("Pause (T)") if shown.running else self.tr("Start (T)"))
        self.countdown_button.setEnabled(not shown.finished)

    def _board_words(self, step: StepView | None) -> list[str]:
        """What part of the timeline or the matrix the room sees, in words."""
        board = self.presentation.board
        words = []
        if step is not None and step.kind == StepKind.TIMELINE:
            number = next((i + 1 for i, s in enumerate(step.stages) if s.id == board.stage_id), None)
            if number is None:
                words.append(self.tr("overview of every stage"))
            else:
                words.append(
                    self.tr("stage %1 of %2 in focus: %3")
                    .replace("%1", str(number))
                    .replace("%2", str(len(step.stages)))
                    .replace("%3", step.stages[number - 1].title)
                )
            if board.by_role:
                words.append(self.tr("by role"))
        elif step is not None and step.kind == StepKind.MATRIX:
            words.append(self.tr("one cell in focus") if board.cell is not None else self.tr("the whole grid"))
        if board.note_id is not None:
            words.append(self.tr("a note shown large"))
        return words

    def draw_miniature(self) -> None:
        picture: QPixmap = self.controller.stage.picture()
        size = self.miniature.size()
        self.miniature.setPixmap(
            picture.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )

    def update_timers(self) -> None:
        clock, model = self.controller.clock, self.presentation
        step = model.current_step
        planned = step.planned_minutes * 60 if step is not None else 0
        self._show_timer(self.step_timer, clock.step_seconds(), planned, clock.step_state())
        total = model.agenda.planned_minutes * 60 if model.agenda is not None else 0
        self._show_timer(self.total_timer, clock.total_seconds(), total, clock.total_state())

    def _show_timer(self, label: QLabel, elapsed: float, planned: float, state: TimeState) -> None:
        text = f"{clock_text(elapsed)} / {clock_text(planned)}"
        words = self._state_words(state, planned - elapsed)
        label.setText(f"{text}  {words}".rstrip())
        label.setStyleSheet(TIMER_STYLES[state])
        label.setProperty("timeState", state.value)

    def _state_words(self, state: TimeState, left: float) -> str:
        if state == TimeState.SOON:
            return self.tr("— %1 left").replace("%1", clock_text(left))
        if state == TimeState.OVER:
            return self.tr("— over by %1").replace("%1", clock_text(-left))
        return ""

    def _start_or_end(self) -> None:
        if self.presentation.running:
            self.presentation.end()
        else:
            self.controller.present(max(self.presentation.index, 0))
