"""One PDF at a time through reportlab, which keeps process-wide state (its settings and its
font registry): the print preview, a deck export and a report export may run on different
threads of the console, and must not change that state under each other."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.RLock()


@contextmanager
def pdf_session() -> Iterator[None]:
    """Hold reportlab for one document, with compressed streams without the ASCII85 layer
    (a quarter smaller, and faster)."""
    from reportlab import rl_config

    with _LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved
