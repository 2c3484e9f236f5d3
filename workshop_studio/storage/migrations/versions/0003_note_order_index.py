"""Notes of a stage in their order, by index: the next note's place is found without a scan.

Revision ID: 0003_note_order
Revises: 0002_review
"""

from __future__ import annotations

from alembic import op

revision = "0003_note_order"
down_revision = "0002_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.drop_index("ix_annotation_stage")
        batch_op.create_index("ix_annotation_stage_order", ["workshop_stage_id", "target_kind", "position"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.drop_index("ix_annotation_stage_order")
        batch_op.create_index("ix_annotation_stage", ["workshop_stage_id"], unique=False)
