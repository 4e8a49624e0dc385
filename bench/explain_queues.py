"""The query plans of the queue, search and scan queries over a big database.

Fills a SQLite database with N orders (default 200,000; one printed parcel each, a
thousand merged orders), drives the read models the GUI and the scan station use
(queue counts, pages and filters of every queue, order detail, search, waybill and
approve batches, a scan) while recording every statement, then asks the database how it
runs each one (``EXPLAIN QUERY PLAN``) and prints those that read a big table whole.
With ``--pg URL`` the same database is copied into that (empty) PostgreSQL database
(``db move``) and the statements are explained there too (``EXPLAIN``).

    uv run python bench/explain_queues.py --orders 200000 [--pg postgresql+psycopg://…]

Exit status 1 when a plan scans a big table.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, text  # noqa: E402

from app.bootstrap import build  # noqa: E402
from app.settings import Settings  # noqa: E402
from bench.scan_latency import populate, tracking  # noqa: E402
from db.queries import QUEUES, QueueFilter  # noqa: E402

BIG = ("orders", "order_lines", "parcels", "parcel_lines", "audit_events", "outbox_jobs", "scan_events")


def record(ws: Any) -> list[tuple[str, Any]]:
    """Every statement the read models and the batches send, with its parameters."""
    seen: dict[str, Any] = {}

    def grab(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH", "UPDATE", "DELETE")) and not executemany:
            seen.setdefault(statement, parameters)

    engine = ws.ctx.db.engine
    event.listen(engine, "before_cursor_execute", grab)
    try:
        ws.queues.queue_counts()
        for queue in QUEUES:
            ws.queues.queue_size(queue)
            ws.queues.queue_page(queue, 0, 50)
            ws.queues.queue_page(queue, 1000, 50)
            for flt in (
                QueueFilter(shop_id=1),
                QueueFilter(countries=("DE",)),
                QueueFilter(method_id=1),
                QueueFilter(tag="vip"),
                QueueFilter(deadline="overdue"),
                QueueFilter(reason="address"),
                QueueFilter(sort="urgency"),
            ):
                ws.queues.filtered_queue_size(queue, flt)
                ws.queues.filtered_queue_page(queue, flt, 0, 50)
            ws.queues.filter_choices(queue)
        ws.queues.queue_row("scan", 1500)
        ws.queues.order_detail(1500)
        ws.queues.order_detail(1)
        ws.queues.search("BENCH-12345")
        ws.queues.search("Recipient 1234")
        ws.queues.search(tracking(4321))
        ws.orders.approve([5, 6])
        ws.carriers.request_waybills([7, 8])
        ws.bench.scan(tracking(999))
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    return list(seen.items())


def sqlite_plans(path: Path, statements: list[tuple[str, Any]]) -> list[tuple[str, list[str]]]:
    con = sqlite3.connect(path)
    plans = []
    for sql, params in statements:
        try:
            rows = con.execute("EXPLAIN QUERY PLAN " + sql, params or ()).fetchall()
        except sqlite3.Error as exc:
            plans.append((sql, [f"(not explained: {exc})"]))
            continue
        plans.append((sql, [str(r[-1]) for r in rows]))
    con.close()
    return plans


def full_scans(plan: list[str]) -> list[str]:
    """Plan lines that read a big table row by row (a covering-index scan of one is a scan too)."""
    out = []
    for line in plan:
        m = re.match(r"SCAN (\w+)", line)
        if m and m.group(1) in BIG:
            out.append(line)
        if re.match(r"Seq Scan on (\w+)", line.strip().lstrip("-> ").strip()):
            name = line.strip().lstrip("-> ").split()[3]
            if name in BIG:
                out.append(line.strip())
    return out


def pg_plans(url: str, path: Path, statements: list[tuple[str, Any]]) -> list[tuple[str, list[str]]]:
    from sqlalchemy import create_engine

    from db.move import move

    move(f"sqlite:///{path}", url)
    engine = create_engine(url)
    plans = []
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        for sql, params in statements:
            # SQLite's "?" placeholders become numbered binds for the same parameters
            numbers = iter(range(10_000))
            named = re.sub(r"\?", lambda _m, n=numbers: f":p{next(n)}", sql)
            binds = {f"p{i}": v for i, v in enumerate(params or ())}
            try:
                rows = conn.execute(text("EXPLAIN " + named), binds).all()
            except Exception as exc:  # a SQLite-only statement (FTS5): nothing to explain here
                conn.rollback()
                plans.append((sql, [f"(not explained: {type(exc).__name__})"]))
                continue
            plans.append((sql, [r[0] for r in rows]))
    engine.dispose()
    return plans


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=200_000)
    parser.add_argument("--pg", default="", help="an empty PostgreSQL database to explain on too")
    parser.add_argument("--all", action="store_true", help="print every plan, not only the scans")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shipbench-explain-"))
    path = folder / "explain.db"
    populate(path, args.orders)
    con = sqlite3.connect(path)
    # A shop's usual spread: most orders shipped long ago, a few hundred in each open queue.
    con.execute("UPDATE orders SET status = 'shipped', queue = 'shipped' WHERE id % 20 > 2")
    con.execute("UPDATE parcels SET status = 'shipped' WHERE order_id % 20 > 2")
    con.execute("UPDATE orders SET ship_country = 'FR', shop_id = 1 WHERE id % 7 = 0")
    con.execute("UPDATE orders SET merged_into_id = id - 1, status = 'approved', queue = 'scan' WHERE id % 200 = 1")
    con.execute("UPDATE orders SET status = 'review', queue = 'review' WHERE id BETWEEN 1 AND 10")
    con.execute("UPDATE parcels SET status = 'waybill', tracking_number = NULL WHERE order_id BETWEEN 1 AND 10")
    con.commit()
    con.execute("ANALYZE")
    con.close()
    ws = build(Settings(db_url=f"sqlite:///{path}", data_dir=folder, station="bench", user="bench"))
    try:
        statements = record(ws)
    finally:
        ws.close()
    bad = 0
    runs = [("SQLite, EXPLAIN QUERY PLAN", lambda: sqlite_plans(path, statements))]
    if args.pg:
        runs.append(("PostgreSQL, EXPLAIN", lambda: pg_plans(args.pg, path, statements)))
    for title, explain in runs:
        plans = explain()
        print(f"== {title}: {len(plans)} statements over {args.orders:,} orders")
        for sql, plan in plans:
            scans = full_scans(plan)
            bad += bool(scans)
            if scans or args.all:
                print("-- " + " ".join(sql.split())[:300])
                for line in plan:
                    print("   " + line)
        print(f"== {title}: {sum(bool(full_scans(p)) for _, p in plans)} statements scan a big table", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
