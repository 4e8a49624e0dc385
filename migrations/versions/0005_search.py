"""search: the search index (FTS5 trigram tables and line indexes on SQLite, pg_trgm on PostgreSQL)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import search

log = logging.getLogger("alembic.runtime.migration")

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in search.sqlite_ddl() + search.sqlite_backfill():
            op.execute(statement)
        return
    # pg_trgm makes ILIKE '%…%' an index lookup; without it search still works, by scanning.
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as exc:
        log.warning("pg_trgm not available (%s): search will scan instead of using an index", exc.orig)
        return
    for statement in search.pg_ddl():
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    statements = search.sqlite_drop() if bind.dialect.name == "sqlite" else search.pg_drop()
    for statement in statements:
        op.execute(statement)
