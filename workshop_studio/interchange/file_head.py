"""The first guard of every file a facilitator brings: it can be read, and it is not too large.
Each reader then looks at the first bytes for what it must refuse (a workbook saved as CSV,
an old .xls, UTF-16…)."""

from __future__ import annotations

from pathlib import Path

from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused


def read_head(path: Path, count: int, max_bytes: int) -> bytes:
    """The first ``count`` bytes of ``path``; refused in one line when it cannot be read or is
    larger than ``max_bytes``."""
    try:
        size = path.stat().st_size
        with path.open("rb") as raw:
            head = raw.read(count)
    except OSError as error:
        raise ImportRefused(path, error.strerror or str(error)) from None
    if size > max_bytes:
        raise ImportRefused(
            path, translate("FileIntake", "the file is larger than {size} MB.").format(size=max_bytes // (1024 * 1024))
        )
    return head
