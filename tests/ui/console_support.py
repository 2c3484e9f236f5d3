"""Opening the console in a test, on a database file, the way the app opens it."""

from __future__ import annotations

from pathlib import Path


def open_console(qtbot, path: Path, *, sample: bool = True):
    """The console on the database at ``path``, shown and fully loaded."""
    from workshop_studio.ui.console.main_window import ConsoleWindow
    from workshop_studio.ui.fonts import load_fonts

    load_fonts()
    window = ConsoleWindow(str(path), sample=sample)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.load()
    return window
