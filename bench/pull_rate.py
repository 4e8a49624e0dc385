"""Inbound pull rate: orders pulled per second from the simulator (in its own process) into SQLite.

Each round, interleaved: the **anchor** fetches the same pages through the same
connector (HTTP + JSON, 100 orders a page) and writes them with bare ``sqlite3``
``executemany`` (orders and lines, each page committed), then **shipbench** pulls every
order into a fresh database (``ws.sync.pull``: review reasons, the search index, queue
counts, rules on arrival; the next page fetched while the current one is written). The
median and spread of ≥ 3 rounds are printed with the ratio. Budget (issue #17):
≥ 5,000 orders/s and ≤ 2× the anchor's time. The last round also pulls the same window
again (all unchanged) and an incremental pull after 1% of the orders changed.

    uv run python bench/pull_rate.py --orders 20000
    uv run python bench/pull_rate.py --orders 5000 --rounds 3    # quick (.ci/run)
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.bootstrap import build  # noqa: E402
from app.cli.demo import seed  # noqa: E402
from app.connectors.simulator import SimulatorMarketplace  # noqa: E402
from app.settings import Settings  # noqa: E402
from db.models import Shop  # noqa: E402

BUDGET = 5000.0
RATIO = 2.0


def start_simulator(orders: int, faults: str) -> tuple[subprocess.Popen[str], str]:
    cmd = [sys.executable, "-m", "app.simulator", "--port", "0", "--orders", str(orders)]
    if faults:
        cmd += ["--faults", faults]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "simulator at " not in line:
        proc.kill()
        raise SystemExit(f"the simulator did not start: {line!r}")
    return proc, line.split("simulator at ", 1)[1].split()[0]


def anchor(url: str, folder: Path, n: int) -> tuple[int, float]:
    """The same pages, fetched the same way, written as plainly as possible."""
    db = folder / f"anchor-{n}.db"
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, remote_id TEXT UNIQUE, number TEXT, status TEXT, "
        "updated_at TEXT, buyer TEXT, email TEXT, ship_name TEXT, address1 TEXT, city TEXT, postcode TEXT, "
        "country TEXT, total TEXT)"
    )
    con.execute("CREATE TABLE lines (id INTEGER PRIMARY KEY, order_id TEXT, sku TEXT, title TEXT, quantity INT)")
    mp = SimulatorMarketplace(url)
    done = 0
    t0 = time.perf_counter()
    token: str | None = None
    while True:
        params = {"limit": str(mp.page_size)}
        if token:
            params["page_token"] = token
        body = mp._call("GET", "/mp/orders", params=params).body  # noqa: SLF001 - the raw pages
        page = body.get("orders", [])
        con.execute("BEGIN IMMEDIATE")
        con.executemany(
            "INSERT OR REPLACE INTO orders (remote_id, number, status, updated_at, buyer, email, ship_name, "
            "address1, city, postcode, country, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    o["id"],
                    o.get("number"),
                    o.get("status"),
                    o.get("updated_at"),
                    (o.get("buyer") or {}).get("name"),
                    (o.get("buyer") or {}).get("email"),
                    o["ship_to"].get("name"),
                    o["ship_to"].get("address1"),
                    o["ship_to"].get("city"),
                    o["ship_to"].get("postcode"),
                    o["ship_to"].get("country"),
                    str(o.get("total")),
                )
                for o in page
            ],
        )
        con.executemany(
            "INSERT INTO lines (order_id, sku, title, quantity) VALUES (?, ?, ?, ?)",
            [(o["id"], ln["sku"], ln.get("title"), ln["quantity"]) for o in page for ln in o.get("lines", [])],
        )
        con.execute("COMMIT")
        done += len(page)
        token = body.get("next_page_token")
        if not token:
            break
    elapsed = time.perf_counter() - t0
    con.close()
    return done, elapsed


def shipbench(url: str, folder: Path, n: int, *, extra: bool, sim_url: str) -> dict[str, Any]:
    sub = folder / f"round-{n}"
    sub.mkdir()
    ws = build(Settings(db_url=f"sqlite:///{sub / 'pull.db'}", data_dir=sub))
    try:
        seed(ws, url)
        t0 = time.perf_counter()
        first = ws.sync.pull()["Demo Marketplace"]
        out: dict[str, Any] = {"first": first, "seconds": time.perf_counter() - t0}
        assert first["ok"], first
        if extra:
            with ws.db.uow() as uow:
                shop = uow.session.scalar(select(Shop))
                assert shop is not None
                shop.pull_cursor = None
                uow.commit()
            t0 = time.perf_counter()
            out["again"] = ws.sync.pull()["Demo Marketplace"]
            out["again_s"] = time.perf_counter() - t0
            changed = max(1, first["new"] // 100)
            for i in range(changed):
                order_id = f"MP-{10001 + i * 97 % first['new']}"
                req = urllib.request.Request(
                    f"{sim_url}/mp/_admin/orders/{order_id}/ship_to",
                    data=json.dumps({"phone": f"+1 555 {i:04d}"}).encode(),
                    headers={"Content-Type": "application/json"},
                    method="POST",
                )
                urllib.request.urlopen(req, timeout=10).read()  # noqa: S310 - loopback
            t0 = time.perf_counter()
            out["incremental"] = ws.sync.pull()["Demo Marketplace"]
            out["incremental_s"] = time.perf_counter() - t0
    finally:
        ws.close()
    return out


def spread(xs: list[float]) -> str:
    return f"median {statistics.median(xs):9,.0f}  (min {min(xs):,.0f}, max {max(xs):,.0f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--faults", default="", help="simulator faults, e.g. latency=5ms,throttle=0.05")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shipbench-pull-"))
    proc, url = start_simulator(args.orders, args.faults)
    ours: list[float] = []
    bare: list[float] = []
    ratios: list[float] = []
    last: dict[str, Any] = {}
    try:
        for n in range(args.rounds):
            count, a_s = anchor(url, folder, n)
            last = shipbench(url, folder, n, extra=n == args.rounds - 1, sim_url=url)
            new = last["first"]["new"]
            assert new == count == args.orders, (new, count)
            ours.append(new / last["seconds"])
            bare.append(count / a_s)
            ratios.append(last["seconds"] / a_s)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    rate, ratio = statistics.median(ours), statistics.median(ratios)
    ok = rate >= BUDGET and ratio <= RATIO
    print(
        f"inbound pull (simulator in its own process → SQLite), {args.orders:,} orders, {args.rounds} rounds"
        f" interleaved{' with faults ' + args.faults if args.faults else ''}; cores {os.cpu_count()}"
    )
    print(f"  shipbench  {spread(ours)} orders/s  (budget ≥ {BUDGET:,.0f})  {'ok' if rate >= BUDGET else 'UNDER'}")
    print(f"  anchor     {spread(bare)} orders/s  (same pages, same HTTP client, bare sqlite3 executemany)")
    print(
        f"  ratio      median {ratio:.2f}× the anchor's time (min {min(ratios):.2f}, max {max(ratios):.2f};"
        f" budget ≤ {RATIO:.0f}×)  {'ok' if ratio <= RATIO else 'OVER'}"
    )
    again, incr = last["again"], last["incremental"]
    print(
        f"  same window     {again['unchanged']:>7,} unchanged  {last['again_s']:6.2f} s  "
        f"{again['unchanged'] / last['again_s']:9,.0f} orders/s"
    )
    seen = incr["updated"] + incr["unchanged"] + incr["new"]
    print(
        f"  incremental     {incr['updated']:>7,} updated    {last['incremental_s']:6.2f} s  ({seen:,} orders read "
        "since the cursor)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
