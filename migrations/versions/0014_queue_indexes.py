"""queue indexes: what EXPLAIN found reading a whole table on the queue and batch queries

``orders.merged_into_id``: every order's merged children (``refresh_queue``, the order
detail, the waybill batch) were found by scanning the orders table.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_merged_into_id', ['merged_into_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_merged_into_id')
