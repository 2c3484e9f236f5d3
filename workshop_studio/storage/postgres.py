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
from sqlalchemy.exc import DBAPIError, OperationalError

from workshop_studio.storage.errors import DatabaseError

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


# --- What a server's refusals mean for the user ------------------------------------------------
_CONNECTION_STATES = ("08", "57P01", "57P02", "57P03")  # connection exceptions; shutdown; starting up
_PRIVILEGE_STATES = ("42501",)  # insufficient_privilege
_READ_ONLY_STATES = ("25006",)  # read_only_sql_transaction (a standby, or default_transaction_read_only)


def server_error(exc: DBAPIError, url: URL) -> DatabaseError | None:
    """The user's one-line reading of a server error, or ``None`` when it is not one of ours."""
    from workshop_studio.i18n import translate
    from workshop_studio.storage.errors import ConnectionLost, PermissionRefused

    state = getattr(exc.orig, "sqlstate", None) or ""
    host = url.host or "localhost"
    if (
        exc.connection_invalidated
        or state.startswith(_CONNECTION_STATES)
        or (isinstance(exc, OperationalError) and not state)
    ):
        return ConnectionLost(
            translate(
                "Database", "The database server {host} cannot be reached; nothing was lost, and the app retries."
            ).format(host=host)
        )
    if state in _PRIVILEGE_STATES or state in _READ_ONLY_STATES:
        return PermissionRefused(
            translate(
                "Database",
                "Your database role «{role}» may not change this: it can "
                "read only. Ask the server's administrator for write access.",
            ).format(role=url.username or "?")
        )
    return None


def reset_sequences(connection: Connection, tables: list) -> None:
    """After rows were inserted with explicit ids, start each serial id after the highest."""
    for table in tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
            )
        )
