"""stations live: a change feed written by triggers, stations' heartbeats, shared rate buckets

Several stations on one database each showed what they had read last: an order held at
station A stayed where it was on station B. The triggers below append one row to
``changes`` for every order, parcel (as its order), outbox job and print batch written, in
the writer's own transaction; on PostgreSQL each statement also does ``pg_notify`` (sent
at commit, one per transaction), so the stations listening wake at once. SQLite gets row
triggers and an AUTOINCREMENT id (one writer: ids commit in order, a reader's cursor is the
last id); PostgreSQL statement triggers over transition tables and the writing
transaction's id (a reader reads up to the oldest transaction still running).

``stations`` gains what a station says of itself (``info``) and its last heartbeat
(``seen_at``); ``rate_buckets`` holds each platform account's allowance for all stations.

The SQL is written out here, not imported: a revision never changes after it shipped.

Revision ID: 0023_stations_live
Revises: 0016
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_stations_live"
down_revision: str | None = "0022_seller_desk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, kind, the column naming the changed thing)
FOLLOWED = (
    ("orders", "order", "id"),
    ("parcels", "order", "order_id"),
    ("outbox_jobs", "job", "id"),
    ("print_jobs", "print_job", "id"),
)
EVENTS = ("insert", "update", "delete")


def _sqlite_triggers() -> list[str]:
    out = []
    for table, kind, column in FOLLOWED:
        for event in EVENTS:
            row = "OLD" if event == "delete" else "NEW"
            out.append(
                f"CREATE TRIGGER changes_{table}_{event} AFTER {event.upper()} ON {table} "
                f"BEGIN INSERT INTO changes (kind, ref_id) VALUES ('{kind}', {row}.{column}); END"
            )
    return out


def _pg_function(column: str) -> str:
    return f"""
CREATE FUNCTION changes_follow_{column}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    written bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO changes (kind, ref_id) SELECT DISTINCT TG_ARGV[0], {column} FROM old_rows;
    ELSE
        INSERT INTO changes (kind, ref_id) SELECT DISTINCT TG_ARGV[0], {column} FROM new_rows;
    END IF;
    GET DIAGNOSTICS written = ROW_COUNT;
    IF written > 0 THEN  -- a statement that changed no row wakes nobody
        PERFORM pg_notify('shipbench_changes', '');
    END IF;
    RETURN NULL;
END
$$
"""


def _pg_triggers() -> list[str]:
    out = [_pg_function("id"), _pg_function("order_id")]
    for table, kind, column in FOLLOWED:
        for event in EVENTS:
            tables = {
                "insert": "NEW TABLE AS new_rows",
                "update": "NEW TABLE AS new_rows",
                "delete": "OLD TABLE AS old_rows",
            }[event]
            out.append(
                f"CREATE TRIGGER changes_{table}_{event} AFTER {event.upper()} ON {table} "
                f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION changes_follow_{column}('{kind}')"
            )
    return out


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "changes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("ref_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "tx",
            sa.BigInteger(),
            server_default=None if sqlite else sa.text("(pg_current_xact_id()::text)::bigint"),
            nullable=True,
        ),
        sa.Column(
            "at",
            sa.Float(),
            server_default=sa.text(
                "((julianday('now') - 2440587.5) * 86400.0)"
                if sqlite
                else "(extract(epoch from clock_timestamp()))::double precision"
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_changes_tx"), "changes", ["tx"], unique=False)
    op.create_index(op.f("ix_changes_at"), "changes", ["at"], unique=False)
    op.create_table(
        "rate_buckets",
        sa.Column("account", sa.String(length=32), nullable=False),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("stamp", sa.Float(), nullable=False),
        sa.Column("paused_until", sa.Float(), server_default="0", nullable=False),
        sa.Column("sender_station_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("sent_at", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sender_station_id"], ["stations.id"], name=op.f("fk_rate_buckets_sender_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("account", name=op.f("pk_rate_buckets")),
    )
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("info", sa.JSON(), server_default="{}", nullable=False))
        batch_op.add_column(sa.Column("seen_at", sa.DateTime(timezone=True), nullable=True))
    for statement in _sqlite_triggers() if sqlite else _pg_triggers():
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, _kind, _column in FOLLOWED:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS changes_{table}_{event}" + ("" if sqlite else f" ON {table}"))
    if not sqlite:
        op.execute("DROP FUNCTION IF EXISTS changes_follow_id()")
        op.execute("DROP FUNCTION IF EXISTS changes_follow_order_id()")
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.drop_column("seen_at")
        batch_op.drop_column("info")
    op.drop_table("rate_buckets")
    op.drop_index(op.f("ix_changes_at"), table_name="changes")
    op.drop_index(op.f("ix_changes_tx"), table_name="changes")
    op.drop_table("changes")
