"""The console refusing a damaged database offers its last good backup, and opens it once
restored; it offers nothing it should not (ISSUE: nothing lost)."""

from __future__ import annotations

import shutil
from pathlib import Path

from fault_support import corrupt_table, folder_state
from PySide6.QtWidgets import QMessageBox

from workshop_studio.storage.backup import backup_database
from workshop_studio.ui.console.main_window import ConsoleWindow


def _console(qtbot, db_path: Path) -> ConsoleWindow:
    window = ConsoleWindow(str(db_path), sample=False)
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: window.failure_box is not None and window.failure_box.isVisible(), timeout=20000)
    return window


def test_a_damaged_file_is_refused_with_a_button_that_restores_the_last_good_backup(qtbot, db_path: Path) -> None:
    good = backup_database(db_path, "daily")
    corrupt_table(db_path, "card")
    damaged = db_path.read_bytes()
    before = folder_state(db_path.parent)

    window = _console(qtbot, db_path)
    box = window.failure_box
    assert box is not None and window.workspace is None
    assert "damaged" in box.text() and str(db_path) in box.text()
    assert good.name in box.informativeText()
    assert "restore-backup" not in box.text()  # the button, not the command line
    assert folder_state(db_path.parent) == before  # refusing wrote nothing

    assert box.restore_button is not None
    with qtbot.waitSignal(window.loaded, timeout=20000):
        box.restore_button.click()
    assert window.workspace is not None
    assert window.workshops_page.title.text() == "Atelier frise – recruter dans une TPE"
    assert good.name in window.statusBar().currentMessage()
    set_aside = [p for p in db_path.parent.iterdir() if "set-aside" in p.name and p.suffix == ".sqlite3"]
    assert len(set_aside) == 1 and set_aside[0].read_bytes() == damaged  # kept, never deleted
    assert set_aside[0].name in window.statusBar().currentMessage()
    window.close()


def test_a_damaged_file_without_a_backup_says_so_and_offers_nothing(qtbot, db_path: Path) -> None:
    corrupt_table(db_path, "card")
    window = _console(qtbot, db_path)
    box = window.failure_box
    assert box is not None
    assert box.restore_button is None
    assert "No good backup" in box.text()
    assert [b.text() for b in box.buttons()] == [box.button(QMessageBox.StandardButton.Close).text()]
    window.close()


def test_a_file_of_another_kind_is_not_replaced_by_a_backup(qtbot, db_path: Path) -> None:
    """A file that is not SQLite keeps the offer out even with good backups beside it:
    restoring would replace a file that is not ours to replace."""
    other = db_path.with_name("notes.sqlite3")
    shutil.copyfile(db_path, other)
    assert backup_database(other, "daily").is_file()
    other.write_text("pas une base de données\n", encoding="utf-8")
    window = _console(qtbot, other)
    box = window.failure_box
    assert box is not None and box.restore_button is None
    assert "not an SQLite file" in box.text()
    assert other.read_text(encoding="utf-8") == "pas une base de données\n"
    window.close()
