"""Views that re-read data only when someone can see them.

During a workshop notes arrive every few seconds; a page nobody is looking at should not
re-read the database each time, only once when it is shown again.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ReloadWhenShown(QWidget):
    """Call :meth:`request_reload` on changes; :meth:`reload` runs now if visible, else when shown."""

    _stale = False

    def request_reload(self) -> None:
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
