"""Outbox rate: shipment confirmations per second through the outbox against the simulator.

N confirm jobs (one per pulled order) are run to idle: each is claimed (committed
in flight), sent over loopback HTTP, and closed (committed done) — two durable SQLite
transactions and one request per job. Run once clean, and once with the given faults
(default: 20% 5xx, 10% lost answers looked up before any retry).

    uv run python bench/outbox_rate.py --jobs 2000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from app import outbox
from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Faults, Simulator
from db.models import Order


def run(jobs: int, faults: str) -> tuple[float, int, int]:
    folder = Path(tempfile.mkdtemp(prefix="shipbench-outbox-"))
    with Simulator(order_count=jobs) as sim:
        ws = build(Settings(db_url=f"sqlite:///{folder / 'outbox.db'}", data_dir=folder))
        seed(ws, sim.url)
        assert ws.sync.pull()["Demo Marketplace"]["ok"]
        with ws.db.uow() as uow:
            for order in uow.session.scalars(select(Order).where(Order.status != "cancelled")):
                key = f"PKG-{order.marketplace_order_id}"
                payload = {
                    "order_id": order.marketplace_order_id,
                    "package_reference": key,
                    "carrier": "Demo Express",
                    "tracking_number": f"DX{order.id:08d}",
                    "lines": [{"line_id": ln.remote_line_id, "quantity": ln.quantity} for ln in order.lines],
                }
                outbox.enqueue(uow.session, "confirm_shipment", key, payload, shop_id=order.shop_id)
            uow.commit()
        count = ws.sync.status().outbox.get("pending", 0)
        if faults:
            sim.faults = Faults.parse(faults)
        t0 = time.perf_counter()
        ws.outbox.run_until_idle(max_rounds=200)
        elapsed = time.perf_counter() - t0
        done = ws.sync.status().outbox.get("done", 0)
        ws.close()
        with urllib.request.urlopen(sim.url + "/mp/_ledger") as resp:
            book = json.loads(resp.read())
    assert done == count, f"{done} of {count} done"
    assert len(book["confirmations"]) == count
    return count / elapsed, count, sum(book["requests"].values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2000)
    parser.add_argument("--faults", default="error=0.2,lost_response=0.1,seed=5")
    args = parser.parse_args()
    clean_rate, count, clean_requests = run(args.jobs, "")
    fault_rate, _, fault_requests = run(args.jobs, args.faults)
    print(f"outbox (confirm shipment → simulator over loopback, SQLite synchronous=FULL), {count:,} jobs")
    print(f"  clean           {clean_rate:8,.0f} jobs/s   confirm requests {clean_requests:,}")
    print(
        f"  {args.faults:<15} {fault_rate:8,.0f} jobs/s   confirm requests {fault_requests:,} "
        f"(each package confirmed once; lost answers looked up, not re-sent)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
