"""Every archive the app writes can be read back: it is read back before it is written.

The import's limits (``workshop_archive_format``) bound what it holds in memory; an export
that passed them silently (a workshop of 44,000 notes made a 35 MB ``workshop.json``, above
the import's limit then) would give the facilitator an archive nobody can open. So the
writer hands its bytes to the very reader ``import-workshop`` uses, and refuses, writing
nothing, with the reader's reason, naming the field (``notes[4].text``) or the limit.
"""

from __future__ import annotations

from pathlib import Path

from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.services.errors import Refused


def check_reads_back(data: bytes, path: Path) -> None:
    """Raise :class:`Refused` if ``data`` (an archive about to be written at ``path``) would be
    refused on import."""
    from workshop_studio.interchange.workshop_archive_read import read_workshop_archive

    try:
        read_workshop_archive(path, data)
    except ImportRefused as refused:
        raise Refused(
            translate(
                "WorkshopArchive",
                "{path}: this workshop's archive could not be read back, so it was not written: {reason}",
            ).format(path=path, reason=refused.reason)
        ) from None
