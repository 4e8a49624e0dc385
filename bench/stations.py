"""Several stations on one database: scans per second with 1, 2, 4 stations, and how long a
change takes to reach another station (issue #16), on SQLite and on PostgreSQL.

**Scans.** N printed parcels (``bench/scan_latency.populate``; copied to a fresh
PostgreSQL database with ``db.move`` for the PostgreSQL run). k child processes, each a
station of its own (``build`` → ``ws.bench.scan``), start together and scan disjoint
shares of the parcels; the figure is all scans over the wall time. The anchor is the same
k processes with the bare driver (``sqlite3`` / ``psycopg``) doing one durable transaction
per scan with two UPDATEs (the parcel, its order) on the other half of the parcels.

**Change → another station.** A child station changes an order over and over (a tag put
on and taken off, ``ws.orders.tag``), printing the time of each commit; this process
watches the feed (``ws.stations.watch``) and notes when each change arrived. The anchor is
the bare wake-up: PostgreSQL ``NOTIFY`` → ``LISTEN`` between two psycopg connections, SQLite
a commit seen by a ``PRAGMA data_version`` poll at the same 0.1 s.

    uv run python bench/stations.py                 # 4,000 parcels, 1/2/4 stations, both engines
    uv run python bench/stations.py --quick         # 1 and 2 stations, small: < 60 s on an idle PC
    uv run python bench/stations.py --no-pg         # SQLite only
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scanners.classify import make_s10  # noqa: E402

PG_ADMIN = os.environ.get("SHIPBENCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BUDGET_CHANGE_S = 1.0  # issue #16: every station's view within a second of a change
ROOT = Path(__file__).resolve().parent.parent


def tracking(n: int) -> str:  # the parcels of bench/scan_latency.populate
    return make_s10("LP", n, "CN")


def _serve(scan_one: object) -> None:
    """A station process: built once, then scans the share each line of stdin names ("FIRST COUNT")."""
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        first, count = (int(x) for x in line.split())
        codes = [tracking(i) for i in range(first, first + count)]
        t0 = time.time()
        shipped = sum(1 for code in codes if scan_one(code))  # type: ignore[operator]
        print(json.dumps({"start": t0, "end": time.time(), "shipped": shipped}), flush=True)


def child_scan(url: str, station: str, data: str) -> None:
    from app.bootstrap import build
    from app.settings import Settings

    ws = build(Settings(db_url=url, data_dir=Path(data), station=station, user="bench"))
    try:
        _serve(lambda code: ws.bench.scan(code).kind == "shipped")
    finally:
        ws.close()


def child_bare(url: str) -> None:
    """The anchor station: the bare driver, one durable transaction with two UPDATEs per scan."""
    if url.startswith("sqlite"):
        con: Any = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None, timeout=30)
        for pragma in ("journal_mode=WAL", "busy_timeout=30000", "synchronous=FULL"):
            con.execute(f"PRAGMA {pragma}")
        begin, mark, cur = "BEGIN IMMEDIATE", "?", con
    else:
        import psycopg

        con = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
        begin, mark, cur = "BEGIN", "%s", con.cursor()

    def scan(code: str) -> bool:
        cur.execute(begin)
        cur.execute(f"UPDATE parcels SET status = 'shipped' WHERE tracking_number = {mark}", (code,))
        cur.execute(
            f"UPDATE orders SET status = 'shipped', queue = 'shipped' WHERE id = "
            f"(SELECT order_id FROM parcels WHERE tracking_number = {mark})",
            (code,),
        )
        cur.execute("COMMIT")
        return True

    try:
        _serve(scan)
    finally:
        con.close()


def child_changes(url: str, rounds: int, data: str) -> None:
    from app.bootstrap import build
    from app.settings import Settings

    ws = build(Settings(db_url=url, data_dir=Path(data), station="writer", user="bench"))
    try:
        order_id = ws.queues.queue_ids("scan")[-1]
        print(json.dumps({"ready": order_id}), flush=True)
        sys.stdin.readline()  # the watcher listens
        for _ in range(rounds):  # a tag put on and taken off: a change to the order at another station
            ws.orders.tag([order_id], add="bench")
            print(json.dumps({"order": order_id, "at": time.time()}), flush=True)
            time.sleep(0.15)
            ws.orders.tag([order_id], remove="bench")
            print(json.dumps({"order": order_id, "at": time.time()}), flush=True)
            time.sleep(0.15)
    finally:
        ws.close()


# --- the parent -----------------------------------------------------------------------------


def _spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, "--child", *args],
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


class Stations:
    """Station processes, built once per engine and kind; ``scan(k, …)`` has the first k scan at once."""

    def __init__(self, url: str, count: int, data: Path, *, bare: bool) -> None:
        self.procs = [
            _spawn("bare", url) if bare else _spawn("scan", url, f"station-{k + 1}", str(data)) for k in range(count)
        ]
        for p in self.procs:
            assert p.stdout is not None
            if not p.stdout.readline():
                raise SystemExit("a station failed to start")

    def scan(self, k: int, first: int, per_station: int) -> tuple[float, int]:
        for i, p in enumerate(self.procs[:k]):  # the lines go out within microseconds: a common start
            assert p.stdin is not None
            p.stdin.write(f"{first + i * per_station} {per_station}\n")
            p.stdin.flush()
        results = []
        for p in self.procs[:k]:
            assert p.stdout is not None
            line = p.stdout.readline()
            if not line:
                raise SystemExit(f"a station failed ({p.wait()})")
            results.append(json.loads(line))
        shipped = sum(r["shipped"] for r in results)
        wall = max(r["end"] for r in results) - min(r["start"] for r in results)
        return shipped / wall, shipped

    def close(self) -> None:
        for p in self.procs:
            assert p.stdin is not None
            p.stdin.close()
        for p in self.procs:
            p.wait(60)


def change_latency(url: str, rounds: int, data: Path) -> list[float]:
    from app.bootstrap import build
    from app.settings import Settings

    watcher = build(Settings(db_url=url, data_dir=data, station="watcher", user="bench"))
    arrivals: list[tuple[float, frozenset[int]]] = []
    lock = threading.Lock()

    def seen(changes: object) -> None:
        with lock:
            arrivals.append((time.time(), getattr(changes, "orders", frozenset())))

    try:
        writer = _spawn("changes", url, str(rounds), str(data))
        assert writer.stdout is not None and writer.stdin is not None
        json.loads(writer.stdout.readline())
        watcher.stations.watch(seen)
        time.sleep(0.5)
        writer.stdin.write("go\n")
        writer.stdin.flush()
        events = [json.loads(line) for line in writer.stdout]
        writer.wait(60)
        time.sleep(1.0)
    finally:
        watcher.close()
    delays = []
    for event in events:
        later = [t for t, orders in arrivals if t >= event["at"] - 0.002 and event["order"] in orders]
        delays.append((min(later) - event["at"]) if later else float("inf"))
    return delays


def bare_wake(url: str, rounds: int) -> list[float]:
    """The anchor: the bare wake-up between two connections, without the app."""
    delays = []
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        writer = sqlite3.connect(path, isolation_level=None)
        reader = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for _ in range(rounds):
            version = reader.execute("PRAGMA data_version").fetchone()[0]
            box: list[float] = []

            def poll(v: int = version, out: list[float] = box) -> None:
                while reader.execute("PRAGMA data_version").fetchone()[0] == v:
                    time.sleep(0.1)
                out.append(time.time())

            t = threading.Thread(target=poll)
            t.start()
            time.sleep(0.05)
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE settings SET key = key WHERE 0")
            writer.execute("INSERT INTO changes (kind, ref_id) VALUES ('bench', 0)")
            writer.execute("COMMIT")
            at = time.time()
            t.join()
            delays.append(box[0] - at)
        return delays
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    listener = psycopg.connect(plain, autocommit=True)
    listener.execute("LISTEN bench_anchor")
    notifier = psycopg.connect(plain, autocommit=True)
    for _ in range(rounds):
        at = time.time()
        notifier.execute("NOTIFY bench_anchor")
        for _note in listener.notifies(timeout=5, stop_after=1):
            delays.append(time.time() - at)
    listener.close()
    notifier.close()
    return delays


def fresh_pg(source: Path) -> tuple[str, str]:
    """A new PostgreSQL database holding the SQLite file's shop (``db.move``); (url, name)."""
    from sqlalchemy import create_engine, text

    from db.move import move

    name = f"shipbench_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    move(f"sqlite:///{source}", url)
    return url, name


def drop_pg(name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_engine(engine: str, template: Path, folder: Path, counts: list[int], per_station: int, rounds: int) -> bool:
    ok = True
    db = folder / f"{engine}.db"
    shutil.copy(template, db)
    pg_name = None
    if engine == "postgresql":
        url, pg_name = fresh_pg(db)
    else:
        url = f"sqlite:///{db}"
    try:
        print(f"\n{engine}: scans per second (k stations scanning at once, each its own process)")
        first = 1
        app = Stations(url, max(counts), folder / "data", bare=False)
        anchor_stations = Stations(url, max(counts), folder / "data", bare=True)
        for k in counts:
            ours, n = app.scan(k, first, per_station)
            first += k * per_station
            bare, m = anchor_stations.scan(k, first, per_station)
            first += k * per_station
            print(
                f"  {k} station{'s' if k > 1 else ' '}: {ours:7.0f} scans/s ({n} shipped) · "
                f"bare driver {bare:7.0f}/s ({m}) · ratio {ours / bare:.2f}"
            )
        app.close()
        anchor_stations.close()
        delays = change_latency(url, rounds, folder / "data")
        anchor = bare_wake(url, rounds)
        late = [d for d in delays if d > BUDGET_CHANGE_S]
        print(
            f"  change → another station: p50 {pct(delays, 0.5) * 1000:.0f} ms, p95 {pct(delays, 0.95) * 1000:.0f} ms, "
            f"max {max(delays) * 1000:.0f} ms over {len(delays)} changes (budget {BUDGET_CHANGE_S * 1000:.0f} ms) · "
            f"bare wake-up p50 {pct(anchor, 0.5) * 1000:.1f} ms · ratio {statistics.median(delays) / max(statistics.median(anchor), 1e-4):.1f}"
        )
        if late:
            print(f"  OVER BUDGET: {len(late)} changes took longer than {BUDGET_CHANGE_S} s")
            ok = False
    finally:
        if pg_name is not None:
            drop_pg(pg_name)
    return ok


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, *rest = sys.argv[2:]
        if kind == "scan":
            child_scan(*rest)
        elif kind == "bare":
            child_bare(*rest)
        else:
            url, rounds, data = rest
            child_changes(url, int(rounds), data)
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-station", type=int, default=500, help="scans per station and run")
    parser.add_argument("--stations", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--rounds", type=int, default=20, help="tag on/off pairs for the change latency")
    parser.add_argument("--quick", action="store_true", help="small sizes: under a minute")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    args = parser.parse_args()
    if args.quick:  # the station processes' start-up is most of it: two at most
        args.per_station, args.rounds, args.stations = 100, 5, [1, 2]
    from bench.scan_latency import populate

    parcels = 2 * sum(args.stations) * args.per_station + 10
    ok = True
    with tempfile.TemporaryDirectory(prefix="shipbench-stations-") as tmp:
        folder = Path(tmp)
        template = folder / "template.db"
        t0 = time.perf_counter()
        populate(template, parcels)
        print(f"{parcels:,} printed parcels built in {time.perf_counter() - t0:.1f} s")
        for engine in ["sqlite"] if args.no_pg else ["sqlite", "postgresql"]:
            ok = run_engine(engine, template, folder, args.stations, args.per_station, args.rounds) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
