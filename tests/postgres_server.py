"""A real PostgreSQL server for the tests, started by the tests themselves.

It runs Debian's ``postgresql`` binaries (``.ci/run`` installs them where missing) in a
temporary folder, on a free port, listening on loopback only, with ``fsync`` off (a test
server need not survive a power cut). ``initdb`` and ``postgres`` refuse to run as root: when
the tests run as root, the server runs as the ``postgres`` system user (or ``nobody``).

No binaries, no server: the PostgreSQL half of the suite is skipped, unless
``WORKSHOP_STUDIO_TEST_POSTGRES=required`` (what ``.ci/run`` sets) makes that a failure.

Each test gets its own database, cloned from a template (``CREATE DATABASE … TEMPLATE``):
a migrated and seeded one for ``db``, a migrated empty one for ``empty_db``.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

REQUIRED_ENV = "WORKSHOP_STUDIO_TEST_POSTGRES"
SUPERUSER = "workshop"


def find_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``postgres`` (PATH first, then Debian's layout)."""
    candidates = []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(os.path.realpath(on_path)).parent)
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "postgres").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_as() -> str | None:
    """The unprivileged user the server runs as when we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root, and no unprivileged user to run PostgreSQL as")


class PostgresServer:
    """One throwaway cluster. ``url(name)`` is a SQLAlchemy URL to database ``name`` on it."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.user = _run_as()
        self.folder = Path(tempfile.mkdtemp(prefix="workshop-studio-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)

    # Life ---------------------------------------------------------------------------------
    def _popen_kwargs(self) -> dict[str, object]:
        if self.user is None:
            return {}
        return {"user": self.user, "group": pwd.getpwnam(self.user).pw_gid, "extra_groups": []}

    def start(self) -> PostgresServer:
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        subprocess.run(
            [
                str(self.binaries / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            env=env,
            cwd=self.folder,
            **self._popen_kwargs(),
        )
        return self.run()

    def run(self) -> PostgresServer:
        """Start (or start again, after :meth:`halt`) the server on its folder and port."""
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        log = open(self.folder / "server.log", "ab")  # noqa: SIM115 - the child keeps its own copy
        self.process = subprocess.Popen(
            [
                str(self.binaries / "postgres"),
                "-D",
                str(self.data),
                "-p",
                str(self.port),
                "-k",
                str(self.folder),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=200",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=self.folder,
            **self._popen_kwargs(),
        )
        log.close()
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 30.0) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"PostgreSQL exited: {(self.folder / 'server.log').read_text(errors='replace')}")
            try:
                psycopg.connect(self.dsn("postgres"), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.folder, ignore_errors=True)

    def halt(self) -> None:
        """Stop the server, keeping its data (a lost server, in tests)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # "fast" shutdown (SIGTERM would wait for clients)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # Databases ----------------------------------------------------------------------------
    def dsn(self, database: str, user: str = SUPERUSER) -> str:
        return f"host=127.0.0.1 port={self.port} dbname={database} user={user}"

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run statements outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    def create_database(self, prefix: str = "test", template: str = "template0") -> str:
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
