"""Deck and pictogram file tests: a database dump, to prove a refused file wrote nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Base

Dump = dict[str, list[tuple[Any, ...]]]


def dump_database(db: Database) -> Dump:
    """Every row of every table, in primary-key order."""
    tables: Dump = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in connection.execute(query)]
    return tables


@pytest.fixture
def dump() -> Callable[[Database], Dump]:
    return dump_database
