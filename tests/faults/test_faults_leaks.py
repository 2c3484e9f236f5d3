"""A process killed (``kill -9``) while writing an export leaves its hidden temporary file
beside the destination; the next write to that destination removes it, and never the file of
a writer still at work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from workshop_studio.atomic import atomic_write, remove_stale_parts, write_atomically

_WRITER = """
import sys, time
from workshop_studio.atomic import atomic_write
with atomic_write(sys.argv[1]) as handle:
    handle.write(b"half of a PDF" * 1000)
    handle.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def _parts(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.part"))


def test_a_killed_writers_temporary_file_is_cleaned_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "jeu.pdf"
    target.write_bytes(b"the previous export")
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(target)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    left = _parts(tmp_path)
    assert len(left) == 1 and left[0].name.startswith(".jeu.pdf.") and left[0].stat().st_size > 0
    assert target.read_bytes() == b"the previous export"  # the kill left the old file whole

    write_atomically(target, b"the next export")
    assert target.read_bytes() == b"the next export"
    assert _parts(tmp_path) == []


def test_a_live_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    with atomic_write(target) as handle:
        handle.write(b"slow")
        (mine,) = _parts(tmp_path)
        assert remove_stale_parts(target) == []
        write_atomically(target, b"quick")  # another export of the same file, meanwhile
        assert mine.exists() and target.read_bytes() == b"quick"
    assert target.read_bytes() == b"slow"  # the last to finish wins, whole
    assert _parts(tmp_path) == []


def test_only_our_own_temporary_files_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "notes.csv"
    others = [
        tmp_path / ".notes.csv.part",
        tmp_path / ".autre.csv.abcdefgh.part",
        tmp_path / "notes.csv.part",
        tmp_path / ".notes.csv.abc.part",
    ]
    for other in others:
        other.write_bytes(b"not ours")
    write_atomically(target, b"a;b\r\n")
    assert all(other.exists() for other in others)
