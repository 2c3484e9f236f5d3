"""A database's library as a facilitator sees it, without ids: what publishing and pulling
must carry over unchanged (decks and cards, templates and stages, scenarios with their links,
matrices with their axes, every picture compared by its bytes)."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select


def _picture(pictogram: Any) -> str | None:
    return None if pictogram is None else f"{pictogram.media_type}:{hashlib.sha256(pictogram.data).hexdigest()}"


def library_content(db: Any) -> dict[str, dict[str, Any]]:
    """{kind: {name: content}} for every deck, timeline template, scenario and matrix."""
    from workshop_studio.storage.models import Deck, Matrix, Scenario, Timeline

    with db.read() as session:
        decks = {
            d.name: (
                d.description,
                d.card_size,
                [(c.kind, c.title, c.body, _picture(c.pictogram), c.colour, c.back, c.copies) for c in d.cards],
            )
            for d in session.scalars(select(Deck))
        }
        timelines = {
            t.name: (t.description, [(s.key, s.title, s.description, _picture(s.pictogram)) for s in t.stages])
            for t in session.scalars(select(Timeline))
        }
        scenarios = {
            s.title: (
                s.trade,
                s.company_size,
                s.family_business,
                s.agency_history,
                s.story,
                list(s.questions),
                _picture(s.pictogram),
                [(link.card.deck.name, link.card.position) for link in s.card_links],
                [(link.stage.timeline.name, link.stage.key) for link in s.stage_links],
            )
            for s in session.scalars(select(Scenario))
        }
        matrices = {
            m.name: (
                m.row_kind,
                m.column_kind,
                sorted((a.axis, a.position, a.card.deck.name, a.card.position) for a in m.axis_cards),
            )
            for m in session.scalars(select(Matrix))
        }
    return {"deck": decks, "timeline": timelines, "scenario": scenarios, "matrix": matrices}
