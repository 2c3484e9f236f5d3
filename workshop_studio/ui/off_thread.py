"""Checking a file off the GUI thread, with a time limit, while the console keeps painting.

Reading an import (a deck, an archive, pictograms) decodes and draws every picture once
(``interchange.pictogram_trial``). The checks before bound that work, but a hostile file must
still never freeze the console: the reading runs in a worker thread, and the console waits for
it with its event loop turning, at most :data:`READ_TIMEOUT_S`, then refuses the file. (A
Python thread cannot be stopped: past the limit it is left to end on its own, its result
ignored; nothing was written.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from workshop_studio.interchange.errors import ImportRefused

T = TypeVar("T")
READ_TIMEOUT_S = 20.0


def read_off_thread(read: Callable[[], T], source: Path, *, timeout_s: float = READ_TIMEOUT_S) -> T:
    """``read()`` in a worker thread; its result or its exception, or :class:`ImportRefused`
    past ``timeout_s``."""
    values: list[T] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def work() -> None:
        try:
            values.append(read())
        except BaseException as error:  # noqa: BLE001 - handed back to the GUI thread, raised there
            errors.append(error)
        finally:
            done.set()

    threading.Thread(target=work, name="import-check", daemon=True).start()
    if not done.wait(0.05):  # most files are read at once: no event loop needed
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(25)
        poll.timeout.connect(lambda: loop.quit() if done.is_set() else None)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        poll.start()
        loop.exec()
        poll.stop()
    if not done.is_set():
        raise ImportRefused(
            source,
            QCoreApplication.translate(
                "OffThread", "the file could not be checked within %1 s; it was not imported."
            ).replace("%1", f"{timeout_s:g}"),
        )
    if errors:
        raise errors[0]
    return values[0]
