"""The join address as a QR code (segno): a grid of dark modules any painter can draw.

Error correction "M" with a 4-module quiet zone reads well off a projector; the stage draws
the grid as squares, so it stays sharp at any screen size.
"""

from __future__ import annotations

import segno

QUIET_ZONE = 4


def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of modules, ``True`` for dark, quiet zone included."""
    code = segno.make_qr(url, error="m", boost_error=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE))
