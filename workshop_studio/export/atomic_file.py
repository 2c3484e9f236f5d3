"""Write a file whole or not at all: a temporary file in the same folder, then ``os.replace``.

A crash leaves the old file or the new one, never half of one, and no temporary file stays
behind when writing fails.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` in one step (same folder, so the rename is atomic)."""
    target = Path(target)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    # 0o666 minus the umask, like any file the user creates (mkstemp would give 0o600).
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
