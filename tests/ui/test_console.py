"""The console opens on the sample workshop, navigates, remembers, and speaks French."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from workshop_studio.app import install_translators
from workshop_studio.domain.workshop import WorkshopDetails
from workshop_studio.services.workshop_setup import create_workshop
from workshop_studio.storage.migrate import open_database
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.library.library_page import LibraryPage
from workshop_studio.ui.library.scenarios_page import ScenariosPage
from workshop_studio.ui.library.timelines_page import TimelinesPage
from workshop_studio.ui.review.review_page import ReviewPage


def test_console_opens_on_the_sample_workshop(console: ConsoleWindow) -> None:
    page = console.workshops_page
    assert console.pages.currentWidget() is page
    assert page.title.text() == "Atelier frise – recruter dans une TPE"
    assert page.participants.list.count() == 10
    assert page.agenda.list.count() == 11
    assert page.stages.count() == 10
    assert "2 notes" in page.stages.item(0).text()
    assert "Atelier frise" in console.windowTitle()


def test_the_first_paint_comes_from_the_quick_read(qtbot, db_path: Path) -> None:
    window = ConsoleWindow(str(db_path))
    qtbot.addWidget(window)
    shown: list[str] = []
    window.overviewShown.connect(lambda: shown.append(window.workshops_page.title.text()))
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.load()
        assert shown == ["Atelier frise – recruter dans une TPE"]  # before the database is opened
        assert window.workspace is None
    window.close()


def test_the_console_paints_before_sqlalchemy_is_imported(db_path: Path) -> None:
    """Importing SQLAlchemy takes longer than starting Qt: the first screen must not wait for it
    (a module-level import of a service or an undo module by a first-screen widget brings it)."""
    import json
    import os
    import subprocess
    import sys

    script = f"""
import json, sys
from workshop_studio.app import create_application
from workshop_studio.ui.console.main_window import ConsoleWindow
app = create_application([])
window = ConsoleWindow({str(db_path)!r})
shown = []
window.overviewShown.connect(lambda: shown.append("sqlalchemy" in sys.modules))
window.load()
print(json.dumps(shown))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == [False]


def test_the_stages_pictograms_come_once_the_words_are_painted(qtbot, db_path: Path) -> None:
    window = ConsoleWindow(str(db_path))
    qtbot.addWidget(window)
    stages = window.workshops_page.stages
    window.load()  # not shown yet: the words are there, the drawings wait for the first paint
    assert stages.count() == 10 and all(stages.item(r).icon().isNull() for r in range(stages.count()))
    window.show()
    qtbot.waitUntil(lambda: not stages.item(0).icon().isNull(), timeout=10000)
    assert all(not stages.item(r).icon().isNull() for r in range(stages.count()))
    window.close()


def test_navigation_builds_each_page_with_its_content(console: ConsoleWindow, qtbot) -> None:
    qtbot.keyClick(console, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    library = console.pages.currentWidget()
    assert isinstance(library, LibraryPage)
    assert library.cards_model.rowCount() >= 36
    assert library.front.face is not None  # the first card is shown up close

    console.navigation.setCurrentRow(1)
    scenarios = console.pages.currentWidget()
    assert isinstance(scenarios, ScenariosPage) and scenarios.scenarios.count() >= 3
    assert scenarios.story.text()

    console.show_page("timelines")
    timelines = console.pages.currentWidget()
    assert isinstance(timelines, TimelinesPage) and timelines.stages.count() >= 8

    console.show_page("review")
    review = console.pages.currentWidget()
    assert isinstance(review, ReviewPage)
    total = review.notes.model.rowCount()
    assert total >= 12
    qtbot.keyClicks(review.filters.text, "essai")
    qtbot.waitUntil(lambda: 0 < review.notes.model.rowCount() < total)


def test_window_geometry_and_last_workshop_are_remembered(qtbot, db_path: Path) -> None:
    db = open_database(str(db_path))
    with db.write() as session:
        second = create_workshop(session, WorkshopDetails(title="Deuxième atelier")).id
    db.dispose()

    first = ConsoleWindow(str(db_path))
    qtbot.addWidget(first)
    first.show()
    with qtbot.waitSignal(first.loaded, timeout=20000):
        first.load()
    first.resize(1000, 700)
    first.open_workshop(second)
    first.close()

    again = ConsoleWindow(str(db_path))
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.loaded, timeout=20000):
        again.load()
    assert (again.width(), again.height()) == (1000, 700)
    assert again.workspace is not None and again.workspace.workshop_id == second
    assert again.workshops_page.title.text() == "Deuxième atelier"
    again.close()


def test_user_text_is_shown_literally(qtbot, db_path: Path) -> None:
    hostile = "<b>Gras</b> & <img src=/etc/passwd>"
    db = open_database(str(db_path))
    with db.write() as session:
        workshop_id = create_workshop(session, WorkshopDetails(title=hostile, place="<i>salle</i>")).id
    db.dispose()
    window = ConsoleWindow(str(db_path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.load()
    window.open_workshop(workshop_id)
    title = window.workshops_page.title
    assert title.text() == hostile and title.textFormat() == Qt.TextFormat.PlainText
    assert "<i>salle</i>" in window.workshops_page.details.text()
    window.close()


def test_french_interface(qtbot, db_path: Path) -> None:
    app = QApplication.instance()
    translators = install_translators(app, "fr")
    try:
        assert translators, "the French catalogue did not load"
        window = ConsoleWindow(str(db_path))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=20000):
            window.load()
        names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert names == ["Bibliothèque", "Scénarios", "Frises", "Ateliers", "Relecture"]
        assert "10 participants" in window.workshops_page.counts.text()
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own catalogue
        window.close()
    finally:
        install_translators(app, "en")
