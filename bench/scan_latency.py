"""Scan → verdict, committed, with N printed parcels in the database.

Prints p50 / p99 of ``Workstation.scan`` (classify, look up, ship, deduct stock,
queue the confirmation, audit, scan event, commit with WAL + synchronous=FULL) next
to the DESIGN.md budget, and next to bare ``sqlite3`` doing the same reads and writes
with the same durability on the same file, in the same run.

    uv run python bench/scan_latency.py --parcels 100000 1000000
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import build  # noqa: E402
from app.cli.demo import seed  # noqa: E402
from app.settings import Settings  # noqa: E402
from db import scanpath as sp  # noqa: E402
from scanners.classify import make_s10  # noqa: E402

BUDGET_P50_MS, BUDGET_P99_MS, BUDGET_RATIO = 2.0, 10.0, 3.0
NOW = "2026-01-01 00:00:00.000000"


def tracking(n: int) -> str:
    return make_s10("LP", n, "CN")


def populate(path: Path, parcels: int) -> None:
    """A migrated database with ``parcels`` orders, each with one printed parcel."""
    ws = build(Settings(db_url=f"sqlite:///{path}", data_dir=path.parent, station="bench", user="bench"))
    seed(ws, "http://127.0.0.1:9")
    ws.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    con.execute(
        f"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {parcels})
        INSERT INTO orders (id, shop_id, marketplace_order_id, number, status, queue, review_reasons,
            marketplace_status, buyer_name, buyer_email, buyer_note, ship_name, ship_company,
            ship_address1, ship_address2, ship_city, ship_region, ship_postcode, ship_country,
            ship_phone, currency, total, requested_service, shipping_method_id, created_at, updated_at)
        SELECT i, 1, 'B' || i, 'BENCH-' || i, 'approved', 'scan', '', 'unshipped', 'Buyer ' || i, '', '',
            'Recipient ' || i, '', 'Hauptstr. ' || i, '', 'Berlin', '', '10115', 'DE', '', 'EUR', 19.90,
            'Standard', 1, '{NOW}', '{NOW}'
        FROM n
        """
    )
    con.execute(
        """
        INSERT INTO order_lines (id, order_id, remote_line_id, sku, title, quantity, unit_price)
        SELECT id, id, 'L' || id, 'MUG-BLU', 'Mug', 1, 19.90 FROM orders
        """
    )
    con.executemany(
        "INSERT INTO parcels (id, number, order_id, shipping_method_id, status, tracking_number, "
        "weight_grams, created_at, printed_at) VALUES (?, ?, ?, 1, 'printed', ?, 380, ?, ?)",
        ((i, f"P{i:08d}", i, tracking(i), NOW, NOW) for i in range(1, parcels + 1)),
    )
    con.execute(
        "INSERT INTO parcel_lines (id, parcel_id, order_line_id, product_id, quantity) "
        "SELECT id, id, id, 1, 1 FROM parcels"
    )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def bench_app(path: Path, codes: list[str]) -> list[float]:
    ws = build(Settings(db_url=f"sqlite:///{path}", data_dir=path.parent, station="bench", user="bench"))
    try:
        for code in codes[:20]:  # warm-up: connections, statement caches
            ws.bench.scan(code)
        times = []
        for code in codes[20:]:
            t0 = time.perf_counter()
            verdict = ws.bench.scan(code)
            times.append(time.perf_counter() - t0)
            assert verdict.kind == "shipped", verdict
        return times
    finally:
        ws.close()


def bench_bare(path: Path, codes: list[str]) -> list[float]:
    """The same statements (db.scanpath's SQL), driven by hand through sqlite3, same durability."""
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=5000", "synchronous=FULL"):
        con.execute(f"PRAGMA {pragma}")
    times = []
    for code in codes:
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        row = con.execute(sp._FIND_BY_TRACKING, (code,)).fetchone()
        pid, number, oid, shop_id, mp_id = row[0], row[1], row[4], row[10], row[11]
        con.execute(sp._CLAIM, (NOW, 1, 1, pid))
        lines = con.execute(sp._LINES, (pid,)).fetchall()
        for product_id, qty, _, _ in lines:
            con.execute(sp._DEDUCT, (product_id, -qty, -qty, oid, pid, 1, 1, NOW))
        payload = json.dumps({"order_id": mp_id, "package_reference": number, "tracking_number": code})
        con.execute(sp._ENQUEUE, ("confirm_shipment", number, shop_id, pid, payload, NOW, NOW, NOW))
        con.execute(sp._ORDER_PARCELS, (oid,)).fetchall()
        con.execute(sp._SET_ORDER, ("shipped", "shipped", NOW, oid))
        con.execute(sp._AUDIT, (NOW, 1, 1, "scanned out", oid, pid))
        con.execute(sp._SCAN_EVENT, (code, "tracking:upu-s10", "shipped", "", pid, 1, 1, NOW))
        con.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    con.close()
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def run(parcels: int, scans: int, folder: Path) -> dict[str, float]:
    path = folder / f"scan-{parcels}.db"
    if not path.exists():
        t0 = time.perf_counter()
        populate(path, parcels)
        print(f"  built {parcels:,} parcels in {time.perf_counter() - t0:.1f} s", flush=True)
    rng = random.Random(parcels)
    picked = rng.sample(range(1, parcels + 1), 2 * (scans + 20))
    app_codes = [tracking(i) for i in picked[: scans + 20]]
    bare_codes = [tracking(i) for i in picked[scans + 20 :]]
    bare = bench_bare(path, bare_codes)
    app = bench_app(path, app_codes)
    result = {
        "app_p50": pct(app, 0.50),
        "app_p99": pct(app, 0.99),
        "bare_p50": pct(bare, 0.50),
        "bare_p99": pct(bare, 0.99),
        "mean_ratio": statistics.mean(app) / statistics.mean(bare),
    }
    path.unlink()  # every run starts from unshipped parcels
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--dir", type=Path, help="where to build the databases (default: a temp folder)")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="shipbench-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    ok = True
    for n in args.parcels:
        print(f"scan → verdict with {n:,} parcels ({args.scans} scans):", flush=True)
        r = run(n, args.scans, folder)
        p50_ok = r["app_p50"] <= BUDGET_P50_MS
        p99_ok = r["app_p99"] <= BUDGET_P99_MS
        ratio_ok = r["app_p50"] <= BUDGET_RATIO * r["bare_p50"]
        ok = ok and p50_ok and p99_ok and ratio_ok
        print(f"  shipbench  p50 {r['app_p50']:6.2f} ms (budget ≤ {BUDGET_P50_MS})  {'ok' if p50_ok else 'OVER'}")
        print(f"  shipbench  p99 {r['app_p99']:6.2f} ms (budget ≤ {BUDGET_P99_MS})  {'ok' if p99_ok else 'OVER'}")
        print(f"  bare sqlite3 p50 {r['bare_p50']:6.2f} ms, p99 {r['bare_p99']:6.2f} ms")
        print(
            f"  p50 ratio {r['app_p50'] / r['bare_p50']:.2f}× (budget ≤ {BUDGET_RATIO}×)  {'ok' if ratio_ok else 'OVER'}"
            f"; mean ratio {r['mean_ratio']:.2f}×"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
