"""The pictogram library: keys from labels, relabel, where used, delete refused while used."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop_studio.domain.materials import PictogramData
from workshop_studio.services import cards, pictograms, scenarios, timelines
from workshop_studio.services.errors import Refused
from workshop_studio.services.library import find_deck
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Card, Pictogram, Scenario, Stage, WorkshopStage

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/></svg>'


def _add(db: Database, label: str, data: bytes = SVG, **extra) -> tuple[int, str]:
    with db.write() as session:
        pictogram = pictograms.new_pictogram(session, data=data, media_type="image/svg+xml", label_fr=label, **extra)
        return pictogram.id, pictogram.key


def test_the_key_is_a_unique_slug_of_the_label(sdb: Database) -> None:
    first = _add(sdb, "Cœur à l’ouvrage !")
    second = _add(sdb, "Cœur à l'ouvrage")
    assert first[1] == "coeur-a-l-ouvrage" and second[1] == "coeur-a-l-ouvrage-2"
    with sdb.read() as session:
        pictogram = session.get(Pictogram, first[0])
        assert pictogram.label_en == pictogram.label_fr == "Cœur à l’ouvrage !" and pictogram.data == SVG
    assert _add(sdb, "Téléphone")[1] == "telephone"  # the sample's key is "phone": no clash
    assert _add(sdb, "Phone")[1] == "phone-2"


def test_only_svg_and_png_are_stored(sdb: Database) -> None:
    with pytest.raises(Refused):
        with sdb.write() as session:
            pictograms.new_pictogram(session, data=b"GIF89a", media_type="image/gif", label_fr="gif")


def test_relabel_keeps_the_key_and_undoes(sdb: Database, dump) -> None:
    pictogram_id, key = _add(sdb, "Horloge")
    before = dump(sdb)
    with sdb.write() as session:
        edit = pictograms.relabel_pictogram(session, pictogram_id, label_fr="Pendule", label_en="Clock")
    with sdb.read() as session:
        pictogram = session.get(Pictogram, pictogram_id)
        assert (pictogram.key, pictogram.label_fr, pictogram.label_en) == (key, "Pendule", "Clock")
        assert [p.id for p in pictograms.search_pictograms(session, "clock")] == [pictogram_id]
        assert [p.id for p in pictograms.search_pictograms(session, "PENDULE")] == [pictogram_id]
    with sdb.write() as session:
        pictograms.relabel_pictogram(session, pictogram_id, **edit.before)
    assert dump(sdb) == before


def test_search_ignores_case_and_accents_in_both_languages(sdb: Database) -> None:
    with sdb.read() as session:
        found = {p.key for p in pictograms.search_pictograms(session, "telephone")}
        assert "phone" in found
        assert {p.key for p in pictograms.search_pictograms(session, "PHONE")} >= {"phone"}
        assert len(pictograms.search_pictograms(session, "")) == len(pictograms.list_pictograms(session))


def test_usage_names_cards_stages_scenarios_and_workshop_stages(sdb: Database) -> None:
    with sdb.read() as session:
        stage = session.scalars(select(Stage).order_by(Stage.position)).first()
        pictogram_id = stage.pictogram_id
        usage = pictograms.pictogram_usage(session, pictogram_id)
    assert [use.id for use in usage.stages] == [stage.id]
    assert usage.workshop_stages and usage.workshop_stages[0].title == stage.title
    with sdb.write() as session:  # make it used by a card and a scenario too
        deck_id = find_deck(session, "Atelier TPE – jeu de cartes").id
        card = cards.add_card(session, deck_id, title="Carte témoin", pictogram_id=pictogram_id)
        scenario = scenarios.new_scenario(session, title="Scénario témoin", pictogram_id=pictogram_id)
        card_id, scenario_id = card.id, scenario.id
    with sdb.read() as session:
        usage = pictograms.pictogram_usage(session, pictogram_id)
        text = usage.describe(limit=10)
    assert card_id in [use.id for use in usage.cards] and [use.id for use in usage.scenarios] == [scenario_id]
    assert "card “Carte témoin” (deck “Atelier TPE – jeu de cartes”)" in text
    assert "scenario “Scénario témoin”" in text
    assert f"stage “{stage.title}” (timeline" in text and "of workshop" in text


def test_delete_is_refused_while_used_and_says_where(sdb: Database, dump) -> None:
    with sdb.read() as session:
        card = session.scalars(select(Card).where(Card.pictogram_id.is_not(None)).order_by(Card.id)).first()
        pictogram_id, title = card.pictogram_id, card.title
    before = dump(sdb)
    with pytest.raises(Refused, match="still used") as refused:
        with sdb.write() as session:
            pictograms.delete_pictogram(session, pictogram_id)
    assert f"card “{title}”" in str(refused.value)
    assert dump(sdb) == before


def test_delete_an_unused_pictogram_and_restore_it(sdb: Database, dump) -> None:
    pictogram_id, _key = _add(sdb, "Boussole", source="mine")
    before = dump(sdb)
    with sdb.write() as session:
        snapshot = pictograms.delete_pictogram(session, pictogram_id)
    with sdb.read() as session:
        assert session.get(Pictogram, pictogram_id) is None
    with sdb.write() as session:
        pictograms.restore_pictogram(session, snapshot)
    assert dump(sdb) == before


def test_a_pictogram_no_longer_used_can_go(sdb: Database) -> None:
    with sdb.read() as session:
        scenario = session.scalars(select(Scenario).order_by(Scenario.id)).first()
        pictogram_id = scenario.pictogram_id
        others = pictograms.pictogram_usage(session, pictogram_id)
    assert [use.id for use in others.scenarios] == [scenario.id] and len(others.uses) == 1
    with sdb.write() as session:
        scenarios.update_scenario(session, scenario.id, pictogram_id=None)
        pictograms.delete_pictogram(session, pictogram_id)
    with sdb.read() as session:
        assert session.get(Pictogram, pictogram_id) is None


def test_bring_pictogram_reuses_an_identical_one_and_renames_a_clash(sdb: Database) -> None:
    with sdb.read() as session:
        star = session.scalars(select(Pictogram).where(Pictogram.key == "star")).one()
        star_data, star_id = star.data, star.id
    with sdb.write() as session:
        same, added = pictograms.bring_pictogram(session, PictogramData("star", "", "", "image/svg+xml", star_data))
        assert (same.id, added) == (star_id, False)
        renamed, added = pictograms.bring_pictogram(
            session, PictogramData("etoile", "Étoile", "", "image/svg+xml", star_data)
        )
        assert (renamed.id, added) == (star_id, False)  # same picture under another key: reused
        clash, added = pictograms.bring_pictogram(
            session, PictogramData("star", "Autre étoile", "", "image/svg+xml", SVG)
        )
        assert added and clash.key == "star-2" and clash.label_en == "Autre étoile"


def test_template_stage_pictogram_edit_leaves_workshop_copies(sdb: Database) -> None:
    new_id, _ = _add(sdb, "Neuf")
    with sdb.read() as session:
        stage = session.scalars(select(Stage).order_by(Stage.id)).first()
        copies_before = [
            (w.id, w.pictogram_id, w.title) for w in session.scalars(select(WorkshopStage).order_by(WorkshopStage.id))
        ]
    with sdb.write() as session:
        timelines.update_stage(session, stage.id, pictogram_id=new_id)
    with sdb.read() as session:
        copies_after = [
            (w.id, w.pictogram_id, w.title) for w in session.scalars(select(WorkshopStage).order_by(WorkshopStage.id))
        ]
    assert copies_after == copies_before
