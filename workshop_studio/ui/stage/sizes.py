"""Type sizes and spacing of the shared screen, as arithmetic on the window's size (no Qt here).

PRINT.md, "the shared screen": body text at least 4.5 % of the window height, labels and
notes 3.3 %, never below 2.6 %, titles about 6.7 %. Sizes are logical pixels, rounded *up*
so that a rounded size never falls under its share; Qt scales logical pixels for high DPI.

Text starts at its preferred size and shrinks, one pixel at a time, down to its minimum;
past that the slide pages (``layout/flow.py``) rather than cutting anything.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TITLE_SHARE = 0.067
BODY_SHARE = 0.045
LABEL_SHARE = 0.033
FLOOR_SHARE = 0.026  # nothing on the stage is smaller
BODY_PREFERRED_SHARE = 0.052  # short texts are drawn a little larger than the minimum
TITLE_DISPLAY_SHARE = 0.095  # the welcome slide's title
MARGIN_SHARE = 0.045  # of the height, on every side: projectors often crop the edges
GAP_SHARE = 0.022
LEADING = 1.2  # line height as a multiple of the size (the card layout uses the same)


def share(height: float, fraction: float) -> int:
    """``fraction`` of ``height`` in whole pixels, never below it.

    The small epsilon keeps float noise (0.045 * 1000 = 45.000000000000004) from adding a pixel.
    """
    return max(1, math.ceil(height * fraction - 1e-6))


@dataclass(frozen=True)
class StageSizes:
    """Every size of a slide, in logical pixels, for a window of ``width`` × ``height``."""

    width: int
    height: int
    display: int  # the welcome slide's title
    title: int
    body_preferred: int
    body: int  # the minimum for running text
    label: int
    floor: int
    margin: int
    gap: int

    @property
    def content_width(self) -> int:
        return self.width - 2 * self.margin

    @property
    def content_height(self) -> int:
        return self.height - 2 * self.margin

    def line(self, size: int) -> float:
        """The height of one line of text at ``size`` px."""
        return size * LEADING

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in ("display", "title", "body_preferred", "body", "label", "floor")}


def stage_sizes(width: int, height: int) -> StageSizes:
    """The sizes for a window; each follows the height, so any resolution keeps the proportions."""
    width, height = max(int(width), 1), max(int(height), 1)
    return StageSizes(
        width=width,
        height=height,
        display=share(height, TITLE_DISPLAY_SHARE),
        title=share(height, TITLE_SHARE),
        body_preferred=share(height, BODY_PREFERRED_SHARE),
        body=share(height, BODY_SHARE),
        label=share(height, LABEL_SHARE),
        floor=share(height, FLOOR_SHARE),
        margin=share(min(height, width * 9 / 16), MARGIN_SHARE),
        gap=share(height, GAP_SHARE),
    )
