"""Free categories: a published deck's own card kinds come in with it (a label and a colour
each), print as such, can be relabelled and recoloured, and a general deck can print its cards
without any kind label."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from workshop_studio.domain.colours import PALETTE
from workshop_studio.export.deck_pdf import render_deck_pdf
from workshop_studio.export.print_options import PrintOptions
from workshop_studio.interchange.deck_files import export_deck, import_deck_file
from workshop_studio.services.deck_kinds import deck_kinds, edit_deck_kind
from workshop_studio.services.library import card_view, deck_cards, update_deck
from workshop_studio.storage.engine import Database

DECK = "titre;catégorie\nSoleil;Énergie\nPluie;Obstacle\nVent;énergie\nQui ?;question\n"


def _import(db: Database, tmp_path: Path, text: str = DECK) -> int:
    path = tmp_path / "jeu.csv"
    path.write_text(text, encoding="utf-8")
    return import_deck_file(db, path).deck_id


def _printed(db: Database, deck_id: int) -> tuple[str, bytes]:
    with db.read() as session:
        cards = [card_view(card) for card in deck_cards(session, deck_id)]
    pdf, _ = render_deck_pdf(cards, PrintOptions())
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    return text, pdf


def test_unknown_kinds_become_the_decks_own_with_a_colour_each(empty_db: Database, tmp_path: Path) -> None:
    deck_id = _import(empty_db, tmp_path)
    with empty_db.read() as session:
        kinds = deck_kinds(session, deck_id)
        cards = deck_cards(session, deck_id)
        assert [(k.key, k.label, k.colour) for k in kinds] == [
            ("deck-energie", "Énergie", "orange"),
            ("deck-obstacle", "Obstacle", "sky"),
        ]
        assert [c.kind for c in cards] == ["deck-energie", "deck-obstacle", "deck-energie", "question"]
        view = card_view(cards[0])
        assert (view.kind_label, view.kind_colour) == ("Énergie", "orange")
    text, _ = _printed(empty_db, deck_id)
    assert "ÉNERGIE" in text and "OBSTACLE" in text and "QUESTION" in text


def test_a_kind_is_relabelled_and_recoloured_on_every_card(empty_db: Database, tmp_path: Path) -> None:
    deck_id = _import(empty_db, tmp_path)
    with empty_db.write() as session:
        kind = deck_kinds(session, deck_id)[0]
        edit = edit_deck_kind(session, kind.id, label="Ressource", colour="green")
        assert edit.before == {"label": "Énergie", "colour": "orange"}
    text, _ = _printed(empty_db, deck_id)
    assert "RESSOURCE" in text and "ÉNERGIE" not in text
    with empty_db.read() as session:
        assert card_view(deck_cards(session, deck_id)[0]).kind_colour == "green"
    from workshop_studio.domain.card_sizes import CARD_SIZES
    from workshop_studio.export.card_layout import layout_front

    with empty_db.read() as session:
        face = layout_front(card_view(deck_cards(session, deck_id)[0]), CARD_SIZES["poker"])
    assert face.fill == PALETTE["green"].fill


def test_a_general_deck_hides_the_kind_label(empty_db: Database, tmp_path: Path) -> None:
    deck_id = _import(empty_db, tmp_path)
    with empty_db.write() as session:
        update_deck(session, deck_id, show_kind_label=False)
    text, _ = _printed(empty_db, deck_id)
    assert "Soleil" in text and "OBSTACLE" not in text and "QUESTION" not in text


def test_exports_name_the_kinds_by_label_and_json_keeps_their_colours(empty_db: Database, tmp_path: Path) -> None:
    deck_id = _import(empty_db, tmp_path)
    with empty_db.write() as session:
        edit_deck_kind(session, deck_kinds(session, deck_id)[1].id, colour="#336699")
        update_deck(session, deck_id, show_kind_label=False)
    csv_path = export_deck(empty_db, deck_id, tmp_path / "out.csv").path
    assert "Énergie" in csv_path.read_text(encoding="utf-8-sig") and "deck-" not in csv_path.read_text(
        encoding="utf-8-sig"
    )
    json_path = export_deck(empty_db, deck_id, tmp_path / "out.json").path
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert document["deck"]["kinds"] == [
        {"label": "Énergie", "colour": "orange"},
        {"label": "Obstacle", "colour": "#336699"},
    ]
    back = import_deck_file(empty_db, json_path).deck_id
    with empty_db.read() as session:
        assert [(k.label, k.colour) for k in deck_kinds(session, back)] == [
            ("Énergie", "orange"),
            ("Obstacle", "#336699"),
        ]
        assert [c.kind for c in deck_cards(session, back)] == [
            "deck-energie",
            "deck-obstacle",
            "deck-energie",
            "question",
        ]
        assert deck_cards(session, back)[0].deck.show_kind_label is False


def test_duplicating_and_restoring_a_deck_keeps_its_kinds(empty_db: Database, tmp_path: Path) -> None:
    from workshop_studio.services.library import delete_deck, duplicate_deck, restore_deck

    deck_id = _import(empty_db, tmp_path)
    with empty_db.write() as session:
        copy = duplicate_deck(session, deck_id)
        assert [k.label for k in copy.kinds] == ["Énergie", "Obstacle"]
        snapshot = delete_deck(session, deck_id)
        restored = restore_deck(session, snapshot)
        assert [(k.key, k.colour) for k in restored.kinds] == [("deck-energie", "orange"), ("deck-obstacle", "sky")]


def _kinds(db: Database, deck_id: int) -> tuple[list[tuple[str, str, str]], list[str], bool]:
    from workshop_studio.storage.models import Deck

    with db.read() as session:
        deck = session.get(Deck, deck_id)
        assert deck is not None
        return (
            [(k.key, k.label, k.colour) for k in deck_kinds(session, deck_id)],
            [c.kind for c in deck_cards(session, deck_id)],
            deck.show_kind_label,
        )


def test_a_workshop_archive_carries_its_decks_own_kinds(empty_db: Database, tmp_path: Path) -> None:
    """A workshop with such a deck leaves as an archive and comes back whole on another laptop
    (its cards name their deck's kinds: the archive is not refused for them)."""
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.interchange.workshop_archive import write_workshop_archive
    from workshop_studio.interchange.workshop_archive_import import import_workshop_file
    from workshop_studio.services.workshop_setup import create_workshop
    from workshop_studio.storage.migrate import open_database

    deck_id = _import(empty_db, tmp_path)
    with empty_db.write() as session:
        update_deck(session, deck_id, show_kind_label=False)
        workshop_id = create_workshop(session, WorkshopDetails(title="Atelier météo", deck_ids=(deck_id,))).id
    archive = tmp_path / "atelier.zip"
    with empty_db.read() as session:
        write_workshop_archive(session, workshop_id, archive)
    other = open_database(f"sqlite:///{tmp_path / 'autre.sqlite3'}")
    try:
        imported = import_workshop_file(other, archive)
        assert imported.title == "Atelier météo"
        from workshop_studio.storage.models import Deck

        with other.read() as session:
            (new_deck,) = session.scalars(select(Deck.id)).all()
        assert _kinds(other, new_deck) == (
            [("deck-energie", "Énergie", "orange"), ("deck-obstacle", "Obstacle", "sky")],
            ["deck-energie", "deck-obstacle", "deck-energie", "question"],
            False,
        )
        text, _ = _printed(other, new_deck)
        assert "Énergie" not in text  # the deck prints without kind labels, as it was set
    finally:
        other.dispose()


def test_an_archive_naming_a_kind_its_deck_does_not_have_is_refused(empty_db: Database, tmp_path: Path) -> None:
    import zipfile

    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.interchange.errors import ImportRefused
    from workshop_studio.interchange.workshop_archive import write_workshop_archive
    from workshop_studio.interchange.workshop_archive_read import read_workshop_archive
    from workshop_studio.services.workshop_setup import create_workshop

    deck_id = _import(empty_db, tmp_path)
    with empty_db.write() as session:
        workshop_id = create_workshop(session, WorkshopDetails(title="Atelier météo", deck_ids=(deck_id,))).id
    good = tmp_path / "atelier.zip"
    with empty_db.read() as session:
        write_workshop_archive(session, workshop_id, good)
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = next(n for n in members if n.endswith(".json"))
    doc = json.loads(members[name])
    doc["decks"][0]["kinds"] = doc["decks"][0]["kinds"][:1]  # "deck-obstacle" is gone, a card still names it
    members[name] = json.dumps(doc).encode("utf-8")
    bad = tmp_path / "abime.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    with pytest.raises(ImportRefused, match="deck-obstacle"):
        read_workshop_archive(bad)


def test_a_deck_published_to_the_team_library_keeps_its_own_kinds(empty_db: Database, tmp_path: Path) -> None:
    from workshop_studio.interchange.library_bundle import Choice
    from workshop_studio.interchange.library_merge import ADDED, REUSED
    from workshop_studio.interchange.library_share import copy_items
    from workshop_studio.storage.migrate import open_database

    deck_id = _import(empty_db, tmp_path)
    team = open_database(f"sqlite:///{tmp_path / 'equipe.sqlite3'}")
    try:
        first = copy_items(empty_db, team, Choice(deck_ids=(deck_id,)))
        assert [item.outcome for item in first.items] == [ADDED]
        from workshop_studio.storage.models import Deck

        with team.read() as session:
            (shared,) = session.scalars(select(Deck.id)).all()
        assert _kinds(team, shared) == _kinds(empty_db, deck_id)
        again = copy_items(empty_db, team, Choice(deck_ids=(deck_id,)))
        assert [item.outcome for item in again.items] == [REUSED]  # the same deck, its kinds included
    finally:
        team.dispose()
