"""Review: groups of notes that say the same thing, and a synthesis per workshop stage.

Revision ID: 0002_review
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_review"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "note_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_note_group_workshop_id_workshop"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_group")),
    )
    with op.batch_alter_table("note_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_group_workshop_id"), ["workshop_id"], unique=False)
    op.create_table(
        "stage_synthesis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_stage_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_stage_id"],
            ["workshop_stage.id"],
            name=op.f("fk_stage_synthesis_workshop_stage_id_workshop_stage"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_synthesis")),
        sa.UniqueConstraint("workshop_stage_id", name=op.f("uq_stage_synthesis_workshop_stage_id")),
    )
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_annotation_group_id"), ["group_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_annotation_group_id_note_group"), "note_group", ["group_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_annotation_group_id_note_group"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_annotation_group_id"))
        batch_op.drop_column("group_id")
    op.drop_table("stage_synthesis")
    with op.batch_alter_table("note_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_group_workshop_id"))
    op.drop_table("note_group")
