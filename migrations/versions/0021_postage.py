"""postage: what each waybill cost and refunded, carrier balances, rate cards

Revision ID: 0021_postage
Revises: 0016
Create Date: 2026-12-05

Every booking gets a ``waybills`` row (quoted and charged price, the refund of its
void); carrier accounts keep a balance (reported by the carrier or prepaid by the
seller) and a low-balance mark; shipping methods a seller's rate card; a parcel its
last rate quote. Only new columns with defaults and a new table: no table is rebuilt.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_postage"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Money = sa.Numeric(14, 2, asdecimal=True)
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "waybills",
        sa.Column("id", Id, nullable=False),
        sa.Column("parcel_id", Id, nullable=False),
        sa.Column("carrier_account_id", Id, nullable=True),
        sa.Column("shipping_method_id", Id, nullable=True),
        sa.Column("shipment_id", sa.String(length=64), nullable=True),
        sa.Column("tracking_number", sa.String(length=64), nullable=True),
        sa.Column("quoted_amount", Money, nullable=True),
        sa.Column("quoted_currency", sa.String(length=3), server_default="", nullable=False),
        sa.Column("charged_amount", Money, nullable=True),
        sa.Column("currency", sa.String(length=3), server_default="", nullable=False),
        sa.Column("price_source", sa.String(length=10), server_default="", nullable=False),
        sa.Column("booked_at", When, nullable=False),
        sa.Column("voided_at", When, nullable=True),
        sa.Column("refund_state", sa.String(length=12), nullable=True),
        sa.Column("refund_amount", Money, nullable=True),
        sa.Column("refunded_at", When, nullable=True),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcels.id"], name=op.f("fk_waybills_parcel_id_parcels"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["carrier_account_id"], ["carrier_accounts.id"], name=op.f("fk_waybills_carrier_account_id_carrier_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["shipping_method_id"], ["shipping_methods.id"], name=op.f("fk_waybills_shipping_method_id_shipping_methods")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waybills")),
    )
    op.create_index(op.f("ix_waybills_parcel_id"), "waybills", ["parcel_id"])
    op.create_index(op.f("ix_waybills_carrier_account_id"), "waybills", ["carrier_account_id"])
    op.create_index(op.f("ix_waybills_booked_at"), "waybills", ["booked_at"])
    op.create_index(op.f("ix_waybills_refunded_at"), "waybills", ["refunded_at"])

    op.add_column("carrier_accounts", sa.Column("balance", Money, nullable=True))
    op.add_column(
        "carrier_accounts", sa.Column("balance_currency", sa.String(length=3), server_default="", nullable=False)
    )
    op.add_column("carrier_accounts", sa.Column("balance_source", sa.String(length=8), nullable=True))
    op.add_column("carrier_accounts", sa.Column("balance_at", When, nullable=True))
    op.add_column("carrier_accounts", sa.Column("low_balance", Money, nullable=True))
    op.add_column("shipping_methods", sa.Column("rate_card", sa.JSON(), server_default="{}", nullable=False))
    op.add_column("parcels", sa.Column("quoted_amount", Money, nullable=True))
    op.add_column("parcels", sa.Column("quoted_currency", sa.String(length=3), server_default="", nullable=False))
    op.add_column("parcels", sa.Column("quoted_method_id", Id, nullable=True))
    # the reports' "orders in": when an order came in (ordered, else created), by range
    op.create_index("ix_orders_came_in", "orders", [sa.text("coalesce(ordered_at, created_at)")])


def downgrade() -> None:
    op.drop_index("ix_orders_came_in", table_name="orders")
    with op.batch_alter_table("parcels") as batch:
        batch.drop_column("quoted_method_id")
        batch.drop_column("quoted_currency")
        batch.drop_column("quoted_amount")
    with op.batch_alter_table("shipping_methods") as batch:
        batch.drop_column("rate_card")
    with op.batch_alter_table("carrier_accounts") as batch:
        for name in ("low_balance", "balance_at", "balance_source", "balance_currency", "balance"):
            batch.drop_column(name)
    op.drop_table("waybills")
