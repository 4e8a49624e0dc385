"""short search: one- and two-character queries (张伟, short SKUs) through an index of characters and pairs

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from db import search

revision: str = "0016"
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # the triggers change too: the whole index is built again (minutes at a million orders)
        for statement in search.sqlite_drop() + search.sqlite_ddl() + search.sqlite_backfill():
            op.execute(statement)
        return
    for statement in search.pg_short_ddl():
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        statements = search.sqlite_drop() + search.sqlite_ddl(short=False) + search.sqlite_backfill(short=False)
    else:
        statements = search.pg_short_drop()
    for statement in statements:
        op.execute(statement)
