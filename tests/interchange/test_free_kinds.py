"""Free categories: a published deck's own card kinds come in with it (a label and a colour
each), print as such, can be relabelled and recoloured, and a general deck can print its cards
without any kind label."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

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
