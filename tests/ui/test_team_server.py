"""Two consoles on one database: the second writer is told what changed and can reload; an
undo never overwrites someone else's newer change. On SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop_studio.services import cards as card_service
from workshop_studio.services.errors import EditConflict
from workshop_studio.storage.migrate import open_database
from workshop_studio.storage.models import Card
from workshop_studio.ui.undo import library as commands
from workshop_studio.ui.undo.authoring import push

pytestmark = pytest.mark.both_engines


@pytest.fixture
def colleague(db_target: str):
    """Another facilitator's console, on the same database."""
    database = open_database(db_target)
    yield database
    database.dispose()


def _card(database, card_id: int) -> Card:
    with database.read() as session:
        return session.get(Card, card_id)


def _first_card_id(console) -> int:
    return console.workspace.query(lambda s: s.scalars(select(Card.id).order_by(Card.id)).first())


def test_a_refused_edit_names_what_changed_and_reload_lets_it_through(console, colleague, qtbot) -> None:
    workspace = console.workspace
    card_id = _first_card_id(console)
    workspace.query(lambda s: s.get(Card, card_id))  # the console shows the card
    with colleague.write() as session:
        card_service.update_card(session, card_id, title="Renommée par une collègue")
    with pytest.raises(EditConflict, match="title"):
        push(workspace, commands.update_card(workspace, card_id, "body", "Mon texte"))
    assert workspace.undo_stack.count() == 0
    bar = console.server_bar
    assert bar.isVisible() and "Renommée par une collègue" in bar.message.text()
    assert bar.reload_button.isVisible()
    assert _card(colleague, card_id).body != "Mon texte"  # nothing written
    with qtbot.waitSignal(workspace.changed, timeout=2000):
        bar.reload_button.click()
    assert not bar.isVisible()
    push(workspace, commands.update_card(workspace, card_id, "body", "Mon texte"))
    stored = _card(colleague, card_id)
    assert (stored.title, stored.body) == ("Renommée par une collègue", "Mon texte")


def test_undo_after_a_colleagues_change_writes_nothing_and_leaves_the_stack(console, colleague) -> None:
    workspace = console.workspace
    card_id = _first_card_id(console)
    push(workspace, commands.update_card(workspace, card_id, "title", "Titre de la console"))
    with colleague.write() as session:
        card_service.update_card(session, card_id, title="Titre de la collègue")
    workspace.undo_stack.undo()
    assert _card(colleague, card_id).title == "Titre de la collègue"
    assert workspace.undo_stack.count() == 0  # the step no longer describes the data
    assert "title" in console.server_bar.message.text() and console.server_bar.isVisible()
