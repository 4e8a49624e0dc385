"""search grams cost: PostgreSQL's planner told what ``search_grams`` costs per row

``search_grams(text)`` (revision 0016) builds the array of every character and pair of a
row's texts: some 30 µs a row. Declared at the default cost of a SQL function, the planner
would rather compute it per row than use the GIN index built on it whenever its statistics
are thin (a table never analyzed yet, just after a bulk import or ``db move``): a
one-character search over 2,500 fresh orders took 75 ms, over a million it would take
seconds. Declared at its real cost, the index is used. SQLite has no such function.

Revision ID: 0025_search_grams_cost
Revises: 0024_message_codes
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from db import search

revision: str = "0025_search_grams_cost"
down_revision: str | None = "0024_message_codes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER FUNCTION search_grams(text) COST {search.GRAMS_COST}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER FUNCTION search_grams(text) COST 100")
