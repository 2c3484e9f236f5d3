"""The facilitator's synthesis note for each stage of a workshop (at most one per stage).

``set_synthesis`` writes it (blank text or ``None`` clears it) and returns a
:class:`SynthesisEdit`; its undo is ``set_synthesis(session, edit.stage_id, edit.before)``
and its redo ``set_synthesis(session, edit.stage_id, edit.after)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.i18n import translate
from workshop_studio.services.edits import get_row
from workshop_studio.services.errors import Refused
from workshop_studio.storage.models import StageSynthesis, WorkshopStage

MAX_SYNTHESIS_CHARS = 20_000


@dataclass(frozen=True)
class SynthesisEdit:
    stage_id: int
    before: str | None  # None: there was none
    after: str | None  # None: there is none now

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _synthesis(session: Session, stage_id: int) -> StageSynthesis | None:
    return session.scalars(select(StageSynthesis).where(StageSynthesis.workshop_stage_id == stage_id)).first()


def set_synthesis(session: Session, stage_id: int, text: str | None) -> SynthesisEdit:
    """Write the stage's synthesis; blank text or ``None`` removes it."""
    get_row(session, WorkshopStage, stage_id, translate("Review", "stage"))
    if text is not None and not isinstance(text, str):
        raise Refused(translate("Review", "A synthesis must be text."))
    if text is not None and len(text) > MAX_SYNTHESIS_CHARS:
        raise Refused(
            translate("Review", "A synthesis holds at most {max} characters.").format(max=MAX_SYNTHESIS_CHARS)
        )
    after = text if text is not None and text.strip() else None
    row = _synthesis(session, stage_id)
    before = row.text if row is not None else None
    if after is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(StageSynthesis(workshop_stage_id=stage_id, text=after))
    elif row.text != after:
        row.text = after
    session.flush()
    return SynthesisEdit(stage_id, before, after)


def clear_synthesis(session: Session, stage_id: int) -> SynthesisEdit:
    return set_synthesis(session, stage_id, None)


def stage_syntheses(session: Session, workshop_id: int) -> dict[int, str]:
    """``{workshop stage id: synthesis}`` for the stages of the workshop that have one."""
    query = (
        select(StageSynthesis.workshop_stage_id, StageSynthesis.text)
        .join(WorkshopStage, WorkshopStage.id == StageSynthesis.workshop_stage_id)
        .where(WorkshopStage.workshop_id == workshop_id)
        .order_by(WorkshopStage.position, WorkshopStage.id)
    )
    return dict(session.execute(query).all())
