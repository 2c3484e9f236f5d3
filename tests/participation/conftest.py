"""Participation fixtures: the real server on 127.0.0.1, on a copy of the sample database."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from phone_client import Phone


@pytest.fixture
def workshop_id(db) -> int:
    from workshop_studio.services.workshops import list_workshop_summaries

    with db.read() as session:
        return list_workshop_summaries(session)[0].id


@pytest.fixture
def server(db, workshop_id):
    from workshop_studio.participation.server import ParticipationServer

    running = ParticipationServer(db, workshop_id, host="127.0.0.1", port=0).start()
    yield running
    running.stop()


@pytest.fixture
def phones(server) -> Iterator[Callable[[], Phone]]:
    """Make phones pointed at the server's join address (closed after the test)."""
    made: list[Phone] = []

    def make() -> Phone:
        phone = Phone(server.join_url)
        made.append(phone)
        return phone

    yield make
    for phone in made:
        phone.close()


@pytest.fixture
def phone(phones) -> Phone:
    """A phone that has chosen its role (CDE, pseudonym "Léa")."""
    one = phones()
    assert one.join("cde", "Léa").status == 201
    return one


@pytest.fixture
def console(qtbot, qapp, db_path, tmp_path):
    """The console on a copy of the sample database, settings kept in a temporary folder."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    from workshop_studio.app import install_translators
    from workshop_studio.ui.console.main_window import ConsoleWindow
    from workshop_studio.ui.fonts import load_fonts

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopStudioTests")
    QCoreApplication.setApplicationName("Workshop Studio Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    install_translators(qapp, "en")
    load_fonts()
    window = ConsoleWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.load()
    yield window
    window.close()
