"""Helpers for the fault and hostile-input tests: run the command line (in this process, or
as a real process under limits), and tell exactly what changed on disk."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop_studio.cli import main


def cli(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str, str]:
    """``workshop-studio --lang en --db DB ARGS`` in this process: (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = main(["--lang", "en", "--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def process_env(tmp_path: Path) -> dict[str, str]:
    """English messages, and data, config and cache folders of the test's own."""
    return {
        **os.environ,
        "LANG": "C.UTF-8",
        "LANGUAGE": "",
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
    }


def run_cli(
    tmp_path: Path, db_path: Path, *args: str, prefix: tuple[str, ...] = (), preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line as a real process (``prefix`` runs it under another program)."""
    command = [*prefix, sys.executable, "-m", "workshop_studio", "--lang", "en", "--db", str(db_path), *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=process_env(tmp_path), timeout=180, preexec_fn=preexec
    )


def one_line(stderr: str) -> str:
    """The single line a refusal prints (and proof there is only one)."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def dump(db_path: Path) -> str:
    """The database's content through SQLite itself (WAL included)."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones included) with a digest of its bytes."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            state[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


def corrupt_table(db_path: Path, table: str) -> None:
    """Overwrite the header of ``table``'s root page: an interior page, the file still opens."""
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        connection.close()
    with db_path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d\xff\xff\xff" * 8)


def file_size_limit(limit: int) -> Callable[[], None]:
    """For ``preexec``: the process may not write past ``limit`` bytes of any file, as on a
    full disk (``SIGXFSZ`` ignored, so the write fails instead of killing the process)."""

    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def read_only_prefix(folder: Path) -> tuple[str, ...]:
    """A prefix running a command with ``folder`` read-only, or skip when this system cannot.

    Not root: the folder is made read-only (the caller restores it). Root writes anywhere, so
    the folder is bind-mounted read-only in a private mount namespace (``unshare``).
    """
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return ()
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("root, and no unshare to make a read-only folder")
    script = f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && exec "$@"'
    probe = subprocess.run([unshare, "-m", "sh", "-c", script, "sh", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("root, and no mount namespace to make a read-only folder")
    return (unshare, "-m", "sh", "-c", script, "sh")
