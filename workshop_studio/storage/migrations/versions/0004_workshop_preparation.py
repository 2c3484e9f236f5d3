"""Preparing a workshop: its start time, room and time available; the decks and scenarios it
uses (a list each, where there was one deck); participants in an order, with an organisation;
instruction steps with their bullets, pictogram and countdown.

Revision ID: 0004_preparation
Revises: 0003_note_order
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_preparation"
down_revision = "0003_note_order"
branch_labels = None
depends_on = None


def _link_table(name: str, other: str) -> None:
    op.create_table(
        name,
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column(f"{other}_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], name=op.f(f"fk_{name}_workshop_id_workshop"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint([f"{other}_id"], [f"{other}.id"], name=op.f(f"fk_{name}_{other}_id_{other}"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("workshop_id", f"{other}_id", name=op.f(f"pk_{name}")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_{other}_id"), [f"{other}_id"], unique=False)


def upgrade() -> None:
    _link_table("workshop_deck", "deck")
    _link_table("workshop_scenario", "scenario")
    op.execute("INSERT INTO workshop_deck (workshop_id, deck_id, position) "
               "SELECT id, deck_id, 0 FROM workshop WHERE deck_id IS NOT NULL")
    # Scenarios a workshop's agenda shows are the ones it uses.
    op.execute("INSERT INTO workshop_scenario (workshop_id, scenario_id, position) "
               "SELECT workshop_id, scenario_id, MIN(position) FROM agenda_step "
               "WHERE scenario_id IS NOT NULL GROUP BY workshop_id, scenario_id")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("start_time", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("available_minutes", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("room", sa.Text(), nullable=False, server_default=""))
        batch_op.drop_constraint("fk_workshop_deck_id_deck", type_="foreignkey")
        batch_op.drop_column("deck_id")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("organisation", sa.Text(), nullable=False, server_default=""))
    # Participants keep the order they were added in.
    op.execute("UPDATE participant SET position = (SELECT COUNT(*) FROM participant AS p "
               "WHERE p.workshop_id = participant.workshop_id AND p.id < participant.id)")
    with op.batch_alter_table("agenda_step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bullets", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("pictogram_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("countdown_minutes", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_agenda_step_pictogram_id_pictogram"), "pictogram",
                                    ["pictogram_id"], ["id"], ondelete="RESTRICT")


def downgrade() -> None:
    with op.batch_alter_table("agenda_step", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agenda_step_pictogram_id_pictogram"), type_="foreignkey")
        batch_op.drop_column("countdown_minutes")
        batch_op.drop_column("pictogram_id")
        batch_op.drop_column("bullets")
    op.execute("DELETE FROM agenda_step WHERE kind = 'instruction'")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("organisation")
        batch_op.drop_column("position")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deck_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_workshop_deck_id_deck", "deck", ["deck_id"], ["id"], ondelete="SET NULL")
        batch_op.drop_column("room")
        batch_op.drop_column("available_minutes")
        batch_op.drop_column("start_time")
    op.execute("UPDATE workshop SET deck_id = (SELECT deck_id FROM workshop_deck AS d "
               "WHERE d.workshop_id = workshop.id ORDER BY d.position LIMIT 1)")
    op.drop_table("workshop_scenario")
    op.drop_table("workshop_deck")
