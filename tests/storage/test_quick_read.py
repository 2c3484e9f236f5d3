"""The start-up read (stdlib sqlite3) shows exactly what the services would."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.services.notes import Target, add_annotation
from workshop_studio.services.workshops import list_workshop_summaries, workshop_overview
from workshop_studio.storage.engine import Database
from workshop_studio.storage.quick_read import quick_overview, sqlite_file


def test_quick_overview_equals_the_service_overview(db: Database, db_path: Path) -> None:
    with db.write() as session:
        workshop_id = list_workshop_summaries(session)[0].id
        add_annotation(
            session,
            workshop_id=workshop_id,
            target=Target.tray(),
            kind=AnnotationKind.IDEA,
            text="à trier",
            role=Role.PARTNER,
        )
    with db.read() as session:
        expected = workshop_overview(session, workshop_id)
    assert quick_overview(db_path, workshop_id) == expected
    assert quick_overview(db_path, None) == expected  # the latest workshop when none is remembered
    assert expected.tray_count == 1


def test_quick_overview_declines_a_database_behind_the_code(db: Database, db_path: Path) -> None:
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0001_initial'"))
    assert quick_overview(db_path, None) is None


def test_quick_overview_declines_what_it_cannot_read(tmp_path: Path) -> None:
    assert quick_overview(tmp_path / "missing.sqlite3", None) is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert quick_overview(junk, None) is None


def test_sqlite_file_of_paths_and_urls(tmp_path: Path) -> None:
    assert sqlite_file(str(tmp_path / "a.db")) == tmp_path / "a.db"
    assert sqlite_file(f"sqlite:///{tmp_path}/b.db") == tmp_path / "b.db"
    assert sqlite_file("postgresql://user@host/db") is None


def test_quick_deck_equals_the_service_cards(db: Database, db_path: Path) -> None:
    from workshop_studio.services.library import card_view, deck_cards, find_deck

    with db.read() as session:
        deck = find_deck(session, "1")
        expected = (deck.name, deck.card_size, [card_view(c) for c in deck_cards(session, deck.id)])
    from workshop_studio.storage.quick_read import quick_deck

    assert quick_deck(db_path, "1") == expected
    assert quick_deck(db_path, expected[0]) == expected  # by exact name
    assert quick_deck(db_path, "no such deck") is None  # the full path then says why
