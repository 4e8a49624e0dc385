"""Batch actions over a big queue: approve N orders, then request their waybills.

Times ``ws.orders.approve(None)`` over N orders in Review and, on a second database,
``ws.carriers.request_waybills(None)`` over N approved orders in Waybill (the local
part: outbox jobs written, committed in chunks; nothing is sent), and
prints orders/s beside the budget (issue #16: ≥ 500 orders/s) and beside a bare anchor
that writes the same rows (one parcel, one parcel line, one outbox job per order) with
plain ``sqlite3.executemany`` in the same run, with the ratio.

    uv run python bench/batch_actions.py --orders 20000 [--approve-orders 2000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import build  # noqa: E402
from app.cli.demo import seed  # noqa: E402
from app.settings import Settings  # noqa: E402

BUDGET = 500.0  # orders/s, issue #16
NOW = "2026-01-01 00:00:00.000000"


def populate(path: Path, orders: int, *, queue: str = "review") -> None:
    """A migrated demo database with ``orders`` paid orders in Review, each passing every check.

    With ``queue="waybill"`` they are approved already: one parcel each, waiting for its waybill.
    """
    ws = build(Settings(db_url=f"sqlite:///{path}", data_dir=path.parent, station="bench", user="bench"))
    seed(ws, "http://127.0.0.1:9")
    ws.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO orders (id, shop_id, marketplace_order_id, number, status, queue, review_reasons, "
        "marketplace_status, buyer_name, buyer_email, buyer_note, ship_name, ship_company, ship_address1, "
        "ship_address2, ship_city, ship_region, ship_postcode, ship_country, ship_phone, currency, total, "
        "requested_service, paid_at, created_at, updated_at) "
        "VALUES (?, 1, ?, ?, 'review', 'review', '', 'unshipped', 'Buyer', '', '', ?, '', ?, '', "
        "'Berlin', '', '10115', 'DE', '', 'EUR', 19.90, 'Standard', ?, ?, ?)",
        ((i, f"B{i}", f"BATCH-{i}", f"Recipient {i}", f"Hauptstr. {i}", NOW, NOW, NOW) for i in range(1, orders + 1)),
    )
    con.executemany(
        "INSERT INTO order_lines (id, order_id, remote_line_id, sku, title, quantity, unit_price) "
        "VALUES (?, ?, ?, 'MUG-BLU', 'Mug', 1, 19.90)",
        ((i, i, f"L{i}") for i in range(1, orders + 1)),
    )
    if queue == "waybill":
        con.execute("UPDATE orders SET status = 'approved', queue = 'waybill', shipping_method_id = 1")
        con.executemany(
            "INSERT INTO parcels (id, number, order_id, shipping_method_id, status, weight_grams, created_at) "
            "VALUES (?, ?, ?, 1, 'waybill', 380, ?)",
            ((i, f"P{i:08d}", i, NOW) for i in range(1, orders + 1)),
        )
        con.executemany(
            "INSERT INTO parcel_lines (id, parcel_id, order_line_id, product_id, quantity) VALUES (?, ?, ?, 1, 1)",
            ((i, i, i) for i in range(1, orders + 1)),
        )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def bare(path: Path, orders: int) -> float:
    """Seconds for plain sqlite3 to write what the two batches write: parcel, line, job."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    base = 10_000_000
    payload = json.dumps({"reference": "XXXXXP00000000", "recipient": {"name": "Recipient"}, "customs": []})
    t0 = time.perf_counter()
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO parcels (id, number, order_id, shipping_method_id, status, weight_grams, created_at) "
        "VALUES (?, ?, ?, 1, 'waybill', 380, ?)",
        ((base + i, f"BARE{i:08d}", i, NOW) for i in range(1, orders + 1)),
    )
    con.executemany(
        "INSERT INTO parcel_lines (parcel_id, order_line_id, product_id, quantity) VALUES (?, ?, 1, 1)",
        ((base + i, i) for i in range(1, orders + 1)),
    )
    con.executemany(
        "INSERT INTO outbox_jobs (kind, idempotency_key, state, parcel_id, payload, attempts, next_attempt_at, "
        "created_at, updated_at) VALUES ('bare', ?, 'done', ?, ?, 0, ?, ?, ?)",
        ((f"BARE{i:08d}", base + i, payload, NOW, NOW, NOW) for i in range(1, orders + 1)),
    )
    con.execute("ROLLBACK")  # the anchor's rows are not the shop's
    took = time.perf_counter() - t0
    con.close()
    return took


def timed(folder: Path, orders: int, queue: str) -> tuple[int, float]:
    """(orders done, seconds) for the batch action over a fresh database of ``orders`` in ``queue``."""
    path = folder / f"{queue}.db"
    populate(path, orders, queue=queue)
    ws = build(Settings(db_url=f"sqlite:///{path}", data_dir=folder, station="bench", user="bench"))
    try:
        t0 = time.perf_counter()
        if queue == "review":
            done = len(ws.orders.approve(None).approved)
        else:
            done = len(ws.carriers.request_waybills(None).queued)
        return done, time.perf_counter() - t0
    finally:
        ws.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20_000, help="orders in the Waybill queue")
    parser.add_argument("--approve-orders", type=int, default=0, help="orders in Review (default: --orders)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shipbench-batch-"))
    runs = [
        ("approve", args.approve_orders or args.orders, "review"),
        ("request waybills", args.orders, "waybill"),
    ]
    print(f"batch actions on SQLite (synchronous=FULL), committed in chunks; budget ≥ {BUDGET:.0f} orders/s")
    ok = True
    for name, orders, queue in runs:
        done, took = timed(folder, orders, queue)
        t_bare = bare(folder / f"{queue}.db", orders)
        rate, bare_rate = done / took, orders / t_bare
        verdict = "ok" if rate >= BUDGET else "OVER BUDGET"
        print(
            f"  {name:<17} {done:>7,} orders in {took:7.2f} s  {rate:7,.0f} orders/s   "
            f"bare sqlite3 executemany of the same rows {bare_rate:8,.0f}/s  ratio {bare_rate / rate:5.1f}×  {verdict}"
        )
        ok = ok and done == orders and rate >= BUDGET
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
