"""Pseudonyms ("CDE 1"), the report record, and deleting a workshop."""

from __future__ import annotations

from pathlib import Path

from review_probe import PARTICIPANT_NAMES
from sqlalchemy import func, select

from workshop_studio.services.review_anonymise import Anonymiser, Person, pseudonyms
from workshop_studio.services.review_report import workshop_report
from workshop_studio.services.review_workshops import delete_workshop, delete_workshop_with_backup
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, Card, Deck, Participant, Workshop, WorkshopStage


def test_pseudonyms_are_numbered_per_role_in_id_order() -> None:
    people = [
        Person(7, "Zoé", "cde"),
        Person(3, "Anne", "cde"),
        Person(5, "Paul", "recruiter"),
        Person(9, "Ali", "cde"),
    ]
    assert pseudonyms(people) == {3: "CDE 1", 7: "CDE 2", 9: "CDE 3", 5: "Recruiter 1"}


def test_full_names_in_texts_are_replaced_whatever_case_and_accents() -> None:
    hide = Anonymiser([Person(1, "Béatrice L.", "facilitator"), Person(2, "Karima B.", "cde")])
    assert hide.text("Comme l’a dit BEATRICE L. à karima b., oui.") == "Comme l’a dit Facilitator 1 à CDE 1, oui."
    assert hide.text("Karima Bxx") == "Karima Bxx"  # not a whole name
    assert hide.facilitator("Béatrice L.") == "Facilitator 1"
    assert hide.facilitator("Quelqu’un d’autre") == "Facilitator"
    assert Anonymiser([Person(1, "A B", "cde")], enabled=False).text("A B") == "A B"


def test_the_anonymised_report_holds_no_name(db: Database, workshop_id: int) -> None:
    with db.read() as session:
        plain = workshop_report(session, workshop_id)
        hidden = workshop_report(session, workshop_id, anonymise=True)
    assert "Karima B." in {n.author for n in plain.notes}
    words = repr(hidden)
    assert not [name for name in PARTICIPANT_NAMES if name in words]
    assert {n.author for n in hidden.notes} >= {"CDE 1", "CDE 2", "Recruiter 1", "New hire 2", "Facilitator 1"}
    karima = next(n for n in plain.notes if n.author == "Karima B.")
    assert next(n for n in hidden.notes if n.id == karima.id).author == "CDE 1"
    assert hidden.participants[0].names == ("CDE 1", "CDE 2") and hidden.facilitator == "Facilitator 1"


def test_report_record_on_the_sample(db: Database, workshop_id: int) -> None:
    with db.read() as session:
        report = workshop_report(session, workshop_id)
    assert len(report.stages) == 10 and len(report.notes) == 40 and len(report.other_notes) == 12
    assert [n.votes for n in report.top_notes][:4] == [4, 4, 4, 4] and len(report.top_notes) == 10
    assert report.by_kind.total == report.by_role.total == 28
    assert report.stages[0].pictogram_data and report.stages[0].pictogram_media_type == "image/svg+xml"


def _count(db: Database, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_delete_a_workshop_in_one_transaction_keeping_the_library(db: Database, workshop_id: int) -> None:
    cards, decks = _count(db, Card), _count(db, Deck)
    with db.write() as session:
        deleted = delete_workshop(session, workshop_id)
    assert (deleted.title, deleted.note_count) == ("Atelier frise – recruter dans une TPE", 40)
    for model in (Workshop, Annotation, Participant, WorkshopStage):
        assert _count(db, model) == 0
    assert (_count(db, Card), _count(db, Deck)) == (cards, decks)
    if db.is_sqlite:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_delete_with_backup_the_backup_still_holds_it(db: Database, workshop_id: int, db_path: Path) -> None:
    from workshop_studio.storage.migrate import open_database

    deleted = delete_workshop_with_backup(db, workshop_id)
    assert deleted.backup is not None and deleted.backup.exists()
    assert _count(db, Workshop) == 0
    backup = open_database(str(deleted.backup))
    try:
        assert _count(backup, Annotation) == 40
    finally:
        backup.dispose()
