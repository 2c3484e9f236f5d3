"""The recruiter-profiles-versus-advisor-postures matrix."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.storage.models import Card, Matrix, MatrixAxisCard


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


def find_matrix(session: Session, name: str) -> Matrix | None:
    return session.scalars(select(Matrix).where(Matrix.name == name).order_by(Matrix.id)).first()
