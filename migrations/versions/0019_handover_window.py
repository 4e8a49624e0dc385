"""handover looks back a week: printed_at and shipped_at are indexed so "missing" reads only the window

Revision ID: 0019
Revises: 0011
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0019'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('parcels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parcels_printed_at'), ['printed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_parcels_shipped_at'), ['shipped_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('parcels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_parcels_shipped_at'))
        batch_op.drop_index(batch_op.f('ix_parcels_printed_at'))
