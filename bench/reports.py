"""Reports over a year of history: a week per day, a month per carrier, the bench's day's end.

Fills a SQLite database with N orders spread over the last 365 days (each with a shipped
parcel and its waybill; the last 200 still open in Scan), then times, warm, the median of
several runs of:

- ``ws.reports.report("daily")`` over the last 7 days (orders in, shipped, late, postage),
- ``ws.reports.report("carriers")`` over the last 30 days,
- ``ws.reports.end_of_day()`` (what the scan station reads after scans),

each beside a bare anchor in the same run: the same grouped figures by hand-written SQL
through ``sqlite3``. Budgets (ours, not in DESIGN.md): the week ≤ 100 ms, the month per
carrier ≤ 150 ms, the day's end ≤ 50 ms (read off the GUI thread, a few seconds after scans) — a range's cost follows the range, not the history.

    uv run python bench/reports.py --orders 200000      # full
    uv run python bench/reports.py --quick              # 10,000 orders, < 60 s
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import build  # noqa: E402
from app.cli.demo import seed  # noqa: E402
from app.settings import Settings  # noqa: E402

BUDGET_MS = {"week per day": 100.0, "month per carrier": 150.0, "day's end": 50.0}
OPEN = 200


def populate(path: Path, orders: int, now: dt.datetime) -> None:
    ws = build(Settings(db_url=f"sqlite:///{path}", data_dir=path.parent, station="bench", user="bench"))
    seed(ws, "http://127.0.0.1:9")
    ws.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    start = now - dt.timedelta(days=365)
    step = 365 * 86400 / orders

    def at(i: int, hours: float = 0.0) -> str:
        return (start + dt.timedelta(seconds=i * step, hours=hours)).strftime("%Y-%m-%d %H:%M:%S.000000")

    con.executemany(
        "INSERT INTO orders (id, shop_id, marketplace_order_id, number, status, queue, review_reasons, "
        "marketplace_status, buyer_name, buyer_email, buyer_note, ship_name, ship_company, ship_address1, "
        "ship_address2, ship_city, ship_region, ship_postcode, ship_country, ship_phone, currency, total, "
        "requested_service, shipping_method_id, ordered_at, ship_by, created_at, updated_at) "
        "VALUES (?, 1, ?, ?, ?, ?, '', 'unshipped', 'B', '', '', 'R', '', 'Str. 1', '', 'Berlin', '', '10115', "
        "'DE', '', 'EUR', 19.90, 'Standard', 1, ?, ?, ?, ?)",
        (
            (
                i,
                f"B{i}",
                f"BENCH-{i}",
                "approved" if i > orders - OPEN else "shipped",
                "scan" if i > orders - OPEN else "shipped",
                at(i),
                at(i, 48),
                at(i),
                at(i),
            )
            for i in range(1, orders + 1)
        ),
    )
    con.executemany(
        "INSERT INTO parcels (id, number, order_id, shipping_method_id, status, tracking_number, weight_grams, "
        "created_at, printed_at, shipped_at, shipped_by_id) VALUES (?, ?, ?, 1, ?, ?, 380, ?, ?, ?, ?)",
        (
            (
                i,
                f"P{i:08d}",
                i,
                "printed" if i > orders - OPEN else "shipped",
                f"LP{i:09d}CN",
                at(i),
                at(i, 2),
                None if i > orders - OPEN else at(i, 20 + i % 40),
                None if i > orders - OPEN else 1,
            )
            for i in range(1, orders + 1)
        ),
    )
    con.executemany(
        "INSERT INTO waybills (parcel_id, carrier_account_id, shipping_method_id, shipment_id, tracking_number, "
        "quoted_currency, charged_amount, currency, price_source, booked_at) "
        "VALUES (?, 1, 1, ?, ?, '', ?, 'USD', 'carrier', ?)",
        ((i, f"CS-{i}", f"LP{i:09d}CN", f"{5 + i % 7}.{i % 100:02d}", at(i, 1)) for i in range(1, orders + 1)),
    )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def median_ms(fn: Callable[[], object], runs: int = 15) -> float:
    fn()  # warm: connections, statement caches, pages
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def bare(path: Path, now: dt.datetime) -> dict[str, Callable[[], object]]:
    con = sqlite3.connect(path)
    fmt = "%Y-%m-%d %H:%M:%S.000000"
    week = ((now - dt.timedelta(days=7)).strftime(fmt), now.strftime(fmt))
    month = ((now - dt.timedelta(days=30)).strftime(fmt), now.strftime(fmt))
    day = ((now - dt.timedelta(hours=now.hour)).strftime(fmt), now.strftime(fmt))

    def week_per_day() -> object:
        return (
            con.execute(
                "SELECT date(coalesce(ordered_at, created_at)), count(*) FROM orders "
                "WHERE coalesce(ordered_at, created_at) >= ? AND coalesce(ordered_at, created_at) < ? GROUP BY 1",
                week,
            ).fetchall(),
            con.execute(
                "SELECT date(p.shipped_at), count(*), sum(p.shipped_at > o.ship_by) FROM parcels p "
                "JOIN orders o ON o.id = p.order_id WHERE p.shipped_at >= ? AND p.shipped_at < ? GROUP BY 1",
                week,
            ).fetchall(),
            con.execute(
                "SELECT date(booked_at), currency, sum(charged_amount) FROM waybills "
                "WHERE booked_at >= ? AND booked_at < ? GROUP BY 1, 2",
                week,
            ).fetchall(),
        )

    def month_per_carrier() -> object:
        return (
            con.execute(
                "SELECT m.carrier_account_id, count(*), sum(p.shipped_at > o.ship_by) FROM parcels p "
                "JOIN orders o ON o.id = p.order_id LEFT JOIN shipping_methods m ON m.id = p.shipping_method_id "
                "WHERE p.shipped_at >= ? AND p.shipped_at < ? GROUP BY 1",
                month,
            ).fetchall(),
            con.execute(
                "SELECT carrier_account_id, currency, sum(charged_amount) FROM waybills "
                "WHERE booked_at >= ? AND booked_at < ? GROUP BY 1, 2",
                month,
            ).fetchall(),
        )

    def day_end() -> object:
        return (
            con.execute(
                "SELECT m.carrier_account_id, count(*) FROM parcels p LEFT JOIN shipping_methods m "
                "ON m.id = p.shipping_method_id WHERE p.shipped_at >= ? AND p.shipped_at < ? GROUP BY 1",
                day,
            ).fetchall(),
            con.execute(
                "SELECT m.carrier_account_id, count(*) FROM orders o JOIN parcels p ON p.order_id = o.id "
                "LEFT JOIN shipping_methods m ON m.id = p.shipping_method_id "
                "WHERE o.queue IN ('waybill', 'print', 'scan') AND p.status IN ('requested', 'labelled', 'printed') "
                "GROUP BY 1"
            ).fetchall(),
        )

    return {"week per day": week_per_day, "month per carrier": month_per_carrier, "day's end": day_end}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="10,000 orders")
    options = parser.parse_args()
    orders = 10_000 if options.quick else options.orders
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory(prefix="shipbench-reports-") as tmp:
        path = Path(tmp) / "reports.db"
        t0 = time.perf_counter()
        populate(path, orders, now)
        print(f"{orders:,} orders over a year, {OPEN} open: filled in {time.perf_counter() - t0:.1f} s")
        ws = build(Settings(db_url=f"sqlite:///{path}", data_dir=Path(tmp), station="bench", user="bench"))
        today = now.date()
        ours: dict[str, Callable[[], object]] = {
            "week per day": lambda: ws.reports.report(
                "daily", today - dt.timedelta(days=6), today, offset_minutes=0, now=now
            ),
            "month per carrier": lambda: ws.reports.report(
                "carriers", today - dt.timedelta(days=29), today, offset_minutes=0, now=now
            ),
            "day's end": lambda: ws.reports.end_of_day(offset_minutes=0, now=now),
        }
        anchors = bare(path, now)
        failed = False
        try:
            week = ws.reports.report("daily", today - dt.timedelta(days=6), today, offset_minutes=0, now=now)
            assert sum(r.shipped for r in week.rows) > 0 and week.total.orders_in
            for name, fn in ours.items():
                mine, anchor = median_ms(fn), median_ms(anchors[name])
                budget = BUDGET_MS[name]
                verdict = "ok" if mine <= budget else "OVER BUDGET"
                failed |= mine > budget
                print(
                    f"{name:<18} {mine:7.1f} ms  (budget {budget:.0f} ms, {verdict})"
                    f"   bare sqlite3 {anchor:6.1f} ms   ratio {mine / max(anchor, 0.001):4.1f}×"
                )
        finally:
            ws.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
