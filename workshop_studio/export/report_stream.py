"""Report pages handed on as they are made, so a report of 20,000 notes never holds its
2,800 pages of drawing operations at once.

:class:`PageSink` stands where the layout (``report_flow.Flow``, the poster) appends pages:
it keeps only the page being filled, and gives each finished one to ``emit``. The report is
laid out twice: once to count its pages (``emit`` drops them), once to draw each as it is
finished (``emit`` paints it, its "page n / total" known). Laying out is a small part of the
time; keeping every page's operations was most of the memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from workshop_studio.export.report_ops import Page


class PageSink:
    """A list of pages as the layout sees it (``append``, ``extend``, ``[-1]``, ``len``)."""

    def __init__(self, emit: Callable[[Page], None]) -> None:
        self._emit = emit
        self._current: Page | None = None
        self._count = 0

    def append(self, page: Page) -> None:
        if self._current is not None:
            self._emit(self._current)
        self._current = page
        self._count += 1

    def extend(self, pages: Iterable[Page]) -> None:
        for page in pages:
            self.append(page)

    def __getitem__(self, index: int) -> Page:
        if index != -1 or self._current is None:
            raise IndexError(index)
        return self._current

    def __len__(self) -> int:
        return self._count

    def close(self) -> None:
        """The last page is finished too."""
        if self._current is not None:
            self._emit(self._current)
            self._current = None
