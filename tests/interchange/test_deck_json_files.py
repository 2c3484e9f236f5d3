"""JSON decks travel whole: their pictograms come along, are checked, and are added only
when the library does not already hold the same picture."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from workshop_studio.interchange.deck_files import deck_document, export_deck, import_deck_file
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.services.library import find_deck
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Pictogram

CIRCLE = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="8"/></svg>'


def _document(cards: list[dict[str, Any]], pictograms: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": "workshop-studio-deck",
        "version": 1,
        "deck": {"name": "Voyageur"},
        "cards": cards,
        "pictograms": pictograms,
    }


def _picture(key: str, data: bytes, media_type: str = "image/svg+xml", label: str = "Rond") -> dict[str, Any]:
    return {
        "key": key,
        "label_fr": label,
        "label_en": "Circle",
        "media_type": media_type,
        "data": base64.b64encode(data).decode(),
    }


def _write(tmp_path: Path, document: dict[str, Any], name: str = "deck.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _pictogram_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Pictogram))


def test_a_new_pictogram_comes_with_the_deck_and_is_reused_the_second_time(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, _document([{"title": "Rond", "pictogram": "rond"}], [_picture("rond", CIRCLE)]))
    count = _pictogram_count(db)
    first = import_deck_file(db, path)
    assert len(first.added_pictogram_ids) == 1 and _pictogram_count(db) == count + 1
    second = import_deck_file(db, path)
    assert second.added_pictogram_ids == () and _pictogram_count(db) == count + 1
    assert second.name == "Voyageur (2)"
    with db.read() as session:
        deck, pictograms = deck_document(session, second.deck_id)
    assert deck.cards[0].pictogram == "rond" and pictograms[0].data == CIRCLE


def test_a_key_taken_by_another_picture_gets_a_new_key(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, _document([{"title": "Étoile ?", "pictogram": "star"}], [_picture("star", CIRCLE)]))
    result = import_deck_file(db, path)
    with db.read() as session:
        deck, pictograms = deck_document(session, result.deck_id)
        assert session.scalars(select(Pictogram).where(Pictogram.key == "star")).one().data != CIRCLE
    assert deck.cards[0].pictogram == "star-2" and pictograms[0].data == CIRCLE


def test_cards_may_name_library_pictograms_by_label(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, _document([{"title": "Allô", "pictogram": "Téléphone", "kind": "Verbatim"}], []))
    result = import_deck_file(db, path)
    with db.read() as session:
        deck, _ = deck_document(session, result.deck_id)
    assert (deck.cards[0].pictogram, deck.cards[0].kind) == ("phone", "verbatim")


def test_export_then_import_into_an_empty_database_brings_the_pictures(
    db: Database, empty_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "sample.json"
    export_deck(db, "Atelier TPE – jeu de cartes", out)
    result = import_deck_file(empty_db, out)
    with db.read() as session:
        original = deck_document(session, find_deck(session, "Atelier TPE – jeu de cartes").id)
    with empty_db.read() as session:
        travelled = deck_document(session, result.deck_id)
    assert travelled[0].cards == original[0].cards
    assert sorted((p.key, p.data) for p in travelled[1]) == sorted((p.key, p.data) for p in original[1])
    assert len(result.added_pictogram_ids) == len(original[1])


@pytest.mark.parametrize(
    ("picture", "words"),
    [
        (_picture("x", b"<svg xmlns='http://www.w3.org/2000/svg'><rect onclick='alert(1)'/></svg>"), "onclick"),
        (
            _picture("x", b"<svg xmlns='http://www.w3.org/2000/svg'><image href='file:///etc/passwd'/></svg>"),
            "outside file",
        ),
        (_picture("x", b"\x89PNG\r\n\x1a\nnot really", "image/png"), "PNG"),
        (_picture("x", CIRCLE, "image/png"), "declared as image/png"),
        ({"key": "x", "data": "pas du base64 !"}, "base64"),
    ],
)
def test_an_embedded_picture_is_checked_before_anything_is_written(
    db: Database, dump, tmp_path: Path, picture: dict[str, Any], words: str
) -> None:
    path = _write(tmp_path, _document([{"title": "A"}], [_picture("ok", CIRCLE), picture]))
    before = dump(db)
    with pytest.raises(ImportRefused) as caught:
        import_deck_file(db, path)
    assert dump(db) == before
    assert (caught.value.row, caught.value.column) == (2, "data") and words in caught.value.reason


@pytest.mark.parametrize(
    ("document", "row", "column"),
    [
        (_document([{"title": "A"}, {"title": ""}], []), 2, "title"),
        (_document([{"title": "A", "kind": 3}], []), 1, "kind"),
        (_document([{"title": "A", "copies": -2}], []), 1, "copies"),
        (_document([{"title": "A", "body": "x" * 5001}], []), 1, "body"),
        (_document([{"title": "A", "pictogram": "inconnu"}], []), 1, "pictogram"),
        (_document([], []), None, None),
        ({"format": "autre chose"}, None, None),
    ],
)
def test_bad_json_decks(db: Database, dump, tmp_path: Path, document, row, column) -> None:
    path = _write(tmp_path, document)
    before = dump(db)
    with pytest.raises(ImportRefused) as caught:
        import_deck_file(db, path)
    assert dump(db) == before
    assert (caught.value.row, caught.value.column) == (row, column)


def test_not_json_at_all(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "deck.json"
    path.write_bytes(b"\xff\xfe{")
    with pytest.raises(ImportRefused, match="not a readable JSON file"):
        import_deck_file(db, path)
