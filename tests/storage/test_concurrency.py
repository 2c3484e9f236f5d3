"""Several facilitators on one database: optimistic concurrency (row versions checked on every
update), named conflicts, undo that never overwrites a newer change, and two writers of notes
whose every note lands, in order. Runs on SQLite and on the PostgreSQL server the tests start."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text

from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import AnnotationKind, TargetKind
from workshop_studio.services import cards as card_service
from workshop_studio.services.notes import capture_note
from workshop_studio.storage.concurrency import expect_values
from workshop_studio.storage.engine import Database
from workshop_studio.storage.errors import ConcurrentChange
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Annotation, Card, WorkshopStage


@pytest.fixture
def other(db: Database):
    """A second console on the same database (its own engine, its own ledger)."""
    second = open_database(str(db.url.render_as_string(hide_password=False)))
    yield second
    second.dispose()


def _first_card(db: Database) -> Card:
    with db.read() as session:
        return session.scalars(select(Card).order_by(Card.id)).first()


def test_every_update_bumps_the_version(db: Database) -> None:
    card = _first_card(db)
    with db.write() as session:
        card_service.update_card(session, card.id, title="Une")
    with db.write() as session:
        card_service.update_card(session, card.id, body="Deux")
    assert _first_card(db).version == card.version + 2


def test_the_second_writer_is_refused_with_what_changed_and_can_reload(db: Database, other: Database) -> None:
    card = _first_card(db)  # console A shows the card
    _first_card(other)  # console B too
    with other.write() as session:  # B renames it
        card_service.update_card(session, card.id, title="Le pressé, renommé par B")
    with pytest.raises(ConcurrentChange) as refused:  # A, who has not seen that, edits the body
        with db.write() as session:
            card_service.update_card(session, card.id, body="Le texte de A")
    message = str(refused.value)
    assert "card" in message and "title" in message and "Le pressé, renommé par B" in message
    assert "body" not in message and "text" not in message.split("(")[1].split(")")[0].split(": ")[1]
    stored = _first_card(other)
    assert (stored.title, stored.body) == ("Le pressé, renommé par B", card.body)  # nothing of A's written
    _first_card(db)  # A reloads
    with db.write() as session:
        card_service.update_card(session, card.id, body="Le texte de A")
    assert (_first_card(other).title, _first_card(other).body) == ("Le pressé, renommé par B", "Le texte de A")


def test_undo_never_overwrites_someone_elses_newer_change(db: Database, other: Database) -> None:
    card = _first_card(db)
    with db.write() as session:
        edit = card_service.update_card(session, card.id, title="Titre de A")
    with other.write() as session:
        card_service.update_card(session, card.id, title="Titre de B")
    _first_card(db)  # even after A reloads, A's undo must not put its old title over B's
    with pytest.raises(ConcurrentChange, match="title"):
        with db.write() as session:
            expect_values(session, edit.table, edit.id, edit.after)
            card_service.update_card(session, card.id, **edit.before)
    assert _first_card(other).title == "Titre de B"
    with db.write() as session:  # with nobody in between, the same undo goes through
        edit = card_service.update_card(session, card.id, title="Encore A")
    with db.write() as session:
        expect_values(session, edit.table, edit.id, edit.after)
        card_service.update_card(session, card.id, **edit.before)
    assert _first_card(other).title == "Titre de B"


def test_a_deletion_by_someone_else_is_named(db: Database, other: Database) -> None:
    card = _first_card(db)
    with other.write() as session:
        card_service.update_card(session, card.id, copies=3)
    with pytest.raises(ConcurrentChange, match="copies"):
        with db.write() as session:
            session.delete(session.get(Card, card.id))


def test_two_writers_racing_inside_one_moment_never_both_win(db: Database, other: Database) -> None:
    """Both read version n; the first commits n+1; the second's ``UPDATE … WHERE version = n``
    then touches nothing and is refused. (SQLite's single writer lock makes the race
    impossible there: the second writer waits for the first, then sees its version.)"""
    if db.is_sqlite:
        pytest.skip("SQLite's write lock serialises the two writers before they read")
    card = _first_card(db)
    with pytest.raises(ConcurrentChange, match="same moment"):
        with db.write() as session:
            mine = session.get(Card, card.id)
            mine.title = "A, au même moment"
            with other.write() as theirs:
                theirs.get(Card, card.id).title = "B, au même moment"
    assert _first_card(other).title == "B, au même moment"


def test_two_consoles_capturing_notes_into_one_workshop_all_land_in_order(db: Database, other: Database) -> None:
    with db.read() as session:
        stage = session.scalars(select(WorkshopStage).order_by(WorkshopStage.id)).first()
        assert stage is not None
        before = session.scalar(
            select(text("count(*)")).select_from(Annotation).where(Annotation.workshop_stage_id == stage.id)
        )
    target = Target(TargetKind.STAGE, stage_id=stage.id)
    errors: list[BaseException] = []
    per_console = 40

    def capture(database: Database, who: str) -> None:
        try:
            for number in range(per_console):
                with database.write() as session:
                    capture_note(
                        session,
                        workshop_id=stage.workshop_id,
                        target=target,
                        kind=AnnotationKind.IDEA,
                        text=f"{who} {number:02d}",
                        uid=f"{who}-{number:02d}",
                    )
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=capture, args=(db, "A")), threading.Thread(target=capture, args=(other, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with db.read() as session:
        rows = session.execute(
            select(Annotation.text, Annotation.position, Annotation.id)
            .where(Annotation.workshop_stage_id == stage.id, Annotation.target_kind == "stage")
            .order_by(Annotation.position, Annotation.id)
        ).all()
    assert len(rows) == before + 2 * per_console
    positions = [row.position for row in rows]
    assert len(set(positions)) == len(positions)  # no two notes share a place
    ours = [row for row in rows if row.text[:2] in ("A ", "B ")]
    for who in "AB":  # each console's notes keep the order they were typed in
        assert [r.text for r in ours if r.text.startswith(who)] == [f"{who} {n:02d}" for n in range(per_console)]
    assert [r.id for r in ours] == sorted(r.id for r in ours)  # places follow the commits
