"""Services tests run on a private copy of the seeded sample, twice: once as is, once with
``PRAGMA reverse_unordered_selects=ON`` so that a query missing an ORDER BY shows up
(ARCHITECTURE.md, habit 9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event, select

from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Base

Dump = dict[str, list[tuple[Any, ...]]]


@pytest.fixture(params=["ordered", "reversed"])
def sdb(request: pytest.FixtureRequest, db: Database) -> Database:
    if request.param == "reversed":

        @event.listens_for(db.engine, "connect")
        def _reverse(dbapi_connection, _record) -> None:
            dbapi_connection.execute("PRAGMA reverse_unordered_selects=ON")

        db.engine.dispose()  # pooled connections were opened without it
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA reverse_unordered_selects").scalar() == 1
    return db


def dump_database(db: Database, ignore: tuple[str, ...] = ()) -> Dump:
    """Every row of every table, in primary-key order: "nothing changed" is an equality.

    ``ignore`` names ``table.column``s left out (an ``updated_at`` that an undo rightly moves).
    Row versions are left out too: an undo is a new change, so it rightly bumps them.
    """
    tables: Dump = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if f"{table.name}.{c.name}" not in ignore and c.name != "version"]
            query = select(*columns).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in connection.execute(query)]
    return tables


@pytest.fixture
def dump() -> Callable[..., Dump]:
    return dump_database
