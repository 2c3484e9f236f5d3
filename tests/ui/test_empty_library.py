"""On an empty database, the library offers only what can be done: no printing and no card
without a deck, no moving a stage that is alone."""

from __future__ import annotations

from pathlib import Path

from console_support import open_console
from library_ui_support import open_page


def test_without_a_deck_nothing_to_print_and_nowhere_for_a_card(qtbot, tmp_path: Path) -> None:
    console = open_console(qtbot, tmp_path / "vide.sqlite3", sample=False)
    library = open_page(console, "library")
    assert library.current_deck_id() is None
    assert not library.print_button.isEnabled() and not library.card_actions.new_card_action.isEnabled()
    library.deck_panel.new_deck()
    assert library.current_deck_id() is not None
    assert library.print_button.isEnabled() and library.card_actions.new_card_action.isEnabled()
    console.close()


def test_a_lone_stage_has_nowhere_to_move(qtbot, tmp_path: Path) -> None:
    console = open_console(qtbot, tmp_path / "vide.sqlite3", sample=False)
    page = open_page(console, "timelines")
    page.new_timeline()
    editor = page.editor
    assert not any(button.isEnabled() for button in editor.move_buttons)  # no stage at all
    editor.add_stage()
    assert not any(button.isEnabled() for button in editor.move_buttons)  # one: nowhere to go
    editor.add_stage()
    assert all(button.isEnabled() for button in editor.move_buttons)
    console.close()
