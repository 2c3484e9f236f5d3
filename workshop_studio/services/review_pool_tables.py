"""A pool's counts as the review's count tables (``review_counts.CountTable``), which the
console shows as heat-tinted tables and a report could print: kinds × roles, and agencies ×
kinds (or roles). Pure: they lay out what ``review_pool.pooled_review`` counted.

Columns and rows follow the vocabulary's order, zeros included, so two pools line up; a kind
or role the vocabulary does not know (an older file's) is kept, after the known ones; "No role"
appears only when a note has none. Every agency of the pool is a row, even one with no notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from workshop_studio.i18n import translate
from workshop_studio.services.review_anonymise import role_label
from workshop_studio.services.review_counts import Axis, CountTable, Dimension, kind_axes, role_axes
from workshop_studio.services.review_pool import Pool, PoolCount


def place_label(place: str) -> str:
    """An agency as the review names it (a workshop may have no place)."""
    return place if place.strip() else translate("ReviewPool", "No agency given")


def _axes(known: tuple[Axis, ...], present: Iterable[str]) -> tuple[Axis, ...]:
    keys = {axis.key for axis in known}
    extra = sorted({value for value in present if value not in keys})
    return known + tuple(Axis(value, value) for value in extra)


def _kinds(pool: Pool) -> tuple[Axis, ...]:
    return _axes(kind_axes(), (cell.kind for cell in pool.counts))


def _roles(pool: Pool) -> tuple[Axis, ...]:
    known = role_axes()  # without "No role", added last when a note has none
    roles = {cell.role for cell in pool.counts}
    axes = _axes(known, (role for role in roles if role))
    return axes + ((Axis("", role_label("")),) if "" in roles else ())


def _table(
    pool: Pool,
    rows: tuple[Axis, ...],
    columns: tuple[Axis, ...],
    row_of: Callable[[PoolCount], str],
    column_of: Callable[[PoolCount], str],
) -> CountTable:
    row_index = {axis.key: i for i, axis in enumerate(rows)}
    column_index = {axis.key: i for i, axis in enumerate(columns)}
    grid = [[0] * len(columns) for _ in rows]
    for cell in pool.counts:
        grid[row_index[row_of(cell)]][column_index[column_of(cell)]] += cell.count
    return CountTable(rows, columns, tuple(tuple(row) for row in grid))


def kind_role_table(pool: Pool) -> CountTable:
    """Kinds down, roles across: every note of the pool counted once."""
    return _table(pool, _kinds(pool), _roles(pool), lambda cell: cell.kind, lambda cell: cell.role)


def place_table(pool: Pool, dimension: Dimension) -> CountTable:
    """Agencies down (those of the pool's workshops), kinds or roles across."""
    places = sorted({w.place for w in pool.workshops} | {cell.place for cell in pool.counts})
    rows = tuple(Axis(place, place_label(place)) for place in places)
    if dimension == "kind":
        return _table(pool, rows, _kinds(pool), lambda cell: cell.place, lambda cell: cell.kind)
    return _table(pool, rows, _roles(pool), lambda cell: cell.place, lambda cell: cell.role)
