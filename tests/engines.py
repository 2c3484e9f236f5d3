"""Helpers for tests that run on either engine (see ``tests/conftest.py``)."""

from __future__ import annotations

from typing import Any


def snapshot(db_target: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table in primary-key order, read through SQLAlchemy (works on a
    file or a server): "nothing was written" is an equality of two snapshots."""
    from sqlalchemy import select

    from workshop_studio.storage.engine import create_database_engine, database_url
    from workshop_studio.storage.models import Base

    engine = create_database_engine(database_url(db_target))
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key.columns))
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()
