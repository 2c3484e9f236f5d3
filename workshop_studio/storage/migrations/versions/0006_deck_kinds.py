"""Free categories: a deck's own card kinds (a label and a colour), and whether its cards show
their kind's label.

New things only (a table and a column): every card keeps its ``kind`` as it was; a card whose
kind is one of the deck's own names it by the ``deck_kind.key``.

Revision ID: 0006_deck_kinds
Revises: 0005_team_server
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_deck_kinds"
down_revision = "0005_team_server"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deck_kind",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deck_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        # People edit a kind's label and colour: checked and bumped like every such row (0005).
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["deck_id"], ["deck.id"], name=op.f("fk_deck_kind_deck_id_deck"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deck_kind")),
        sa.UniqueConstraint("deck_id", "key", name=op.f("uq_deck_kind_deck_id")),
    )
    with op.batch_alter_table("deck", schema=None) as batch_op:
        batch_op.add_column(sa.Column("show_kind_label", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("deck", schema=None) as batch_op:
        batch_op.drop_column("show_kind_label")
    op.drop_table("deck_kind")
