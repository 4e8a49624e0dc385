"""Order import rate: a simulator pull of N orders into a fresh SQLite file.

Prints orders/s next to the DESIGN.md budget (≥ 5,000 orders/s), and next to the
rate of only fetching and parsing the same pages (no database), in the same run.

    uv run python bench/import_rate.py --orders 20000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import build  # noqa: E402
from app.connectors.simulator import SimulatorMarketplace  # noqa: E402
from app.demo import seed  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.simulator import Simulator  # noqa: E402

BUDGET = 5000.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shipbench-import-"))
    with Simulator(order_count=args.orders) as sim:
        t0 = time.perf_counter()
        fetched = sum(len(page) for page in SimulatorMarketplace(sim.url).pull_orders(None))
        fetch_rate = fetched / (time.perf_counter() - t0)

        ws = build(Settings(db_url=f"sqlite:///{folder / 'import.db'}", data_dir=folder))
        seed(ws, sim.url)
        t0 = time.perf_counter()
        report = ws.pull()["Demo Marketplace"]
        elapsed = time.perf_counter() - t0
        assert report["ok"], report
        imported = report["new"]
        counts = ws.queue_counts()
        ws.close()
    rate = imported / elapsed
    ok = rate >= BUDGET
    print(f"order import (simulator pull → SQLite), {imported:,} orders in {elapsed:.2f} s")
    print(f"  shipbench   {rate:9,.0f} orders/s (budget ≥ {BUDGET:,.0f})  {'ok' if ok else 'UNDER'}")
    print(f"  fetch+parse {fetch_rate:9,.0f} orders/s (HTTP pages only, no database)")
    print(f"  queues after import: {counts}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
