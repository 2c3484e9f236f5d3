"""What the shared screen shows at one moment, as plain data (no Qt here).

The presentation model hands a :class:`Shown` to the stage; the slide layouts turn it into
pixels. Items that can be hidden from the stage (while the console still sees them) are
named by string keys, so a later feature (notes on the stage) adds its own without touching
the model:

* ``card:<card id>``: a card of a spread (it turns face down) or a matrix axis card;
* ``story:<scenario id>`` and ``question:<scenario id>:<index>``: parts of a scenario;
* ``stage:<workshop stage id>``: a column of the timeline;
* ``note:<annotation id>``: a participant's note (for the notes-on-stage feature).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_studio.domain.agenda import StepView, WorkshopHeader
from workshop_studio.domain.countdown import CountdownView
from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.vocabulary import StepKind
from workshop_studio.i18n import translate


def card_key(card_id: int | None) -> str:
    return f"card:{card_id}"


def story_key(scenario_id: int) -> str:
    return f"story:{scenario_id}"


def question_key(scenario_id: int, index: int) -> str:
    return f"question:{scenario_id}:{index}"


def stage_key(stage_id: int) -> str:
    return f"stage:{stage_id}"


def note_key(annotation_id: int) -> str:
    return f"note:{annotation_id}"


@dataclass(frozen=True)
class Item:
    """Something of a step the facilitator may hide from the stage."""

    key: str
    label: str


def step_items(step: StepView | None) -> list[Item]:
    """The hideable items of a step, in the order the stage shows them."""
    if step is None:
        return []
    if step.kind == StepKind.CARDS:
        return [Item(card_key(card.card_id), card.title) for card in step.cards]
    if step.kind == StepKind.SCENARIO and step.scenario is not None:
        scenario = step.scenario
        items = [Item(story_key(scenario.id), translate("StageItems", "The story"))]
        items += [Item(question_key(scenario.id, i), question) for i, question in enumerate(scenario.questions)]
        return items
    if step.kind == StepKind.TIMELINE:
        return [Item(stage_key(stage.id), stage.title) for stage in step.stages]
    if step.kind == StepKind.MATRIX and step.matrix is not None:
        return [Item(card_key(card.card_id), card.title) for card in (*step.matrix.rows, *step.matrix.columns)]
    return []


@dataclass(frozen=True)
class Board:
    """How a board step (timeline, matrix) is shown: whole, or one part in focus (see ``board.py``)."""

    stage_id: int | None = None  # the timeline's stage in focus; None: the overview
    cell: tuple[int, int] | None = None  # the matrix cell in focus: (row card id, column card id)
    by_role: bool = False  # role lanes on the room's screen
    note_id: int | None = None  # a note shown whole, large, until dismissed

    @property
    def overview(self) -> bool:
        return self.stage_id is None and self.cell is None

    def home(self) -> Board:
        """The whole board again (the room keeps its by-role choice)."""
        return Board(by_role=self.by_role)


OVERVIEW = Board()  # the whole board, nothing in focus


@dataclass(frozen=True)
class Shown:
    """Everything the stage needs to draw itself."""

    step: StepView | None = None  # the current agenda step, or what is shown on the fly
    workshop: WorkshopHeader | None = None
    black: bool = False  # the facilitator blacked the screen out (B)
    hidden: frozenset[str] = field(default_factory=frozenset)
    notes_hidden: bool = False
    page: int = 0  # negative: from the end (-1 is the last page)
    notes: tuple[NoteRecord, ...] = ()  # notes pinned to what the step shows (a card, a scenario, matrix cells, stages)
    board: Board = field(default_factory=Board)  # the timeline or the matrix: whole, or a part in focus
    countdown: CountdownView | None = None  # an instruction's countdown, as the room sees it

    def notes_for_room(self) -> tuple[NoteRecord, ...]:
        """The notes the room may see: none while notes are hidden, never a note hidden by hand."""
        if self.notes_hidden:
            return ()
        return tuple(n for n in self.notes if not n.hidden and note_key(n.id) not in self.hidden)
