"""print confirm: a label is pending, sent, printed or uncertain, with the printer's count when sent

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('print_job_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state', sa.String(length=12), server_default='pending', nullable=False))
        batch_op.add_column(sa.Column('sent_at', db.models.UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('odometer', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_print_job_items_parcel_id'), ['parcel_id'], unique=False)
    # labels printed before this revision were counted when the transport took them
    op.execute("UPDATE print_job_items SET state = 'printed' WHERE printed_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('print_job_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_job_items_parcel_id'))
        batch_op.drop_column('odometer')
        batch_op.drop_column('sent_at')
        batch_op.drop_column('state')
