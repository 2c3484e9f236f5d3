"""Review tests run on a private copy of the seeded sample (1 workshop, 10 participants in
every role, 10 stages, 40 notes). Database fixtures come twice: as is, and with
``PRAGMA reverse_unordered_selects=ON`` so a query missing an ORDER BY shows up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Workshop


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets an empty pictogram cache (on disk and in memory)."""
    from workshop_studio.export import pictogram_art

    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setattr(pictogram_art, "_memory", {})
    yield cache


@pytest.fixture(params=["ordered", "reversed"])
def rdb(request: pytest.FixtureRequest, db: Database) -> Database:
    if request.param == "reversed":

        @event.listens_for(db.engine, "connect")
        def _reverse(dbapi_connection, _record) -> None:
            dbapi_connection.execute("PRAGMA reverse_unordered_selects=ON")

        db.engine.dispose()
    return db


@pytest.fixture
def workshop_id(db: Database) -> int:
    with db.read() as session:
        return session.scalars(select(Workshop.id)).one()
