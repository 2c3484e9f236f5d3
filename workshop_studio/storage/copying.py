"""Copy a whole database to another one, SQLite file ↔ PostgreSQL server, all or nothing.

Every table of the schema (library, workshops, notes, pictograms, settings) is read from the
source in primary-key order and written to the target with the same ids, in dependency order,
in one write transaction on the target; the row counts are compared table by table before it
commits. A refused copy leaves the target exactly as it was. Both sides are first brought to
the code's schema (``storage/migrate.py``); the target must hold no data yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.exc import SQLAlchemyError

from workshop_studio.i18n import translate
from workshop_studio.storage.dialects import after_bulk_copy
from workshop_studio.storage.errors import DatabaseError
from workshop_studio.storage.migrate import open_database, sqlite_path
from workshop_studio.storage.models import Base

BATCH = 1000


@dataclass(frozen=True)
class CopyReport:
    """Rows copied, per table, in the order they were written."""

    counts: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _rows(connection: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    result = connection.execute(select(table).order_by(*table.primary_key.columns)).mappings()
    while batch := result.fetchmany(BATCH):
        yield [dict(row) for row in batch]


def copy_database(source: str, target: str) -> CopyReport:
    """Copy everything in ``source`` into the empty database ``target`` (paths or URLs)."""
    source_path = sqlite_path(source)
    if source_path is not None and not source_path.is_file():  # opening would create it, empty
        raise DatabaseError(
            translate("Copy", "{source}: no such database file; nothing was copied.").format(source=source_path)
        )
    source_db = open_database(source)
    try:
        target_db = open_database(target)
        try:
            with source_db.engine.connect() as reading, target_db.write() as session:
                writing = session.connection()
                _refuse_unless_empty(writing, target)
                writing.execute(Base.metadata.tables["setting"].delete())
                counts = []
                for table in _tables():
                    expected = _count(reading, table)
                    for batch in _rows(reading, table):
                        writing.execute(table.insert(), batch)
                    copied = _count(writing, table)
                    if copied != expected:
                        raise DatabaseError(
                            translate(
                                "Copy", "{table}: {copied} rows arrived of {expected}; nothing was copied."
                            ).format(table=table.name, copied=copied, expected=expected)
                        )
                    counts.append((table.name, copied))
                after_bulk_copy(writing, _tables())
            return CopyReport(tuple(counts))
        except SQLAlchemyError as exc:  # the target refused a row: the transaction is rolled back
            message = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            raise DatabaseError(
                translate("Copy", "{target}: {reason}; nothing was copied.").format(
                    target=_shown(target), reason=message[0] if message else type(exc).__name__
                )
            ) from exc
        finally:
            target_db.dispose()
    finally:
        source_db.dispose()


def _refuse_unless_empty(connection: Connection, target: str) -> None:
    """Refuse a target with content. Its settings alone (a database opened once, e.g. with
    ``--no-sample``) are not content: they give way to the source's."""
    busy = [table.name for table in _tables() if table.name != "setting" and _count(connection, table)]
    if busy:
        raise DatabaseError(
            translate("Copy", "{target} already holds data ({tables}); copy into a new, empty database.").format(
                target=_shown(target), tables=", ".join(busy[:4]) + ("…" if len(busy) > 4 else "")
            )
        )


def _shown(target: str) -> str:
    from workshop_studio.storage.engine import database_url

    return database_url(target).render_as_string(hide_password=True) if "://" in target else target
