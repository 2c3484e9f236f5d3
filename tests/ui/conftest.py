"""UI fixtures: real widgets, offscreen, settings kept in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopStudioTests")
    QCoreApplication.setApplicationName("Workshop Studio Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from workshop_studio.app import install_translators

    install_translators(qapp, "en")
    yield


@pytest.fixture
def console(qtbot, db_target: str):  # type: ignore[no-untyped-def]
    """The console on a copy of the sample database (or a server's, for a test marked
    ``both_engines``), fully loaded."""
    from workshop_studio.ui.console.main_window import ConsoleWindow
    from workshop_studio.ui.fonts import load_fonts

    load_fonts()
    window = ConsoleWindow(db_target)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.load()
    yield window
    window.close()
