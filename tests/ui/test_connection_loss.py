"""The team's server goes away in the middle of a capture: the console says so, keeps what was
typed, and sends it (once) when the server is back; nothing acknowledged is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from workshop_studio.storage.models import Annotation

pytestmark = pytest.mark.postgresql


@pytest.fixture
def own_server(postgres_server):
    """A server of this test's own, which it may stop and start again."""
    from postgres_server import PostgresServer

    from workshop_studio.interchange.sample import open_with_sample

    server = PostgresServer(postgres_server.binaries).start()
    name = server.create_database("team")
    open_with_sample(server.url(name)).dispose()
    yield server, server.url(name)
    server.stop()


def _stored(console, text: str) -> list[str]:
    with console.workspace.db.read() as session:
        return list(session.scalars(select(Annotation.uid).where(Annotation.text == text)))


def test_a_dropped_connection_mid_capture_keeps_the_note_and_sends_it_once_back(own_server, qtbot) -> None:
    from workshop_studio.ui.console.main_window import ConsoleWindow
    from workshop_studio.ui.fonts import load_fonts

    server, url = own_server
    load_fonts()
    console = ConsoleWindow(url)
    qtbot.addWidget(console)
    console.show()
    with qtbot.waitSignal(console.loaded, timeout=20000):
        console.load()
    watch = console.change_watch
    assert watch is not None  # on a server, the console watches the open workshop
    watch.timer.stop()  # the test drives the polls itself
    capture = console.capture
    capture.text.setText("Avant la coupure")
    qtbot.keyClick(capture.text, Qt.Key.Key_Return)
    assert len(_stored(console, "Avant la coupure")) == 1  # acknowledged

    server.halt()
    capture.text.setText("Pendant la coupure")
    qtbot.keyClick(capture.text, Qt.Key.Key_Return)
    assert capture.text.text() == "Pendant la coupure", (
        capture.error.text(),
        capture.isVisible(),
        capture.error.isHidden(),
    )  # kept
    assert not capture.error.isHidden() and "cannot be reached" in capture.error.text(), (
        capture.error.text(),
        capture.isVisible(),
    )
    bar = console.server_bar
    assert bar.isVisible() and bar.kind == "connection"
    watch.poll()  # still down: still says so
    assert bar.isVisible()

    server.run()
    watch.poll()  # back: the bar goes, the note is sent with its uid
    assert not bar.isVisible()
    assert capture.text.text() == "" and capture.error.isHidden()
    assert len(_stored(console, "Pendant la coupure")) == 1
    assert len(_stored(console, "Avant la coupure")) == 1  # nothing acknowledged was lost
    console.close()
