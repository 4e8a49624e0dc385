"""carriers: carrier workflow: pools, method rules, refunds

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('tracking_pools',
    sa.Column('id', _ID, nullable=False),
    sa.Column('carrier_account_id', _ID, nullable=False),
    sa.Column('service_code', sa.String(length=32), server_default='', nullable=False),
    sa.Column('prefix', sa.String(length=2), nullable=False),
    sa.Column('suffix', sa.String(length=2), nullable=False),
    sa.Column('first_serial', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.Column('next_serial', sa.Integer(), nullable=False),
    sa.Column('low_warning', sa.Integer(), server_default='50', nullable=False),
    sa.Column('created_at', db.models.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['carrier_account_id'], ['carrier_accounts.id'], name=op.f('fk_tracking_pools_carrier_account_id_carrier_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracking_pools'))
    )
    with op.batch_alter_table('shipping_methods', schema=None) as batch_op:
        batch_op.add_column(sa.Column('label_template', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('label_format', sa.String(length=8), server_default='', nullable=False))
        batch_op.add_column(sa.Column('required_customs', sa.JSON(), server_default='[]', nullable=False))
        batch_op.add_column(sa.Column('allows_battery', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('allows_liquid', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('max_weight_grams', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('countries', sa.JSON(), server_default='{}', nullable=False))

    with op.batch_alter_table('parcels', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tracking_source', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('refund_state', sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column('pool_id', _ID, nullable=True))
        batch_op.add_column(sa.Column('preadvice_sent_at', db.models.UtcDateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_parcels_pool_id_tracking_pools'), 'tracking_pools', ['pool_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('parcels', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_parcels_pool_id_tracking_pools'), type_='foreignkey')
        batch_op.drop_column('preadvice_sent_at')
        batch_op.drop_column('pool_id')
        batch_op.drop_column('refund_state')
        batch_op.drop_column('tracking_source')

    with op.batch_alter_table('shipping_methods', schema=None) as batch_op:
        batch_op.drop_column('countries')
        batch_op.drop_column('max_weight_grams')
        batch_op.drop_column('allows_liquid')
        batch_op.drop_column('allows_battery')
        batch_op.drop_column('required_customs')
        batch_op.drop_column('label_format')
        batch_op.drop_column('label_template')

    op.drop_table('tracking_pools')
