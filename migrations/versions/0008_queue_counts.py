"""queue counts: one row per queue, kept by triggers on orders in the same transaction;
scan events indexed by time

The queue tabs and the scan station showed ``SELECT queue, count(*) FROM orders GROUP
BY queue`` after every scan and every 2 s: proportional to the whole history. The
triggers below move a queue's count whenever an order is inserted, deleted or changes
queue, in the writer's own transaction, so the figures are exact and cost one row per
queue to read. SQLite gets row triggers; PostgreSQL statement triggers over transition
tables (one counter update per queue and statement, however many orders it moved),
taking the counter rows in queue-name order so two writers never wait on each other in
a circle.

The SQL is written out here, not imported: a revision never changes after it shipped.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUEUES = ("review", "waybill", "print", "scan", "shipped", "on_hold", "exceptions", "cancelled")

SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER queue_counts_insert AFTER INSERT ON orders
    BEGIN
        INSERT INTO queue_counts (queue, size) VALUES (NEW.queue, 1)
        ON CONFLICT (queue) DO UPDATE SET size = size + 1;
    END
    """,
    """
    CREATE TRIGGER queue_counts_update AFTER UPDATE OF queue ON orders
    WHEN OLD.queue IS NOT NEW.queue
    BEGIN
        UPDATE queue_counts SET size = size - 1 WHERE queue = OLD.queue;
        INSERT INTO queue_counts (queue, size) VALUES (NEW.queue, 1)
        ON CONFLICT (queue) DO UPDATE SET size = size + 1;
    END
    """,
    """
    CREATE TRIGGER queue_counts_delete AFTER DELETE ON orders
    BEGIN
        UPDATE queue_counts SET size = size - 1 WHERE queue = OLD.queue;
    END
    """,
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS queue_counts_insert",
    "DROP TRIGGER IF EXISTS queue_counts_update",
    "DROP TRIGGER IF EXISTS queue_counts_delete",
)

# One function, three statement triggers: each passes the rows it moved as (queue, ±1).
_PG_APPLY = """
    INSERT INTO queue_counts AS c (queue, size)
    SELECT queue, sum(delta) FROM ({moved}) AS moved
    GROUP BY queue HAVING sum(delta) <> 0
    ORDER BY queue
    ON CONFLICT (queue) DO UPDATE SET size = c.size + EXCLUDED.size;
"""
PG_FUNCTION = f"""
CREATE FUNCTION queue_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_PG_APPLY.format(moved="SELECT queue, 1 AS delta FROM new_orders")}
    ELSIF TG_OP = 'DELETE' THEN
        {_PG_APPLY.format(moved="SELECT queue, -1 AS delta FROM old_orders")}
    ELSE
        {
    _PG_APPLY.format(
        moved='''
            SELECT o.queue, -1 AS delta FROM old_orders o JOIN new_orders n ON n.id = o.id
            WHERE n.queue IS DISTINCT FROM o.queue
            UNION ALL
            SELECT n.queue, 1 FROM old_orders o JOIN new_orders n ON n.id = o.id
            WHERE n.queue IS DISTINCT FROM o.queue'''
    )
}
    END IF;
    RETURN NULL;
END
$$
"""
PG_TRIGGERS = (
    PG_FUNCTION,
    "CREATE TRIGGER queue_counts_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS new_orders "
    "FOR EACH STATEMENT EXECUTE FUNCTION queue_counts_follow()",
    "CREATE TRIGGER queue_counts_update AFTER UPDATE ON orders "
    "REFERENCING OLD TABLE AS old_orders NEW TABLE AS new_orders "
    "FOR EACH STATEMENT EXECUTE FUNCTION queue_counts_follow()",
    "CREATE TRIGGER queue_counts_delete AFTER DELETE ON orders REFERENCING OLD TABLE AS old_orders "
    "FOR EACH STATEMENT EXECUTE FUNCTION queue_counts_follow()",
)
PG_DROP = (
    "DROP TRIGGER IF EXISTS queue_counts_insert ON orders",
    "DROP TRIGGER IF EXISTS queue_counts_update ON orders",
    "DROP TRIGGER IF EXISTS queue_counts_delete ON orders",
    "DROP FUNCTION IF EXISTS queue_counts_follow()",
)


def upgrade() -> None:
    op.create_table(
        "queue_counts",
        sa.Column("queue", sa.String(length=16), nullable=False),
        sa.Column("size", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("queue", name=op.f("pk_queue_counts")),
    )
    # The packers' figures read today's scans: from an index, not the whole history.
    with op.batch_alter_table("scan_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scan_events_at"), ["at"], unique=False)
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        # No order may move between the backfill and the triggers taking over.
        op.execute("LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE")
    for statement in SQLITE_TRIGGERS if sqlite else PG_TRIGGERS:
        op.execute(statement)
    # Backfill: every known queue (zero included), then whatever else the orders hold.
    op.execute("INSERT INTO queue_counts (queue, size) SELECT queue, count(*) FROM orders GROUP BY queue")
    known = ", ".join(f"('{q}')" for q in QUEUES)
    op.execute(
        f"INSERT INTO queue_counts (queue, size) SELECT q.queue, 0 FROM (VALUES {known}) AS q(queue) "
        "WHERE q.queue NOT IN (SELECT queue FROM queue_counts)"
        if not sqlite
        else f"INSERT INTO queue_counts (queue, size) SELECT column1, 0 FROM (VALUES {known}) "
        "WHERE column1 NOT IN (SELECT queue FROM queue_counts)"
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_DROP if sqlite else PG_DROP:
        op.execute(statement)
    op.drop_table("queue_counts")
    with op.batch_alter_table("scan_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scan_events_at"))
