"""The engine, with SQLite set up on purpose (QUALITY.md).

* WAL, so the shared screen keeps reading while a note is written.
* ``synchronous=FULL``: in WAL mode, NORMAL survives a crash of the app but may drop the last
  commits on a power cut; notes arrive a few per minute, so an fsync per commit costs nothing
  anyone notices, and an acknowledged note survives the laptop's battery running out too.
* Foreign keys on for every pooled connection; a busy timeout for a second process (the CLI).
  A command importing 5,000 cards holds the write lock for seconds, and twenty of them may
  queue: a writer waits up to :data:`BUSY_TIMEOUT_MS` at each of :data:`WRITE_ATTEMPTS`
  tries, then fails with one line saying the database is busy.
* We emit BEGIN ourselves: ``BEGIN IMMEDIATE`` for sessions opened by :meth:`Database.write`,
  so a write never starts as a read that fails to upgrade under a second writer.
* A file in a read-only folder (or a read-only file) is opened read-only: reading works
  (``immutable`` when SQLite could not even create its shared-memory file there), and a write
  fails with a line saying the folder is read-only.
* Any SQLite failure inside :meth:`Database.read` or :meth:`Database.write` becomes a
  :class:`DatabaseError` with one line a facilitator can act on (``storage.failures``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from workshop_studio.storage import concurrency
from workshop_studio.storage.errors import ConcurrentChange, DatabaseError
from workshop_studio.storage.failures import failure
from workshop_studio.storage.integrity import read_only_uri

__all__ = ["Database", "DatabaseError", "create_database_engine", "database_url"]

BUSY_TIMEOUT_MS = 20_000
WRITE_ATTEMPTS = 3  # so a writer waits up to a minute behind others before giving up
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
)


def database_url(target: str | os.PathLike[str]) -> URL:
    """A SQLAlchemy URL for a path or a URL (``sqlite:///…``, ``postgresql://…``)."""
    text = os.fspath(target)
    if "://" in text:
        from workshop_studio.storage.postgres import with_driver  # issue 16: the team's server

        return with_driver(make_url(text))
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def _is_busy(error: BaseException) -> bool:
    orig = getattr(error, "orig", error)
    return getattr(orig, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in str(orig)


def _set_up_sqlite(engine: Engine, *, foreign_keys: bool, read_only: bool, busy_timeout_ms: int) -> None:
    pragmas = [p.replace("foreign_keys=ON", f"foreign_keys={'ON' if foreign_keys else 'OFF'}") for p in SQLITE_PRAGMAS]
    if read_only:  # the journal mode is the file's; a read-only connection cannot change it
        pragmas = [p for p in pragmas if "journal_mode" not in p]
    pragmas.append(f"PRAGMA busy_timeout={busy_timeout_ms}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we send BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                connection.exec_driver_sql(f"BEGIN {mode}")
                return
            except DBAPIError as error:  # busy past the timeout: queue again, a few times
                if mode != "IMMEDIATE" or attempt == WRITE_ATTEMPTS or not _is_busy(error):
                    raise


def create_database_engine(
    url: URL, *, foreign_keys: bool = True, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """An engine for ``url``. ``foreign_keys=False`` is for migrations only: SQLite rebuilds a
    table to alter it, and dropping the old copy would otherwise fire ON DELETE CASCADE.
    ``read_only`` opens an SQLite file read-only (see :func:`read_only_uri`)."""
    if url.get_backend_name() == "sqlite":
        timeout = busy_timeout_ms / 1000
        if read_only and url.database and url.database != ":memory:":
            uri = read_only_uri(Path(url.database))
            engine = create_engine(
                url, creator=lambda: sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
            )
        else:
            if url.database and url.database != ":memory:":
                Path(url.database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": timeout})
        _set_up_sqlite(engine, foreign_keys=foreign_keys, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        return engine
    # issue 16: PostgreSQL has its own set-up, in storage/postgres.py.
    from workshop_studio.storage.postgres import create_postgres_engine, is_postgres

    if is_postgres(url):
        return create_postgres_engine(url)
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An open database: an engine and the two ways to get a session.

    The caller owns the session (ARCHITECTURE.md, habit 5): services receive it.
    """

    def __init__(self, engine: Engine, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.engine = engine
        self.url = engine.url
        self.read_only = read_only
        self._busy_seconds = busy_timeout_ms / 1000 * WRITE_ATTEMPTS
        # issue 16: what this console last read of each row, checked before it writes one.
        self.ledger = concurrency.Ledger()
        self._read = sessionmaker(engine, expire_on_commit=False, info=concurrency.session_info(self.ledger, "read"))
        writer = engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        self._write = sessionmaker(writer, expire_on_commit=False, info=concurrency.session_info(self.ledger, "write"))

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._failures():
            with self._read() as session:
                yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction: committed on success, rolled back on error."""
        with self._failures():
            with self._write() as session:
                try:
                    with session.begin():
                        yield session
                except StaleDataError as exc:  # issue 16: a write raced another console's
                    raise ConcurrentChange(concurrency.stale_message()) from exc

    @contextmanager
    def _failures(self) -> Iterator[None]:
        """Failures in one line: SQLite's (busy, read-only, disk full, damaged file) and a
        server's (unreachable, a role without the right) as DatabaseErrors."""
        try:
            yield
        except (DBAPIError, sqlite3.Error) as error:
            if isinstance(error, DBAPIError) and not isinstance(error.orig, sqlite3.Error):
                from workshop_studio.storage.postgres import server_error

                mapped = None if self.is_sqlite else server_error(error, self.url)
                if mapped is None:
                    raise  # another engine's error that is not ours to word
                raise mapped from error
            raise failure(error, self.path, busy_seconds=self._busy_seconds) from error

    def dispose(self) -> None:
        self.engine.dispose()
