"""A team's server: a ``version`` on every row people edit (optimistic concurrency: two
consoles never overwrite each other unseen), and the indexes the pooled review filters by
(a workshop's date and its timeline template). Runs on SQLite and PostgreSQL alike.

Revision ID: 0005_team_server
Revises: 0004_preparation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_team_server"
down_revision = "0004_preparation"
branch_labels = None
depends_on = None

VERSIONED = ("pictogram", "deck", "card", "scenario", "timeline", "stage", "matrix", "workshop", "workshop_stage",
             "participant", "agenda_step", "annotation", "note_group", "stage_synthesis")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_workshop_timeline_id"), ["timeline_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_timeline_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_date"))
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
