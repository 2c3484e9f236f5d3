"""Everything that points at cards, taken away before they are deleted and given back on undo.

Cards are named by scenarios (their list of cards), matrices (their axes), workshop agenda
steps (one card, or a spread of card ids kept as a JSON list) and participants' notes
(pinned to a card or to a matrix cell). The database clears most of these by itself
(``ON DELETE CASCADE``/``SET NULL``), but a JSON list has no foreign key: left alone, a
deleted card's id would linger there and, SQLite reusing ids, later name another card.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workshop_studio.services import links
from workshop_studio.services.snapshots import LinkRef, NoteRef
from workshop_studio.storage.models import AgendaStep, Annotation

NOTE_CARD_COLUMNS = ("card_id", "matrix_row_card_id", "matrix_column_card_id")


def capture_agenda(
    session: Session, card_ids: Collection[int]
) -> tuple[tuple[tuple[int, int], ...], tuple[LinkRef, ...]]:
    """Agenda steps showing one of the cards, and the places of the cards in steps' spreads."""
    wanted = set(card_ids)
    singles: list[tuple[int, int]] = []
    spreads: list[LinkRef] = []
    for step in session.scalars(select(AgendaStep).order_by(AgendaStep.id)):
        if step.card_id in wanted:
            singles.append((step.id, step.card_id))
        for index, card_id in enumerate(step.card_ids or ()):
            if card_id in wanted:
                spreads.append(LinkRef(step.id, card_id, index))
    return tuple(singles), tuple(spreads)


def capture_notes(session: Session, columns: tuple[str, ...], ids: Collection[int]) -> tuple[NoteRef, ...]:
    refs: list[NoteRef] = []
    for column in columns:
        attribute = getattr(Annotation, column)
        rows = session.execute(select(Annotation.id, attribute).where(attribute.in_(list(ids))).order_by(Annotation.id))
        refs.extend(NoteRef(note_id, column, target) for note_id, target in rows)
    return tuple(refs)


def clear_notes(session: Session, refs: tuple[NoteRef, ...]) -> None:
    """Unpin the notes (what ``ON DELETE SET NULL`` would do), keeping their ``updated_at``."""
    by_column: dict[str, list[int]] = defaultdict(list)
    for ref in refs:
        by_column[ref.column].append(ref.annotation_id)
    for column, note_ids in by_column.items():
        session.execute(
            update(Annotation)
            .where(Annotation.id.in_(note_ids))
            .values({column: None, "updated_at": Annotation.updated_at})
        )


def restore_notes(session: Session, refs: tuple[NoteRef, ...], id_map: Mapping[int, int]) -> None:
    """Pin the notes back, unless they are gone or were pinned elsewhere since."""
    for ref in refs:
        attribute = getattr(Annotation, ref.column)
        session.execute(
            update(Annotation)
            .where(Annotation.id == ref.annotation_id, attribute.is_(None))
            .values({ref.column: id_map.get(ref.target_id, ref.target_id), "updated_at": Annotation.updated_at})
        )


def detach_cards(session: Session, card_ids: Collection[int]) -> dict[str, tuple]:
    """Capture and remove every reference to ``card_ids``; return what was captured."""
    wanted = set(card_ids)
    scenario_links = links.capture(session, links.SCENARIO_CARDS, wanted)
    matrix_links = links.capture(session, links.MATRIX_AXES, wanted)
    notes = capture_notes(session, NOTE_CARD_COLUMNS, wanted)
    agenda_cards, agenda_spreads = capture_agenda(session, wanted)
    captured: dict[str, tuple] = {
        "scenario_links": scenario_links,
        "matrix_links": matrix_links,
        "notes": notes,
        "agenda_cards": agenda_cards,
        "agenda_spreads": agenda_spreads,
    }
    links.detach(session, links.SCENARIO_CARDS, wanted)
    links.detach(session, links.MATRIX_AXES, wanted)
    steps = {step_id for step_id, _ in agenda_cards} | {r.owner_id for r in agenda_spreads}
    for step_id in sorted(steps):
        step = session.get(AgendaStep, step_id)
        if step is None:
            continue
        if step.card_id in wanted:
            step.card_id = None
        if any(card_id in wanted for card_id in step.card_ids or ()):
            step.card_ids = [card_id for card_id in step.card_ids if card_id not in wanted]
    clear_notes(session, notes)
    session.flush()
    return captured


def reattach_cards(
    session: Session,
    *,
    scenario_links: tuple[LinkRef, ...],
    matrix_links: tuple[LinkRef, ...],
    agenda_cards: tuple[tuple[int, int], ...],
    agenda_spreads: tuple[LinkRef, ...],
    notes: tuple[NoteRef, ...],
    id_map: Mapping[int, int],
) -> None:
    """Give the restored cards back their links, agenda places and notes."""
    links.reattach(session, links.SCENARIO_CARDS, scenario_links, id_map)
    links.reattach(session, links.MATRIX_AXES, matrix_links, id_map)
    for step_id, card_id in agenda_cards:
        step = session.get(AgendaStep, step_id)
        if step is not None and step.card_id is None:
            step.card_id = id_map.get(card_id, card_id)
    by_step: dict[int, list[LinkRef]] = defaultdict(list)
    for ref in agenda_spreads:
        by_step[ref.owner_id].append(ref)
    for step_id, refs in sorted(by_step.items()):
        step = session.get(AgendaStep, step_id)
        if step is None:
            continue
        spread = list(step.card_ids or ())
        for ref in sorted(refs, key=lambda r: r.index):
            card_id = id_map.get(ref.item_id, ref.item_id)
            if card_id not in spread:
                spread.insert(min(ref.index, len(spread)), card_id)
        step.card_ids = spread
    restore_notes(session, notes, id_map)
    session.flush()
