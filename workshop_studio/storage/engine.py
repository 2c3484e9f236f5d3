"""The engine, with SQLite set up on purpose (QUALITY.md).

* WAL, so the shared screen keeps reading while a note is written.
* ``synchronous=FULL``: in WAL mode, NORMAL survives a crash of the app but may drop the last
  commits on a power cut; notes arrive a few per minute, so an fsync per commit costs nothing
  anyone notices, and an acknowledged note survives the laptop's battery running out too.
* Foreign keys on for every pooled connection; a busy timeout for a second process (the CLI).
* We emit BEGIN ourselves: ``BEGIN IMMEDIATE`` for sessions opened by :meth:`Database.write`,
  so a write never starts as a read that fails to upgrade under a second writer.
"""

from __future__ import annotations

import os
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

__all__ = ["Database", "DatabaseError", "create_database_engine", "database_url"]

BUSY_TIMEOUT_MS = 5000
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def database_url(target: str | os.PathLike[str]) -> URL:
    """A SQLAlchemy URL for a path or a URL (``sqlite:///…``, ``postgresql://…``)."""
    text = os.fspath(target)
    if "://" in text:
        from workshop_studio.storage.postgres import with_driver  # issue 16: the team's server

        return with_driver(make_url(text))
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def _set_up_sqlite(engine: Engine, *, foreign_keys: bool) -> None:
    pragmas = SQLITE_PRAGMAS if foreign_keys else tuple(
        p.replace("foreign_keys=ON", "foreign_keys=OFF") for p in SQLITE_PRAGMAS
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # we send BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def create_database_engine(url: URL, *, foreign_keys: bool = True) -> Engine:
    """An engine for ``url``. ``foreign_keys=False`` is for migrations only: SQLite rebuilds a
    table to alter it, and dropping the old copy would otherwise fire ON DELETE CASCADE."""
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _set_up_sqlite(engine, foreign_keys=foreign_keys)
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

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url
        # issue 16: what this console last read of each row, checked before it writes one.
        self.ledger = concurrency.Ledger()
        self._read = sessionmaker(engine, expire_on_commit=False, info=concurrency.session_info(self.ledger, "read"))
        writer = engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        self._write = sessionmaker(writer, expire_on_commit=False,
                                   info=concurrency.session_info(self.ledger, "write"))

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
        with self._read() as session, self._server_errors():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction: committed on success, rolled back on error."""
        with self._write() as session, self._server_errors():
            try:
                with session.begin():
                    yield session
            except StaleDataError as exc:  # issue 16: a write raced another console's
                raise ConcurrentChange(concurrency.stale_message()) from exc

    @contextmanager
    def _server_errors(self) -> Iterator[None]:
        """issue 16: a lost server or a role without the right says so in one line."""
        try:
            yield
        except DBAPIError as exc:
            from workshop_studio.storage.postgres import server_error

            mapped = None if self.is_sqlite else server_error(exc, self.url)
            if mapped is None:
                raise
            raise mapped from exc

    def dispose(self) -> None:
        self.engine.dispose()
