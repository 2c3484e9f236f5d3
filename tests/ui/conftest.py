"""UI fixtures: real widgets, offscreen, settings kept in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from console_support import open_console
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopStudioTests")
    QCoreApplication.setApplicationName("Workshop Studio Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from workshop_studio.app import install_translators

    install_translators(qapp, "en")
    yield


@pytest.fixture
def console(qtbot, db_target: str):
    """The console on a copy of the sample database (or a server's, for a test marked
    ``both_engines``), fully loaded."""
    window = open_console(qtbot, db_target)
    yield window
    window.close()


@pytest.fixture
def empty_console(qtbot, tmp_path: Path):
    """The console on a new database that declined the sample: nothing at all in it."""
    window = open_console(qtbot, tmp_path / "vide.sqlite3", sample=False)
    yield window
    window.close()
