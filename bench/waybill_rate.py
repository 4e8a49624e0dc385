"""Waybill rate: N parcels booked through the outbox against the simulated carrier.

Prints waybills/s for queueing the requests (one transaction) and for running them
(claim + HTTP call + recording the tracking number and label, each committed with
synchronous=FULL), and the bare HTTP rate of the same creates without the database.
There is no DESIGN.md budget for it; the figure shows what one station sustains.

    uv run python bench/waybill_rate.py --parcels 1000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import build
from app.cli.demo import seed
from app.connectors.base import ShipmentRequest
from app.connectors.simulator import SimulatorCarrier
from app.settings import Settings
from app.simulator import Faults, Simulator


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=1000)
    parser.add_argument("--faults", default="", help="e.g. latency=20ms,lost_response=0.05")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shipbench-waybills-"))
    faults = Faults.parse(args.faults) if args.faults else None
    with Simulator(order_count=int(args.parcels * 1.2) + 20, faults=faults) as sim:
        ws = build(Settings(db_url=f"sqlite:///{folder / 'waybills.db'}", data_dir=folder))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            approved = ws.orders.approve(None).approved
            ids = ws.queues.resolve(approved[: args.parcels])
            t0 = time.perf_counter()
            queued = ws.carriers.request_waybills(ids).queued
            t_queue = time.perf_counter() - t0
            t0 = time.perf_counter()
            ws.outbox.run_until_idle(max_rounds=200)
            t_run = time.perf_counter() - t0
            labelled = sum(1 for p in ws.carriers.waybill_report(queued) if p["state"] == "labelled")
        finally:
            ws.close()

        carrier = SimulatorCarrier(sim.url)
        bare = min(len(queued), 300)
        t0 = time.perf_counter()
        for i in range(bare):
            carrier.create_shipment(
                ShipmentRequest(
                    reference=f"BENCH-{i}",
                    service="STD",
                    order_reference="B",
                    sender={},
                    recipient={
                        "name": "A B",
                        "lines": ["1 Main St"],
                        "city": "Berlin",
                        "postcode": "10115",
                        "country": "DE",
                    },
                    sku_summary="1× X",
                    weight_grams=100,
                )
            )
        bare_rate = bare / (time.perf_counter() - t0)

    n = len(queued)
    print(f"parcels: {n}, labelled: {labelled}{' (faults: ' + args.faults + ')' if args.faults else ''}")
    print(f"queue the requests:        {n / t_queue:8.0f} waybills/s  ({t_queue:.2f} s)")
    print(f"run them through outbox:   {n / t_run:8.0f} waybills/s  ({t_run:.2f} s)")
    print(f"bare HTTP creates, no DB:  {bare_rate:8.0f} creates/s")
    return 0 if labelled == n else 1


if __name__ == "__main__":
    raise SystemExit(main())
