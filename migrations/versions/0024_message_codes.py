"""message codes: stored texts keep the code and params of their message

An order's hold reason and review reasons, a parcel's waybill error and intercept reason, an
outbox job's last error, a print job's error and left-out notes and a shop's last pull error
were stored only as English sentences; the GUI guessed them back into the user's language
with regular expressions. Each now has, next to its English text (still written, for the
command line, the logs and rows older than this revision), the ``Message`` it was made
from: ``<column>_code`` and ``<column>_params`` (JSON) for one text, and a JSON list of
``{"code", "params"}`` for the two lists (``review_reason_codes``, ``left_out_codes``).
Rows written before keep NULL there and are shown by their text.

Revision ID: 0024_message_codes
Revises: 0023_stations_live
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024_message_codes"
down_revision: str | None = "0023_stations_live"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, the text column beside which a code and params are kept)
PAIRS = (
    ("orders", "hold_reason"),
    ("parcels", "waybill_error"),
    ("parcels", "intercept_reason"),
    ("outbox_jobs", "last_error"),
    ("print_jobs", "error"),
    ("shops", "last_pull_error"),
)
# (table, the JSON list column)
LISTS = (
    ("orders", "review_reason_codes"),
    ("print_jobs", "left_out_codes"),
)


def _columns() -> dict[str, list[sa.Column[object]]]:
    out: dict[str, list[sa.Column[object]]] = {}
    for table, column in PAIRS:
        out.setdefault(table, []).extend(
            [
                sa.Column(f"{column}_code", sa.String(64), nullable=True),
                sa.Column(f"{column}_params", sa.JSON(), nullable=True),
            ]
        )
    for table, column in LISTS:
        out.setdefault(table, []).append(sa.Column(column, sa.JSON(), nullable=True))
    return out


# Plain ALTER TABLE (SQLite has ADD and DROP COLUMN): a batch copy of the table would drop
# the change-feed and queue-count triggers and the expression index on orders.


def upgrade() -> None:
    for table, columns in _columns().items():
        for column in columns:
            op.add_column(table, column)


def downgrade() -> None:
    for table, columns in _columns().items():
        for column in reversed(columns):
            op.drop_column(table, column.name)
