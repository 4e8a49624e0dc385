"""outbox leases: an in-flight job names the station holding it and until when; jobs record who sent them

Revision ID: 0012
Revises: 0017
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

import db.models

revision: str = '0012'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A job in flight from before leases has none: it counts as lapsed and is taken over
    # after a lookup, as the old start-up recovery did.
    with op.batch_alter_table('outbox_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lease_station_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
        batch_op.add_column(sa.Column('lease_token', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('lease_until', db.models.UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('sent_by_station_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_outbox_jobs_lease_station_id_stations'), 'stations', ['lease_station_id'], ['id']
        )
        batch_op.create_foreign_key(
            batch_op.f('fk_outbox_jobs_sent_by_station_id_stations'), 'stations', ['sent_by_station_id'], ['id']
        )


def downgrade() -> None:
    with op.batch_alter_table('outbox_jobs', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_outbox_jobs_sent_by_station_id_stations'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_outbox_jobs_lease_station_id_stations'), type_='foreignkey')
        batch_op.drop_column('sent_by_station_id')
        batch_op.drop_column('lease_until')
        batch_op.drop_column('lease_token')
        batch_op.drop_column('lease_station_id')
