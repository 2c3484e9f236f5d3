"""Workshop archives: a round trip into an empty database gives the same notes; a retry adds
nothing; hostile archives are refused, naming the member, with nothing written."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from review_probe import PARTICIPANT_NAMES, dump_database
from sqlalchemy import select

from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.workshop_archive import render_workshop_archive, write_workshop_archive
from workshop_studio.interchange.workshop_archive_import import import_workshop_file
from workshop_studio.interchange.workshop_archive_read import read_workshop_archive
from workshop_studio.interchange.workshop_archive_zip import name_problem
from workshop_studio.services.review import note_rows
from workshop_studio.services.review_groups import create_group, workshop_groups
from workshop_studio.services.review_synthesis import set_synthesis, stage_syntheses
from workshop_studio.services.review_workshops import delete_workshop
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, Deck, Pictogram, Workshop, WorkshopStage

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><title>&d;</title></svg>"""


def _review_work(db: Database, workshop_id: int) -> None:
    with db.write() as session:
        notes = session.scalars(
            select(Annotation.id).where(Annotation.workshop_id == workshop_id).order_by(Annotation.id).limit(3)
        ).all()
        create_group(session, workshop_id=workshop_id, title="Après l’embauche", note_ids=notes)
        stage = session.scalars(select(WorkshopStage.id).where(WorkshopStage.key == "essai")).one()
        set_synthesis(session, stage, "L’essai se joue à trois.")
        session.get(Annotation, notes[1]).hidden = True


def _archive(db: Database, workshop_id: int, folder: Path, **options) -> Path:
    path = folder / "atelier.zip"
    with db.read() as session:
        write_workshop_archive(session, workshop_id, path, **options)
    return path


def _same_notes(db: Database, workshop_id: int) -> list[tuple]:
    with db.read() as session:
        return sorted(
            (
                n.uid,
                n.target_kind,
                n.target,
                n.stage_position,
                n.kind,
                n.role,
                n.author,
                n.text,
                n.votes,
                n.hidden,
                n.created_at,
                n.position,
            )
            for n in note_rows(session, workshop_id)
        )


def test_round_trip_into_an_empty_database_gives_the_same_notes(
    db: Database, empty_db: Database, workshop_id: int, tmp_path: Path
) -> None:
    _review_work(db, workshop_id)
    result = import_workshop_file(empty_db, _archive(db, workshop_id, tmp_path))
    assert result.note_count == 40
    assert _same_notes(empty_db, result.workshop_id) == _same_notes(db, workshop_id)
    with db.read() as a, empty_db.read() as b:
        assert (
            [(g.title, len(g.note_ids)) for g in workshop_groups(a, workshop_id)]
            == [(g.title, len(g.note_ids)) for g in workshop_groups(b, result.workshop_id)]
            == [("Après l’embauche", 3)]
        )
        assert list(stage_syntheses(b, result.workshop_id).values()) == ["L’essai se joue à trois."]
        old, new = a.get(Workshop, workshop_id), b.get(Workshop, result.workshop_id)
        details = ("title", "date", "start_time", "available_minutes", "place", "room", "facilitator")
        assert [getattr(new, f) for f in details] == [getattr(old, f) for f in details]
        assert old.start_time is not None and old.room and old.available_minutes
        assert [(p.display_name, p.role, p.organisation) for p in new.participants] == [
            (p.display_name, p.role, p.organisation) for p in old.participants
        ]
        assert [
            (
                s.kind,
                s.title,
                s.planned_minutes,
                len(s.card_ids),
                s.bullets,
                s.countdown_minutes,
                s.pictogram.data if s.pictogram else None,
            )
            for s in new.agenda
        ] == [
            (
                s.kind,
                s.title,
                s.planned_minutes,
                len(s.card_ids),
                s.bullets,
                s.countdown_minutes,
                s.pictogram.data if s.pictogram else None,
            )
            for s in old.agenda
        ]
        assert any(s.kind == "instruction" and s.bullets and s.pictogram for s in new.agenda)
        assert [link.scenario.title for link in new.scenario_links] == [
            link.scenario.title for link in old.scenario_links
        ]
        assert [(s.title, s.pictogram.data if s.pictogram else None) for s in new.stages] == [
            (s.title, s.pictogram.data if s.pictogram else None) for s in old.stages
        ]
        assert all(s.source_stage_id is not None for s in new.stages)  # the template came too
        assert [len(link.deck.cards) for link in new.deck_links] == [len(link.deck.cards) for link in old.deck_links]
        assert new.matrix.name == old.matrix.name


def test_a_retry_adds_nothing(db: Database, empty_db: Database, workshop_id: int, tmp_path: Path) -> None:
    path = _archive(db, workshop_id, tmp_path)
    import_workshop_file(empty_db, path)
    before = dump_database(empty_db)
    with pytest.raises(ImportRefused, match="already in this database"):
        import_workshop_file(empty_db, path)
    assert dump_database(empty_db) == before


def test_importing_back_after_a_delete_reuses_the_library(db: Database, workshop_id: int, tmp_path: Path) -> None:
    path = _archive(db, workshop_id, tmp_path)
    notes = _same_notes(db, workshop_id)
    with db.write() as session:
        delete_workshop(session, workshop_id)
    with db.read() as session:
        decks, pictograms = len(session.scalars(select(Deck)).all()), len(session.scalars(select(Pictogram)).all())
    result = import_workshop_file(db, path)
    assert result.added_pictogram_ids == () and result.added_deck_ids == ()
    with db.read() as session:
        assert len(session.scalars(select(Deck)).all()) == decks
        assert len(session.scalars(select(Pictogram)).all()) == pictograms
    assert _same_notes(db, result.workshop_id) == notes


def test_the_archive_is_deterministic_and_anonymisable(db: Database, workshop_id: int) -> None:
    with db.read() as session:
        first = render_workshop_archive(session, workshop_id)
        assert render_workshop_archive(session, workshop_id) == first
        hidden = render_workshop_archive(session, workshop_id, anonymise=True)
    with zipfile.ZipFile(io.BytesIO(hidden)) as archive:
        document = archive.read("workshop.json").decode("utf-8")
        names = archive.namelist()
    assert not [name for name in PARTICIPANT_NAMES if name in document]
    assert json.loads(document)["anonymised"] is True and '"CDE 1"' in document
    assert names[0] == "workshop.json" and all(n.startswith("pictograms/") for n in names[1:])


# --- Hostile archives ----------------------------------------------------------------------


def _members(db: Database, workshop_id: int) -> dict[str, bytes]:
    with db.read() as session:
        data = render_workshop_archive(session, workshop_id)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(path: Path, members: dict[str, bytes] | list[tuple[str, bytes]]) -> Path:
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _refused(db: Database, path: Path) -> str:
    before = dump_database(db)
    with pytest.raises(ImportRefused) as refused:
        import_workshop_file(db, path)
    assert dump_database(db) == before, "a refused archive wrote something"
    message = str(refused.value)
    assert "\n" not in message and str(path) in message
    return message


@pytest.mark.parametrize(
    "name",
    ["../x.json", "pictograms/../../x.svg", "/etc/x.json", "C:/x.json", "pictograms\\..\\x.svg", "./workshop.json"],
)
def test_names_leading_out_are_refused(
    db: Database, empty_db: Database, workshop_id: int, tmp_path: Path, name: str
) -> None:
    members = _members(db, workshop_id)
    members[name] = b"{}"
    message = _refused(empty_db, _zip(tmp_path / "slip.zip", members))
    assert f"member “{name}”" in message


def test_name_problems_pure() -> None:
    assert name_problem("workshop.json") is None and name_problem("pictograms/001.svg") is None
    assert "absolute" in name_problem("/etc/passwd")
    assert "out of" in name_problem("a/../b")
    assert "forbidden" in name_problem("a\\b")
    assert "only workshop.json" in name_problem("notes.txt")


def test_a_zip_bomb_is_refused(db: Database, empty_db: Database, workshop_id: int, tmp_path: Path) -> None:
    members = _members(db, workshop_id)
    members["workshop.json"] = members["workshop.json"][:-2] + b" " * 20_000_000 + b"}\n"
    message = _refused(empty_db, _zip(tmp_path / "bomb.zip", members))
    assert "zip bomb" in message and "workshop.json" in message


def test_a_member_lying_about_its_size_is_refused(
    db: Database, empty_db: Database, workshop_id: int, tmp_path: Path
) -> None:
    members = _members(db, workshop_id)
    path = _zip(tmp_path / "liar.zip", members)
    data = bytearray(path.read_bytes())
    size = len(members["workshop.json"])
    true_size = size.to_bytes(4, "little")
    lie = (size // 2).to_bytes(4, "little")
    local = data.index(b"PK\x03\x04")  # workshop.json comes first
    central = data.index(b"PK\x01\x02")
    assert data[local + 22 : local + 26] == true_size and data[central + 24 : central + 28] == true_size
    data[local + 22 : local + 26] = lie
    data[central + 24 : central + 28] = lie
    path.write_bytes(bytes(data))
    message = _refused(empty_db, path)
    assert "workshop.json" in message


def test_too_many_members_are_refused(db: Database, empty_db: Database, workshop_id: int, tmp_path: Path) -> None:
    members = _members(db, workshop_id)
    members.update({f"pictograms/extra{n:04d}.svg": b"<svg/>" for n in range(600)})
    message = _refused(empty_db, _zip(tmp_path / "many.zip", members))
    assert "members; at most" in message


def test_a_member_that_is_not_json(db: Database, empty_db: Database, workshop_id: int, tmp_path: Path) -> None:
    members = _members(db, workshop_id)
    members["workshop.json"] = b"\x00\x01 not json"
    message = _refused(empty_db, _zip(tmp_path / "garbage.zip", members))
    assert "member “workshop.json”: not readable JSON" in message


def test_an_svg_entity_bomb_is_refused(db: Database, empty_db: Database, workshop_id: int, tmp_path: Path) -> None:
    members = _members(db, workshop_id)
    document = json.loads(members["workshop.json"])
    entry = document["pictograms"][0]
    members[entry["file"]] = BILLION_LAUGHS
    entry["sha256"] = hashlib.sha256(BILLION_LAUGHS).hexdigest()
    members["workshop.json"] = json.dumps(document).encode()
    message = _refused(empty_db, _zip(tmp_path / "laughs.zip", members))
    assert f"member “{entry['file']}”" in message and "entities" in message


def test_a_changed_picture_fails_its_checksum(
    db: Database, empty_db: Database, workshop_id: int, tmp_path: Path
) -> None:
    members = _members(db, workshop_id)
    name = next(n for n in members if n.startswith("pictograms/"))
    members[name] = members[name].replace(b"<svg", b"<svg data-x='1'", 1)
    message = _refused(empty_db, _zip(tmp_path / "changed.zip", members))
    assert f"member “{name}”" in message and "checksum" in message


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["notes"][3].update(kind="rant"), "notes[3].kind"),
        (lambda d: d["notes"][0].update(participant="p999"), "notes[0].participant"),
        (lambda d: d["notes"][5].update(text=["not", "text"]), "notes[5].text"),
        (lambda d: d["notes"][1].update(uid=d["notes"][0]["uid"]), "notes[1].uid"),
        (lambda d: d["notes"][2].update(votes=-1), "notes[2].votes"),
        (lambda d: d["stages"][0].update(title=""), "stages[0].title"),
        (lambda d: d.update(version=99), "version"),
    ],
)
def test_a_wrong_field_is_named(
    db: Database, empty_db: Database, workshop_id: int, tmp_path: Path, change, where: str
) -> None:
    members = _members(db, workshop_id)
    document = json.loads(members["workshop.json"])
    change(document)
    members["workshop.json"] = json.dumps(document).encode()
    message = _refused(empty_db, _zip(tmp_path / "field.zip", members))
    assert f"member “workshop.json”: {where}:" in message


def test_not_a_zip_and_no_workshop(empty_db: Database, tmp_path: Path) -> None:
    text = tmp_path / "notes.zip"
    text.write_text("hello")
    assert "not a zip archive" in _refused(empty_db, text)
    assert "workshop.json is missing" in _refused(
        empty_db, _zip(tmp_path / "empty.zip", {"pictograms/a.svg": b"<svg/>"})
    )


def test_reading_checks_everything_before_any_database(db: Database, workshop_id: int, tmp_path: Path) -> None:
    archive = read_workshop_archive(_archive(db, workshop_id, tmp_path))
    assert archive.title == "Atelier frise – recruter dans une TPE" and len(archive.notes) == 40
    assert len(archive.participants) == 10 and archive.timeline is not None and len(archive.timeline.stages) == 10
