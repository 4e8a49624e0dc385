"""warehouses: the shop's ship-from (and return) addresses, one default

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04

An existing "sender" setting (the only place the address lived, written by the demo)
becomes the default warehouse, so labels of an upgraded database keep their FROM block.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    warehouses = op.create_table(
        "warehouses",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("contact", sa.String(length=120), nullable=False),
        sa.Column("company", sa.String(length=120), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("region", sa.String(length=80), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("return_address", sa.JSON(), server_default="{}", nullable=False),
        sa.Column("is_default", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warehouses")),
        sa.UniqueConstraint("name", name=op.f("uq_warehouses_name")),
    )
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON))
    bind = op.get_bind()
    sender = bind.execute(sa.select(settings.c.value).where(settings.c.key == "sender")).scalar()
    if isinstance(sender, dict) and sender:
        lines = sender.get("lines") or []
        op.bulk_insert(
            warehouses,
            [
                {
                    "name": str(sender.get("name") or "Warehouse")[:80],
                    "contact": str(sender.get("name") or "")[:120],
                    "company": str(sender.get("company") or "")[:120],
                    "lines": [str(x) for x in lines] if isinstance(lines, list) else [],
                    "city": str(sender.get("city") or "")[:80],
                    "region": str(sender.get("region") or "")[:80],
                    "postcode": str(sender.get("postcode") or "")[:20],
                    "country": str(sender.get("country") or "").upper()[:2],
                    "phone": str(sender.get("phone") or "")[:40],
                    "email": str(sender.get("email") or "")[:120],
                    "return_address": {},
                    "is_default": True,
                }
            ],
        )


def downgrade() -> None:
    op.drop_table("warehouses")
