"""What differs between the two engines, asked by name of the need, never of the dialect.

SQLite (the default, one file on the facilitator's laptop) and PostgreSQL (a team's server)
run the same models and migrations. The few places where they must behave differently ask
here, so that ``services/`` and everything above never test ``dialect.name`` themselves
(ARCHITECTURE.md, "Two engines, one storage").
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from workshop_studio.storage import postgres


def _connection(where: Session | Connection) -> Connection:
    return where.connection() if isinstance(where, Session) else where


def serialize_writers(where: Session | Connection, name: str) -> None:
    """Make writers of ``name`` (a workshop's notes, the seed…) take turns until commit.

    On SQLite a write transaction already holds the file's only write lock (``BEGIN
    IMMEDIATE``), so there is nothing to do; on PostgreSQL a transaction-scoped advisory lock.
    """
    connection = _connection(where)
    if connection.dialect.name == "postgresql":
        postgres.advisory_lock(connection, name)


def is_server(where: Session | Connection) -> bool:
    """Whether other people may be writing to this database at the same time."""
    return _connection(where).dialect.name != "sqlite"


def after_bulk_copy(where: Session | Connection, tables: list) -> None:
    """Rows were inserted with their ids: PostgreSQL's sequences must move past them (SQLite
    takes the next id from the table itself)."""
    connection = _connection(where)
    if connection.dialect.name == "postgresql":
        postgres.reset_sequences(connection, tables)
