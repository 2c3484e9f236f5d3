"""Colours of the shared screen (no Qt here): dark ink on a calm light ground, at least 7:1.

A projector and room light wash contrast out (7:1 becomes about 4.5:1, PRINT.md), so the
tests check every text a slide draws against the fill it is drawn on
(``tests/unit/test_stage_sizes.py``).
"""

from __future__ import annotations

from workshop_studio.domain.colours import PALETTE

GROUND = "#F6F4EF"  # a warm off-white: less glare than pure white on a big screen
INK_SOFT = "#333333"  # secondary words (page numbers, kind labels) - still over 10:1
PANEL = "#FFFFFF"  # panels behind text (matrix cells, stage columns)
RULE = "#6B6B6B"  # lines and frames (not text)
ACCENT = PALETTE["blue"].accent  # timeline arrow and the matrix's frame
HEADER_FILL = PALETTE["blue"].fill  # matrix column headers (dark text on it)
ROW_FILL = PALETTE["orange"].fill  # matrix row headers
LANE = "#E9E6DF"  # every other role lane of the timeline by role
BLACK = "#000000"
