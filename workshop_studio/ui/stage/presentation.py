"""The presentation model: which step the shared screen shows, and how.

The stage window and the presenter console are two views of one :class:`Presentation`; they
take it, listen to its signals and keep no state of their own (ARCHITECTURE.md, habit 2).

State: the agenda (plain :class:`AgendaView`), the current step and page, whether the
presentation runs, the black screen, the items hidden from the stage (string keys, see
``shown.py``), the "notes hidden" flag, what is shown on the fly instead of the agenda, and
how a board step (timeline, matrix) is shown: whole, or a stage or a cell in focus, by role,
a note opened (:class:`Board`, stepping rules in ``board.py``).
Every change emits its own signal, then :attr:`Presentation.shownChanged` when what the
stage draws changed; :meth:`Presentation.shown` returns that as plain data.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_studio.domain.agenda import AgendaView, StepView
from workshop_studio.domain.countdown import Countdown, CountdownView, view
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.ui.stage import board as boards
from workshop_studio.ui.stage.shown import Board, Shown

LAST_PAGE = -1  # going back into a step lands on its last page


class Presentation(QObject):
    agendaChanged = Signal()  # the steps were re-read (an edit, another workshop)
    currentChanged = Signal(int)  # the index of the current step
    pageChanged = Signal(int, int)  # page, page count
    blackChanged = Signal(bool)
    hiddenChanged = Signal()  # items hidden from the stage or revealed
    notesHiddenChanged = Signal(bool)
    overrideChanged = Signal()  # something shown on the fly, or back to the agenda
    runningChanged = Signal(bool)
    countdownChanged = Signal()  # an instruction's countdown started, paused, ticked a second…
    boardChanged = Signal()  # a stage or a cell put in focus, the overview, by role, a note opened
    shownChanged = Signal()  # what the stage draws changed, whatever the reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agenda: AgendaView | None = None
        self._index = -1
        self._page = 0
        self._page_count = 1
        self._black = False
        self._hidden: frozenset[str] = frozenset()
        self._notes_hidden = False
        self._override: StepView | None = None
        self._running = False
        self._notes_of: Callable[[StepView], tuple[NoteRecord, ...]] | None = None
        self._countdowns: dict[int, Countdown] = {}  # by step id: going back finds it where it was
        self._now: Callable[[], float] = time.monotonic
        self._last_countdown: CountdownView | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._on_tick)
        self._board = Board()
        self._page_under_note = 0  # the page to come back to when an opened note is dismissed

    # -- reading -------------------------------------------------------------------------------
    @property
    def agenda(self) -> AgendaView | None:
        return self._agenda

    @property
    def steps(self) -> tuple[StepView, ...]:
        return self._agenda.steps if self._agenda is not None else ()

    @property
    def index(self) -> int:
        return self._index

    @property
    def current_step(self) -> StepView | None:
        return self.steps[self._index] if 0 <= self._index < len(self.steps) else None

    @property
    def next_index(self) -> int | None:
        """The next step that is not skipped, or ``None`` at the end."""
        return next((i for i in range(self._index + 1, len(self.steps)) if not self.steps[i].hidden), None)

    @property
    def previous_index(self) -> int | None:
        return next((i for i in range(self._index - 1, -1, -1) if not self.steps[i].hidden), None)

    @property
    def next_step(self) -> StepView | None:
        index = self.next_index
        return self.steps[index] if index is not None else None

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return self._page_count

    @property
    def black(self) -> bool:
        return self._black

    @property
    def hidden(self) -> frozenset[str]:
        return self._hidden

    def is_hidden(self, key: str) -> bool:
        return key in self._hidden

    @property
    def notes_hidden(self) -> bool:
        return self._notes_hidden

    @property
    def override(self) -> StepView | None:
        return self._override

    @property
    def running(self) -> bool:
        return self._running

    def shown(self) -> Shown:
        """What the stage draws now."""
        return Shown(
            step=self._override or self.current_step,
            workshop=self._agenda.workshop if self._agenda is not None else None,
            black=self._black,
            hidden=self._hidden,
            notes_hidden=self._notes_hidden,
            page=self._page,
            notes=self._step_notes(),
            countdown=self.countdown_view(),
            board=self._board,
        )

    # -- notes ---------------------------------------------------------------------------------
    def set_notes_source(self, notes_of: Callable[[StepView], tuple[NoteRecord, ...]] | None) -> None:
        """Where the notes pinned to a step's card, scenario or matrix cells come from."""
        self._notes_of = notes_of
        self.shownChanged.emit()

    def notes_changed(self) -> None:
        """Notes were added, edited or removed: the stage redraws if its slide lists notes
        (the timeline follows its notes by itself)."""
        step = self._override or self.current_step
        if step is not None and step.kind in ("card", "scenario", "matrix", "timeline"):
            self.shownChanged.emit()

    def _step_notes(self) -> tuple[NoteRecord, ...]:
        step = self._override or self.current_step
        if step is None or self._notes_of is None:
            return ()
        return self._notes_of(step)

    # -- an instruction's countdown ------------------------------------------------------------
    def set_time_source(self, now: Callable[[], float]) -> None:
        """Read the time from ``now`` (tests move a fake clock forward)."""
        self._now = now

    def current_countdown(self) -> Countdown | None:
        """The countdown of the instruction on the stage, if it has one."""
        step = self._override or self.current_step
        if step is None or step.id is None or step.kind != StepKind.INSTRUCTION or not step.countdown_minutes:
            return None
        return self._countdowns.setdefault(step.id, Countdown(step.countdown_minutes * 60))

    def countdown_view(self) -> CountdownView | None:
        countdown = self.current_countdown()
        return view(countdown, self._now()) if countdown is not None else None

    def toggle_countdown(self) -> None:
        """Start the countdown, or pause it (the console's button, and T while presenting)."""
        self._change_countdown(lambda c, now: c.toggle(now))

    def add_countdown_minute(self) -> None:
        self._change_countdown(lambda c, now: c.add(60, now))

    def reset_countdown(self) -> None:
        step = self.current_step
        minutes = step.countdown_minutes if step is not None and step.countdown_minutes else 0
        self._change_countdown(lambda c, _now: c.reset(minutes * 60))

    def _change_countdown(self, change: Callable[[Countdown, float], None]) -> None:
        countdown = self.current_countdown()
        if countdown is None:
            return
        change(countdown, self._now())
        self._follow_countdown(force=True)

    def _follow_countdown(self, force: bool = False) -> None:
        """Tick while the countdown on the stage runs; say so whenever its second changes."""
        shown = self.countdown_view()
        if shown is not None and shown.running:
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
        if force or shown != self._last_countdown:
            self._last_countdown = shown
            self.countdownChanged.emit()
            self.shownChanged.emit()

    def _on_tick(self) -> None:
        self._follow_countdown()

    def _keep_countdowns(self) -> None:
        """After an edit: a countdown not yet started takes the step's new length; a step
        that lost its countdown loses it here too."""
        lengths = {s.id: s.countdown_minutes for s in self.steps if s.id is not None and s.countdown_minutes}
        for step_id in list(self._countdowns):
            countdown = self._countdowns[step_id]
            if step_id not in lengths:
                del self._countdowns[step_id]
            elif not countdown.running and countdown.spent_before == 0:
                countdown.reset(lengths[step_id] * 60)

    # -- the agenda ----------------------------------------------------------------------------
    def set_agenda(self, agenda: AgendaView | None) -> None:
        """New steps; the current step stays current if it is still there (by id)."""
        current = self.current_step
        self._agenda = agenda
        count = len(self.steps)
        index = agenda.index_of(current.id) if agenda is not None and current is not None else None
        if index is None:
            index = min(max(self._index, 0), count - 1) if count else -1
        moved = index != self._index or current is None or index < 0 or self.steps[index].id != current.id
        self._index = index
        if moved:
            self._page = 0
            self._board = self._board.home()
        self._keep_countdowns()
        self.agendaChanged.emit()
        if moved:
            self.currentChanged.emit(self._index)
        self._follow_countdown()
        self.shownChanged.emit()

    # -- moving --------------------------------------------------------------------------------
    def go_to(self, index: int, page: int = 0) -> None:
        """Show step ``index`` (clamped) at ``page``; what was shown on the fly gives way."""
        if not self.steps:
            return
        index = max(0, min(index, len(self.steps) - 1))
        had_override = self._override is not None
        self._override = None
        if index == self._index and page == self._page and not had_override:
            return
        changed_step = index != self._index
        self._index, self._page = index, page
        if changed_step or had_override:
            self._page_count = 1  # until the stage has laid the new slide out
            self._board = self._entry_board(page)
        if had_override:
            self.overrideChanged.emit()
        if changed_step:
            self.currentChanged.emit(index)
            self._follow_countdown()
        self.pageChanged.emit(self._page, self._page_count)
        self.shownChanged.emit()

    def next(self) -> None:
        """The next page of this step, else its next stage (timeline), else the next step; an
        opened note is dismissed first; back to the agenda from an on-the-fly item."""
        if self._override is not None:
            self.back_to_agenda()
        elif self._board.note_id is not None:
            self.close_note()
        elif 0 <= self._page < self._page_count - 1:
            self._set_page(self._page + 1)
        elif (board := self._step_board(boards.next_stage)) is not None:
            self._set_board(board)
        elif self.next_index is not None:
            self.go_to(self.next_index)

    def previous(self) -> None:
        if self._override is not None:
            self.back_to_agenda()
        elif self._board.note_id is not None:
            self.close_note()
        elif self._page > 0:
            self._set_page(self._page - 1)
        elif self._board.cell is not None:
            self._set_board(self._board.home(), LAST_PAGE)
        elif (board := self._step_board(boards.previous_stage)) is not None:
            self._set_board(board, LAST_PAGE)
        elif self.previous_index is not None:
            self.go_to(self.previous_index, LAST_PAGE)

    def _set_page(self, page: int) -> None:
        self._page = page
        self.pageChanged.emit(self._page, self._page_count)
        self.shownChanged.emit()

    def set_page_count(self, count: int) -> None:
        """The stage laid the current slide out in ``count`` pages (it depends on the window's size)."""
        count = max(count, 1)
        page = count - 1 if self._page < 0 else min(self._page, count - 1)
        if (count, page) == (self._page_count, self._page):
            return
        page_moved = page != self._page
        self._page_count, self._page = count, page
        self.pageChanged.emit(page, count)
        if page_moved:
            self.shownChanged.emit()

    # -- running -------------------------------------------------------------------------------
    def start(self, index: int = 0) -> None:
        """Present from step ``index``."""
        self._black = False
        self._running = True
        self._board = Board()
        if self.steps:
            self._index = -2  # force a fresh current step, even the same one
            self.go_to(index)
        self.runningChanged.emit(True)
        self.blackChanged.emit(False)
        self.shownChanged.emit()

    def end(self) -> None:
        if not self._running:
            return
        self._running = False
        self._black = False
        self.runningChanged.emit(False)
        self.blackChanged.emit(False)
        self.shownChanged.emit()

    # -- what the room sees --------------------------------------------------------------------
    def set_black(self, black: bool) -> None:
        if black != self._black:
            self._black = black
            self.blackChanged.emit(black)
            self.shownChanged.emit()

    def toggle_black(self) -> None:
        self.set_black(not self._black)

    def set_hidden(self, key: str, hidden: bool) -> None:
        """Hide ``key`` from the stage (the console still shows it), or reveal it."""
        wanted = self._hidden | {key} if hidden else self._hidden - {key}
        if wanted != self._hidden:
            self._hidden = frozenset(wanted)
            self.hiddenChanged.emit()
            self.shownChanged.emit()

    def hide(self, key: str) -> None:
        self.set_hidden(key, True)

    def reveal(self, key: str) -> None:
        self.set_hidden(key, False)

    def reveal_all(self) -> None:
        if self._hidden:
            self._hidden = frozenset()
            self.hiddenChanged.emit()
            self.shownChanged.emit()

    def set_notes_hidden(self, hidden: bool) -> None:
        """Keep every participant's note off the stage (the notes feature reads this flag)."""
        if hidden != self._notes_hidden:
            self._notes_hidden = hidden
            self.notesHiddenChanged.emit(hidden)
            self.shownChanged.emit()

    def show_now(self, step: StepView) -> None:
        """Put ``step`` (a card or a scenario, see ``services/agenda.card_step``) on the stage at once."""
        self._override = step
        self._page, self._page_count = 0, 1
        self._board = self._board.home()
        self.overrideChanged.emit()
        self.pageChanged.emit(0, self._page_count)
        self.shownChanged.emit()

    def back_to_agenda(self) -> None:
        if self._override is not None:
            self._override = None
            self._page, self._page_count = 0, 1
            self._board = self._board.home()
            self.overrideChanged.emit()
            self.pageChanged.emit(0, self._page_count)
            self.shownChanged.emit()

    # -- the board: the timeline or the matrix, whole or a part in focus -----------------------
    @property
    def board(self) -> Board:
        return self._board

    def _entry_board(self, page: int) -> Board:
        """Entering a step: the whole board; coming back into a timeline, its last stage."""
        step = self.current_step
        if page == LAST_PAGE and step is not None and step.kind == StepKind.TIMELINE:
            return boards.last_stage(step, self._board.home(), self._hidden)
        return self._board.home()

    def _step_board(self, move: Callable[[StepView, Board, frozenset[str]], Board | None]) -> Board | None:
        step = self._override or self.current_step
        if step is None or step.kind != StepKind.TIMELINE:
            return None
        return move(step, self._board, self._hidden)

    def _set_board(self, board: Board, page: int = 0) -> None:
        if board == self._board and page == self._page:
            return
        self._board = board
        self._page, self._page_count = page, 1  # until the stage has laid the slide out
        self.boardChanged.emit()
        self.pageChanged.emit(self._page, self._page_count)
        self.shownChanged.emit()

    def focus_stage(self, stage_id: int | None) -> None:
        """Put one stage of the timeline in focus (``None``: the overview)."""
        self._set_board(replace(self._board, stage_id=stage_id, cell=None, note_id=None))

    def focus_cell(self, cell: tuple[int, int] | None) -> None:
        """Put one matrix cell in focus: all its notes, large (``None``: the whole grid)."""
        self._set_board(replace(self._board, cell=cell, stage_id=None, note_id=None))

    def home(self) -> None:
        """The whole timeline or matrix again (Home, or the console's button)."""
        self._set_board(self._board.home())

    def set_room_by_role(self, by_role: bool) -> None:
        """Role lanes on the room's screen, or not (the console's own lanes are its business)."""
        if by_role != self._board.by_role:
            self._set_board(replace(self._board, by_role=by_role, note_id=None))

    def open_note(self, note_id: int) -> None:
        """Show one note whole and large on the shared screen, until :meth:`close_note`."""
        if self._board.note_id is None:
            self._page_under_note = self._page
        self._set_board(replace(self._board, note_id=note_id))

    def close_note(self) -> None:
        if self._board.note_id is not None:
            self._set_board(replace(self._board, note_id=None), self._page_under_note)
