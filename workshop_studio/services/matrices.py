"""The recruiter-profiles-versus-advisor-postures matrix: reading, creating, and the matrix editor's edits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.i18n import translate
from workshop_studio.services import links
from workshop_studio.services.edits import (
    FieldEdit,
    apply_changes,
    check_permutation,
    find_by_id_or_name,
    get_row,
    required_text,
)
from workshop_studio.services.errors import Refused
from workshop_studio.services.snapshots import LinkRef, MatrixSnapshot
from workshop_studio.services.workshop_uses import detach_workshops, reattach_workshops
from workshop_studio.storage.models import Card, Matrix, MatrixAxisCard, Workshop


def create_matrix(
    session: Session,
    name: str,
    rows: Sequence[Card],
    columns: Sequence[Card],
    *,
    row_kind: str = "recruiter_profile",
    column_kind: str = "advisor_posture",
) -> Matrix:
    matrix = Matrix(name=name, row_kind=row_kind, column_kind=column_kind)
    for axis, cards in (("row", rows), ("column", columns)):
        for position, card in enumerate(cards):
            matrix.axis_cards.append(MatrixAxisCard(axis=axis, card=card, position=position))
    session.add(matrix)
    session.flush()
    return matrix


def matrix_axes(session: Session, matrix_id: int) -> tuple[list[Card], list[Card]]:
    """The row cards and the column cards of a matrix, in order."""
    links = session.scalars(
        select(MatrixAxisCard)
        .where(MatrixAxisCard.matrix_id == matrix_id)
        .options(selectinload(MatrixAxisCard.card).selectinload(Card.pictogram))
        .order_by(MatrixAxisCard.axis, MatrixAxisCard.position)
    )
    rows: list[Card] = []
    columns: list[Card] = []
    for link in links:
        (rows if link.axis == "row" else columns).append(link.card)
    return rows, columns


def find_matrix_by_name_or_id(session: Session, name_or_id: str | int) -> Matrix:
    return find_by_id_or_name(
        session, Matrix, Matrix.name, name_or_id, translate("Matrices", "No matrix has the id or name “{name}”.")
    )


def list_matrices(session: Session) -> list[Matrix]:
    return list(session.scalars(select(Matrix).order_by(Matrix.name, Matrix.id)))


def find_matrix(session: Session, name: str) -> Matrix | None:
    return session.scalars(select(Matrix).where(Matrix.name == name).order_by(Matrix.id)).first()


# --- The matrix editor's edits -------------------------------------------------------------
#
# * ``new_matrix``: undo with ``delete_matrix`` (keep the snapshot), redo with ``restore_matrix``;
# * ``rename_matrix``: undo with ``rename_matrix(session, edit.id, **edit.before)``;
# * ``set_matrix_axis`` (choose an axis's kind and cards, or reorder them): undo with
#   ``set_matrix_axis(session, matrix_id, edit.axis, kind=edit.before.kind, card_ids=edit.before.card_ids)``;
# * ``delete_matrix``: undo with ``restore_matrix(snapshot)``.
# Notes pinned to a matrix cell name the two cards, not the matrix: axis edits leave them be.

AXES = ("row", "column")


@dataclass(frozen=True)
class AxisState:
    kind: str
    card_ids: tuple[int, ...]


@dataclass(frozen=True)
class AxisEdit:
    matrix_id: int
    axis: str
    before: AxisState
    after: AxisState


def get_matrix(session: Session, matrix_id: int) -> Matrix:
    return get_row(session, Matrix, matrix_id, translate("Matrices", "matrix"))


def _kind(value: CardKind | str) -> str:
    try:
        return str(value if isinstance(value, CardKind) else CardKind.parse(value))
    except ValueError:
        raise Refused(translate("Matrices", "“{kind}” is not a card kind.").format(kind=value)) from None


def new_matrix(
    session: Session,
    *,
    name: str,
    row_kind: CardKind | str = CardKind.RECRUITER_PROFILE,
    column_kind: CardKind | str = CardKind.ADVISOR_POSTURE,
) -> Matrix:
    """An empty board; choose its cards with :func:`set_matrix_axis`."""
    matrix = Matrix(
        name=required_text(name, translate("Matrices", "matrix name")).strip(),
        row_kind=_kind(row_kind),
        column_kind=_kind(column_kind),
    )
    session.add(matrix)
    session.flush()
    return matrix


def rename_matrix(session: Session, matrix_id: int, *, name: str) -> FieldEdit:
    matrix = get_matrix(session, matrix_id)
    edit = apply_changes(matrix, {"name": required_text(name, translate("Matrices", "matrix name")).strip()})
    session.flush()
    return edit


def axis_state(session: Session, matrix_id: int, axis: str) -> AxisState:
    matrix = get_matrix(session, matrix_id)
    return AxisState(
        getattr(matrix, f"{_axis(axis)}_kind"),
        tuple(link.card_id for link in links.group(matrix, links.MATRIX_AXES, axis)),
    )


def _axis(axis: str) -> str:
    if axis not in AXES:
        raise Refused(translate("Matrices", "A matrix axis is “row” or “column”."))
    return axis


def set_matrix_axis(
    session: Session, matrix_id: int, axis: str, *, kind: CardKind | str, card_ids: Sequence[int]
) -> AxisEdit:
    """One axis shows the cards ``card_ids`` (all of ``kind``), in that order."""
    matrix = get_matrix(session, matrix_id)
    before = axis_state(session, matrix_id, axis)
    kind_value = _kind(kind)
    wanted = list(dict.fromkeys(card_ids))
    for card_id in wanted:
        card = get_row(session, Card, card_id, translate("Matrices", "card"))
        if card.kind != kind_value:
            raise Refused(
                translate("Matrices", "The card “{title}” is not of the kind this axis shows.").format(title=card.title)
            )
    setattr(matrix, f"{axis}_kind", kind_value)
    links.set_items(session, links.MATRIX_AXES, matrix, wanted, axis)
    return AxisEdit(matrix_id, axis, before, AxisState(kind_value, tuple(wanted)))


def reorder_matrix_axis(session: Session, matrix_id: int, axis: str, card_ids: Sequence[int]) -> AxisEdit:
    """The same cards on one axis, in a new order."""
    before = axis_state(session, matrix_id, axis)
    order = check_permutation(before.card_ids, card_ids, translate("Matrices", "axis cards"))
    return set_matrix_axis(session, matrix_id, axis, kind=before.kind, card_ids=order)


def axis_choices(session: Session, kind: CardKind | str, deck_id: int | None = None) -> list[Card]:
    """Cards an axis may show: those of ``kind`` (in one deck, when given), in deck order."""
    query = select(Card).where(Card.kind == _kind(kind))
    if deck_id is not None:
        query = query.where(Card.deck_id == deck_id)
    return list(session.scalars(query.order_by(Card.deck_id, Card.position, Card.id)))


def delete_matrix(session: Session, matrix_id: int) -> MatrixSnapshot:
    matrix = get_matrix(session, matrix_id)
    axis_links = tuple(
        LinkRef(matrix.id, link.card_id, index, axis)
        for axis in AXES
        for index, link in enumerate(links.group(matrix, links.MATRIX_AXES, axis))
    )
    workshops = detach_workshops(session, Workshop.matrix_id, matrix_id)
    snapshot = MatrixSnapshot(matrix.id, matrix.name, matrix.row_kind, matrix.column_kind, axis_links, workshops)
    session.delete(matrix)
    session.flush()
    return snapshot


def restore_matrix(session: Session, snapshot: MatrixSnapshot) -> Matrix:
    free = session.get(Matrix, snapshot.id) is None
    matrix = Matrix(
        id=snapshot.id if free else None,
        name=snapshot.name,
        row_kind=snapshot.row_kind,
        column_kind=snapshot.column_kind,
    )
    session.add(matrix)
    session.flush()
    for axis in AXES:
        refs = sorted((ref for ref in snapshot.axis_links if ref.axis == axis), key=lambda r: r.index)
        cards = [ref.item_id for ref in refs if session.get(Card, ref.item_id) is not None]
        links.set_items(session, links.MATRIX_AXES, matrix, cards, axis)
    reattach_workshops(session, Workshop.matrix_id, snapshot.workshop_ids, matrix.id)
    session.flush()
    return matrix
