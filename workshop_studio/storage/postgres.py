"""PostgreSQL, the team's server: the engine and the few things only it needs.

SQLite's tuning stays in :mod:`workshop_studio.storage.engine`; this module is its twin for a
server. Nothing above ``storage/`` names the dialect: the rest of the app asks
:mod:`workshop_studio.storage.dialects`.

* The driver is psycopg 3; a plain ``postgresql://`` URL is read as ``postgresql+psycopg://``.
* READ COMMITTED (the server's default) with optimistic concurrency on top: every versioned
  row is updated with ``WHERE version = :seen`` (``storage/concurrency.py``), so two consoles
  never silently overwrite each other.
* ``pool_pre_ping`` and a short connect timeout: a console whose server went away learns it
  at the next statement, and the error says so in one line (``storage/errors.py``).
* Writers that must not interleave (migrating, seeding the sample, numbering a workshop's
  notes) take a transaction-scoped advisory lock: it is released with the transaction, even
  when the client dies.
"""

from __future__ import annotations

import zlib

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL

CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "workshop-studio"


def is_postgres(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def with_driver(url: URL) -> URL:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 here (psycopg2 is not a dependency)."""
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    return url


def create_postgres_engine(url: URL) -> Engine:
    query = dict(url.query)
    connect_args: dict[str, object] = {"application_name": APPLICATION_NAME}
    if "connect_timeout" not in query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    return create_engine(with_driver(url), pool_pre_ping=True, connect_args=connect_args)


def lock_key(name: str) -> int:
    """A stable 32-bit key for ``pg_advisory_xact_lock`` (the same in every process)."""
    return zlib.crc32(f"workshop-studio:{name}".encode())


def advisory_lock(connection: Connection, name: str) -> None:
    """Wait for, then hold until the transaction ends, the lock called ``name``."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
