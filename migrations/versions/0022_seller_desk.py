"""the seller's desk: stock alerts at the reorder point, lead times for reorder suggestions,
tracking after shipping (state, latest event, last checked, delivered)

Revision ID: 0022_seller_desk
Revises: 0016
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models

revision: str = "0022_seller_desk"
down_revision: str | None = "0021_postage"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lead_time_days", sa.Integer(), nullable=True))
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_movements_at"), ["at"], unique=False)
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tracking_state", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("tracking_note", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("tracking_checked_at", db.models.UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("delivered_at", db.models.UtcDateTime(timezone=True), nullable=True))
    op.create_table(
        "stock_alerts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("product_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("available", sa.Integer(), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=True),
        sa.Column("raised_at", db.models.UtcDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", db.models.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_alerts_product_id_products"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_alerts")),
    )
    with op.batch_alter_table("stock_alerts", schema=None) as batch_op:
        batch_op.create_index("ix_stock_alerts_product_open", ["product_id", "resolved_at"], unique=False)


def downgrade() -> None:
    op.drop_table("stock_alerts")
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_column("delivered_at")
        batch_op.drop_column("tracking_checked_at")
        batch_op.drop_column("tracking_note")
        batch_op.drop_column("tracking_state")
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_movements_at"))
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("lead_time_days")
