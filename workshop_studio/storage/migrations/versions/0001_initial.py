"""Initial schema: the whole domain (pictograms, decks, cards, scenarios, timelines, workshops, notes).

Revision ID: 0001_initial
Revises: 
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deck',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('card_size', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deck'))
    )
    op.create_table('matrix',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('row_kind', sa.String(length=40), nullable=False),
    sa.Column('column_kind', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matrix'))
    )
    op.create_table('pictogram',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('label_fr', sa.String(length=120), nullable=False),
    sa.Column('label_en', sa.String(length=120), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pictogram')),
    sa.UniqueConstraint('key', name=op.f('uq_pictogram_key'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('timeline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timeline'))
    )
    op.create_table('card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deck_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('pictogram_id', sa.Integer(), nullable=True),
    sa.Column('colour', sa.String(length=20), nullable=True),
    sa.Column('back', sa.Text(), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.CheckConstraint('copies >= 0', name=op.f('ck_card_copies_not_negative')),
    sa.ForeignKeyConstraint(['deck_id'], ['deck.id'], name=op.f('fk_card_deck_id_deck'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pictogram_id'], ['pictogram.id'], name=op.f('fk_card_pictogram_id_pictogram'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card'))
    )
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.create_index('ix_card_deck_position', ['deck_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_pictogram_id'), ['pictogram_id'], unique=False)

    op.create_table('scenario',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('trade', sa.Text(), nullable=False),
    sa.Column('company_size', sa.String(length=120), nullable=False),
    sa.Column('family_business', sa.Boolean(), nullable=False),
    sa.Column('agency_history', sa.Text(), nullable=False),
    sa.Column('story', sa.Text(), nullable=False),
    sa.Column('questions', sa.JSON(), nullable=False),
    sa.Column('pictogram_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['pictogram_id'], ['pictogram.id'], name=op.f('fk_scenario_pictogram_id_pictogram'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scenario'))
    )
    op.create_table('stage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('timeline_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('pictogram_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['pictogram_id'], ['pictogram.id'], name=op.f('fk_stage_pictogram_id_pictogram'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['timeline_id'], ['timeline.id'], name=op.f('fk_stage_timeline_id_timeline'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage'))
    )
    with op.batch_alter_table('stage', schema=None) as batch_op:
        batch_op.create_index('ix_stage_timeline_position', ['timeline_id', 'position'], unique=False)

    op.create_table('workshop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('facilitator', sa.Text(), nullable=False),
    sa.Column('timeline_id', sa.Integer(), nullable=True),
    sa.Column('deck_id', sa.Integer(), nullable=True),
    sa.Column('matrix_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['deck_id'], ['deck.id'], name=op.f('fk_workshop_deck_id_deck'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['matrix_id'], ['matrix.id'], name=op.f('fk_workshop_matrix_id_matrix'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['timeline_id'], ['timeline.id'], name=op.f('fk_workshop_timeline_id_timeline'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop'))
    )
    op.create_table('agenda_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=True),
    sa.Column('scenario_id', sa.Integer(), nullable=True),
    sa.Column('card_ids', sa.JSON(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_agenda_step_card_id_card'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenario.id'], name=op.f('fk_agenda_step_scenario_id_scenario'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_agenda_step_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_step'))
    )
    with op.batch_alter_table('agenda_step', schema=None) as batch_op:
        batch_op.create_index('ix_agenda_step_workshop_position', ['workshop_id', 'position'], unique=False)

    op.create_table('matrix_axis_card',
    sa.Column('matrix_id', sa.Integer(), nullable=False),
    sa.Column('axis', sa.String(length=10), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint("axis IN ('row', 'column')", name=op.f('ck_matrix_axis_card_axis_is_row_or_column')),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_matrix_axis_card_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['matrix_id'], ['matrix.id'], name=op.f('fk_matrix_axis_card_matrix_id_matrix'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('matrix_id', 'axis', 'card_id', name=op.f('pk_matrix_axis_card'))
    )
    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_participant_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('scenario_card',
    sa.Column('scenario_id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_scenario_card_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenario.id'], name=op.f('fk_scenario_card_scenario_id_scenario'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('scenario_id', 'card_id', name=op.f('pk_scenario_card'))
    )
    op.create_table('scenario_stage',
    sa.Column('scenario_id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenario.id'], name=op.f('fk_scenario_stage_scenario_id_scenario'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stage_id'], ['stage.id'], name=op.f('fk_scenario_stage_stage_id_stage'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('scenario_id', 'stage_id', name=op.f('pk_scenario_stage'))
    )
    op.create_table('workshop_stage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('source_stage_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('pictogram_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['pictogram_id'], ['pictogram.id'], name=op.f('fk_workshop_stage_pictogram_id_pictogram'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['source_stage_id'], ['stage.id'], name=op.f('fk_workshop_stage_source_stage_id_stage'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_workshop_stage_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_stage'))
    )
    with op.batch_alter_table('workshop_stage', schema=None) as batch_op:
        batch_op.create_index('ix_workshop_stage_workshop_position', ['workshop_id', 'position'], unique=False)

    op.create_table('annotation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('target_kind', sa.String(length=20), nullable=False),
    sa.Column('workshop_stage_id', sa.Integer(), nullable=True),
    sa.Column('card_id', sa.Integer(), nullable=True),
    sa.Column('scenario_id', sa.Integer(), nullable=True),
    sa.Column('matrix_row_card_id', sa.Integer(), nullable=True),
    sa.Column('matrix_column_card_id', sa.Integer(), nullable=True),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('votes >= 0', name=op.f('ck_annotation_votes_not_negative')),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_annotation_card_id_card'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['matrix_column_card_id'], ['card.id'], name=op.f('fk_annotation_matrix_column_card_id_card'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['matrix_row_card_id'], ['card.id'], name=op.f('fk_annotation_matrix_row_card_id_card'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_annotation_participant_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenario.id'], name=op.f('fk_annotation_scenario_id_scenario'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_annotation_workshop_id_workshop'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_stage_id'], ['workshop_stage.id'], name=op.f('fk_annotation_workshop_stage_id_workshop_stage'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annotation')),
    sa.UniqueConstraint('uid', name=op.f('uq_annotation_uid'))
    )
    with op.batch_alter_table('annotation', schema=None) as batch_op:
        batch_op.create_index('ix_annotation_stage', ['workshop_stage_id'], unique=False)
        batch_op.create_index('ix_annotation_workshop_target', ['workshop_id', 'target_kind'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('annotation', schema=None) as batch_op:
        batch_op.drop_index('ix_annotation_workshop_target')
        batch_op.drop_index('ix_annotation_stage')

    op.drop_table('annotation')
    with op.batch_alter_table('workshop_stage', schema=None) as batch_op:
        batch_op.drop_index('ix_workshop_stage_workshop_position')

    op.drop_table('workshop_stage')
    op.drop_table('scenario_stage')
    op.drop_table('scenario_card')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_workshop_id'))

    op.drop_table('participant')
    op.drop_table('matrix_axis_card')
    with op.batch_alter_table('agenda_step', schema=None) as batch_op:
        batch_op.drop_index('ix_agenda_step_workshop_position')

    op.drop_table('agenda_step')
    op.drop_table('workshop')
    with op.batch_alter_table('stage', schema=None) as batch_op:
        batch_op.drop_index('ix_stage_timeline_position')

    op.drop_table('stage')
    op.drop_table('scenario')
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_pictogram_id'))
        batch_op.drop_index('ix_card_deck_position')

    op.drop_table('card')
    op.drop_table('timeline')
    op.drop_table('setting')
    op.drop_table('pictogram')
    op.drop_table('matrix')
    op.drop_table('deck')
