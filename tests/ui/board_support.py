"""Helpers for the board tests: the stage window at a projector's size, what it drew, notes added."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QImage

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.domain.workshop import ParticipantData
from workshop_studio.export.card_layout import Box
from workshop_studio.services.notes import add_annotation
from workshop_studio.services.participants import add_participant
from workshop_studio.ui.stage.layout.primitives import Region, SlideLayout
from workshop_studio.ui.stage.painter import DrawnText

RESOLUTIONS = [(1280, 720), (1920, 1080)]


@dataclass
class Drawn:
    """One grab of the stage: the picture, the lines of text drawn, the layout they came from."""

    image: QImage
    lines: list[DrawnText]
    layout: SlideLayout

    def of(self, role: str) -> list[DrawnText]:
        return [line for line in self.lines if line.role == role]

    def words(self, role: str | None = None) -> str:
        return " ".join(plain(line.text) for line in self.lines if role is None or line.role == role)

    def regions(self, action: str) -> list[Region]:
        return [region for region in self.layout.regions if region.action == action]

    def inside(self, box: Box, role: str | None = None) -> list[DrawnText]:
        """The lines drawn within ``box`` (by their centre), in the order drawn."""
        rect = QRectF(box.x, box.y, box.width, box.height)
        return [
            line for line in self.lines if (role is None or line.role == role) and rect.contains(line.rect.center())
        ]


def plain(text: str) -> str:
    """Text as typed: the stage keeps French punctuation with its word by no-break spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def flat(text: str) -> str:
    return " ".join(plain(text).split())


def drawn(view) -> Drawn:
    """Paint ``view`` (a SlideView) now and read back what it drew."""
    image = view.grab().toImage()
    assert view.layout_shown is not None
    return Drawn(image, list(view.last_drawn), view.layout_shown)


def centre(box: Box) -> QPoint:
    return QPoint(round(box.x + box.width / 2), round(box.y + box.height / 2))


def within(rect: QRectF, box: Box, slack: float = 0.5) -> bool:
    return (
        box.x - slack <= rect.left()
        and rect.right() <= box.right + slack
        and box.y - slack <= rect.top()
        and rect.bottom() <= box.bottom + slack
    )


def show_stage_at(controller, qtbot, width: int, height: int) -> None:
    """The stage window as a projector of ``width`` × ``height`` would show it (not full screen)."""
    stage = controller.stage
    stage.setGeometry(QRect(0, 0, width, height))
    stage.show()
    qtbot.waitExposed(stage)
    qtbot.waitUntil(lambda: (stage.view.width(), stage.view.height()) == (width, height), timeout=3000)


def add_notes(
    console,
    stage_id: int,
    texts: list[str],
    *,
    author: str | None = None,
    votes: int = 0,
    kind: AnnotationKind = AnnotationKind.IDEA,
) -> None:
    """Store notes on a stage (by ``author``, a new participant, when given) and reload the views."""
    workspace = console.workspace
    workshop_id = workspace.workshop_id

    def work(session):
        participant = None
        if author is not None:
            participant = add_participant(session, workshop_id, ParticipantData(author, Role.PARTNER.value))
        for text in texts:
            add_annotation(
                session,
                workshop_id=workshop_id,
                target=Target.stage(stage_id),
                kind=kind,
                text=text,
                participant_id=participant.id if participant else None,
                role=None if participant else Role.CDE,
                votes=votes,
            )

    workspace.write(work)
    workspace.timeline.load(workspace, workshop_id)
